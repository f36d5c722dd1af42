import type { MatchInfo } from '../../types';

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Letter, digit or underscore; ASCII answered without a regex (this runs for every candidate). */
function isWordChar(c: string): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return WORD_CHAR.test(c);
}

/**
 * True when the value is not glued to letters or digits on either side. Patterns check this with
 * lookarounds, but they run on a window cut out of the text, where the window edge looks like a
 * boundary; `info.before`/`info.after` come from the whole text, so this closes that gap.
 */
export function isolated(info: MatchInfo): boolean {
  return !isWordChar(info.before.slice(-1)) && !isWordChar(info.after.slice(0, 1));
}

/**
 * True when one of `words` (lower-case) occurs in the 64 chars before or the first `after` chars
 * after the value. Same rule as the engine's context check; detectors call it early to skip costly
 * validation (libphonenumber) of values that could not reach the threshold without context.
 */
export function hasContextWord(info: MatchInfo, words: readonly string[], after = 16): boolean {
  const text = (info.before + ' ' + info.after.slice(0, after)).toLowerCase();
  return words.some((w) => text.includes(w));
}

/** Date-shaped values (`2024-01-15`, `15/03/2024`, `03.15.24`, `01 02 2024`): never a phone or an ID. */
export function looksLikeDate(value: string): boolean {
  return /^(?:\d{4}([-./ ])\d{1,2}\1\d{1,2}|\d{1,2}([-./ ])\d{1,2}\2(?:\d{4}|\d{2}))$/.test(value.trim());
}

/**
 * Boundaries for numeric IDs: not glued to a word, and not part of a longer dotted/dashed/slashed
 * number (`1.123456789`, `123456789-2`). Commas are allowed: they separate CSV fields.
 * Used as `${NUM_START}\d{9}${NUM_END}`.
 */
export const NUM_START = String.raw`(?<![\w.\-\/+])`;
export const NUM_END = String.raw`(?![\w]|[.\-\/]\d)`;

/**
 * Context words as people write them in prose and as keys in JSON, YAML and code: every
 * multi-word phrase also as `snake_case`, `kebab-case` and `joinedwords` (matches camelCase, since
 * context matching is case-insensitive). A leading or trailing space is a boundary marker
 * (`'sin '` must not become `'sin'`, which is inside "using") and is kept as is.
 */
export function contextWords(...words: string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    if (w.trim() === w && w.includes(' ')) for (const sep of ['_', '-', '']) out.add(w.replaceAll(' ', sep));
  }
  return [...out];
}

/**
 * Score by how the number is written: `grouped` when it contains separators (`536-90-1234`), `bare`
 * for a plain digit run. One regex per detector covers both forms (half the regex work of two
 * patterns on every numeric window); the validator picks the score.
 */
export function scoreByFormat(value: string, grouped: number, bare: number): number {
  return /\D/.test(value) ? grouped : bare;
}
