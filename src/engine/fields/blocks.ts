import { type BlockLines, jsonKey, MAX_GAP } from './block-lines';
import { countLine, delimiterOf, splitRow } from './delimited';
import { isHeaderRow, isLabelText } from './header-words';
import { contentEnd, isBlank, skipSpaces } from './lines';
import { isRuleLine, pipeCells } from './pipes';
import { INSERT_START, parseInsert } from './sql';
import { lastAtOrBefore, Table } from './table';

/**
 * Blocks: where tables are looked for, found the same way whichever line is asked about first.
 *
 * A lookup reads only the lines around it, so what it finds must not depend on where it starts: the
 * lines are first gathered into a block by a test on each line alone (plus its neighbours, see
 * `block-lines.ts`), and the block is then read from its first line down, the way a reader would. Any
 * line of a block gathers the same block, so the tables found in it are a function of the text only.
 * The reading is a generator that stops once it has settled the lines down to where it is asked to
 * (`read`, `Goal`): a lookup reads the block only down to the line it asks about, and the next lookup
 * below goes on from there.
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

/** A quoted field may run over this many lines (an address cell); more means a stray quote. */
const MAX_OPEN_LINES = 32;
/** Records after a header line sampled for their number of cells. */
const SAMPLE = 8;
/** Lines of a stretch without a table that decide whether it is a headerless block of rows (`stretchRows`). */
const STRETCH_SAMPLE = 8;

const TAB = 9;
const COMMA = 44;
const SEMI = 59;
const PIPE = 124;
const QUOTE = 34;

const TUPLE_OR_INSERT = /insert\s+into|\bvalues\s*\(/i;
const INSERT_INTO = new RegExp(INSERT_START.source, 'i');
const INSERT_IN_LINE = new RegExp(INSERT_START.source, 'gi');

/**
 * Where the reading of a block puts what it finds, in text order, as soon as it is settled: stretches of
 * lines without a table, and each table from its first row on, growing as its rows are read.
 */
export interface SegmentSink extends Goal {
  /** Lines [first, last] of the block hold no table (`rows`: a headerless block of rows); a stretch may come in several calls. */
  none(first: number, last: number, rows: boolean): void;
  /** A table starts at line `first`; its lines read so far end at line `last` (`done`: all of them). */
  table(first: number, table: Table, last: number, done: boolean): void;
  /** The table's lines read so far end at line `last` (`done`: all of them). */
  grow(last: number, done: boolean): void;
}

/**
 * How far the caller wants the reading to go before it stops: a step runs on without stopping (without
 * giving rows and lines to the sink one by one, ~0.5 µs a row in generator turns and bookkeeping) until
 * a line that ends at or past `until` is settled.
 */
export interface Goal {
  readonly until: number;
}

/** A table found at a line: its last line read so far, and (unless it is complete) the reading of its next rows. */
interface Found {
  readonly table: Table;
  readonly last: number;
  /** Yields the table's last line once a row it adds ends at or past the goal; returns its last line. */
  readonly rows?: Generator<number, number>;
}

/**
 * Reads tables out of one text's blocks. Each line is tested with native searches on a slice of itself
 * (bounded by the line, stopping at the first hit): lookups jump around the text (every detector reads
 * it from the top), so searches that remember a position would travel back and forth.
 */
export class BlockReader {
  constructor(
    private readonly text: string,
    /** Columns of the last `CREATE TABLE name` before `before` (for an INSERT without a column list). */
    private readonly columnsOf: (name: string, before: number) => readonly string[] | undefined,
  ) {}

  /**
   * Reads `block` from its first line down into `sink`: its tables, and the stretches between them. It
   * stops (yields) once what it gave the sink reaches `sink.until` (and at each table's start and end),
   * so a caller reads only as far down as it needs; what is given does not depend on where it stops (a
   * table's rows and where it ends are read in the same order either way).
   */
  *read(block: BlockLines, sink: SegmentSink): Generator<void, void> {
    /** First line of the current stretch without a table; lines before `given` are in the sink. */
    let from = 0;
    let given = 0;
    /** The stretch's `rows`, once STRETCH_SAMPLE of its lines are read (no later line changes it). */
    let rows: boolean | undefined;
    for (let k = 0; block.has(k); ) {
      const found = this.tableAt(block, k, sink);
      if (!found) {
        k++;
        if (k - from >= STRETCH_SAMPLE && block.ends[k - 1]! >= sink.until) {
          rows ??= this.stretchRows(block, from, k - 1);
          sink.none(given, k - 1, rows);
          given = k;
          yield;
        }
        continue;
      }
      if (given < k) sink.none(given, k - 1, rows ?? this.stretchRows(block, from, k - 1));
      let last = found.last;
      sink.table(k, found.table, last, !found.rows);
      yield;
      if (found.rows) {
        for (let r = found.rows.next(); ; r = found.rows.next()) {
          last = r.value;
          sink.grow(last, r.done === true);
          yield;
          if (r.done) break;
        }
      }
      k = from = given = last + 1;
      rows = undefined;
    }
    if (given < block.starts.length) sink.none(given, block.starts.length - 1, rows ?? this.stretchRows(block, from, block.starts.length - 1));
  }

  /** Whether lines [first, last] that hold no table are a headerless export: at least three lines with the same number of delimiters (the first STRETCH_SAMPLE compared). */
  private stretchRows(block: BlockLines, first: number, last: number): boolean {
    const text = this.text;
    const { starts, ends } = block;
    if (last - first < 2) return false;
    const s0 = starts[first]!;
    const e0 = contentEnd(text, s0, ends[first]!);
    const delim = delimiterOf(text, s0, e0);
    if (!delim || delim === PIPE) return false;
    const count = countLine(text, s0, e0, delim);
    if (count.odd || count.count < 1) return false;
    for (let k = first + 1; k <= Math.min(last, first + STRETCH_SAMPLE - 1); k++) {
      const c = countLine(text, starts[k]!, contentEnd(text, starts[k]!, ends[k]!), delim);
      if (c.odd || c.count !== count.count) return false;
    }
    return true;
  }

  /** A table that starts at line k of the block (its first line may be a border above the header). */
  private tableAt(block: BlockLines, k: number, goal: Goal): Found | undefined {
    const text = this.text;
    const s = block.starts[k]!;
    const e = contentEnd(text, s, block.ends[k]!);
    const line = text.slice(s, e);
    if (mayStartInsert(text, s, e, line)) {
      const sql = this.insertAt(block, k);
      if (sql) return sql;
    }
    if (line.indexOf('|') >= 0 || isRuleLine(text, s, e)) {
      const pipe = this.pipeTableAt(block, k, goal);
      if (pipe) return pipe;
    }
    // Every line of a block is asked whether it is a header: prose and code stop at the first cell.
    return block.has(k + 1) && firstCellMayBeLabel(text, s, e) ? this.delimitedAt(block, k, goal) : undefined;
  }

  /** Line index of the block holding `pos` (a line read already). */
  private lineOf(block: BlockLines, pos: number): number {
    return Math.max(0, lastAtOrBefore(block.starts, pos));
  }

  /**
   * An INSERT statement starting on line k, parsed up to the next line that mentions INSERT (or the
   * block's end): read whole, as the statement's parser reads it.
   */
  private insertAt(block: BlockLines, k: number): Found | undefined {
    const text = this.text;
    const s = block.starts[k]!;
    const e = block.ends[k]!;
    INSERT_IN_LINE.lastIndex = 0;
    const m = INSERT_IN_LINE.exec(text.slice(s, e));
    if (!m) return undefined;
    const at = s + m.index;
    let j = k + 1;
    while (block.has(j) && !mayStartInsert(text, block.starts[j]!, block.ends[j]!, text.slice(block.starts[j]!, block.ends[j]!))) j++;
    const limit = block.has(j) ? block.starts[j]! : block.ends[j - 1]!;
    const { table } = parseInsert(text, at, limit, this.columnsOf);
    if (!table) return undefined;
    return { table, last: this.lineOf(block, Math.max(table.start, table.end - 1)) };
  }

  /** Line j of the block is a rule line (`|---|---|`, `+----+`, `---+---`). */
  private rule(block: BlockLines, j: number): boolean {
    return block.has(j) && isRuleLine(this.text, block.starts[j]!, contentEnd(this.text, block.starts[j]!, block.ends[j]!));
  }

  /** Line j of the block holds a `|` and is no rule line: a row of a pipe table. */
  private piped(block: BlockLines, j: number): boolean {
    return block.has(j) && this.text.slice(block.starts[j]!, block.ends[j]!).indexOf('|') >= 0 && !this.rule(block, j);
  }

  /** Cells of line j of the block as a pipe row. */
  private pipeCellsOf(block: BlockLines, j: number): number[] {
    return pipeCells(this.text, block.starts[j]!, contentEnd(this.text, block.starts[j]!, block.ends[j]!));
  }

  /** A pipe table (Markdown, ASCII, psql, or a pipe-separated export) whose header or top border is line k. */
  private pipeTableAt(block: BlockLines, k: number, goal: Goal): Found | undefined {
    const text = this.text;
    const { starts, ends } = block;
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
    // A pipe table has a row: the reading runs to its first row (or its end) before the table is given.
    const rows = this.pipeRows(block, header, table, hb.length / 2, goal);
    const first = rows.next();
    if (!table.rowStart.length) return undefined;
    return { table, last: first.value, rows: first.done ? undefined : rows };
  }

  /** Rows of a pipe table below its header (see `pipeTableAt`), yielding the last line once a row reaches the goal. */
  private *pipeRows(block: BlockLines, header: number, table: Table, cells: number, goal: Goal): Generator<number, number> {
    const text = this.text;
    const { starts, ends } = block;
    let last = header;
    for (let j = header + 1; block.has(j); ) {
      if (this.rule(block, j)) {
        last = j++;
        continue;
      }
      if (this.piped(block, j)) {
        table.addRow(starts[j]!, contentEnd(text, starts[j]!, ends[j]!));
        last = j++;
        table.end = ends[last]!;
        if (ends[last]! >= goal.until) yield last;
        continue;
      }
      // Lines that are not rows: skipped when a well-formed row follows close enough.
      let next = -1;
      for (let g = j + 1; g - last - 1 <= MAX_GAP && block.has(g); g++) {
        if (!this.piped(block, g)) continue;
        const pc = this.pipeCellsOf(block, g);
        if (pc.length / 2 === cells && !this.rule(block, g + 1) && !isHeaderRow(text, pc)) next = g;
        break;
      }
      if (next < 0) break;
      j = next;
    }
    table.end = ends[last]!;
    return last;
  }

  /** A delimited table (CSV, TSV, `;`) whose header is line k. */
  private delimitedAt(block: BlockLines, k: number, goal: Goal): Found | undefined {
    const text = this.text;
    const { starts, ends } = block;
    if (!block.has(k + 1)) return undefined;
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
    for (let j = k + 1, r = 0; r < SAMPLE && block.has(j); r++) {
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
    const rows = this.delimitedRows(block, k, table, delim, mode, goal);
    const first = rows.next();
    return { table, last: first.value, rows: first.done ? undefined : rows };
  }

  /**
   * Rows of a delimited table below its header at line k (see `delimitedAt`; `mode`: the sample's most
   * frequent number of cells), yielding the last line once a row reaches the goal.
   */
  private *delimitedRows(block: BlockLines, k: number, table: Table, delim: number, mode: number, goal: Goal): Generator<number, number> {
    const text = this.text;
    const { starts, ends } = block;
    const width = table.labels.length;
    let lastLine = k;
    /** After lines that are not rows: 1 for a row with the header's number of cells, -1 for a new header, 0 otherwise. */
    const resumes = (j: number, last: number) => {
      const cells = splitRow(text, starts[j]!, contentEnd(text, starts[last]!, ends[last]!), delim);
      if (isHeaderRow(text, cells)) return -1;
      return cells.length / 2 === width || cells.length / 2 === mode ? 1 : 0;
    };
    for (let j = k + 1; block.has(j); ) {
      const last = this.record(block, j, delim);
      if (last >= 0) {
        table.addRow(starts[j]!, contentEnd(text, starts[last]!, ends[last]!));
        lastLine = last;
        j = last + 1;
        table.end = table.bodyEnd;
        if (ends[lastLine]! >= goal.until) yield lastLine;
        continue;
      }
      // A line that is not a row: the table goes on if a well-formed row follows within MAX_GAP lines
      // (rows with the wrong number of cells in between are rows); a line that reads like a header
      // starts another table.
      let next = -1;
      for (let g = j + 1; g - lastLine - 1 <= MAX_GAP && block.has(g); ) {
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
      // Line `next` is a row: the next turn adds it and yields.
      j = next;
    }
    table.end = table.bodyEnd;
    return lastLine;
  }

  /** Line k is not a row of delimited text: blank, code, JSON, markup or SQL. */
  private structural(block: BlockLines, k: number): boolean {
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
  private record(block: BlockLines, j: number, delim: number): number {
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
    for (let m = j + 1; m - j <= MAX_OPEN_LINES && block.has(m); m++) {
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
