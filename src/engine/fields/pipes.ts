import type { Discovery } from './delimited';
import { isHeaderRow } from './header-words';
import { contentEnd, isBlank, lineEndOf, lineStartOf, skipSpaces, trimEnd } from './lines';
import type { Seek } from './seek';
import { Table } from './table';

/**
 * Pipe tables: Markdown (`| a | b |` over `|---|---|`), ASCII (`+----+` borders, `| cell |` rows, as
 * MySQL prints them) and psql (` a | b ` over `---+---`). Rule lines separate the header from the body;
 * without any, the first row is taken as the header only if it reads like one (a pipe-separated export).
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

/** The pipe table around the line [ls, le) (which holds a `|` or is a rule line), or the lines examined. */
export function discoverPipe(text: string, ls: number, le: number, pipes: Seek, covered: (pos: number) => boolean): Discovery {
  const isRow = (s: number, e: number, down: boolean) => !isBlank(text, s, e) && (pipes.inRange(s, e, down) || isRuleLine(text, s, e));
  const starts: number[] = [];
  const ends: number[] = [];
  for (let s = ls; s > 0; ) {
    const ps = lineStartOf(text, s - 1);
    if (covered(ps) || !isRow(ps, s - 1, false)) break;
    starts.push(ps);
    ends.push(s - 1);
    s = ps;
  }
  starts.reverse();
  ends.reverse();
  starts.push(ls);
  ends.push(le);
  for (let e = le; e < text.length; ) {
    const ns = e + 1;
    const ne = lineEndOf(text, ns);
    if (covered(ns) || !isRow(ns, ne, true)) break;
    starts.push(ns);
    ends.push(ne);
    e = ne;
  }
  const blockStart = starts[0]!;
  const blockEnd = ends[ends.length - 1]!;
  const n = starts.length;
  const rule = (k: number) => k < n && isRuleLine(text, starts[k]!, ends[k]!);
  let header = -1;
  let rules = false;
  for (let k = 0; k < n; k++) if (rule(k)) rules = true;
  // The first row that is not a rule (ASCII tables open with a border) is the header if a rule follows it.
  for (let k = 0; k < Math.min(n - 1, 4); k++) {
    if (rule(k)) continue;
    if (rules ? rule(k + 1) : isHeaderRow(text, pipeCells(text, starts[k]!, contentEnd(text, starts[k]!, ends[k]!)))) header = k;
    break;
  }
  if (header < 0) return { start: blockStart, end: blockEnd };
  const table = new Table('pipe', text, (s, e) => pipeCells(text, s, e));
  table.start = starts[header]!;
  const hb = pipeCells(text, starts[header]!, contentEnd(text, starts[header]!, ends[header]!));
  for (let c = 0; c < hb.length; c += 2) table.addHeader(hb[c]!, hb[c + 1]!, text.slice(hb[c]!, hb[c + 1]!));
  table.end = ends[header]!;
  for (let k = header + 1; k < n; k++) {
    const s = starts[k]!;
    const e = contentEnd(text, s, ends[k]!);
    if (rule(k)) continue;
    table.addRow(s, e);
    table.end = ends[k]!;
  }
  return table.rowStart.length ? { start: blockStart, end: blockEnd, table } : { start: blockStart, end: blockEnd };
}
