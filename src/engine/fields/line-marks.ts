import { isDigitCode, isLetterCode } from './lines';

/**
 * Char tables and tests the field index reads lines with: what ends a header cell or rules it out, what
 * a key is made of, which marks a line holds, and the quick native tests before any regex.
 */

/** True when [start, end) may hold an INSERT (a native search before any regex). */
export function mentionsInsert(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end);
  return (line.indexOf('nsert') >= 0 || line.indexOf('NSERT') >= 0) && /insert/i.test(line);
}

/**
 * ASCII chars when reading a cell around a header keyword: EDGE ends it (newline, `, ; tab | ( ) < >`),
 * NOT_LABEL rules it out (`= [ ] { } @ \`), anything else is part of it.
 */
export const EDGE = 1;
export const NOT_LABEL = 2;
export const CELL_CHAR = new Uint8Array(128);
for (const c of '\n\r,;\t|()<>') CELL_CHAR[c.charCodeAt(0)] = EDGE;
for (const c of '=[]{}@\\') CELL_CHAR[c.charCodeAt(0)] = NOT_LABEL;
/**
 * ASCII chars of key text besides letters and digits, read forward from a label word to its separator
 * (`keyAhead`): those of `keyBefore`'s keys, spaces, quotes, emphasis and brackets (`°`, `’` and
 * no-break spaces too, outside ASCII). Not tabs: a TSV header line would read as one long key.
 */
export const KEY_TEXT = new Uint8Array(128);
for (const c of ' _-./#\'()*"`[]') KEY_TEXT[c.charCodeAt(0)] = 1;

/** Marks of a line (see `nextLine`): key separators, and what a header cell may sit between. */
export const KEY_MARK = 1;
export const CELL_MARK = 2;
export const LINE_MARK = new Uint8Array(128);
for (const c of ':=<') LINE_MARK[c.charCodeAt(0)]! |= KEY_MARK;
for (const c of ',;\t|()<>') LINE_MARK[c.charCodeAt(0)]! |= CELL_MARK;

/** `:`, `=` and the full-width colon: what ends a key. */
export function isKeySeparator(c: number): boolean {
  return c === 58 || c === 61 || c === 0xff1a;
}

/** Letters, digits, `_` and `$`: the chars of an SQL identifier. */
export function isIdentifierCode(c: number): boolean {
  return isLetterCode(c) || isDigitCode(c) || c === 95 || c === 36;
}

/** True when [start, end) holds a key separator or a tag (`:` `=` `<` `：`). */
export function hasKeySeparator(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 61 || c === 60 || c === 0xff1a) return true;
  }
  return false;
}

/** Chars `cells` looks for on each line: delimiters (the first SEPARATORS of them), then key separators. */
export const LINE_MARKS = [',', ';', '\t', '|', ':', '=', '<', '\uff1a'];
export const SEPARATORS = 4;
