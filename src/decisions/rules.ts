/**
 * Which action a policy gives one finding: the rule lookups behind `decideAction` (src/decisions/actions.ts),
 * and a per-decision memo of them, since a pasted table repeats the same few detectors thousands of times.
 * Pure: no DOM, no browser APIs.
 */
import type { Category, EntityType, Finding } from '../engine/types';
import { ACTION_STRENGTH, type ActionRules, type GuardAction } from './types';

/** What a decision needs of a finding: its type and category, its detector for admin rules, its offset for records. */
export type Decidable = Pick<Finding, 'type' | 'category'> & { readonly detector?: string; readonly start?: number };

/** Policy comes from managed storage (untrusted): a misspelt action is ignored, not obeyed as "strongest". */
export function isGuardAction(value: unknown): value is GuardAction {
  return typeof value === 'string' && Object.hasOwn(ACTION_STRENGTH, value);
}

/** The stronger of two actions; ties keep the first. */
export function strongerAction(a: GuardAction, b: GuardAction): GuardAction {
  return ACTION_STRENGTH[b] > ACTION_STRENGTH[a] ? b : a;
}

/** The site's own entry of the rules, if any. */
export function siteRules(rules: ActionRules, siteId: string | undefined): Partial<Omit<ActionRules, 'bySite'>> | undefined {
  return siteId !== undefined && rules.bySite && Object.hasOwn(rules.bySite, siteId) ? rules.bySite[siteId] : undefined;
}

/**
 * The action one finding calls for. Precedence, first defined wins:
 * the admin's own rule (by detector id) > site-type > site-category > type > category > site default > default.
 * The site's `default` only replaces the global default: a site entry narrows the global rules, it does
 * not silently switch off every type and category rule the admin set globally.
 */
export function actionFor(finding: Pick<Finding, 'type' | 'category'> & { readonly detector?: string }, rules: ActionRules, siteId?: string): GuardAction {
  const site = siteRules(rules, siteId);
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
  const site = siteRules(rules, siteId);
  return [finding.detector !== undefined ? own(rules.byDetector, finding.detector) : undefined, own(site?.byType, finding.type), own(rules.byType, finding.type)].some(isGuardAction);
}

/** Categories whose findings make a name or an address in the same record count (contact details, IDs, cards, IBANs). */
const PERSONAL_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['PII', 'GOVERNMENT_ID', 'FINANCIAL']);

/** What the rules say about one kind of finding (one detector, type and category). */
export interface FindingKind {
  readonly type: EntityType;
  readonly category: Category;
  readonly detector: string | undefined;
  /** Its own action (`actionFor`), before the companion rule. */
  readonly action: GuardAction;
  /** Of a companion type (`ActionRules.companionTypes`). */
  readonly companion: boolean;
  /** Of a companion type that no rule names: the companion rule decides its action. */
  readonly pending: boolean;
  /** Personal data that makes a name or address in its record count. */
  readonly personal: boolean;
}

/**
 * `kindOf(finding)`: the rules' answer for the finding's kind, computed once per detector (a detector
 * reports one type, so the key is nearly always a hit) and checked on every use, so a finding that
 * differs in type or category from its detector's earlier ones still gets its own answer.
 */
export function findingKinds(rules: ActionRules, siteId: string | undefined): (finding: Decidable) => FindingKind {
  const types = rules.companionTypes ?? [];
  const memo = new Map<string, FindingKind>();
  return (f) => {
    const key = f.detector ?? f.type;
    const known = memo.get(key);
    if (known && known.type === f.type && known.category === f.category && known.detector === f.detector) return known;
    const companion = types.includes(f.type);
    const kind: FindingKind = {
      type: f.type,
      category: f.category,
      detector: f.detector,
      action: actionFor(f, rules, siteId),
      companion,
      pending: companion && !namedByRule(f, rules, siteId),
      personal: PERSONAL_CATEGORIES.has(f.category),
    };
    memo.set(key, kind);
    return kind;
  };
}

function own<T>(record: Partial<Readonly<Record<string, T>>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
