import { foldName } from './fold';
import { isLetter } from './tokens';

/** How far from a name an e-mail address may be to vouch for it ("Aoife Byrne <aoife.byrne@…>"). */
const REACH = 120;

/**
 * Finds the `@`s of a text in order, one `indexOf` at a time: a scan that asks about positions in
 * increasing order reads the text once in all.
 */
export class AtCursor {
  /** The first `@` at or after the last query's start (-1: none left; -2: not searched yet). */
  private next = -2;
  constructor(private readonly text: string) {}

  /** The first `@` in [from, to), or -1. Calls must come with non-decreasing `from`. */
  near(from: number, to: number): number {
    if (this.next !== -1 && this.next < from) this.next = this.text.indexOf('@', from);
    return this.next >= from && this.next < to ? this.next : -1;
  }
}

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
