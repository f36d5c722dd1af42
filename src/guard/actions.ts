/**
 * The guard's decision rules: which action each finding calls for, and the one action the guard takes.
 * Pure: no DOM, no browser APIs. The policy issue fills `ActionRules` from managed storage; until then
 * (and for any key the admin leaves out) `DEFAULT_ACTION_RULES` applies.
 */
import type { Finding } from '../engine/types';
import { ACTION_STRENGTH, type ActionRules, type GuardAction } from './types';

/**
 * Secrets are blocked (one click redacts and sends); government IDs, cards and IBANs are redacted after
 * the user sees the result; contact details and everything else only warn.
 */
export const DEFAULT_ACTION_RULES: ActionRules = {
  default: 'warn',
  byCategory: { SECRET: 'block', GOVERNMENT_ID: 'redact', FINANCIAL: 'warn', PII: 'warn', CUSTOM: 'warn' },
  byType: { CREDIT_CARD: 'redact', IBAN: 'redact', EMAIL: 'warn', PHONE: 'warn', IP_ADDRESS: 'warn' },
  allowRedactOnBlock: true,
  confirmRedact: true,
  userMayAllowBlocked: false,
};

/** The guard's verdict on one scan. */
export interface GuardDecision {
  /** The strongest action over all findings (`allow` when there are none). */
  readonly action: GuardAction;
  /** The action each finding calls for, index-aligned with the findings. */
  readonly perFinding: readonly GuardAction[];
  /** Block panel offers "redact and send". */
  readonly redactOnBlock: boolean;
  /**
   * `redact` shows the redacted text and waits for the user; false: redact at once, with a notice and
   * Undo (an admin's redact: `redactIsAutomatic` in src/policy/effective.ts).
   */
  readonly confirmRedact: boolean;
  /** Per finding: whether the panel offers "Not sensitive" (never on a block unless the admin allows it). */
  readonly allowable: readonly boolean[];
  readonly blockMessage?: string;
  readonly supportUrl?: string;
}

/** Policy comes from managed storage (untrusted): a misspelt action is ignored, not obeyed as "strongest". */
export function isGuardAction(value: unknown): value is GuardAction {
  return typeof value === 'string' && Object.hasOwn(ACTION_STRENGTH, value);
}

/** The stronger of two actions; ties keep the first. */
export function strongerAction(a: GuardAction, b: GuardAction): GuardAction {
  return ACTION_STRENGTH[b] > ACTION_STRENGTH[a] ? b : a;
}

/**
 * The action one finding calls for. Precedence, first defined wins:
 * the admin's own rule (by detector id) > site-type > site-category > type > category > site default > default.
 * The site's `default` only replaces the global default: a site entry narrows the global rules, it does
 * not silently switch off every type and category rule the admin set globally.
 */
export function actionFor(finding: Pick<Finding, 'type' | 'category'> & { readonly detector?: string }, rules: ActionRules, siteId?: string): GuardAction {
  const site = siteId !== undefined && rules.bySite && Object.hasOwn(rules.bySite, siteId) ? rules.bySite[siteId] : undefined;
  const candidates: unknown[] = [
    finding.detector !== undefined ? own(rules.byDetector, finding.detector) : undefined,
    own(site?.byType, finding.type),
    own(site?.byCategory, finding.category),
    own(rules.byType, finding.type),
    own(rules.byCategory, finding.category),
    site?.default,
    rules.default,
  ];
  for (const candidate of candidates) if (isGuardAction(candidate)) return candidate;
  return 'warn'; // a policy with no valid default at all: warn rather than let data through unseen
}

/** Decides what the guard does about a scan's findings on a site. */
export function decideAction(
  findings: readonly (Pick<Finding, 'type' | 'category'> & { readonly detector?: string })[],
  rules: ActionRules,
  siteId?: string,
): GuardDecision {
  const site = siteId !== undefined && rules.bySite && Object.hasOwn(rules.bySite, siteId) ? rules.bySite[siteId] : undefined;
  const pick = <K extends 'allowRedactOnBlock' | 'confirmRedact' | 'userMayAllowBlocked'>(key: K) =>
    typeof site?.[key] === 'boolean' ? site[key] : rules[key];
  const perFinding = findings.map((f) => actionFor(f, rules, siteId));
  const action = perFinding.reduce<GuardAction>(strongerAction, 'allow');
  const mayAllowBlocked = pick('userMayAllowBlocked') === true;
  const blockMessage = site?.blockMessage ?? rules.blockMessage;
  const supportUrl = site?.supportUrl ?? rules.supportUrl;
  return {
    action,
    perFinding,
    redactOnBlock: pick('allowRedactOnBlock') !== false,
    confirmRedact: pick('confirmRedact') !== false,
    allowable: perFinding.map((a) => a !== 'block' || mayAllowBlocked),
    ...(blockMessage !== undefined ? { blockMessage } : {}),
    ...(supportUrl !== undefined ? { supportUrl } : {}),
  };
}

/** The strongest action over the findings the user has not marked "not sensitive". */
export function remainingAction(perFinding: readonly GuardAction[], allowed: ReadonlySet<number>): GuardAction {
  return perFinding.reduce<GuardAction>((acc, a, i) => (allowed.has(i) ? acc : strongerAction(acc, a)), 'allow');
}

function own<T>(record: Partial<Readonly<Record<string, T>>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
