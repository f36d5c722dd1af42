import type { Detector } from '../types';
import { termListDetector } from './terms';
import { re2PatternDetector } from './re2-pattern';
import { exactMatchDetector } from './exact-match';
import { NORMALIZATIONS, type Normalization } from './normalize';

/** Caps that keep a hostile or mistaken policy from exhausting a tab's memory. */
export const LIMITS = { rules: 500, termsPerRule: 10_000, termLength: 256, hashesPerRule: 200_000, allowlist: 10_000 } as const;

export interface CustomDetectorSet {
  readonly detectors: Detector[];
  /** One readable message per rule or value ignored; the other rules still apply. */
  readonly errors: string[];
  /** The action each custom rule asked for, by detector id (the policy issue applies it). */
  readonly actions: Record<string, string>;
  readonly allowlist: string[];
  readonly allowedDomains: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

/**
 * Builds the custom detectors from the policy's `customTerms`, `customPatterns` and `exactMatch`
 * (plus `allowlist` and `allowedDomains`). Untrusted input: every rule is checked on its own, an
 * invalid one is skipped with a clear error, and the rest keep working.
 */
export function compileCustomDetectors(input: unknown): CustomDetectorSet {
  const out: CustomDetectorSet = { detectors: [], errors: [], actions: {}, allowlist: [], allowedDomains: [] };
  if (input === undefined || input === null) return out;
  if (!isObj(input)) {
    out.errors.push('policy: expected a JSON object');
    return out;
  }
  const ids = new Set<string>();
  eachRule(input, 'customTerms', out, (rule, where) => {
    if (!Array.isArray(rule.terms) || rule.terms.length === 0) throw new Error('`terms` must be a non-empty array of strings');
    if (rule.terms.length > LIMITS.termsPerRule) throw new Error(`\`terms\` has more than ${LIMITS.termsPerRule} entries`);
    const terms: string[] = [];
    rule.terms.forEach((t, i) => {
      if (typeof t !== 'string' || t.trim() === '') out.errors.push(`${where}.terms[${i}]: ignored, not a non-empty string`);
      else if (t.length > LIMITS.termLength) out.errors.push(`${where}.terms[${i}]: ignored, longer than ${LIMITS.termLength} characters`);
      else terms.push(t.trim());
    });
    if (terms.length === 0) throw new Error('no usable terms');
    return termListDetector({
      ...idAndLabel(rule, ids),
      terms,
      caseSensitive: optionalBool(rule, 'caseSensitive', false),
      wholeWord: optionalBool(rule, 'wholeWord', true),
    });
  });
  eachRule(input, 'customPatterns', out, (rule) => {
    if (typeof rule.pattern !== 'string') throw new Error('`pattern` must be a string (RE2 syntax)');
    return re2PatternDetector({ ...idAndLabel(rule, ids), pattern: rule.pattern });
  });
  eachRule(input, 'exactMatch', out, (rule, where) => {
    const normalize = rule.normalize ?? 'none';
    if (!NORMALIZATIONS.includes(normalize as Normalization)) {
      throw new Error(`\`normalize\` must be one of ${NORMALIZATIONS.join(', ')}`);
    }
    if (!Array.isArray(rule.sha256) || rule.sha256.length === 0) throw new Error('`sha256` must be a non-empty array of hex digests');
    if (rule.sha256.length > LIMITS.hashesPerRule) throw new Error(`\`sha256\` has more than ${LIMITS.hashesPerRule} entries`);
    const hashes = rule.sha256.filter((h, i) => {
      const ok = typeof h === 'string' && SHA256_HEX.test(h);
      if (!ok) out.errors.push(`${where}.sha256[${i}]: ignored, not a 64-character hex SHA-256`);
      return ok;
    }) as string[];
    if (hashes.length === 0) throw new Error('no valid SHA-256 digests');
    return exactMatchDetector({ ...idAndLabel(rule, ids), normalize: normalize as Normalization, sha256: hashes });
  });
  out.allowlist.push(...stringList(input, 'allowlist', out));
  out.allowedDomains.push(...stringList(input, 'allowedDomains', out).map((d) => d.toLowerCase().replace(/^@/, '')));
  return out;
}

function eachRule(input: Obj, key: string, out: CustomDetectorSet, build: (rule: Obj, where: string) => Detector): void {
  const list = input[key];
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    out.errors.push(`${key}: ignored, expected an array`);
    return;
  }
  list.slice(0, LIMITS.rules).forEach((rule, i) => {
    const where = `${key}[${i}]${isObj(rule) && typeof rule.id === 'string' ? ` (id "${rule.id}")` : ''}`;
    try {
      if (!isObj(rule)) throw new Error('expected an object');
      const detector = build(rule, where);
      out.detectors.push(detector);
      if (typeof rule.action === 'string') out.actions[detector.id] = rule.action;
    } catch (error) {
      out.errors.push(`${where}: rule disabled, ${(error as Error).message}`);
    }
  });
  if (list.length > LIMITS.rules) out.errors.push(`${key}: only the first ${LIMITS.rules} rules are used`);
}

function idAndLabel(rule: Obj, ids: Set<string>): { id: string; label: string } {
  if (typeof rule.id !== 'string' || !ID.test(rule.id)) throw new Error('`id` must be 1-64 letters, digits, `_`, `.` or `-`');
  if (ids.has(rule.id)) throw new Error(`duplicate id "${rule.id}"`);
  ids.add(rule.id);
  const label = typeof rule.label === 'string' && rule.label.trim() ? rule.label.trim().slice(0, 120) : rule.id;
  return { id: rule.id, label };
}

function optionalBool(rule: Obj, key: string, fallback: boolean): boolean {
  const v = rule[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') throw new Error(`\`${key}\` must be true or false`);
  return v;
}

function stringList(input: Obj, key: string, out: CustomDetectorSet): string[] {
  const list = input[key];
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    out.errors.push(`${key}: ignored, expected an array of strings`);
    return [];
  }
  const values = list.slice(0, LIMITS.allowlist).filter((v, i) => {
    const ok = typeof v === 'string' && v.trim() !== '';
    if (!ok) out.errors.push(`${key}[${i}]: ignored, not a non-empty string`);
    return ok;
  }) as string[];
  if (list.length > LIMITS.allowlist) out.errors.push(`${key}: only the first ${LIMITS.allowlist} entries are used`);
  return values;
}
