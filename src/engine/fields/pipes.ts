import { skipSpaces, trimEnd } from './lines';

/**
 * Pipe tables: Markdown (`| a | b |` over `|---|---|`), ASCII (`+----+` borders, `| cell |` rows, as
 * MySQL prints them) and psql (` a | b ` over `---+---`). Rule lines separate the header from the body;
 * without any, the first row is taken as the header only if it reads like one (a pipe-separated export).
 * Tables are found by `blocks.ts`; this module reads rule lines and cells.
 */

const PIPE = 124;

/** A rule line: only `| + : - =` and blanks, with at least three `-` or `=`. */
export function isRuleLine(text: string, start: number, end: number): boolean {
  let dashes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 61) dashes++;
    else if (c !== 124 && c !== 43 && c !== 58 && c !== 32 && c !== 9 && c !== 13) return false;
  }
  return dashes >= 3;
}

/** Cells of a pipe row as flat [start, end) pairs, without the outer borders (`| a | b |` → a, b). `\|` is not a separator. */
export function pipeCells(text: string, start: number, end: number): number[] {
  const s = skipSpaces(text, start, end);
  const e = trimEnd(text, s, end);
  const out: number[] = [];
  let cell = s;
  const lead = text.charCodeAt(s) === PIPE;
  if (lead) cell = s + 1;
  for (let i = cell; i < e; i++) {
    if (text.charCodeAt(i) === PIPE && text.charCodeAt(i - 1) !== 92) {
      out.push(cell, i);
      cell = i + 1;
    }
  }
  // A trailing border closes the last cell; without one, the rest of the line is the last cell.
  if (cell < e || !(e > s && text.charCodeAt(e - 1) === PIPE)) out.push(cell, e);
  return out;
}
