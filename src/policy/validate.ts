/**
 * `validatePolicy`: untrusted policy JSON (managed storage, a user's options, a CLI file) → the keys
 * that are usable, plus one coded, readable message per thing dropped (src/policy/messages.ts). Never throws. Unknown keys are
 * warnings; every other problem drops only the smallest part it can (an entry, a field, a key).
 */
import { ENTITY_CATEGORIES } from '../engine/entity-types';
import type { Category } from '../engine/types';
import type { GuardAction } from '../decisions/types';
import { action, bool, cappedList, describe, fieldError, httpsUrl, isObj, oneOf, policyError, reportingUrl, safeEntries, str, type PolicyError, type Report } from './check';
import { extraSite, ruleValidator } from './validate-rules';
import {
  DEFAULT_POLICY,
  FILE_ACTIONS,
  HISTORY_MODES,
  isPolicyKey,
  POLICY_KEYS,
  POLICY_LIMITS as CAP,
  POLICY_MODES,
  REPORTING_FORMATS,
  REPORTING_USER_IDS,
  type DocumentsPolicy,
  type HistoryPolicy,
  type Policy,
  type PolicyKey,
  type PolicyMessage,
  type ReportingPolicy,
  type RestorePolicy,
  type SitePolicy,
} from './schema';

export type { PolicyError } from './check';

export interface ValidatedPolicy {
  readonly policy: Partial<Policy>;
  readonly errors: PolicyError[];
}

/** More messages than this are summarised: a 100k-element list of bad hashes must not yield 100k strings. */
const MAX_MESSAGES = 200;
const CATEGORIES: readonly Category[] = ['PII', 'FINANCIAL', 'GOVERNMENT_ID', 'SECRET', 'CUSTOM'];
const HOST_KEY = /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*(?::\d{1,5})?$/;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}$/;
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/;

type Validator<K extends PolicyKey> = (value: unknown, path: string, report: Report) => Policy[K] | undefined;

function actionMap(value: unknown, path: string, report: Report): Record<string, GuardAction> | undefined {
  if (!isObj(value)) return void report(path, 'expectedActionMap', [describe(value)]);
  const out: Record<string, GuardAction> = {};
  const entries = safeEntries(value, path, report);
  if (entries.length > CAP.actions) report(path, 'tooManyActions', [String(CAP.actions)]);
  for (const [key, v] of entries.slice(0, CAP.actions)) {
    if (!Object.hasOwn(ENTITY_CATEGORIES, key) && !(CATEGORIES as readonly string[]).includes(key)) {
      report(`${path}.${key}`, 'unknownEntityType', [key, CATEGORIES.join(', ')]);
      continue;
    }
    const a = action(v, `${path}.${key}`, report);
    if (a !== undefined) out[key] = a;
  }
  return out;
}

function sitePolicy(value: unknown, path: string, report: Report): SitePolicy | undefined {
  if (!isObj(value)) return void report(path, 'expectedSitePolicy', [describe(value)]);
  const out: { -readonly [K in keyof SitePolicy]: SitePolicy[K] } = {};
  for (const [key, v] of safeEntries(value, path, report)) {
    if (key === 'enabled') out.enabled = bool(v, `${path}.enabled`, report);
    else if (key === 'defaultAction') out.defaultAction = action(v, `${path}.defaultAction`, report);
    else if (key === 'actions') out.actions = actionMap(v, `${path}.actions`, report);
    else report(`${path}.${key}`, 'unknownSiteSetting', [key], 'warning');
  }
  for (const key of Object.keys(out) as (keyof SitePolicy)[]) if (out[key] === undefined) delete out[key];
  return out;
}

/** Subset of an object's known fields; unknown fields are warnings. */
function fields(value: unknown, path: string, report: Report, known: readonly string[]): Record<string, unknown> | undefined {
  if (!isObj(value)) return void report(path, 'expectedObject', [describe(value)]);
  const out: Record<string, unknown> = {};
  for (const [key, v] of safeEntries(value, path, report)) {
    if (known.includes(key)) out[key] = v;
    else report(`${path}.${key}`, 'unknownField', [key], 'warning');
  }
  return out;
}

function makeValidators(): { [K in PolicyKey]: Validator<K> } {
  const ruleIds = new Set<string>();
  const rules = (kind: 'customTerms' | 'customPatterns' | 'exactMatch') => (v: unknown, p: string, r: Report) => {
    const check = ruleValidator(kind, ruleIds);
    return cappedList(v, p, r, CAP.rules, (item, path) => check(item, path, r)) as never;
  };
  return {
    enabled: bool,
    mode: (v, p, r) => oneOf(v, POLICY_MODES, p, r),
    defaultAction: action,
    actions: actionMap,
    sites(value, path, report) {
      if (!isObj(value)) return void report(path, 'expectedSiteMap', [describe(value)]);
      const out: Record<string, SitePolicy> = {};
      const entries = safeEntries(value, path, report);
      if (entries.length > CAP.sites) report(path, 'tooManySites', [String(CAP.sites)]);
      for (const [host, v] of entries.slice(0, CAP.sites)) {
        const key = host.trim().toLowerCase();
        if (!HOST_KEY.test(key)) report(`${path}.${host}`, 'notAHost', [host]);
        else {
          const site = sitePolicy(v, `${path}.${host}`, report);
          if (site) out[key] = site;
        }
      }
      return out;
    },
    extraSites: (v, p, r) => cappedList(v, p, r, CAP.extraSites, (item, path) => extraSite(item, path, r)),
    customTerms: rules('customTerms'),
    customPatterns: rules('customPatterns'),
    exactMatch: rules('exactMatch'),
    allowlist: (v, p, r) => cappedList(v, p, r, CAP.allowlist, (item, path) => str(item, path, r, 256)),
    allowedDomains: (v, p, r) =>
      cappedList(v, p, r, CAP.allowlist, (item, path) => {
        const d = typeof item === 'string' ? item.trim().toLowerCase().replace(/^@/, '') : item;
        if (typeof d === 'string' && d.length <= 253 && DOMAIN.test(d)) return d;
        return void r(path, 'notADomain', [describe(item)]);
      }),
    allowUserOverride: bool,
    message(value, path, report) {
      const f = fields(value, path, report, ['text', 'url']);
      if (!f) return undefined;
      const out: { -readonly [K in keyof PolicyMessage]: PolicyMessage[K] } = {};
      if (f.text !== undefined) out.text = str(f.text, `${path}.text`, report, CAP.messageLength);
      if (f.url !== undefined) out.url = httpsUrl(f.url, `${path}.url`, report);
      if (out.text === undefined) delete out.text;
      if (out.url === undefined) delete out.url;
      return out;
    },
    history(value, path, report) {
      const f = fields(value, path, report, ['mode', 'retentionDays']);
      if (!f) return undefined;
      const out: { -readonly [K in keyof HistoryPolicy]: HistoryPolicy[K] } = { ...DEFAULT_POLICY.history };
      if (f.mode !== undefined) out.mode = oneOf(f.mode, HISTORY_MODES, `${path}.mode`, report) ?? out.mode;
      if (f.retentionDays !== undefined) {
        const days = f.retentionDays;
        if (typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= CAP.retentionDays) out.retentionDays = days;
        else report(`${path}.retentionDays`, 'retentionDaysInvalid', [String(CAP.retentionDays), describe(days)]);
      }
      return out;
    },
    documents(value, path, report) {
      const f = fields(value, path, report, ['encrypted', 'unreadable', 'tooLarge', 'maxFileMB', 'maxTextMB']);
      if (!f) return undefined;
      const out: { -readonly [K in keyof DocumentsPolicy]: DocumentsPolicy[K] } = { ...DEFAULT_POLICY.documents };
      for (const key of ['encrypted', 'unreadable', 'tooLarge'] as const) {
        if (f[key] !== undefined) out[key] = oneOf(f[key], FILE_ACTIONS, `${path}.${key}`, report) ?? out[key];
      }
      for (const key of ['maxFileMB', 'maxTextMB'] as const) {
        const n = f[key];
        if (n === undefined) continue;
        if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= CAP[key]) out[key] = n;
        else report(`${path}.${key}`, 'megabytesInvalid', [String(CAP[key]), describe(n)]);
      }
      return out;
    },
    restore(value, path, report) {
      const f = fields(value, path, report, ['enabled', 'lifetimeHours']);
      if (!f) return undefined;
      const out: { -readonly [K in keyof RestorePolicy]: RestorePolicy[K] } = { ...DEFAULT_POLICY.restore };
      if (f.enabled !== undefined) out.enabled = bool(f.enabled, `${path}.enabled`, report) ?? out.enabled;
      if (f.lifetimeHours !== undefined) {
        const hours = f.lifetimeHours;
        if (typeof hours === 'number' && Number.isInteger(hours) && hours >= 1 && hours <= CAP.lifetimeHours) out.lifetimeHours = hours;
        else report(`${path}.lifetimeHours`, 'lifetimeHoursInvalid', [String(CAP.lifetimeHours), describe(hours)]);
      }
      return out;
    },
    reporting(value, path, report) {
      const f = fields(value, path, report, ['url', 'format', 'headers', 'userId']);
      if (!f) return undefined;
      const url = reportingUrl(f.url, `${path}.url`, report);
      if (url === undefined) return void report(path, 'reportingNoUrl', []);
      const out: { -readonly [K in keyof ReportingPolicy]: ReportingPolicy[K] } = { url, format: 'json' };
      if (f.format !== undefined) out.format = oneOf(f.format, REPORTING_FORMATS, `${path}.format`, report) ?? 'json';
      // A misspelt userId sends no id: the privacy-preserving reading of an unclear instruction.
      if (f.userId !== undefined) out.userId = oneOf(f.userId, REPORTING_USER_IDS, `${path}.userId`, report) ?? 'none';
      if (f.headers !== undefined && isObj(f.headers)) {
        const headers: Record<string, string> = {};
        for (const [name, v] of safeEntries(f.headers, `${path}.headers`, report).slice(0, CAP.headers)) {
          if (!HEADER_NAME.test(name)) report(`${path}.headers.${name}`, 'headerNameInvalid', []);
          else if (typeof v !== 'string' || v.length > CAP.stringLength || /[\r\n\0]/.test(v)) report(`${path}.headers.${name}`, 'headerValueInvalid', []);
          else headers[name] = v;
        }
        out.headers = headers;
      } else if (f.headers !== undefined) report(`${path}.headers`, 'expectedHeaderMap', [describe(f.headers)]);
      return out;
    },
    lockedSettings: (v, p, r) =>
      cappedList(v, p, r, POLICY_KEYS.length + 1, (item, path) => {
        if (item === '*' || isPolicyKey(item)) return item;
        return void r(path, 'notASettingName', [describe(item)]);
      }),
  };
}

/** Every key the validator knows: by construction the same as `POLICY_KEYS` (checked in tests). */
export const VALIDATED_KEYS: readonly string[] = Object.keys(makeValidators());

/** Validates untrusted policy JSON. Never throws. */
export function validatePolicy(raw: unknown): ValidatedPolicy {
  const errors: PolicyError[] = [];
  let dropped = 0;
  const policy: Record<string, unknown> = {};
  if (raw === undefined || raw === null) return { policy, errors };
  if (!isObj(raw)) {
    errors.push(policyError('', '(policy)', 'policyNotObject', [describe(raw)]));
    return { policy, errors };
  }
  const validators = makeValidators() as Record<PolicyKey, Validator<PolicyKey>>;
  // A forbidden top-level name is the only problem safeEntries reports here; it has no parent path to show.
  const topLevel: Report = (path, _code, params) => errors.push(policyError(path.slice(1), path.slice(1), 'forbiddenSetting', [params[0] ?? ''], 'warning'));
  for (const [key, value] of safeEntries(raw, '', topLevel)) {
    if (!isPolicyKey(key)) {
      errors.push(policyError(key, key, 'unknownSetting', [key], 'warning'));
      continue;
    }
    const report: Report = (path, code, params, level = 'error') => {
      if (errors.length < MAX_MESSAGES) errors.push(fieldError(key, path, code, params, level));
      else dropped++;
    };
    try {
      const result = validators[key](value, key, report);
      if (result !== undefined) policy[key] = result;
    } catch (error) {
      report(key, 'checkFailed', [(error as Error).message]);
    }
  }
  if (dropped > 0) errors.push(policyError('', '(policy)', 'moreProblems', [String(dropped)]));
  return { policy: policy as Partial<Policy>, errors };
}
