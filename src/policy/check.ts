/**
 * Small runtime checks shared by the policy validators. Managed values are untrusted (Firefox does not
 * validate them against the schema, and any admin can make a typo), so nothing here throws.
 */
import { isGuardAction } from '../guard/actions';
import type { GuardAction } from '../guard/types';
import { reportUrlProblem } from '../reporting/url';

/** One problem found in a policy: `key` is the top-level key, `path` the exact place. */
export interface PolicyError {
  readonly key: string;
  readonly path: string;
  readonly message: string;
  /** `warning`: ignored without harm (unknown key); `error`: a setting the admin wanted was dropped. */
  readonly level: 'error' | 'warning';
}

export type Obj = Record<string, unknown>;
export type Report = (path: string, message: string, level?: PolicyError['level']) => void;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys that must never become properties of our objects (prototype pollution). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const ACTIONS_TEXT = 'allow, audit, warn, justify, redact or block';

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** Own keys of a plain object, minus prototype-pollution keys (each reported). */
export function safeEntries(obj: Obj, path: string, report: Report): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const key of Object.keys(obj)) {
    if (FORBIDDEN_KEYS.has(key)) report(`${path}.${key}`, `"${key}" is not allowed as a name; ignored.`);
    else out.push([key, obj[key]]);
  }
  return out;
}

export function action(value: unknown, path: string, report: Report): GuardAction | undefined {
  if (isGuardAction(value)) return value;
  report(path, `${describe(value)} is not an action; expected ${ACTIONS_TEXT}. Ignored.`);
  return undefined;
}

export function bool(value: unknown, path: string, report: Report): boolean | undefined {
  if (typeof value === 'boolean') return value;
  report(path, `expected true or false, got ${describe(value)}. Ignored.`);
  return undefined;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, report: Report): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  report(path, `${describe(value)} is not one of ${allowed.join(', ')}. Ignored.`);
  return undefined;
}

export function str(value: unknown, path: string, report: Report, max: number): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    report(path, `expected a non-empty string, got ${describe(value)}. Ignored.`);
    return undefined;
  }
  if (value.length > max) {
    report(path, `is longer than ${max} characters. Ignored.`);
    return undefined;
  }
  return value.trim();
}

function url(value: unknown, path: string, report: Report): URL | undefined {
  const s = str(value, path, report, 2_000);
  if (s === undefined) return undefined;
  try {
    return new URL(s);
  } catch {
    report(path, `${describe(s)} is not a URL. Ignored.`);
    return undefined;
  }
}

/** An `https:` URL (a support link shown to users must not be plain http, even to localhost). */
export function httpsUrl(value: unknown, path: string, report: Report): string | undefined {
  const parsed = url(value, path, report);
  if (parsed === undefined) return undefined;
  if (parsed.protocol !== 'https:') {
    report(path, `must be an https:// URL, got ${parsed.protocol}//. Ignored.`);
    return undefined;
  }
  return parsed.href;
}

/**
 * A collector URL: https, or plain http to this machine's loopback interface only (a local agent; see
 * src/reporting/url.ts, the same rule the sender enforces), and no credentials in the URL.
 */
export function reportingUrl(value: unknown, path: string, report: Report): string | undefined {
  const parsed = url(value, path, report);
  if (parsed === undefined) return undefined;
  const problem = reportUrlProblem(parsed);
  if (problem) {
    report(path, `${problem}. Ignored.`);
    return undefined;
  }
  return parsed.href;
}

/**
 * Runs `each` over the first `cap` items of an array; a longer array is reported (only the first
 * `cap` are looked at, so a 100k-element list costs no more than a `cap`-element one).
 */
export function cappedList<T>(value: unknown, path: string, report: Report, cap: number, each: (item: unknown, path: string) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) {
    report(path, `expected an array, got ${describe(value)}. Ignored.`);
    return undefined;
  }
  if (value.length > cap) report(path, `has ${value.length} entries, more than the limit of ${cap}; only the first ${cap} are used.`);
  const out: T[] = [];
  const n = Math.min(value.length, cap);
  for (let i = 0; i < n; i++) {
    const item = each(value[i], `${path}[${i}]`);
    if (item !== undefined) out.push(item);
  }
  return out;
}
