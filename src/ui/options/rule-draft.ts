/**
 * Live validation of a rule being typed: the policy validator itself (which also compiles RE2
 * patterns through the engine), run on the existing list plus the draft, so duplicate ids and
 * patterns the engine refuses are reported before anything is stored.
 */
import type { CustomPatternRule, CustomTermRule, ExactMatchRule } from '@/src/policy/schema';
import { validatePolicy } from '@/src/policy/validate';
import { describeProblem } from '../shared/describe-problem';

export type RuleKind = 'customTerms' | 'customPatterns' | 'exactMatch';
export type AnyRule = CustomTermRule | CustomPatternRule | ExactMatchRule;

/** The validator's blocking messages (in the UI's language) for `draft` appended to `existing` (empty: the draft can be saved). */
export function draftErrors(kind: RuleKind, existing: readonly AnyRule[], draft: AnyRule): string[] {
  const { errors } = validatePolicy({ [kind]: [...existing, draft] });
  return errors.filter((e) => e.level === 'error').map(describeProblem);
}

/** A fresh rule id the validator accepts and that will not collide with an admin's hand-written ids. */
export function newRuleId(kind: RuleKind, now = Date.now()): string {
  const prefix = { customTerms: 'user-term', customPatterns: 'user-pattern', exactMatch: 'user-exact' }[kind];
  return `${prefix}-${now.toString(36)}`;
}
