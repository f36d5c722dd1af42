/**
 * Validators for the list-of-rules keys: `extraSites`, `customTerms`, `customPatterns`, `exactMatch`.
 * A bad rule is dropped on its own; a bad optional field is dropped and the rule kept. Each rule is
 * then compiled through the engine's own compiler, so whatever the engine would refuse (an invalid
 * RE2 pattern, one that matches empty text, …) disables only that rule, with the engine's reason
 * (passed through untranslated as the `reason` of code `ruleDisabled`: it is technical, e.g. re2js's syntax error).
 */
import { compileCustomDetectors, LIMITS } from '../engine/custom';
import { NORMALIZATIONS } from '../engine/custom/normalize';
import { hostToPattern } from '../sites/custom-sites';
import { selectorProblem } from '../sites/selector-syntax';
import { action, bool, cappedList, describe, isObj, oneOf, str, type Obj, type Report } from './check';
import { POLICY_LIMITS, type CustomPatternRule, type CustomTermRule, type ExactMatchRule, type ExtraSite } from './schema';

const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

export function extraSite(value: unknown, path: string, report: Report): ExtraSite | undefined {
  if (!isObj(value)) return void report(path, 'expectedExtraSite', [describe(value)]);
  const match = hostToPattern(value.match);
  if (typeof match !== 'string') return void report(`${path}.match`, 'siteMatchInvalid', [describe(value.match), match.problem]);
  const out: { -readonly [K in keyof ExtraSite]: ExtraSite[K] } = { match };
  for (const field of ['composerSelector', 'sendSelector'] as const) {
    if (value[field] === undefined) continue;
    const problem = selectorProblem(value[field]);
    if (problem) report(`${path}.${field}`, 'selectorInvalid', [describe(value[field]), problem]);
    else out[field] = (value[field] as string).trim();
  }
  return out;
}

/** Validates one custom rule of any kind; `ids` is shared by the three lists so ids stay unique. */
export function ruleValidator(kind: 'customTerms' | 'customPatterns' | 'exactMatch', ids: Set<string>) {
  return (value: unknown, path: string, report: Report): CustomTermRule | CustomPatternRule | ExactMatchRule | undefined => {
    if (!isObj(value)) return void report(path, 'expectedRule', [describe(value)]);
    const where = typeof value.id === 'string' ? `${path} (id ${JSON.stringify(value.id.slice(0, 64))})` : path;
    if (typeof value.id !== 'string' || !RULE_ID.test(value.id)) {
      return void report(where, 'ruleIdInvalid', []);
    }
    if (ids.has(value.id)) return void report(where, 'duplicateRuleId', [value.id]);
    const common: { id: string; label?: string; action?: CustomTermRule['action'] } = { id: value.id };
    if (value.label !== undefined) {
      const label = str(value.label, `${where}.label`, report, 120);
      if (label !== undefined) common.label = label;
    }
    if (value.action !== undefined) {
      const a = action(value.action, `${where}.action`, report);
      if (a !== undefined) common.action = a;
    }
    const rule = build[kind](value, where, report, common);
    if (rule === undefined) return undefined;
    const compiled = compileCustomDetectors({ [kind]: [rule] });
    if (compiled.detectors.length === 0) {
      const reason = compiled.errors.map((e) => e.replace(/^[^:]*: rule disabled, /, '')).join('; ');
      return void report(where, 'ruleDisabled', [reason]);
    }
    ids.add(value.id);
    return rule;
  };
}

type Common = { id: string; label?: string; action?: CustomTermRule['action'] };

const build = {
  customTerms(value: Obj, where: string, report: Report, common: Common): CustomTermRule | undefined {
    const terms = cappedList(value.terms, `${where}.terms`, report, LIMITS.termsPerRule, (t, p) => str(t, p, report, LIMITS.termLength));
    if (!terms || terms.length === 0) return void report(where, 'noUsableTerms', []);
    const rule: { -readonly [K in keyof CustomTermRule]: CustomTermRule[K] } = { ...common, terms };
    for (const field of ['caseSensitive', 'wholeWord'] as const) {
      if (value[field] === undefined) continue;
      const b = bool(value[field], `${where}.${field}`, report);
      if (b !== undefined) rule[field] = b;
    }
    return rule;
  },
  customPatterns(value: Obj, where: string, report: Report, common: Common): CustomPatternRule | undefined {
    if (typeof value.pattern !== 'string') return void report(`${where}.pattern`, 'expectedPattern', [describe(value.pattern)]);
    return { ...common, pattern: value.pattern };
  },
  exactMatch(value: Obj, where: string, report: Report, common: Common): ExactMatchRule | undefined {
    const rule: { -readonly [K in keyof ExactMatchRule]: ExactMatchRule[K] } = { ...common, sha256: [] };
    if (value.normalize !== undefined) {
      const n = oneOf(value.normalize, NORMALIZATIONS, `${where}.normalize`, report);
      // Hashes made with another normalisation would never match: drop the rule rather than guess.
      if (n === undefined) return void report(where, 'unknownNormalize', []);
      rule.normalize = n;
    }
    const hashes = cappedList(value.sha256, `${where}.sha256`, report, LIMITS.hashesPerRule, (h, p) => {
      if (typeof h === 'string' && SHA256_HEX.test(h)) return h.toLowerCase();
      return void report(p, 'notSha256', [describe(h)]);
    });
    if (!hashes || hashes.length === 0) return void report(where, 'noValidHashes', []);
    rule.sha256 = hashes;
    return rule;
  },
};

export const RULE_CAP = POLICY_LIMITS.rules;
