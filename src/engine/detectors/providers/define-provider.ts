/**
 * Turns compact provider-rule data (ported from gitleaks' default rule set) into `Detector`s.
 *
 * Rule data and examples derive from gitleaks (https://github.com/gitleaks/gitleaks),
 * MIT License, Copyright (c) 2019 Zachary Rice.
 *
 * Conversions from gitleaks' Go RE2 syntax to JavaScript:
 * - Inline `(?i)` does not exist in JS: a rule that is case-insensitive throughout gets the `i` flag;
 *   a rule that mixes (`(?-i:[Mm]eraki|MERAKI)`) spells its cases out with character classes.
 * - gitleaks' semi-generic `[\w.-]{0,50}?` prefix is dropped: it is lazy and optional, so it never
 *   decides whether a rule matches, and without it V8 starts the search at the keyword literal.
 * - Unbounded quantifiers become bounded ones; `\z` becomes `$` (windows are lines or blocks).
 */
import type { Detector, MatchInfo, Pattern } from '../../types';

/** Base score of a token with a distinctive prefix or shape (`glsa_…`, `dop_v1_…`). */
export const TOKEN_SCORE = 0.85;
/**
 * Base score of a value that only counts because a provider keyword is assigned to it: below a prefixed
 * token, but above the core generic-secret and password assignments (0.7–0.8 after validation), so a
 * value both find is reported under the provider's name.
 */
export const ASSIGNMENT_SCORE = 0.82;

/** gitleaks' assignment operators between a keyword and its value (`=`, `:`, `=>`, `:=`, `?=`, `||`, `,`, `>`). */
const ASSIGN = String.raw`(?:[ \t\w.-]{0,20})[\s'"]{0,3}(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)[\x60'"\s=]{0,5}`;
/** gitleaks' end of a secret: a quote, whitespace, `;`, a literal `\n`/`\r`, or the end of the window. */
export const END = String.raw`(?:[\x60'"\s;]|\\[nr]|$)`;

/** One regex of a rule; the secret is capture `group` (default 1 for the helpers, 0 otherwise). */
export interface ProviderPattern {
  readonly regex: RegExp;
  readonly group?: number;
  /** Pattern name shown in a finding's reason (default: `token`, or `keyword-assignment` for `semi`). */
  readonly name?: string;
  readonly score?: number;
}

/** A provider rule as data: one gitleaks rule, its JS regex and its examples. */
export interface ProviderRule {
  /** gitleaks' rule id (kebab-case). */
  readonly id: string;
  /** What it is, for people: `Adafruit API key`. */
  readonly name: string;
  /** gitleaks' keywords (lower-case literals); the rule's patterns run only where one occurs. */
  readonly keywords: readonly string[];
  /** The rule's pattern (or `patterns` when a gitleaks regex has several secret groups). */
  readonly regex?: RegExp;
  readonly group?: number;
  readonly patterns?: readonly ProviderPattern[];
  /** Pattern name and base score for `regex` (set by `semi`/`token`). */
  readonly patternName?: string;
  readonly score?: number;
  /** gitleaks' `entropy`: minimum Shannon entropy (bits/char) of the secret. */
  readonly minEntropy?: number;
  /** Entity type: provider tokens are `API_TOKEN`; a few rules fit a core type better. */
  readonly type?: 'API_TOKEN' | 'PASSWORD_ASSIGNMENT' | 'GENERIC_SECRET';
  /**
   * `block` when the keyword and the secret may sit on different lines (`<airtableToken>\n  pat…`):
   * the window then runs from the keyword's line to `maxLength` chars past the keyword.
   */
  readonly window?: 'line' | 'block';
  readonly maxLength?: number;
  /** Characters of the value shown at the start of a preview (default 4). */
  readonly head?: number;
  /** gitleaks' per-rule allowlist: return true to discard a value. */
  readonly reject?: (value: string, info: MatchInfo) => boolean;
  /** Texts that must be found (from gitleaks' true positives) and texts that must not (its false positives). */
  readonly tps: readonly string[];
  readonly fps: readonly string[];
}

/**
 * gitleaks' semi-generic rule: `KEYWORD … = VALUE`, with the value in group 1.
 * `keyword` and `value` are regex sources. Case-insensitive by default, like gitleaks' `(?i)`;
 * pass `flags: 'g'` when the sources spell out their cases. `lead` matches before the captured value
 * (for tokens whose head is a constant run like `AAAAAAAAAA`, which the placeholder filter would reject).
 */
export function semi(keyword: string, value: string, flags = 'gi', lead = '') {
  return {
    regex: new RegExp(String.raw`(?:${keyword})${ASSIGN}${lead}(${value})${END}`, flags),
    group: 1,
    patternName: 'keyword-assignment',
    score: ASSIGNMENT_SCORE,
    window: 'block' as const,
  };
}

/** gitleaks' "unique token" rule: `\b(TOKEN)` followed by an end of secret, with the token in group 1. */
export function token(source: string, flags = 'g') {
  return { regex: new RegExp(String.raw`\b(${source})${END}`, flags), group: 1, patternName: 'token', score: TOKEN_SCORE };
}

/** `kw` with every ASCII letter as a two-case class: case-insensitive keyword inside a case-sensitive regex. */
export function anyCase(kw: string): string {
  return kw.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

/** A lower-case UUID, the value shape of many semi-generic rules. */
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * gitleaks' global allowlist (its `[allowlist]` regexes and stopwords): booleans, one repeated char,
 * `$VAR`/`${VAR}`/`{{ var }}`/`%VAR%`/`@VAR@` templates, printf verbs, `{0}` and filesystem paths.
 */
const GLOBAL_ALLOW = new RegExp(
  [
    '^(?:true|false|null)$',
    '^([a-z*.])\\1*$',
    '^\\$(?:\\d+|\\{\\d+\\})$',
    '^\\$(?:[A-Z_]+|[a-z_]+)$',
    '^\\$\\{(?:[A-Z_]+|[a-z_]+)\\}$',
    '^\\{\\{[ \\t]*[\\w ().|]+[ \\t]*\\}\\}$',
    '^\\$\\{\\{[ \\t]*(?:env|github|secrets|vars)(?:\\.[A-Za-z]\\w+)+[\\w "\'&./=|]*[ \\t]*\\}\\}$',
    '^%(?:[A-Z_]+|[a-z_]+)%$',
    '^%[+\\-# 0]?[bcdeEfFgGoOpqstTUvxX]$',
    '^\\{\\d{0,2}\\}$',
    '^@(?:[A-Z_]+|[a-z_]+)@$',
    '^/Users/[a-z0-9]+/[\\w .\\-/]+$',
    '^/(?:bin|etc|home|opt|tmp|usr|var)/[\\w ./-]+$',
    '014df517-39d1-4453-b7b3-9930c563627c',
    'abcdefghijklmnopqrstuvwxyz',
  ].join('|'),
  'i',
);

/** True when gitleaks' global allowlist would drop this secret. */
export function globallyAllowed(value: string): boolean {
  return GLOBAL_ALLOW.test(value);
}

/**
 * True when every pattern is a `token()` whose value starts with a literal that begins with one of the
 * rule's keywords (`\b(npm_[a-z0-9]{36})`): each match then starts exactly at a keyword hit, and the
 * engine tries the pattern there only (`lead: 0`) instead of over the whole line. A line dense with
 * such prefixes (`npm_ hf_ SG. …` repeated) then costs one try per hit, not one pass per detector.
 */
function startsAtKeyword(patterns: readonly Pattern[], keywords: readonly string[]): boolean {
  return patterns.every((p) => {
    const source = p.regex.source;
    if (!source.startsWith('\\b(') || hasTopLevelAlternation(source, 3)) return false;
    const literal = /^\\b\(((?:[A-Za-z0-9_]|\\[-._/])+)/.exec(source)?.[1]?.replace(/\\(.)/g, '$1').toLowerCase();
    return literal !== undefined && keywords.some((k) => literal.startsWith(k.toLowerCase()));
  });
}

/** Whether the group that opens just before `from` has a `|` of its own (an alternative could start elsewhere). */
function hasTopLevelAlternation(source: string, from: number): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return false;
      depth--;
    } else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** One `Detector` from one provider rule. */
export function defineProvider(rule: ProviderRule): Detector {
  const patterns: Pattern[] = (rule.patterns ?? [{ regex: rule.regex!, group: rule.group, name: rule.patternName, score: rule.score }]).map(
    (p) => ({
      name: p.name ?? rule.patternName ?? 'token',
      regex: p.regex,
      score: p.score ?? rule.score ?? TOKEN_SCORE,
      group: p.group ?? 0,
    }),
  );
  const reject = rule.reject;
  const type = rule.type ?? 'API_TOKEN';
  return {
    id: rule.id,
    type,
    category: 'SECRET',
    severity: 'high',
    description: `${rule.name} (provider secret)`,
    anchor: startsAtKeyword(patterns, rule.keywords)
      ? { keywords: rule.keywords, lead: 0 }
      : rule.window === 'block'
        ? { keywords: rule.keywords, window: 'block' }
        : { keywords: rule.keywords },
    patterns,
    minEntropy: rule.minEntropy,
    validate: reject
      ? (value, info) => !globallyAllowed(value) && !reject(value, info)
      : (value) => !globallyAllowed(value),
    maxLength: rule.maxLength,
    preview: { head: rule.head ?? 4, tail: 4 },
    examples: { match: rule.tps, noMatch: rule.fps },
  };
}
