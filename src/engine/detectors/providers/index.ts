import type { Detector } from '../../types';
import { defineProvider, type ProviderRule } from './define-provider';
import { RULES_0_B } from './rules-0-b';
import { RULES_C_D } from './rules-c-d';
import { RULES_E_H } from './rules-e-h';
import { RULES_I_N } from './rules-i-n';
import { RULES_O_R } from './rules-o-r';
import { RULES_S } from './rules-s';
import { RULES_T_Z } from './rules-t-z';

/**
 * Provider-specific secrets: gitleaks' default rule set (https://github.com/gitleaks/gitleaks,
 * MIT License, Copyright (c) 2019 Zachary Rice), one detector per gitleaks rule id.
 *
 * The gitleaks rules without a detector here (core-owned, path-only…) are listed with reasons in `not-ported.ts`.
 */
export const PROVIDER_RULES: readonly ProviderRule[] = [
  ...RULES_0_B,
  ...RULES_C_D,
  ...RULES_E_H,
  ...RULES_I_N,
  ...RULES_O_R,
  ...RULES_S,
  ...RULES_T_Z,
];

export const PROVIDER_DETECTORS: readonly Detector[] = PROVIDER_RULES.map(defineProvider);
