import type { FieldIndex } from '../fields/types';
import type { Found } from '../types';
import { AtCursor, emailMatches } from './email-match';
import { exampleAfter, exampleBefore } from './examples';
import { inCode, isKnownPhrase } from './filters';
import { orgBefore } from './firms';
import { isEponym } from './places';
import { isThingLabel } from './labels';
import type { NameWord } from './name-words';
import { SCORE, type Verdict } from './scoring';
import { isNameSpace } from './tokens';

/** What the rules share while one text is scanned: the text, the findings so far, the `@` cursor. */
export interface Scan {
  readonly text: string;
  readonly out: Found[];
  readonly at: AtCursor;
  readonly fields: FieldIndex;
}

/** Position of the word after [s, e) (past a period and one or two spaces). */
export function nextWord(text: string, e: number): number {
  let i = e;
  if (text.charCodeAt(i) === 46) i++;
  while (i < e + 3 && isNameSpace(text.charCodeAt(i))) i++;
  return i;
}

/** True when the words are a known placeholder, brand or place ("John Doe", "Hugo Boss"); `emit` checks the rest. */
export function filtered(_scan: Scan, words: readonly NameWord[]): boolean {
  return isKnownPhrase(words);
}

/** Raises a verdict under 0.9 when an e-mail address nearby is made of the name. */
export function withEmail(scan: Scan, s: number, e: number, names: readonly NameWord[], v: Verdict): Verdict {
  if (v.score >= SCORE.email || v.score <= 0) return v;
  const given = names[0]!.key;
  const family = names[names.length - 1]!.key;
  if (!emailMatches(scan.text, scan.at, s, e, given, family)) return v;
  return v.score >= 0.5 ? { ...v, score: SCORE.email } : { score: SCORE.email, rule: 'email' };
}

/**
 * Reports a verdict of 0.5 or more as a finding, unless the name sits in code, names a place, a
 * building, a firm or an eponym, is an example ("z. B. Otto Normal"),
 * a firm in a business context ("annual reports of Carl Zeiss", "partnership with Roland Berger"), or
 * a whole cell of a field that holds things (a `city`, `supplier` or `street` column: "Ann Arbor").
 */
export function emit(scan: Scan, start: number, end: number, v: Verdict, from = start): void {
  if (v.score < 0.5) return;
  const { text } = scan;
  // Code, places, buildings, firms and eponyms around the name ("Maria.Schmidt(", "Avenue Victor Hugo",
  // "Marie Curie University", "Schmidt & Partner").
  if (inCode(text, end) || isEponym(text, start, end)) return;
  // `from` is where the title starts ("Dr. Oetker" in a supplier column, "annual reports of Dr. Oetker").
  if (exampleBefore(text, from) || exampleAfter(text, end) || orgBefore(text, from)) return;
  if (wholeCell(text, from, end)) {
    const label = scan.fields.labelAt(from);
    if (label !== undefined && isThingLabel(label)) return;
  }
  // One object shape for every finding (`near` may be undefined).
  scan.out.push({ start, end, score: v.score, pattern: v.rule, near: v.near });
}

/**
 * True when [start, end) fills a cell or a keyed value: the same delimiter (or a line edge) on both
 * sides (`,Ann Arbor,`, `| Ann Arbor |`), quotes (`"Ann Arbor"`), a tag (`>Ann Arbor<`), or a key before
 * and the line's end after (`city: Ann Arbor`).
 */
function wholeCell(text: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && start - i < 2 && text.charCodeAt(i - 1) === 32) i--;
  const b = i > 0 ? text.charCodeAt(i - 1) : 10;
  i = end;
  while (i < text.length && i - end < 2 && text.charCodeAt(i) === 32) i++;
  const a = i < text.length ? text.charCodeAt(i) : 10;
  const lineEnd = a === 10 || a === 13;
  switch (b) {
    case 10:
    case 13:
      return lineEnd || a === 44 || a === 59 || a === 9 || a === 124;
    case 44: // , ; tab |
    case 59:
    case 9:
    case 124:
      return a === b || lineEnd;
    case 34: // quotes
    case 39:
      return a === b;
    case 62: // >…<
      return a === 60;
    case 58: // key: value, key=value
    case 61:
      return lineEnd;
    default:
      return false;
  }
}
