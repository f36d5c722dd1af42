/**
 * The guard's decision rules: which action each finding calls for, and the one action the guard takes.
 * Pure: no DOM, no browser APIs. The policy issue fills `ActionRules` from managed storage; until then
 * (and for any key the admin leaves out) `DEFAULT_ACTION_RULES` applies. The rule lookups are in
 * rules.ts, the companion rule for names and addresses in companion.ts.
 */
import type { ActionRules, GuardAction } from './types';
import { companionSteps, type CompanionRole, type RecordLookup } from './companion';
import { findingKinds, siteRules, strongerAction, type Decidable, type FindingKind } from './rules';
import { runSteps, STEP, type Steps } from './steps';

export { actionFor, isGuardAction, strongerAction } from './rules';
export { TABLE_OF_PEOPLE_ROWS, type CompanionRole, type RecordLookup } from './companion';

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
  // A colleague's name in a prompt must not stop anyone; a customer's name next to their card must go with it.
  companionTypes: ['PERSON', 'POSTAL_ADDRESS'],
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
  /** Per finding, index-aligned: set for findings of a companion type that no rule names (see `CompanionRole`). */
  readonly companion?: readonly (CompanionRole | undefined)[];
}

/**
 * Decides what the guard does about a scan's findings on a site. `records` says which record (table
 * row, paragraph) each finding is in, for the companion types (`ActionRules.companionTypes`); without it
 * the whole message is one record.
 */
export function decideAction(findings: readonly Decidable[], rules: ActionRules, siteId?: string, records?: RecordLookup): GuardDecision {
  return runSteps(decideSteps(findings, rules, siteId, records));
}

/** `decideAction` as steps: the same decision, with a pause every `STEP` findings (src/decisions/steps.ts). */
export function* decideSteps(findings: readonly Decidable[], rules: ActionRules, siteId?: string, records?: RecordLookup): Steps<GuardDecision> {
  const site = siteRules(rules, siteId);
  const pick = <K extends 'allowRedactOnBlock' | 'confirmRedact' | 'userMayAllowBlocked'>(key: K) =>
    typeof site?.[key] === 'boolean' ? site[key] : rules[key];
  const kindOf = findingKinds(rules, siteId);
  const kinds: FindingKind[] = [];
  const perFinding: GuardAction[] = [];
  for (let i = 0; i < findings.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const kind = kindOf(findings[i]!);
    kinds.push(kind);
    perFinding.push(kind.action);
  }
  const companion = (rules.companionTypes ?? []).length > 0 ? yield* companionSteps(findings, kinds, perFinding, records) : undefined;
  const mayAllowBlocked = pick('userMayAllowBlocked') === true;
  let action: GuardAction = 'allow';
  const allowable: boolean[] = [];
  for (let i = 0; i < perFinding.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const a = perFinding[i]!;
    action = strongerAction(action, a);
    allowable.push(a !== 'block' || mayAllowBlocked);
  }
  const blockMessage = site?.blockMessage ?? rules.blockMessage;
  const supportUrl = site?.supportUrl ?? rules.supportUrl;
  return {
    action,
    perFinding,
    redactOnBlock: pick('allowRedactOnBlock') !== false,
    confirmRedact: pick('confirmRedact') !== false,
    allowable,
    ...(blockMessage !== undefined ? { blockMessage } : {}),
    ...(supportUrl !== undefined ? { supportUrl } : {}),
    ...(companion ? { companion } : {}),
  };
}

/**
 * The findings the guard acts on, and the decision re-indexed to them: a finding whose action is `allow`
 * (a name alone, a type the admin allowed) is in no panel, redaction, history or audit event.
 */
export function actedOn<F>(findings: readonly F[], decision: GuardDecision): { findings: F[]; decision: GuardDecision } {
  if (!decision.perFinding.includes('allow')) return { findings: [...findings], decision };
  const keep: number[] = [];
  decision.perFinding.forEach((a, i) => a !== 'allow' && keep.push(i));
  const pickAll = <T>(list: readonly T[]) => keep.map((i) => list[i]!);
  return {
    findings: pickAll(findings),
    decision: {
      ...decision,
      perFinding: pickAll(decision.perFinding),
      allowable: pickAll(decision.allowable),
      ...(decision.companion ? { companion: keep.map((i) => decision.companion![i]) } : {}),
    },
  };
}

/** The strongest action over the findings the user has not marked "not sensitive". */
export function remainingAction(perFinding: readonly GuardAction[], allowed: ReadonlySet<number>): GuardAction {
  return perFinding.reduce<GuardAction>((acc, a, i) => (allowed.has(i) ? acc : strongerAction(acc, a)), 'allow');
}
