import { isDigitCode, isLetterCode, unquotedRange } from './lines';

/** Longest header cell taken as a label ("numéro de sécurité sociale du patient" fits). */
const MAX_LABEL_CHARS = 48;
const MAX_LABEL_WORDS = 6;

/**
 * True when [start, end) reads as a column name or key rather than a value or a piece of prose:
 * starts with a letter (or `_ # (`), at most 6 words and 48 chars, no run of 3 digits (a date, an
 * amount), no code or markup punctuation, no sentence end (`it's late.`) except a short abbreviation
 * (`Tel.`, `No.`), balanced parentheses (`foo(a` is code).
 */
export function isLabelText(text: string, start: number, end: number): boolean {
  const [s, e] = unquotedRange(text, start, end);
  const n = e - s;
  if (n <= 0 || n > MAX_LABEL_CHARS) return false;
  const first = text.charCodeAt(s);
  if (!(isLetterCode(first) || first === 95 || first === 35 || first === 40)) return false;
  let words = 1;
  let digits = 0;
  let depth = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) {
      if (++digits >= 3) return false;
      continue;
    }
    digits = 0;
    if (c === 32) {
      if (text.charCodeAt(i - 1) !== 32 && ++words > MAX_LABEL_WORDS) return false;
    } else if (c === 40) depth++;
    else if (c === 41) {
      if (--depth < 0) return false;
    } else if (c === 64 || c === 61 || c === 60 || c === 62 || c === 123 || c === 125 || c === 91 || c === 93 || c === 59 || c === 34 || c === 92) {
      // @ = < > { } [ ] ; " \ : values, code and markup, not names of columns.
      return false;
    } else if (c === 58 && i < e - 1) return false;
  }
  if (depth !== 0) return false;
  const last = text.charCodeAt(e - 1);
  // "Tel.", "No.", "D.O.B." are labels; "it's late." and "see below:" are prose. A word that ends in an
  // abbreviation ("Kunden-Nr.", "Steuer-IdNr.", "Straße/Nr.") is a label too, and so are words ending in
  // a short abbreviation ("NHS No.", "Tel. Nr."): prose ends in a full stop after a longer word.
  const spaced = text.slice(s, e).includes(' ');
  if (last === 46 && spaced && !abbreviationEnds(text, s, e - 1)) return false;
  if ((last === 33 || last === 63 || last === 58) && (n > 6 || spaced)) return false;
  return true;
}

/** Abbreviations that end labels in lower case ("tel. no.", "client nr."); capitalised ones of ≤ 3 letters need no list. */
const LABEL_ABBREVIATIONS = new Set(['no', 'nr', 'nº', 'num', 'tel', 'tél', 'ref', 'réf']);

/** True when the word that ends at `end` (before its full stop) is an abbreviation: `No`, `Nr`, `Tel`, `nr`. */
function abbreviationEnds(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && end - i <= 3 && isLetterCode(text.charCodeAt(i - 1))) i--;
  const word = text.slice(i, end);
  if (word.length === 0 || word.length > 3 || (i > start && isLetterCode(text.charCodeAt(i - 1)))) return false;
  const first = text.charCodeAt(i);
  return (first >= 65 && first <= 90) || LABEL_ABBREVIATIONS.has(word.toLowerCase());
}

/** True when the cells (flat [start, end) pairs) read as a header row: ≥ 2 labels, and no cell that is not one. */
export function isHeaderRow(text: string, bounds: readonly number[]): boolean {
  let labels = 0;
  for (let k = 0; k < bounds.length; k += 2) {
    const [s, e] = unquotedRange(text, bounds[k]!, bounds[k + 1]!);
    if (e <= s) continue;
    if (!isLabelText(text, s, e)) return false;
    labels++;
  }
  return labels >= 2;
}
