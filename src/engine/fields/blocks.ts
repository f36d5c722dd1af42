import { countLine, delimiterOf, splitRow } from './delimited';
import { isHeaderRow, isLabelText } from './header-words';
import { contentEnd, isBlank, lineStartOf, skipSpaces } from './lines';
import { isRuleLine, pipeCells } from './pipes';
import { INSERT_START, parseInsert } from './sql';
import type { TableTags } from './html';
import { lastAtOrBefore, Table } from './table';

/**
 * Blocks: where tables are looked for, found the same way whichever line is asked about first.
 *
 * A lookup reads only the lines around it, so what it finds must not depend on where it starts: the
 * lines are first gathered into a block by a test on each line alone (plus its neighbours), and the
 * block is then read from its first line down, once, the way a reader would. Any line of a block
 * gathers the same block, so the tables found in it are a function of the text only.
 *
 * - A line is a *row line* when it holds a delimiter (`,` `;` tab `|`), is a rule line, starts a SQL
 *   tuple (`(`, `)`, `VALUES`) or mentions `INSERT`. A *gap line* (blank, or none of these) belongs to
 *   the block only inside a run of at most `MAX_GAP` gap lines with row lines above and below. Markup
 *   lines (starting with `<`, or holding a table tag) are *bounds*: never in a block (HTML tables are
 *   read from their tags).
 * - Read from the top, a block is cut into tables (SQL INSERT statements, pipe tables, delimited text
 *   with a header row) and stretches of lines that hold none.
 * - A table tolerates damaged lines: a row with too many or too few cells is a row (its cells are
 *   labelled by position); up to `MAX_GAP` consecutive lines that are not rows (a blank line, a line
 *   without the delimiter, a fragment of a row cut in two) are skipped when the line after them is a
 *   well-formed row (the header's number of cells, not itself a header). More bad lines, or a line that
 *   reads like a new header after them, end the table. A quoted field may run over lines (RFC 4180); one
 *   that does not close within `MAX_OPEN_LINES` lines is a stray quote, read as a plain char.
 */

/** Consecutive lines that are not rows a table (and a block) may hold between two rows. */
export const MAX_GAP = 2;
/** A quoted field may run over this many lines (an address cell); more means a stray quote. */
const MAX_OPEN_LINES = 32;
/** Records after a header line sampled for their number of cells. */
const SAMPLE = 8;

const TAB = 9;
const COMMA = 44;
const SEMI = 59;
const PIPE = 124;
const QUOTE = 34;

const BOUND = 0;
const GAP = 1;
const ROW = 2;

const TUPLE_OR_INSERT = /insert\s+into|\bvalues\s*\(/i;
const INSERT_INTO = new RegExp(INSERT_START.source, 'i');
const INSERT_IN_LINE = new RegExp(INSERT_START.source, 'gi');

/** Lines of a block: [starts[k], ends[k]) is line k (`ends[k]` is its newline or the text's end). */
export interface Block {
  readonly starts: number[];
  readonly ends: number[];
}

/** A run of lines [first, last] of a block: a table, or lines that hold none (`rows`: a headerless block of rows). */
export interface Segment {
  readonly first: number;
  readonly last: number;
  readonly table?: Table;
  readonly rows?: boolean;
}

/**
 * Reads blocks out of one text. Each line is tested with native searches on a slice of itself (bounded
 * by the line, stopping at the first hit): lookups jump around the text (every detector reads it from
 * the top), so searches that remember a position would travel back and forth.
 */
export class BlockReader {
  constructor(
    private readonly text: string,
    /** `<table` and `</table` tags: a line holding one bounds blocks (HTML tables are read from their tags). */
    private readonly tags: TableTags,
    /** Columns of the last `CREATE TABLE name` before `before` (for an INSERT without a column list). */
    private readonly columnsOf: (name: string, before: number) => readonly string[] | undefined,
  ) {}

  /**
   * BOUND, GAP or ROW for the line [s, e). Bounds: markup (a line that starts with `<` or holds a
   * `<table` or `</table` tag), JSON and code structure (a line that starts with a brace or a bracket,
   * or a JSON key: `"name": …`), which no table has as a row.
   */
  private kind(s: number, e: number): number {
    const text = this.text;
    const first = skipSpaces(text, s, e);
    if (first >= e) return GAP;
    const c = text.charCodeAt(first);
    if (c === 60 || c === 123 || c === 125 || c === 91 || c === 93 || (c === QUOTE && jsonKey(text, first, e)) || this.tags.hasTagIn(s, e)) return BOUND;
    const line = text.slice(s, e);
    if (line.indexOf(',') >= 0 || line.indexOf(';') >= 0 || line.indexOf('|') >= 0 || line.indexOf('\t') >= 0) return ROW;
    if (c === 40 || c === 41 || ((c === 86 || c === 118) && /^values\b/i.test(text.slice(first, first + 7)))) return ROW;
    if ((c | 32) === 105 && /^insert\s/i.test(text.slice(first, first + 7))) return ROW;
    return isRuleLine(text, s, e) ? ROW : GAP;
  }

  /**
   * The block holding the line [ls, le), or undefined when the line is in none (a bound, or a gap line
   * that no row line bridges).
   */
  blockAround(ls: number, le: number): Block | undefined {
    const text = this.text;
    const here = this.kind(ls, le);
    if (here === BOUND) return undefined;
    const upS: number[] = [];
    const upE: number[] = [];
    const starts: number[] = [ls];
    const ends: number[] = [le];
    let top = ls;
    let bottom = le;
    if (here === GAP) {
      // A gap line is in a block when its run of gap lines is short and has row lines on both sides.
      let run = 1;
      for (let k = GAP; k !== ROW; ) {
        if (top === 0) return undefined;
        const ps = lineStartOf(text, top - 1);
        k = this.kind(ps, top - 1);
        if (k === BOUND || (k === GAP && ++run > MAX_GAP)) return undefined;
        upS.push(ps);
        upE.push(top - 1);
        top = ps;
      }
      for (let k = GAP; k !== ROW; ) {
        if (bottom >= text.length) return undefined;
        const ns = bottom + 1;
        const ne = lineEnd(text, ns);
        k = this.kind(ns, ne);
        if (k === BOUND || (k === GAP && ++run > MAX_GAP)) return undefined;
        starts.push(ns);
        ends.push(ne);
        bottom = ne;
      }
    }
    // Up from a row line: row lines, and runs of at most MAX_GAP gap lines with a row line above. Gap
    // lines are taken on trust and dropped again if no row line follows.
    for (let gaps = 0; top > 0; ) {
      const ps = lineStartOf(text, top - 1);
      const k = this.kind(ps, top - 1);
      if (k === BOUND || (k === GAP && gaps === MAX_GAP)) break;
      upS.push(ps);
      upE.push(top - 1);
      top = ps;
      gaps = k === GAP ? gaps + 1 : 0;
    }
    // Down the same way.
    for (let gaps = 0; bottom < text.length; ) {
      const ns = bottom + 1;
      const ne = lineEnd(text, ns);
      const k = this.kind(ns, ne);
      if (k === BOUND || (k === GAP && gaps === MAX_GAP)) break;
      starts.push(ns);
      ends.push(ne);
      bottom = ne;
      gaps = k === GAP ? gaps + 1 : 0;
    }
    // A block starts and ends with row lines.
    let dropUp = 0;
    while (dropUp < upS.length && this.kind(upS[upS.length - 1 - dropUp]!, upE[upE.length - 1 - dropUp]!) === GAP) dropUp++;
    upS.length -= dropUp;
    upE.length -= dropUp;
    let dropDown = 0;
    while (dropDown < starts.length - 1 && this.kind(starts[starts.length - 1 - dropDown]!, ends[ends.length - 1 - dropDown]!) === GAP) dropDown++;
    starts.length -= dropDown;
    ends.length -= dropDown;
    upS.reverse();
    upE.reverse();
    return { starts: upS.concat(starts), ends: upE.concat(ends) };
  }

  /** The block read from its first line down: its tables, and the stretches between them. */
  segments(block: Block): Segment[] {
    const n = block.starts.length;
    const out: Segment[] = [];
    let from = 0;
    for (let k = 0; k < n; ) {
      const found = this.tableAt(block, k);
      if (!found) {
        k++;
        continue;
      }
      if (from < found.first) out.push(this.none(block, from, found.first - 1));
      out.push(found);
      k = from = found.last + 1;
    }
    if (from < n) out.push(this.none(block, from, n - 1));
    return out;
  }

  /** Lines that hold no table; `rows` when they are at least three lines with the same number of delimiters (a headerless export). */
  private none(block: Block, first: number, last: number): Segment {
    const text = this.text;
    const { starts, ends } = block;
    if (last - first < 2) return { first, last };
    const s0 = starts[first]!;
    const e0 = contentEnd(text, s0, ends[first]!);
    const delim = delimiterOf(text, s0, e0);
    if (!delim || delim === PIPE) return { first, last };
    const count = countLine(text, s0, e0, delim);
    if (count.odd || count.count < 1) return { first, last };
    for (let k = first + 1; k <= Math.min(last, first + 7); k++) {
      const c = countLine(text, starts[k]!, contentEnd(text, starts[k]!, ends[k]!), delim);
      if (c.odd || c.count !== count.count) return { first, last };
    }
    return { first, last, rows: true };
  }

  /** A table that starts at line k of the block (its first line may be a border above the header). */
  private tableAt(block: Block, k: number): Segment | undefined {
    const text = this.text;
    const s = block.starts[k]!;
    const e = contentEnd(text, s, block.ends[k]!);
    const line = text.slice(s, e);
    if (mayStartInsert(text, s, e, line)) {
      const sql = this.insertAt(block, k);
      if (sql) return sql;
    }
    if (line.indexOf('|') >= 0 || isRuleLine(text, s, e)) {
      const pipe = this.pipeTableAt(block, k);
      if (pipe) return pipe;
    }
    // Every line of a block is asked whether it is a header: prose and code stop at the first cell.
    return k + 1 < block.starts.length && firstCellMayBeLabel(text, s, e) ? this.delimitedAt(block, k) : undefined;
  }

  /** Line index of the block holding `pos`. */
  private lineOf(block: Block, pos: number): number {
    return Math.max(0, lastAtOrBefore(block.starts, pos));
  }

  /** An INSERT statement starting on line k, parsed up to the next line that mentions INSERT (or the block's end). */
  private insertAt(block: Block, k: number): Segment | undefined {
    const text = this.text;
    const s = block.starts[k]!;
    const e = block.ends[k]!;
    INSERT_IN_LINE.lastIndex = 0;
    const m = INSERT_IN_LINE.exec(text.slice(s, e));
    if (!m) return undefined;
    const at = s + m.index;
    const n = block.starts.length;
    let limit = block.ends[n - 1]!;
    for (let j = k + 1; j < n; j++) {
      if (mayStartInsert(text, block.starts[j]!, block.ends[j]!, text.slice(block.starts[j]!, block.ends[j]!))) {
        limit = block.starts[j]!;
        break;
      }
    }
    const { table } = parseInsert(text, at, limit, this.columnsOf);
    if (!table) return undefined;
    return { first: k, last: this.lineOf(block, Math.max(table.start, table.end - 1)), table };
  }

  /** Line j of the block is a rule line (`|---|---|`, `+----+`, `---+---`). */
  private rule(block: Block, j: number): boolean {
    return j < block.starts.length && isRuleLine(this.text, block.starts[j]!, contentEnd(this.text, block.starts[j]!, block.ends[j]!));
  }

  /** Line j of the block holds a `|` and is no rule line: a row of a pipe table. */
  private piped(block: Block, j: number): boolean {
    return j < block.starts.length && this.text.slice(block.starts[j]!, block.ends[j]!).indexOf('|') >= 0 && !this.rule(block, j);
  }

  /** Cells of line j of the block as a pipe row. */
  private pipeCellsOf(block: Block, j: number): number[] {
    return pipeCells(this.text, block.starts[j]!, contentEnd(this.text, block.starts[j]!, block.ends[j]!));
  }

  /** A pipe table (Markdown, ASCII, psql, or a pipe-separated export) whose header or top border is line k. */
  private pipeTableAt(block: Block, k: number): Segment | undefined {
    const text = this.text;
    const { starts, ends } = block;
    const n = starts.length;
    let header = -1;
    if (this.rule(block, k)) {
      // An ASCII table: a border, the header, a border.
      if (this.piped(block, k + 1) && this.rule(block, k + 2)) header = k + 1;
    } else if (this.piped(block, k) && this.rule(block, k + 1)) header = k;
    else if (this.piped(block, k) && this.piped(block, k + 1) && delimiterOf(text, starts[k]!, contentEnd(text, starts[k]!, ends[k]!)) === PIPE && isHeaderRow(text, this.pipeCellsOf(block, k))) header = k;
    if (header < 0) return undefined;
    const table = new Table('pipe', text, (a, b) => pipeCells(text, a, b));
    table.start = starts[header]!;
    const hb = this.pipeCellsOf(block, header);
    for (let c = 0; c < hb.length; c += 2) table.addHeader(hb[c]!, hb[c + 1]!, text.slice(hb[c]!, hb[c + 1]!));
    const cells = hb.length / 2;
    let last = header;
    for (let j = header + 1; j < n; ) {
      if (this.rule(block, j)) {
        last = j++;
        continue;
      }
      if (this.piped(block, j)) {
        table.addRow(starts[j]!, contentEnd(text, starts[j]!, ends[j]!));
        last = j++;
        continue;
      }
      // Lines that are not rows: skipped when a well-formed row follows close enough.
      let next = -1;
      for (let g = j + 1; g < n && g - last - 1 <= MAX_GAP; g++) {
        if (!this.piped(block, g)) continue;
        const pc = this.pipeCellsOf(block, g);
        if (pc.length / 2 === cells && !this.rule(block, g + 1) && !isHeaderRow(text, pc)) next = g;
        break;
      }
      if (next < 0) break;
      j = next;
    }
    if (!table.rowStart.length) return undefined;
    table.end = ends[last]!;
    return { first: k, last, table };
  }

  /** A delimited table (CSV, TSV, `;`) whose header is line k. */
  private delimitedAt(block: Block, k: number): Segment | undefined {
    const text = this.text;
    const { starts, ends } = block;
    const n = starts.length;
    if (k + 1 >= n) return undefined;
    const s = starts[k]!;
    const e = contentEnd(text, s, ends[k]!);
    if (this.structural(block, k)) return undefined;
    const delim = delimiterOf(text, s, e);
    if (delim !== COMMA && delim !== SEMI && delim !== TAB) return undefined;
    // Cheap tests first: the next line holds the delimiter, the first cell reads like a label.
    const d = String.fromCharCode(delim);
    if (text.slice(starts[k + 1]!, ends[k + 1]!).indexOf(d) < 0) return undefined;
    // Without quotes the cells are read one by one, stopping at the first that is no label (prose).
    const line = text.slice(s, e);
    if (line.indexOf('"') < 0) {
      for (let cell = 0; cell <= line.length; ) {
        let cut = line.indexOf(d, cell);
        if (cut < 0) cut = line.length;
        if (!isBlank(text, s + cell, s + cut) && !isLabelText(text, s + cell, s + cut)) return undefined;
        cell = cut + 1;
      }
    }
    const hb = splitRow(text, s, e, delim);
    if (!isHeaderRow(text, hb)) return undefined;
    const width = hb.length / 2;
    // The header has as many cells as the records below (a title or an intro line above it has not);
    // when they are ragged, as many as some of them.
    const counts: number[] = [width];
    for (let j = k + 1, r = 0; j < n && r < SAMPLE; r++) {
      const last = this.record(block, j, delim);
      if (last < 0) break;
      counts.push(splitRow(text, starts[j]!, contentEnd(text, starts[last]!, ends[last]!), delim).length / 2);
      j = last + 1;
    }
    if (counts.length < 2) return undefined;
    const { mode, strict, min, max } = shape(counts);
    if (width !== mode && (strict || width < min || width > max)) return undefined;
    const table = new Table('delimited', text, (a, b) => splitRow(text, a, b, delim));
    table.start = s;
    if (strict && width === mode) table.width = width;
    for (let c = 0; c < hb.length; c += 2) {
      const [cs, ce] = unquoted(text, hb[c]!, hb[c + 1]!);
      table.addHeader(hb[c]!, hb[c + 1]!, text.slice(cs, ce));
    }
    let lastLine = k;
    /** After lines that are not rows: 1 for a row with the header's number of cells, -1 for a new header, 0 otherwise. */
    const resumes = (j: number, last: number) => {
      const cells = splitRow(text, starts[j]!, contentEnd(text, starts[last]!, ends[last]!), delim);
      if (isHeaderRow(text, cells)) return -1;
      return cells.length / 2 === width || cells.length / 2 === mode ? 1 : 0;
    };
    for (let j = k + 1; j < n; ) {
      const last = this.record(block, j, delim);
      if (last >= 0) {
        table.addRow(starts[j]!, contentEnd(text, starts[last]!, ends[last]!));
        lastLine = last;
        j = last + 1;
        continue;
      }
      // A line that is not a row: the table goes on if a well-formed row follows within MAX_GAP lines
      // (rows with the wrong number of cells in between are rows); a line that reads like a header
      // starts another table.
      let next = -1;
      for (let g = j + 1; g < n && g - lastLine - 1 <= MAX_GAP; ) {
        const gl = this.record(block, g, delim);
        if (gl < 0) {
          g++;
          continue;
        }
        const r = resumes(g, gl);
        if (r) {
          if (r > 0) next = g;
          break;
        }
        g = gl + 1;
      }
      if (next < 0) break;
      for (let g = j; g < next; ) {
        const gl = this.record(block, g, delim);
        if (gl < 0) {
          g++;
          continue;
        }
        table.addRow(starts[g]!, contentEnd(text, starts[gl]!, ends[gl]!));
        g = gl + 1;
      }
      j = next;
    }
    table.end = table.bodyEnd;
    return { first: k, last: lastLine, table };
  }

  /** Line k is not a row of delimited text: blank, code, JSON, markup or SQL. */
  private structural(block: Block, k: number): boolean {
    const text = this.text;
    const s = block.starts[k]!;
    const e = contentEnd(text, s, block.ends[k]!);
    if (this.structuralStart(s, e)) return true;
    const line = text.slice(s, e);
    return line.indexOf('(') >= 0 && TUPLE_OR_INSERT.test(line);
  }

  /** The line [s, e) is blank or starts like code, JSON or markup. */
  private structuralStart(s: number, e: number): boolean {
    const text = this.text;
    const first = skipSpaces(text, s, e);
    if (first >= e) return true;
    const f = text.charCodeAt(first);
    if (f === 40 || f === 60 || f === 123 || f === 91) return true;
    // A JSON key line (`"name": "Ann",`) is not a quoted CSV field (`"Smith, Bob",…`).
    return f === QUOTE && jsonKey(text, first, e);
  }

  /**
   * The last line of the record that starts at line j, or -1 when line j is not a row: a row holds the
   * delimiter outside quotes; a quoted field left open runs over the next lines until it closes.
   */
  private record(block: Block, j: number, delim: number): number {
    const text = this.text;
    const { starts, ends } = block;
    const s = starts[j]!;
    const e = contentEnd(text, s, ends[j]!);
    if (this.structuralStart(s, e)) return -1;
    const raw = text.slice(s, e);
    if (raw.indexOf('(') >= 0 && TUPLE_OR_INSERT.test(raw)) return -1;
    if (raw.indexOf('"') < 0) return raw.indexOf(String.fromCharCode(delim)) >= 0 ? j : -1;
    const line = quoteScan(raw, delim, false);
    if (line.delims === 0) return -1;
    if (!line.open) return j;
    for (let m = j + 1; m < starts.length && m - j <= MAX_OPEN_LINES; m++) {
      if (!quoteScan(text.slice(starts[m]!, contentEnd(text, starts[m]!, ends[m]!)), delim, true).open) return m;
    }
    // Never closed: a stray quote, read as a plain char (as `splitRow` does).
    return j;
  }
}

/** Longest first cell (with padding) a header line may start with. */
const MAX_FIRST_CELL = 64;

/**
 * Cheap test before reading a line as a header: its first cell (up to the first `,` `;` tab or `|`,
 * within MAX_FIRST_CELL chars) is empty, quoted, or reads like a label.
 */
function firstCellMayBeLabel(text: string, s: number, e: number): boolean {
  const f = skipSpaces(text, s, e);
  if (f >= e) return false;
  const limit = Math.min(e, f + MAX_FIRST_CELL);
  if (text.charCodeAt(f) === QUOTE) {
    // A quoted header cell, unless it is a JSON key (`"name": …`).
    for (let i = f + 1; i < limit; i++) if (text.charCodeAt(i) === QUOTE) return text.charCodeAt(skipSpaces(text, i + 1, e)) !== 58;
    return true;
  }
  for (let i = f; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === SEMI || c === TAB || c === PIPE) return i === f || isLabelText(text, s, i);
  }
  return false;
}

/**
 * True when an INSERT statement may start on the line [s, e) (`line` is its text): it starts with
 * INSERT, or holds `(` and `INSERT INTO` (`mysql> INSERT INTO t (…)`, `execute("INSERT INTO t VALUES (…)`).
 */
function mayStartInsert(text: string, s: number, e: number, line: string): boolean {
  return startsWithInsert(text, s, e) || (line.indexOf('(') >= 0 && INSERT_INTO.test(line));
}

/** The line [s, e) starts with the word INSERT. */
function startsWithInsert(text: string, s: number, e: number): boolean {
  const first = skipSpaces(text, s, e);
  return (text.charCodeAt(first) | 32) === 105 && /^insert\s/i.test(text.slice(first, first + 7));
}

/** True when the quoted string opening at `first` is followed by `:` (a JSON key line). */
function jsonKey(text: string, first: number, e: number): boolean {
  const close = text.slice(first + 1, e).indexOf('"');
  return close >= 0 && text.charCodeAt(skipSpaces(text, first + close + 2, e)) === 58;
}

/** End of the line starting at `pos`. */
function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

function unquoted(text: string, start: number, end: number): [number, number] {
  let s = skipSpaces(text, start, end);
  let e = end;
  while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  const q = text.charCodeAt(s);
  if (e - s >= 2 && (q === 34 || q === 39 || q === 96) && text.charCodeAt(e - 1) === q) {
    s++;
    e--;
  }
  return [s, e];
}

/**
 * Reads a line as RFC 4180 fields: a field that opens with `"` runs to its closing quote (`""`
 * escaped); a quote elsewhere is a plain char. `open`: the line starts inside a quoted field. Returns
 * the delimiters outside quotes and whether the line ends inside a quoted field. Searches stay inside
 * the line (a quote or a delimiter may not occur again for megabytes).
 */
function quoteScan(line: string, delim: number, open: boolean): { delims: number; open: boolean } {
  const d = String.fromCharCode(delim);
  const e = line.length;
  let delims = 0;
  let i = 0;
  if (open) {
    const close = closingQuote(line, 0);
    if (close < 0) return { delims, open: true };
    i = close + 1;
  } else {
    const j = skipBlanks(line, 0, e);
    if (line.charCodeAt(j) === QUOTE) {
      const close = closingQuote(line, j + 1);
      if (close < 0) return { delims, open: true };
      i = close + 1;
    }
  }
  for (;;) {
    const at = line.indexOf(d, i);
    if (at < 0) return { delims, open: false };
    delims++;
    const j = skipBlanks(line, at + 1, e);
    if (line.charCodeAt(j) === QUOTE) {
      const close = closingQuote(line, j + 1);
      if (close < 0) return { delims, open: true };
      i = close + 1;
    } else i = at + 1;
  }
}

/** First index in [start, end) that is not a space (tabs may be delimiters; `splitRow` skips spaces only). */
function skipBlanks(line: string, start: number, end: number): number {
  let i = start;
  while (i < end && line.charCodeAt(i) === 32) i++;
  return i;
}

/** Index of the quote that closes a field whose text starts at `from` (`""` skipped), or -1. */
function closingQuote(line: string, from: number): number {
  for (let k = from; ; ) {
    const q = line.indexOf('"', k);
    if (q < 0) return -1;
    if (line.charCodeAt(q + 1) === QUOTE) {
      k = q + 2;
      continue;
    }
    return q;
  }
}

/** The most frequent cell count (ties: the larger), whether most records have it, and the range. */
function shape(counts: readonly number[]): { mode: number; strict: boolean; min: number; max: number } {
  const freq = new Map<number, number>();
  let min = Infinity;
  let max = 0;
  for (const c of counts) {
    freq.set(c, (freq.get(c) ?? 0) + 1);
    if (c < min) min = c;
    if (c > max) max = c;
  }
  let mode = 0;
  let modeN = 0;
  for (const [c, f] of freq) if (f > modeN || (f === modeN && c > mode)) [mode, modeN] = [c, f];
  return { mode, strict: modeN * 2 >= counts.length, min, max };
}
