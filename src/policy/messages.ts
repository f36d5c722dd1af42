/**
 * Every policy problem as a stable code, its English template and the names of its parameters.
 * `PolicyError.message` is always `policyMessage(code, params)`, and the UI shows the catalogue entry
 * `policyError_<code>` (public/_locales/en/messages.json, same text, named placeholders with content
 * `$1`…) so a translation never has to parse English. `messages.test.ts` keeps the two in step.
 *
 * Templates use `$1`…`$9` (Chrome allows 9 substitutions). Parameters are data, not prose: paths,
 * ids, limits, value descriptions (`describe()`), identifier lists. Three are English clauses from
 * other modules, passed through as quoted detail: `reason` (the engine's compiler, e.g. re2js's
 * syntax error), `problem` (src/sites host/selector checks, src/reporting/url.ts) and `error`.
 */

/** One template: `en` with `$n` for `params[n - 1]` (the names become the catalogue's placeholders). */
interface Template {
  readonly en: string;
  readonly params: readonly string[];
}

/** Codes reported through a validator's `Report` take the path as `$1`, filled in by `validatePolicy`. */
export const POLICY_MESSAGES = {
  // Top level (src/policy/validate.ts, state.ts, user-settings.ts).
  policyNotObject: { en: 'The policy must be a JSON object, got $1. Ignored.', params: ['value'] },
  unknownSetting: { en: 'Unknown setting "$1"; ignored.', params: ['key'] },
  forbiddenSetting: { en: '"$1" is not allowed as a name; ignored.', params: ['key'] },
  moreProblems: { en: '…and $1 more problems not listed.', params: ['count'] },
  readFailed: { en: 'managed storage could not be read: $1. The last policy in force still applies.', params: ['error'] },
  keptLastGood: { en: '$1: the new value is invalid, so the last valid one stays in force.', params: ['key'] },
  adminOnly: { en: 'Only your organisation can set $1.', params: ['key'] },
  // Shared checks (src/policy/check.ts).
  forbiddenName: { en: '$1: "$2" is not allowed as a name; ignored.', params: ['path', 'key'] },
  notAnAction: { en: '$1: $2 is not an action; expected allow, audit, warn, justify, redact or block. Ignored.', params: ['path', 'value'] },
  expectedBoolean: { en: '$1: expected true or false, got $2. Ignored.', params: ['path', 'value'] },
  notOneOf: { en: '$1: $2 is not one of $3. Ignored.', params: ['path', 'value', 'allowed'] },
  expectedString: { en: '$1: expected a non-empty string, got $2. Ignored.', params: ['path', 'value'] },
  stringTooLong: { en: '$1: is longer than $2 characters. Ignored.', params: ['path', 'max'] },
  notAUrl: { en: '$1: $2 is not a URL. Ignored.', params: ['path', 'value'] },
  notHttpsUrl: { en: '$1: must be an https:// URL, got $2//. Ignored.', params: ['path', 'scheme'] },
  reportingUrlInvalid: { en: '$1: $2. Ignored.', params: ['path', 'problem'] },
  expectedArray: { en: '$1: expected an array, got $2. Ignored.', params: ['path', 'value'] },
  listTooLong: { en: '$1: has $2 entries, more than the limit of $3; only the first $3 are used.', params: ['path', 'count', 'limit'] },
  checkFailed: { en: '$1: could not be checked ($2). Ignored.', params: ['path', 'error'] },
  // Keys (src/policy/validate.ts).
  expectedActionMap: { en: '$1: expected an object of entity type or category → action, got $2. Ignored.', params: ['path', 'value'] },
  tooManyActions: { en: '$1: has more than $2 entries; only the first $2 are used.', params: ['path', 'limit'] },
  unknownEntityType: { en: '$1: "$2" is neither a known entity type nor a category ($3). Ignored.', params: ['path', 'key', 'categories'] },
  expectedSitePolicy: { en: '$1: expected an object with enabled / defaultAction / actions, got $2. Ignored.', params: ['path', 'value'] },
  unknownSiteSetting: { en: '$1: unknown site setting "$2"; ignored.', params: ['path', 'key'] },
  expectedObject: { en: '$1: expected an object, got $2. Ignored.', params: ['path', 'value'] },
  unknownField: { en: '$1: unknown field "$2"; ignored.', params: ['path', 'key'] },
  expectedSiteMap: { en: '$1: expected an object of host → site settings, got $2. Ignored.', params: ['path', 'value'] },
  tooManySites: { en: '$1: has more than $2 sites; only the first $2 are used.', params: ['path', 'limit'] },
  notAHost: { en: '$1: "$2" is not a host name like "chatgpt.com". Ignored.', params: ['path', 'host'] },
  notADomain: { en: '$1: $2 is not a domain name like "example.com". Ignored.', params: ['path', 'value'] },
  retentionDaysInvalid: { en: '$1: expected a whole number of days from 1 to $2, got $3. Ignored.', params: ['path', 'max', 'value'] },
  lifetimeHoursInvalid: { en: '$1: expected a whole number of hours from 1 to $2, got $3. Ignored.', params: ['path', 'max', 'value'] },
  megabytesInvalid: { en: '$1: expected a whole number from 1 to $2, got $3. Ignored.', params: ['path', 'max', 'value'] },
  reportingNoUrl: { en: '$1: no usable "url"; reporting is off.', params: ['path'] },
  headerNameInvalid: { en: '$1: is not a valid HTTP header name. Ignored.', params: ['path'] },
  headerValueInvalid: { en: '$1: must be a single-line string. Ignored.', params: ['path'] },
  expectedHeaderMap: { en: '$1: expected an object of header → value, got $2. Ignored.', params: ['path', 'value'] },
  notASettingName: { en: '$1: $2 is not a setting name (or "*"). Ignored.', params: ['path', 'value'] },
  // Rules and extra sites (src/policy/validate-rules.ts).
  expectedExtraSite: { en: '$1: expected an object with "match", got $2. Entry dropped.', params: ['path', 'value'] },
  siteMatchInvalid: { en: '$1: $2 $3. Entry dropped.', params: ['path', 'value', 'problem'] },
  selectorInvalid: { en: '$1: $2 $3. Ignored.', params: ['path', 'value', 'problem'] },
  expectedRule: { en: '$1: expected a rule object, got $2. Rule dropped.', params: ['path', 'value'] },
  ruleIdInvalid: { en: '$1: "id" must be 1-64 letters, digits, "_", "." or "-". Rule dropped.', params: ['path'] },
  duplicateRuleId: { en: '$1: duplicate id "$2". Rule dropped.', params: ['path', 'id'] },
  ruleDisabled: { en: '$1: rule disabled, $2.', params: ['path', 'reason'] },
  noUsableTerms: { en: '$1: no usable "terms". Rule dropped.', params: ['path'] },
  expectedPattern: { en: '$1: expected an RE2 pattern string, got $2. Rule dropped.', params: ['path', 'value'] },
  unknownNormalize: { en: '$1: unknown "normalize". Rule dropped.', params: ['path'] },
  notSha256: { en: '$1: $2 is not 64 hex characters (a SHA-256 digest). Ignored.', params: ['path', 'value'] },
  noValidHashes: { en: '$1: no valid "sha256" digests. Rule dropped.', params: ['path'] },
} as const satisfies Record<string, Template>;

export type PolicyMessageCode = keyof typeof POLICY_MESSAGES;

type Strings<T extends readonly unknown[]> = { readonly [I in keyof T]: string };

/** The values a code's template takes, in order. */
export type PolicyMessageParams<C extends PolicyMessageCode> = Strings<(typeof POLICY_MESSAGES)[C]['params']>;

/** Codes whose first parameter is the path: the ones a validator reports (see `Report` in check.ts). */
export type FieldCode = { [C in PolicyMessageCode]: (typeof POLICY_MESSAGES)[C]['params'][0] extends 'path' ? C : never }[PolicyMessageCode];

/** A field code's parameters after the path (the validator's `report` supplies the path). */
export type FieldParams<C extends FieldCode> = (typeof POLICY_MESSAGES)[C]['params'] extends readonly ['path', ...infer Rest] ? Strings<Rest> : never;

/** The catalogue key of a code: what the UI passes to `t()`. */
export const CATALOGUE_PREFIX = 'policyError_';

/** The English text of `code` with `params` substituted (one pass: a `$1` inside a value stays as is). */
export function policyMessage(code: PolicyMessageCode, params: readonly string[]): string {
  return POLICY_MESSAGES[code].en.replace(/\$(\d)/g, (_, n: string) => params[Number(n) - 1] ?? '');
}
