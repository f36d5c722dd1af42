import { isHeaderRow } from './header-words';
import { contentEnd, lineEndOf, lineStartOf, skipSpaces, unquotedRange } from './lines';
import { Seek } from './seek';
import { Table } from './table';

/**
 * Delimited text with a header row: CSV (RFC 4180 quoting: delimiters and newlines inside `"…"`, `""`
 * escapes), TSV, semicolon- and pipe-separated exports. A table is found from any line inside it by
 * walking up and down over neighbouring lines that hold the delimiter (native indexOf per line, no
 * char loop), then its header is read; rows are split into cells only when a lookup lands in them.
 */

const TAB = 9;
const COMMA = 44;
const SEMI = 59;
const PIPE = 124;
const QUOTE = 34;
/** A quoted field may run over this many lines (an address cell); more means an unbalanced quote. */
const MAX_OPEN_LINES = 32;
/** How many lines at the top of a block may precede the header (a title, an intro that has commas). */
const HEADER_SEARCH = 3;
/** Lines sampled across a block for its usual number of delimiters. */
const SAMPLE = 8;

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
function countLine(text: string, start: number, end: number, delim: number): { count: number; odd: boolean } {
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

/** What a discovery found around a line: the block of lines examined, and the table in it, if any. */
export interface Discovery {
  readonly start: number;
  /** End of the block's last line (its newline, or the text's end). */
  readonly end: number;
  readonly table?: Table;
  /** A headerless block of rows with the same number of cells (each line a record). */
  readonly rows?: boolean;
}

/** Per-text finders of the chars the walk tests lines for. */
export interface DelimitedSeekers {
  readonly quote: Seek;
  readonly paren: Seek;
  readonly delims: Map<number, Seek>;
}

/** Not a row of the table: blank, structural (code, JSON, markup, SQL), or no delimiter outside an open quoted field. */
const NOT_ROW = 0;
const EVEN_ROW = 1;
/** A row with an odd number of quotes: it opens or closes a quoted field that spans lines. */
const ODD_ROW = 2;

function rowKind(text: string, s: number, e: number, open: boolean, down: boolean, delim: number, ds: Seek, seek: DelimitedSeekers): number {
  const first = skipSpaces(text, s, e);
  if (first >= e) return NOT_ROW;
  const f = text.charCodeAt(first);
  if (f === 40 || f === 60 || f === 123 || f === 91) return NOT_ROW;
  // A JSON key line (`"name": "Ann",`) is not a quoted CSV field (`"Smith, Bob",…`).
  if (f === QUOTE) {
    const close = text.indexOf('"', first + 1);
    if (close > 0 && close < e && text.charCodeAt(skipSpaces(text, close + 1, e)) === 58) return NOT_ROW;
  }
  if (seek.paren.inRange(s, e, down) && /insert\s+into|\bvalues\s*\(/i.test(text.slice(s, e))) return NOT_ROW;
  if (!seek.quote.inRange(s, e, down)) return !open && !ds.inRange(s, e, down) ? NOT_ROW : EVEN_ROW;
  const { count, odd } = countLine(text, s, e, delim);
  return !open && count === 0 ? NOT_ROW : odd ? ODD_ROW : EVEN_ROW;
}

/** Delimiters outside quotes on line k of a block. */
function countAt(text: string, starts: readonly number[], ends: readonly number[], k: number, delim: number): number {
  return countLine(text, starts[k]!, contentEnd(text, starts[k]!, ends[k]!), delim).count;
}

/**
 * The delimited table around the line [ls, le), or the block of lines examined when there is none.
 * `covered` tells whether a position already belongs to a known region (walks stop there).
 */
export function discoverDelimited(text: string, ls: number, le: number, delim: number, seek: DelimitedSeekers, covered: (pos: number) => boolean): Discovery {
  let ds = seek.delims.get(delim);
  if (!ds) seek.delims.set(delim, (ds = new Seek(text, String.fromCharCode(delim))));
  const here = rowKind(text, ls, le, false, true, delim, ds, seek);
  if (here === NOT_ROW) return { start: ls, end: le };
  const starts: number[] = [];
  const ends: number[] = [];
  const odds: boolean[] = [];
  let open = here === ODD_ROW;
  let openLines = 0;
  for (let s = ls; s > 0; ) {
    const pe = s - 1;
    const ps = lineStartOf(text, pe);
    if (covered(ps)) break;
    const kind = rowKind(text, ps, pe, open, false, delim, ds, seek);
    if (kind === NOT_ROW) break;
    if (kind === ODD_ROW) open = !open;
    openLines = open ? openLines + 1 : 0;
    if (openLines > MAX_OPEN_LINES) break;
    starts.push(ps);
    ends.push(pe);
    odds.push(kind === ODD_ROW);
    s = ps;
  }
  starts.reverse();
  ends.reverse();
  odds.reverse();
  starts.push(ls);
  ends.push(le);
  odds.push(here === ODD_ROW);
  open = here === ODD_ROW;
  openLines = 0;
  for (let e = le; e < text.length; ) {
    const ns = e + 1;
    const ne = lineEndOf(text, ns);
    if (covered(ns)) break;
    const kind = rowKind(text, ns, ne, open, true, delim, ds, seek);
    if (kind === NOT_ROW) break;
    if (kind === ODD_ROW) open = !open;
    openLines = open ? openLines + 1 : 0;
    if (openLines > MAX_OPEN_LINES) break;
    starts.push(ns);
    ends.push(ne);
    odds.push(kind === ODD_ROW);
    e = ne;
  }
  const n = starts.length;
  const block = { start: starts[0]!, end: ends[n - 1]! };
  if (n < 2) return block;
  let shape: { mode: number; strict: boolean; min: number; max: number } | undefined;
  for (let h = 0; h < Math.min(HEADER_SEARCH, n - 1); h++) {
    if (odds[h]) continue;
    const hb = splitRow(text, starts[h]!, contentEnd(text, starts[h]!, ends[h]!), delim);
    if (!isHeaderRow(text, hb)) continue;
    // The header has as many cells as most rows (a title or intro line above it has not); when rows
    // are ragged, as many as some of them.
    shape ??= rowShape(text, starts, ends, odds, delim);
    const cells = hb.length / 2 - 1;
    if (cells !== shape.mode && (shape.strict || cells < shape.min || cells > shape.max)) continue;
    const table = new Table('delimited', text, splitter(text, delim));
    table.start = starts[h]!;
    for (let c = 0; c < hb.length; c += 2) {
      const [s, e] = unquotedRange(text, hb[c]!, hb[c + 1]!);
      table.addHeader(hb[c]!, hb[c + 1]!, text.slice(s, e));
    }
    addRecords(text, table, starts, ends, odds, h + 1);
    table.end = table.rowStart.length ? table.bodyEnd : ends[h]!;
    return { ...block, table };
  }
  if (n < 3 || odds[0]) return block;
  // Headerless: rows when the first lines all have the same number of delimiters.
  const first = countAt(text, starts, ends, 0, delim);
  let rows = first >= 1;
  for (let k = 1; k < Math.min(n, 8) && rows; k++) rows = !odds[k] && countAt(text, starts, ends, k, delim) === first;
  return { ...block, rows };
}

/** A table's row splitter (made once per table). */
function splitter(text: string, delim: number): (start: number, end: number) => number[] {
  return (start, end) => splitRow(text, start, end, delim);
}

/**
 * Delimiter counts over the first lines and a sample across the block: the most frequent (ties: the
 * larger), whether most lines have it, and the range.
 */
function rowShape(text: string, starts: readonly number[], ends: readonly number[], odds: readonly boolean[], delim: number): { mode: number; strict: boolean; min: number; max: number } {
  const n = starts.length;
  const freq = new Map<number, number>();
  const step = Math.max(1, Math.floor(n / SAMPLE));
  let sampled = 0;
  let min = Infinity;
  let max = 0;
  for (let k = 0; k < n; k += k < HEADER_SEARCH + 1 ? 1 : step) {
    if (odds[k]) continue;
    const c = countAt(text, starts, ends, k, delim);
    freq.set(c, (freq.get(c) ?? 0) + 1);
    sampled++;
    if (c < min) min = c;
    if (c > max) max = c;
  }
  let mode = 0;
  let modeN = 0;
  for (const [c, f] of freq) if (f > modeN || (f === modeN && c > mode)) [mode, modeN] = [c, f];
  return { mode, strict: modeN * 2 >= sampled, min, max };
}

/** Rows from the lines after the header: a line with an odd number of quotes opens a record that runs to the next such line. */
function addRecords(text: string, table: Table, starts: readonly number[], ends: readonly number[], odds: readonly boolean[], from: number): void {
  for (let k = from; k < starts.length; k++) {
    const s = starts[k]!;
    let last = k;
    if (odds[k]) {
      for (let j = k + 1; j < starts.length && j - k <= MAX_OPEN_LINES; j++) {
        if (odds[j]) {
          last = j;
          break;
        }
      }
    }
    table.addRow(s, contentEnd(text, starts[last]!, ends[last]!));
    k = last;
  }
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
