import { isDigit, isLetter } from './text';

/** Longest cell read as one street line: longer cells are notes, not addresses. */
const MAX_CELL = 160;

/**
 * The street line in an address cell that no street pattern matched (`Flat 3, 12 Acacia`,
 * `Piazzale Roma`, `Rua Augusta 27`): quotes and blanks trimmed; it needs a house number standing
 * alone (1–5 digits, maybe a letter) and a word of three letters or more, and no `@` or `://` (an
 * e-mail or URL in a mislabelled column).
 */
export function columnCell(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let s = start;
  let e = end;
  while (s < e && isTrim(text.charCodeAt(s))) s++;
  while (e > s && isTrim(text.charCodeAt(e - 1))) e--;
  if (e - s < 5 || e - s > MAX_CELL) return undefined;
  let number = false;
  let word = false;
  let run = 0;
  let letters = 0;
  for (let i = s; i <= e; i++) {
    const c = i < e ? text.charCodeAt(i) : 32;
    if (c === 64 || (c === 58 && text.charCodeAt(i + 1) === 47)) return undefined;
    if (isDigit(c)) {
      run++;
      continue;
    }
    if (run > 0) {
      // a run of 1–5 digits that starts after a blank or the cell start and ends at a blank, comma or a single letter
      const before = i - run - 1 < s ? 32 : text.charCodeAt(i - run - 1);
      const after = isLetter(c) ? (i + 1 < e ? text.charCodeAt(i + 1) : 32) : c;
      if (run <= 5 && !isLetter(before) && !isDigit(before) && before !== 46 && !isLetter(after) && after !== 46 && after !== 58) number = true;
      run = 0;
    }
    if (isLetter(c)) {
      letters++;
      if (letters >= 3) word = true;
    } else letters = 0;
  }
  return number && word ? { start: s, end: e } : undefined;
}

function isTrim(c: number): boolean {
  return c === 32 || c === 9 || c === 34 || c === 39 || c === 10 || c === 13;
}
