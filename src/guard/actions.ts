/**
 * The guard's decision rules: which action each finding calls for, and the one action the guard takes.
 * Pure: no DOM, no browser APIs. The policy issue fills `ActionRules` from managed storage; until then
 * (and for any key the admin leaves out) `DEFAULT_ACTION_RULES` applies.
 */
import type { TextRecord } from '../engine/fields';
import type { Category, Finding } from '../engine/types';
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
  // A colleague's name in a prompt must not stop anyone; a customer's name next to their card must go with it.
  companionTypes: ['PERSON', 'POSTAL_ADDRESS'],
};

/** Categories whose findings make a name or an address in the same record count (contact details, IDs, cards, IBANs). */
const PERSONAL_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['PII', 'GOVERNMENT_ID', 'FINANCIAL']);
/** A text is a table of people when at least this many of its table rows hold a name. */
export const TABLE_OF_PEOPLE_ROWS = 3;

/**
 * Why a finding of a companion type got its action: `alone` (no other personal data in its record:
 * `allow`), `record` (other personal data of the same row or paragraph: their strongest action), `table`
 * (a row of a table of people: its category's action, or the row's, whichever is stronger).
 */
export type CompanionRole = 'alone' | 'record' | 'table';

/** Where a finding's record is: the scanned text's field index (`scanner.fieldsOf(text)`) has `recordAt`. */
export interface RecordLookup {
  recordAt(pos: number): TextRecord;
}

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

/** Whether a rule names this finding's type (or detector) itself, not only its category or the default. */
function namedByRule(finding: Pick<Finding, 'type'> & { readonly detector?: string }, rules: ActionRules, siteId?: string): boolean {
  const site = siteId !== undefined && rules.bySite && Object.hasOwn(rules.bySite, siteId) ? rules.bySite[siteId] : undefined;
  return [finding.detector !== undefined ? own(rules.byDetector, finding.detector) : undefined, own(site?.byType, finding.type), own(rules.byType, finding.type)].some(isGuardAction);
}

type Decidable = Pick<Finding, 'type' | 'category'> & { readonly detector?: string; readonly start?: number };

/**
 * Decides what the guard does about a scan's findings on a site. `records` says which record (table
 * row, paragraph) each finding is in, for the companion types (`ActionRules.companionTypes`); without it
 * the whole message is one record.
 */
export function decideAction(findings: readonly Decidable[], rules: ActionRules, siteId?: string, records?: RecordLookup): GuardDecision {
  const site = siteId !== undefined && rules.bySite && Object.hasOwn(rules.bySite, siteId) ? rules.bySite[siteId] : undefined;
  const pick = <K extends 'allowRedactOnBlock' | 'confirmRedact' | 'userMayAllowBlocked'>(key: K) =>
    typeof site?.[key] === 'boolean' ? site[key] : rules[key];
  const perFinding = findings.map((f) => actionFor(f, rules, siteId));
  const companion = companionActions(findings, perFinding, rules, siteId, records);
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
    ...(companion ? { companion } : {}),
  };
}

const WHOLE_MESSAGE: TextRecord = { start: 0, end: Number.POSITIVE_INFINITY, table: false };

/**
 * The companion rule, applied in place to `perFinding` (which holds each finding's own action): findings
 * of a companion type that no rule names get `allow` alone, their record's strongest personal-data
 * action in company, and in a table of people at least their category's action. Returns the roles, or
 * undefined when no finding is of a companion type (the common case costs one pass over the types).
 */
function companionActions(findings: readonly Decidable[], perFinding: GuardAction[], rules: ActionRules, siteId: string | undefined, records: RecordLookup | undefined): (CompanionRole | undefined)[] | undefined {
  const types = rules.companionTypes ?? [];
  if (types.length === 0) return undefined;
  const pending: number[] = [];
  for (let i = 0; i < findings.length; i++) if (types.includes(findings[i]!.type) && !namedByRule(findings[i]!, rules, siteId)) pending.push(i);
  if (pending.length === 0) return undefined;

  // The record of each finding that matters, in one sweep in text order: neighbours share a record, so a
  // 6,000-row table asks for each row once, not once per value.
  const order = findings.map((_, i) => i);
  const startOf = (i: number) => findings[i]!.start ?? 0;
  if (order.some((i, k) => k > 0 && startOf(i) < startOf(order[k - 1]!))) order.sort((a, b) => startOf(a) - startOf(b));
  const recordOf = new Int32Array(findings.length).fill(-1);
  const recs: TextRecord[] = [];
  for (const i of order) {
    const f = findings[i]!;
    if (!types.includes(f.type) && !PERSONAL_CATEGORIES.has(f.category)) continue;
    const pos = startOf(i);
    const last = recs[recs.length - 1];
    if (last && pos >= last.start && pos < last.end) recordOf[i] = recs.length - 1;
    else {
      recs.push(records ? records.recordAt(pos) : WHOLE_MESSAGE);
      recordOf[i] = recs.length - 1;
    }
  }

  // Per record: the strongest action of its other personal data, and whether it is a table row with a name.
  const strongest: (GuardAction | undefined)[] = new Array(recs.length);
  const rowWithName = new Uint8Array(recs.length);
  for (let i = 0; i < findings.length; i++) {
    const r = recordOf[i]!;
    if (r < 0) continue;
    const f = findings[i]!;
    if (types.includes(f.type)) {
      if (f.type === 'PERSON' && recs[r]!.table) rowWithName[r] = 1;
    } else strongest[r] = strongerAction(strongest[r] ?? 'allow', perFinding[i]!);
  }
  let peopleRows = 0;
  for (const has of rowWithName) peopleRows += has;
  const tableOfPeople = peopleRows >= TABLE_OF_PEOPLE_ROWS;

  const roles: (CompanionRole | undefined)[] = new Array(findings.length);
  for (const i of pending) {
    const r = recordOf[i]!;
    const company = strongest[r];
    if (tableOfPeople && recs[r]!.table) {
      roles[i] = 'table';
      perFinding[i] = strongerAction(perFinding[i]!, company ?? 'allow');
    } else if (company !== undefined) {
      roles[i] = 'record';
      perFinding[i] = company;
    } else {
      roles[i] = 'alone';
      perFinding[i] = 'allow';
    }
  }
  return roles;
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

function own<T>(record: Partial<Readonly<Record<string, T>>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
