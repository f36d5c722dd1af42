import { contentEnd } from './lines';

/**
 * Delimited text with a header row: CSV (RFC 4180 quoting: delimiters and newlines inside `"…"`, `""`
 * escapes), TSV, semicolon- and pipe-separated exports. Tables are found by `blocks.ts`; this module
 * reads lines: which delimiter a line uses, how many it has, and its cells (split only when a lookup
 * lands in a row).
 */

const TAB = 9;
const COMMA = 44;
const SEMI = 59;
const PIPE = 124;
const QUOTE = 34;

/**
 * Delimiter of a line: tab if any, else the most frequent of `;`, `|`, `,` outside quotes (ties in that
 * order; all of them when the line's quotes do not balance: it opens or closes a multi-line field); 0 if none.
 */
export function delimiterOf(text: string, start: number, end: number): number {
  // Most lines hold one kind of delimiter or none: native searches answer without a char loop.
  const line = text.slice(start, end);
  const tab = line.indexOf('\t') >= 0;
  const semi = line.indexOf(';') >= 0;
  const pipe = line.indexOf('|') >= 0;
  const comma = line.indexOf(',') >= 0;
  const kinds = +tab + +semi + +pipe + +comma;
  if (kinds === 0) return 0;
  if (kinds === 1 && line.indexOf('"') < 0) return tab ? TAB : semi ? SEMI : pipe ? PIPE : COMMA;
  const inside = [0, 0, 0, 0];
  const outside = [0, 0, 0, 0];
  let quotes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = c === TAB ? 0 : c === SEMI ? 1 : c === PIPE ? 2 : c === COMMA ? 3 : -1;
    if (k >= 0) (quotes % 2 ? inside : outside)[k]++;
    else if (c === QUOTE) quotes++;
  }
  const n = quotes % 2 ? outside.map((o, k) => o + inside[k]!) : outside;
  const [tabs, semis, pipes, commas] = n as [number, number, number, number];
  if (tabs) return TAB;
  if (semis && semis >= pipes && semis >= commas) return SEMI;
  if (pipes && pipes >= commas) return PIPE;
  return commas ? COMMA : 0;
}

/** Delimiters of [start, end) outside quotes (all of them when the line's quotes do not balance), and the quote parity. */
export function countLine(text: string, start: number, end: number, delim: number): { count: number; odd: boolean } {
  let quoted = 0;
  let raw = 0;
  let quotes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === delim) {
      raw++;
      if (quotes % 2 === 0) quoted++;
    } else if (c === QUOTE) quotes++;
  }
  return quotes % 2 ? { count: raw, odd: true } : { count: quoted, odd: false };
}

/**
 * Cells of the record [start, end) split on `delim` as flat [start, end) pairs. RFC 4180: a field that
 * opens with `"` (after spaces) runs to its closing quote (`""` escaped), delimiters and newlines
 * included; an unclosed quote is a plain char, and so are the quotes after it (each cell would read
 * to the row's end again).
 */
export function splitRow(text: string, start: number, end: number, delim: number): number[] {
  const out: number[] = [];
  const row = text.slice(start, end);
  if (row.indexOf('"') < 0) {
    // No quotes: native searches for the delimiter.
    const char = String.fromCharCode(delim);
    let cell = 0;
    for (let k = row.indexOf(char); k >= 0; k = row.indexOf(char, k + 1)) {
      out.push(start + cell, start + k);
      cell = k + 1;
    }
    out.push(start + cell, end);
    return out;
  }
  let cell = start;
  let i = start;
  let quotes = true;
  for (;;) {
    let j = i;
    while (j < end && text.charCodeAt(j) === 32) j++;
    if (quotes && j < end && text.charCodeAt(j) === QUOTE) {
      let k = j + 1;
      for (; k < end; k++) {
        if (text.charCodeAt(k) !== QUOTE) continue;
        if (text.charCodeAt(k + 1) === QUOTE && k + 1 < end) k++;
        else break;
      }
      if (k < end) i = k + 1;
      else quotes = false;
    }
    while (i < end && text.charCodeAt(i) !== delim) i++;
    out.push(cell, contentEnd(text, cell, i));
    if (i >= end) return out;
    i++;
    cell = i;
  }
}
