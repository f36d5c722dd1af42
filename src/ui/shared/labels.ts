/**
 * Display names for the policy's vocabulary. Each is a literal call of `t` with a quoted key (never a computed key) so
 * `i18n.test.ts` can find every key in the source.
 */
import type { Normalization } from '@/src/engine/custom/normalize';
import type { Category } from '@/src/engine/types';
import type { CompanionRole } from '@/src/decisions/actions';
import type { GuardAction } from '@/src/decisions/types';
import type { SettingOrigin } from '@/src/policy/effective';
import type { HistoryMode, PolicyKey, PolicyMode } from '@/src/policy/schema';
import { t } from '../i18n';

export const actionLabel = (a: GuardAction): string =>
  ({
    allow: () => t('actionAllow'),
    audit: () => t('actionAudit'),
    warn: () => t('actionWarn'),
    justify: () => t('actionJustify'),
    redact: () => t('actionRedact'),
    block: () => t('actionBlock'),
  })[a]();

export const categoryLabel = (c: Category): string =>
  ({
    PII: () => t('categoryPII'),
    FINANCIAL: () => t('categoryFinancial'),
    GOVERNMENT_ID: () => t('categoryGovernmentId'),
    SECRET: () => t('categorySecret'),
    CUSTOM: () => t('categoryCustom'),
  })[c]();

/** Why a name or an address counts (or not) under the companion rule, as "Try it" says it. */
export const companionLabel = (c: CompanionRole): string =>
  ({ alone: () => t('tryItCompanionAlone'), record: () => t('tryItCompanionRecord'), table: () => t('tryItCompanionTable') })[c]();

export const originLabel = (o: SettingOrigin): string =>
  ({ default: () => t('originDefault'), user: () => t('originUser'), admin: () => t('originAdmin') })[o]();

export const modeLabel = (m: PolicyMode): string => ({ enforce: () => t('modeEnforce'), monitor: () => t('modeMonitor') })[m]();

export const historyModeLabel = (m: HistoryMode): string =>
  ({ off: () => t('historyOff'), metadata: () => t('historyMetadata'), masked: () => t('historyMasked') })[m]();

export const normalizationLabel = (n: Normalization): string =>
  ({
    email: () => t('normalizeEmail'),
    digits: () => t('normalizeDigits'),
    lowercase: () => t('normalizeLowercase'),
    none: () => t('normalizeNone'),
  })[n]();

export const settingTitle = (key: PolicyKey): string =>
  ({
    enabled: () => t('settingEnabled'),
    mode: () => t('settingMode'),
    defaultAction: () => t('settingDefaultAction'),
    actions: () => t('settingActions'),
    sites: () => t('settingSites'),
    extraSites: () => t('settingExtraSites'),
    customTerms: () => t('settingCustomTerms'),
    customPatterns: () => t('settingCustomPatterns'),
    exactMatch: () => t('settingExactMatch'),
    allowlist: () => t('settingAllowlist'),
    allowedDomains: () => t('settingAllowedDomains'),
    allowUserOverride: () => t('settingAllowUserOverride'),
    message: () => t('settingMessage'),
    history: () => t('settingHistory'),
    documents: () => t('settingDocuments'),
    restore: () => t('settingRestore'),
    reporting: () => t('settingReporting'),
    lockedSettings: () => t('settingLockedSettings'),
  })[key]();

export const settingHelp = (key: PolicyKey): string =>
  ({
    enabled: () => t('helpEnabled'),
    mode: () => t('helpMode'),
    defaultAction: () => t('helpDefaultAction'),
    actions: () => t('helpActions'),
    sites: () => t('helpSites'),
    extraSites: () => t('helpExtraSites'),
    customTerms: () => t('helpCustomTerms'),
    customPatterns: () => t('helpCustomPatterns'),
    exactMatch: () => t('helpExactMatch'),
    allowlist: () => t('helpAllowlist'),
    allowedDomains: () => t('helpAllowedDomains'),
    allowUserOverride: () => t('helpAllowUserOverride'),
    message: () => t('helpMessage'),
    history: () => t('helpHistory'),
    documents: () => t('helpDocuments'),
    restore: () => t('helpRestore'),
    reporting: () => t('helpReporting'),
    lockedSettings: () => t('helpLockedSettings'),
  })[key]();
