import { foldName } from './fold';
import { isLetter } from './tokens';

/** How far from a name an e-mail address may be to vouch for it ("Aoife Byrne <aoife.byrne@…>"). */
const REACH = 120;

/**
 * Finds the `@`s of a text in order: a scan that asks about positions in increasing order reads the
 * text once in all. Each search reads at most up to the query's end plus `AHEAD` (a view of the text,
 * no copy), so a range scan of a text without `@` stops near its range instead of at the text's end.
 */
export class AtCursor {
  /** The first `@` at or after the last query's start, when found (-1: none known). */
  private next = -1;
  /** Searched up to here: no `@` in [the last query's start, `clear`) but `next`. */
  private clear = 0;
  constructor(private readonly text: string) {}

  /** The first `@` in [from, to), or -1. Calls must come with non-decreasing `from`. */
  near(from: number, to: number): number {
    if (this.next >= from) return this.next < to ? this.next : -1;
    const s = Math.max(from, this.clear);
    if (s >= to) return -1;
    const hi = Math.min(this.text.length, Math.max(to, s + AHEAD));
    const k = this.text.slice(s, hi).indexOf('@');
    if (k < 0) {
      this.clear = hi;
      return -1;
    }
    this.next = s + k;
    this.clear = this.next + 1;
    return this.next < to ? this.next : -1;
  }
}

/** How far past a query the `@` search reads ahead (fewer, longer searches). */
const AHEAD = 4096;

/** Chars of an e-mail local part: letters, digits, `.`, `_`, `%`, `+`, `-`. */
function isLocalChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

/** Letters of the local part before the `@` at `at`, folded ("Jean.Dupont-2" → "jeandupont"). */
function localLetters(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 64 && isLocalChar(text.charCodeAt(i - 1))) i--;
  return foldName(text.slice(i, at)).replace(/[^a-z]/g, '');
}

/**
 * True when an e-mail address near the name [start, end) has a local part made of it: `jean.dupont`,
 * `dupont.jean`, `jdupont`, `dupontj`, `jeand`, or the family name alone (`dupont@`, 4+ letters).
 */
export function emailMatches(text: string, cursor: AtCursor, start: number, end: number, given: string, family: string): boolean {
  const at = cursor.near(Math.max(0, start - REACH), end + REACH);
  if (at < 0) return false;
  const local = localLetters(text, at);
  const g = given.replace(/[^a-z]/g, '');
  const f = family.replace(/[^a-z]/g, '');
  if (!local || !g || !f) return false;
  if (f.length >= 3 && local.includes(f)) {
    const rest = local.replace(f, '');
    return rest === '' ? f.length >= 4 : rest === g || rest === g[0] || (g.length >= 3 && rest.includes(g));
  }
  if (g.length >= 3 && local.includes(g)) return local.replace(g, '') === f[0];
  return false;
}
