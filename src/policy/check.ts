/**
 * Small runtime checks shared by the policy validators. Managed values are untrusted (Firefox does not
 * validate them against the schema, and any admin can make a typo), so nothing here throws.
 */
import { isGuardAction } from '../decisions/actions';
import type { GuardAction } from '../decisions/types';
import { reportUrlProblem } from '../reporting/url';
import { policyMessage, type FieldCode, type FieldParams, type PolicyMessageCode, type PolicyMessageParams } from './messages';

/** One problem found in a policy: `key` is the top-level key, `path` the exact place. */
export interface PolicyError {
  readonly key: string;
  readonly path: string;
  /** Stable id of the problem; the UI shows the catalogue's `policyError_<code>` (src/policy/messages.ts). */
  readonly code: PolicyMessageCode;
  /** The values substituted into the code's template, in order (`$1`, `$2`, …). */
  readonly params: readonly string[];
  /** The English text: always `policyMessage(code, params)`. */
  readonly message: string;
  /** `warning`: ignored without harm (unknown key); `error`: a setting the admin wanted was dropped. */
  readonly level: 'error' | 'warning';
}

/** Builds a `PolicyError` whose English `message` comes from the code's template. */
export function policyError<C extends PolicyMessageCode>(key: string, path: string, code: C, params: PolicyMessageParams<C>, level: PolicyError['level'] = 'error'): PolicyError {
  return coded(key, path, code, params as readonly string[], level);
}

/** A problem a validator reported at `path` (`Report`): the path is the template's `$1`. */
export function fieldError<C extends FieldCode>(key: string, path: string, code: C, params: FieldParams<C>, level: PolicyError['level'] = 'error'): PolicyError {
  return coded(key, path, code, [path, ...(params as readonly string[])], level);
}

function coded(key: string, path: string, code: PolicyMessageCode, params: readonly string[], level: PolicyError['level']): PolicyError {
  return { key, path, code, params, message: policyMessage(code, params), level };
}

export type Obj = Record<string, unknown>;
/** A validator's problem at `path`: a field code and its values after the path (the caller adds the path as `$1`). */
export type Report = <C extends FieldCode>(path: string, code: C, params: FieldParams<C>, level?: PolicyError['level']) => void;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys that must never become properties of our objects (prototype pollution). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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
    if (FORBIDDEN_KEYS.has(key)) report(`${path}.${key}`, 'forbiddenName', [key]);
    else out.push([key, obj[key]]);
  }
  return out;
}

export function action(value: unknown, path: string, report: Report): GuardAction | undefined {
  if (isGuardAction(value)) return value;
  report(path, 'notAnAction', [describe(value)]);
  return undefined;
}

export function bool(value: unknown, path: string, report: Report): boolean | undefined {
  if (typeof value === 'boolean') return value;
  report(path, 'expectedBoolean', [describe(value)]);
  return undefined;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, report: Report): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  report(path, 'notOneOf', [describe(value), allowed.join(', ')]);
  return undefined;
}

export function str(value: unknown, path: string, report: Report, max: number): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    report(path, 'expectedString', [describe(value)]);
    return undefined;
  }
  if (value.length > max) {
    report(path, 'stringTooLong', [String(max)]);
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
    report(path, 'notAUrl', [describe(s)]);
    return undefined;
  }
}

/** An `https:` URL (a support link shown to users must not be plain http, even to localhost). */
export function httpsUrl(value: unknown, path: string, report: Report): string | undefined {
  const parsed = url(value, path, report);
  if (parsed === undefined) return undefined;
  if (parsed.protocol !== 'https:') {
    report(path, 'notHttpsUrl', [parsed.protocol]);
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
    report(path, 'reportingUrlInvalid', [problem]);
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
    report(path, 'expectedArray', [describe(value)]);
    return undefined;
  }
  if (value.length > cap) report(path, 'listTooLong', [String(value.length), String(cap)]);
  const out: T[] = [];
  const n = Math.min(value.length, cap);
  for (let i = 0; i < n; i++) {
    const item = each(value[i], `${path}[${i}]`);
    if (item !== undefined) out.push(item);
  }
  return out;
}
