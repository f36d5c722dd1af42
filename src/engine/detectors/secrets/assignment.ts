import type { MatchInfo } from '../../types';

/**
 * Regex building blocks shared by the keyword-driven detectors (PASSWORD_ASSIGNMENT, GENERIC_SECRET):
 * a name, an assignment operator, a value. Everything is bounded so a long line cannot make the
 * scan super-linear.
 *
 * Names are matched literal-first (`[Pp]assword|PASSWORD`), with no lookbehind in front: V8 then
 * rejects most positions with one quick check. (An alternation of ~30 lookbehind-guarded words
 * measured ~400× slower.) Word boundaries are judged afterwards, in `validate`, from the whole key.
 */

/** Rest of a key after its name word: `_hash`, `Confirmation`, `.prod`, `-v2`. */
export const KEY_SUFFIX = '[A-Za-z0-9_.-]{0,30}';

/**
 * Between a key and its value: optional closing quote or bracket, then `=`, `:`, `:=`, `::=`,
 * `?=`, `.=`, `=>`, `==`, `>` (XML), or `,` after a quoted key (`setProperty("TOKEN", "…")`).
 */
export const ASSIGN = String.raw`[ \t]{0,4}(?:["'][ \t]{0,4},|["'\]]?[ \t]{0,4}(?:=>|:{1,3}=|\?=|\.=|==?|:|>))[ \t]{0,4}`;

/** Optional byte-string wrapper before a quoted value: Go `[]byte("…")`, Python `b"…"`. */
export const BYTES_WRAPPER = String.raw`(?:\[\]byte\(|b(?=["']))?`;

/** A quoted value as capture group 2 (group 1 is the quote): escapes allowed, same quote closes. */
export const QUOTED_VALUE = String.raw`(["'\x60])((?:(?!\1)[^\\\r\n]|\\.){1,200})\1`;

/** True when the value was written between quotes (the char before it is a quote). */
export function wasQuoted(before: string): boolean {
  const c = before.charAt(before.length - 1);
  return c === '"' || c === "'" || c === '`' || c === '“' || c === '«' || c === '„' || c === '‘';
}

/**
 * The character just before the whole match (e.g. before `password` in `my password is …`), or ''
 * when unknown. Lets a literal-first pattern reject a name glued to a longer word.
 */
export function charBeforeMatch(value: string, info: MatchInfo): string {
  const offset = info.match.indexOf(value);
  const at = info.before.length - offset;
  return offset >= 0 && at > 0 ? info.before.charAt(at - 1) : '';
}
