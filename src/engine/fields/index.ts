import { BlockReader } from './blocks';
import { hasCellTag, parseHtmlTable, TableTags } from './html';
import { isLabelText } from './header-words';
import { keyedCellsOfLine, keyedLabelAt, nearLineStart } from './keyed';
import { contentEnd, isBlank, isDigitCode, isLetterCode, lineEndOf, lineStartOf, skipSpaces, unquotedRange } from './lines';
import { isLogLine } from './log';
import { isRuleLine } from './pipes';
import { Braces, Paragraphs } from './records';
import { RegionSet } from './regions';
import { Seek } from './seek';
import { CREATE_START, INSERT_START, lastMatchIn, parseCreate } from './sql';
import type { Table } from './table';
import type { FieldIndex, LabelledCell, TextRange, TextRecord } from './types';

/** True when [start, end) may hold an INSERT (a native search before any regex). */
function mentionsInsert(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end);
  return (line.indexOf('nsert') >= 0 || line.indexOf('NSERT') >= 0) && /insert/i.test(line);
}

/**
 * ASCII chars when reading a cell around a header keyword: EDGE ends it (newline, `, ; tab | ( ) < >`),
 * NOT_LABEL rules it out (`= [ ] { } @ \`), anything else is part of it.
 */
const EDGE = 1;
const NOT_LABEL = 2;
const CELL_CHAR = new Uint8Array(128);
for (const c of '\n\r,;\t|()<>') CELL_CHAR[c.charCodeAt(0)] = EDGE;
for (const c of '=[]{}@\\') CELL_CHAR[c.charCodeAt(0)] = NOT_LABEL;
/** Chars `cells` looks for on each line: delimiters (the first SEPARATORS of them), then key separators. */
const LINE_MARKS = [',', ';', '\t', '|', ':', '=', '<', '\uff1a'];
const SEPARATORS = 4;
/** Longest header cell read around a keyword (labels are at most 48 chars, plus padding). */
const MAX_CELL = 64;

export type { FieldIndex, LabelledCell, TextRange, TextRecord } from './types';
export { labelWordIn, normaliseLabel } from './normalise';

/** A line inside a CREATE TABLE body: a name and an SQL type (`  dob DATE NOT NULL,`). */
const COLUMN_DEF =
  /^\s*[`"[]?[\p{L}_][\p{L}\p{N}_$]*[`"\]]?\s+(?:(?:big|small|tiny|medium)?int(?:eger)?|(?:big)?serial|n?varchar2?|n?char(?:acter)?|(?:tiny|medium|long)?text|string|clob|date(?:time)?|timestamp(?:tz)?|time|interval|year|bool(?:ean)?|bit|decimal|numeric|number|float|double|real|money|uuid|jsonb?|xml|(?:long)?blob|bytea|(?:var)?binary|inet|cidr|macaddr|enum)\b/iu;
/** Single lines that hold no table, remembered for repeated lookups (a long line is read once, not per lookup). */
const RECENT_LINES = 8;
/** Delimiters a header cell may sit between. */
const CELL_DELIMITERS = new Set([44, 59, 9, 124]);
/** Lines above a column definition searched for its CREATE TABLE. */
const MAX_CREATE_LINES = 256;
/** Longest CREATE TABLE statement read (a few hundred columns). */
const MAX_CREATE = 16_384;
/** INSERT statements into one table whose bodies a CREATE TABLE header opens. */
const MAX_INSERTS = 64;

/**
 * The field index of `text`: lazy, nothing is read until a detector asks. Tables are found from the
 * line asked about and parsed once (see `RegionSet`); keyed values are read around the position. What
 * is found never depends on which line was asked first: a lookup gathers the whole block of lines
 * around it and reads it from its first line down (`blocks.ts`), HTML tables are read from their
 * `<table` tag, and a CREATE TABLE from its statement.
 */
export function createFieldIndex(text: string): FieldIndex {
  return new Fields(text);
}

class Fields implements FieldIndex {
  private readonly regions = new RegionSet();
  private blocks: BlockReader | undefined;
  private tableTags: TableTags | undefined;
  /** HTML tables parsed so far, by the position of their `<table` tag (null: not a table we read). */
  private readonly htmlTables = new Map<number, Table | null>();
  private braces: Braces | undefined;
  private paragraphs: Paragraphs | undefined;
  private lastTable: Table | undefined;
  /** Finders of delimiters and key separators for `cells` (LINE_MARKS). */
  private lineSeekers: Seek[] | undefined;
  /** CREATE TABLE columns by table name (found on first need, once for the whole text). */
  private creates: Map<string, { start: number; labels: string[] }[]> | undefined;
  /** Cells of a CREATE TABLE column in the INSERTs into its table, by `start:column`. */
  private readonly insertCells = new Map<string, readonly TextRange[]>();
  /** [start, end) of single lines found to hold no table (most recent last). */
  private readonly recent: number[] = [];
  /** Line starts that no CREATE TABLE reaches (a walk up from a column definition stops there). */
  private readonly notCreate = new Set<number>();
  /** Line starts that are neither a column definition nor hold a CREATE (lookups on them stop at once). */
  private readonly noCreateHere = new Set<number>();
  /** CREATE TABLE statements parsed so far, by start (null: not one). */
  private readonly createsAt = new Map<number, { key: string; table: Table } | null>();

  constructor(private readonly text: string) {}

  labelAt(pos: number): string | undefined {
    if (pos < 0 || pos >= this.text.length) return undefined;
    // Lookups come in text order, many in one table: the last table is tried before the regions.
    const last = this.lastTable;
    const table = last && pos >= last.start && pos < last.end ? last : this.tableAt(pos);
    if (table) this.lastTable = table;
    return table?.labelAt(pos) ?? keyedLabelAt(this.text, pos);
  }

  columnBelow(pos: number): readonly TextRange[] | undefined {
    if (pos < 0 || pos >= this.text.length) return undefined;
    // Called for every keyword hit of a column detector: discover only what could be a header cell.
    // The answer is the same whether the line was examined before or not: a header cell of a table
    // around a cell that could be a header, else a column of a CREATE TABLE.
    let table: Table | undefined;
    if (this.known(pos)) {
      table = this.tableAt(pos);
      if (table && (table.headerColumnAt(pos) < 0 || !this.couldBeHeader(pos))) table = undefined;
    } else if (this.couldBeHeader(pos)) {
      table = this.tableAt(pos);
      if (table && table.headerColumnAt(pos) < 0) table = undefined;
    }
    table ??= this.createTableAt(pos);
    const col = table ? table.headerColumnAt(pos) : -1;
    if (!table || col < 0) return undefined;
    const cells = table.kind === 'create' ? this.insertedInto(table, col) : table.columnCells(col);
    return cells.length ? cells : undefined;
  }

  *cells(test: (label: string) => boolean, start: number, end: number): Iterable<LabelledCell> {
    const text = this.text;
    const verdicts = new Map<string, boolean>();
    const passes = (label: string) => {
      let v = verdicts.get(label);
      if (v === undefined) verdicts.set(label, (v = test(label)));
      return v;
    };
    const seek = (this.lineSeekers ??= LINE_MARKS.map((c) => new Seek(text, c)));
    const stop = Math.min(end, text.length);
    let pending: string | undefined;
    for (let ls = lineStartOf(text, Math.max(0, start)); ls < stop; ) {
      let r = this.regions.find(ls);
      if (r < 0 && this.mayStartTable(ls, seek)) {
        this.discover(ls);
        r = this.regions.find(ls);
      }
      const table = r >= 0 ? this.regions.tables[r] : null;
      if (table) {
        yield* this.tableCells(table, passes, Math.max(start, ls), stop);
        pending = undefined;
        ls = this.regions.ends[r]!;
        continue;
      }
      const le = lineEndOf(text, ls);
      const ce = contentEnd(text, ls, le);
      let keyed = false;
      let next: string | undefined;
      if (seek[SEPARATORS]!.inRange(ls, ce, true) || seek[SEPARATORS + 1]!.inRange(ls, ce, true) || seek[SEPARATORS + 2]!.inRange(ls, ce, true) || seek[SEPARATORS + 3]!.inRange(ls, ce, true)) {
        const found: LabelledCell[] = [];
        next = keyedCellsOfLine(text, ls, ce, (label, s, e) => {
          keyed = true;
          if (s >= start && e <= stop && passes(label)) found.push({ start: s, end: e, label });
        });
        yield* found;
      }
      // A value alone on its line, under a bare `key:` / `"key": [` line: a YAML or JSON list item.
      const first = skipSpaces(text, ls, ce);
      const f = text.charCodeAt(first);
      if (!keyed && pending && first < ce && (f === 45 || f === 34 || f === 39 || (f >= 48 && f <= 57))) {
        const vs0 = f === 45 ? skipSpaces(text, first + 1, ce) : first;
        const [vs, ve] = unquotedRange(text, vs0, text.charCodeAt(ce - 1) === 44 ? ce - 1 : ce);
        if (ve > vs && vs >= start && passes(pending)) yield { start: vs, end: ve, label: pending };
      } else pending = next;
      ls = le + 1;
    }
  }

  /** Cells of a table in [from, stop) whose column label passes. */
  private *tableCells(table: Table, passes: (label: string) => boolean, from: number, stop: number): Iterable<LabelledCell> {
    for (let r = Math.max(0, table.rowAt(from)); r < table.rowStart.length && table.rowStart[r]! < stop; r++) {
      const cells = table.cellsOf(r);
      for (let c = 0; c < cells.length; c += 2) {
        const label = table.labels[c / 2];
        if (!label || cells[c]! < from || cells[c]! >= stop || !passes(label)) continue;
        const [s, e] = unquotedRange(this.text, cells[c]!, cells[c + 1]!);
        if (e > s) yield { start: s, end: e, label };
      }
    }
  }

  /**
   * Whether the line at `ls` may begin a table (for `cells`, which reads every line): it shares a
   * delimiter with the next line, or holds table markup, an INSERT, or a tuple. Native searches only.
   */
  private mayStartTable(ls: number, seek: readonly Seek[]): boolean {
    const text = this.text;
    const le = lineEndOf(text, ls);
    if (le >= text.length) return false;
    const ne = lineEndOf(text, le + 1);
    for (let k = 0; k < SEPARATORS; k++) if (seek[k]!.inRange(ls, le, true) && seek[k]!.inRange(le + 1, ne, true)) return true;
    if (isRuleLine(text, le + 1, ne)) return true;
    if (seek[SEPARATORS + 2]!.inRange(ls, le, true) && hasCellTag(text, ls, le)) return true;
    return this.tupleLine(ls, le) || mentionsInsert(text, ls, le);
  }

  recordAt(pos: number): TextRecord {
    const r = pos >= 0 && pos < this.text.length ? this.regionAt(pos) : -1;
    const table = r >= 0 ? this.regions.tables[r] : null;
    if (table) {
      const row = table.rowAt(pos);
      if (row >= 0) return { start: table.rowStart[row]!, end: table.rowEnd[row]!, table: true };
    } else if (r >= 0 && this.regions.rows[r]) {
      return { start: lineStartOf(this.text, pos), end: lineEndOf(this.text, pos), table: true };
    }
    this.braces ??= new Braces(this.text);
    const json = this.braces.recordAt(pos);
    if (json) return json;
    this.paragraphs ??= new Paragraphs(this.text);
    return this.paragraphs.at(pos);
  }

  logLine(pos: number): boolean {
    return pos >= 0 && pos < this.text.length && isLogLine(this.text, pos);
  }

  /** The table region holding `pos`, found (and remembered) if its line was never examined. */
  private tableAt(pos: number): Table | undefined {
    const r = this.regionAt(pos);
    return (r >= 0 && this.regions.tables[r]) || undefined;
  }

  /** True when the line holding `pos` was examined already. */
  private known(pos: number): boolean {
    if (this.regions.find(pos) >= 0) return true;
    for (let k = 0; k < this.recent.length; k += 2) if (pos >= this.recent[k]! && pos < this.recent[k + 1]!) return true;
    return false;
  }

  /** Index of the region holding `pos` (-1 for a line that holds no table), examining its line first if needed. */
  private regionAt(pos: number): number {
    const r = this.regions.find(pos);
    if (r >= 0 || this.known(pos)) return r;
    this.discover(pos);
    return this.regions.find(pos);
  }

  /**
   * Cheap test before examining a line for a header keyword: the cell around `pos` reads like a label
   * between delimiters and the next line holds the same delimiter (or is a rule line); or the cell is
   * in parentheses or a tag (an SQL column list, an HTML `<th>`).
   */
  private couldBeHeader(pos: number): boolean {
    const text = this.text;
    // Out to the cell's edges, at most MAX_CELL chars and 6 words: prose stops here.
    let gaps = 0;
    let r = pos;
    const to = Math.min(text.length, pos + MAX_CELL);
    for (; r < to; r++) {
      const c = text.charCodeAt(r);
      const kind = c < 128 ? CELL_CHAR[c]! : 0;
      if (kind === EDGE) break;
      // Brackets, `=`, `@`: code, logs, JSON, never a column name.
      if (kind === NOT_LABEL) return false;
      // A gap between words (padding spaces in ASCII tables count once).
      if (c === 32 && text.charCodeAt(r - 1) !== 32 && ++gaps > 6) return false;
    }
    if (r === to && to < text.length) return false;
    let l = pos;
    const from = Math.max(0, r - MAX_CELL - 8);
    for (; l > from; l--) {
      const c = text.charCodeAt(l - 1);
      const kind = c < 128 ? CELL_CHAR[c]! : 0;
      if (kind === EDGE) break;
      if (kind === NOT_LABEL) return false;
      if (c === 32 && text.charCodeAt(l) !== 32 && ++gaps > 6) return false;
    }
    if (l === from && from > 0) return false;
    const lc = l > 0 ? text.charCodeAt(l - 1) : 10;
    const rc = r < text.length ? text.charCodeAt(r) : 10;
    if (lc === 40 || rc === 41 || lc === 62 || rc === 60) return true;
    const delim = CELL_DELIMITERS.has(lc) ? lc : CELL_DELIMITERS.has(rc) ? rc : 0;
    if (!delim || !isLabelText(text, l, r)) return false;
    const nl = text.indexOf('\n', r);
    if (nl >= 0) {
      let ne = text.indexOf('\n', nl + 1);
      if (ne < 0) ne = text.length;
      if (text.slice(nl + 1, ne).indexOf(String.fromCharCode(delim)) >= 0 || isRuleLine(text, nl + 1, ne)) return true;
    }
    // A middle column of a one-line INSERT's column list.
    if (delim !== 44) return false;
    const line = text.slice(nearLineStart(text, pos, 512).start, pos);
    return line.lastIndexOf('(') >= 0 && /insert\s+(?:ignore\s+)?into/i.test(line);
  }

  /**
   * Examines the line holding `pos`: the HTML table it is in, or the block of lines around it, read from
   * its first line (its tables and the lines between them are remembered as regions), or none.
   */
  private discover(pos: number): void {
    const text = this.text;
    const ls = lineStartOf(text, pos);
    const le = lineEndOf(text, pos);
    const tags = (this.tableTags ??= new TableTags(text));
    const blocks = (this.blocks ??= new BlockReader(text, tags, (name, before) => this.createColumns(name, before)));
    const block = blocks.blockAround(ls, le);
    // A block never crosses a markup line, so it lies in an HTML table wholly or not at all.
    const html = block ? this.htmlTableAt(block.starts[0]!, block.ends[0]!) : this.htmlTableAt(ls, le);
    if (html) {
      this.addTable(html);
      return;
    }
    const segments = block ? blocks.segments(block) : [];
    if (!block || (block.starts.length === 1 && !segments[0]!.table)) {
      // One line on its own: remembered briefly, not as a region (thousands of them would cost inserts).
      if (this.recent.length >= 2 * RECENT_LINES) this.recent.splice(0, 2);
      this.recent.push(ls, le + 1);
      return;
    }
    for (const seg of segments) {
      const start = block.starts[seg.first]!;
      const end = block.ends[seg.last]! + 1;
      if (seg.table) this.regions.addTable(start, end, seg.table);
      else this.regions.addNone(start, end, seg.rows);
    }
  }

  /** Adds a table's region (its whole lines); false if it overlaps a table already known. */
  private addTable(table: Table): boolean {
    return this.regions.addTable(lineStartOf(this.text, table.start), lineEndOf(this.text, Math.max(table.start, table.end - 1)) + 1, table);
  }

  /**
   * The HTML table whose lines include the line [ls, le): the one opened by the last `<table` tag up to
   * the line's end, parsed to its `</table>` and never past the line of the next `<table` tag (so tables
   * own disjoint lines, and a line's table is the same from any lookup).
   */
  private htmlTableAt(ls: number, le: number): Table | undefined {
    const text = this.text;
    const tags = (this.tableTags ??= new TableTags(text));
    const open = tags.lastBefore(le);
    if (open < 0) return undefined;
    let table = this.htmlTables.get(open);
    if (table === undefined) {
      const next = tags.nextAfter(open);
      const limit = next < 0 ? text.length : lineStartOf(text, next);
      table = (limit > open && parseHtmlTable(text, open, limit)) || null;
      this.htmlTables.set(open, table);
    }
    return table && ls <= lineEndOf(text, Math.max(table.start, table.end - 1)) ? table : undefined;
  }

  /** A line of an INSERT's body: starts with `(`, `)`, `,` or `VALUES`. */
  private tupleLine(start: number, end: number): boolean {
    const first = skipSpaces(this.text, start, end);
    const c = this.text.charCodeAt(first);
    return c === 40 || c === 41 || c === 44 || /^values\b/i.test(this.text.slice(first, first + 7));
  }

  /** A CREATE TABLE whose column list holds the line (only asked for header keywords: `columnBelow`). */
  private createTableAt(pos: number): Table | undefined {
    const text = this.text;
    // A column name starts its line or follows `(` or `,` (a one-line CREATE TABLE); the keyword may be
    // inside it (`fecha_de_nacimiento`).
    let b = pos - 1;
    while (b >= 0 && b > pos - 64 && (isLetterCode(text.charCodeAt(b)) || isDigitCode(text.charCodeAt(b)) || text.charCodeAt(b) === 95 || text.charCodeAt(b) === 36)) b--;
    const floor = Math.max(0, b - 64);
    while (b >= floor && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9 || text.charCodeAt(b) === 96 || text.charCodeAt(b) === 34 || text.charCodeAt(b) === 91)) b--;
    const before = b < 0 ? 10 : text.charCodeAt(b);
    if (before !== 10 && before !== 40 && before !== 44) return undefined;
    const near = nearLineStart(text, pos, 512);
    if (!near.known || this.notCreate.has(near.start) || this.noCreateHere.has(near.start)) return undefined;
    const ls = near.start;
    const le = Math.min(lineEndOf(text, pos), ls + 1024);
    const createHere = /create/i.test(text.slice(ls, le));
    let start = createHere ? lastMatchIn(CREATE_START, text, ls, le, pos) : -1;
    // The line itself is only remembered when no position on it could find another answer.
    const walked = createHere ? [] : [ls];
    let capped = false;
    const columnDef = start < 0 && COLUMN_DEF.test(text.slice(ls, le));
    if (!columnDef && !createHere) {
      // Neither a column definition nor a CREATE: no walk from here (a walk from below may pass it).
      this.noCreateHere.add(ls);
      return undefined;
    }
    if (columnDef) {
      let top = ls;
      let n = 0;
      for (; start < 0 && top > 0 && n < MAX_CREATE_LINES; n++) {
        const ps = lineStartOf(text, top - 1);
        if (this.notCreate.has(ps) || isBlank(text, ps, top - 1) || text.slice(ps, top - 1).includes(';')) break;
        start = /create/i.test(text.slice(ps, top - 1)) ? lastMatchIn(CREATE_START, text, ps, top - 1, top) : -1;
        if (start < 0) walked.push(ps);
        top = ps;
      }
      capped = start < 0 && top > 0 && n >= MAX_CREATE_LINES;
    }
    const parsed = start >= 0 ? this.createAt(start) : undefined;
    if (!parsed || parsed.table.end < pos) {
      // The lines walked over that no CREATE TABLE reaches, remembered (a lookup from any of them would
      // walk the same lines). Not when the walk gave up at its cap: from a line higher up it may not.
      if (!capped) for (const line of walked) if (!parsed || line > parsed.table.end) this.notCreate.add(line);
      return undefined;
    }
    // Not a region: its lines are read as a block like any other (labels, records); only columnBelow
    // asks for the statement.
    return parsed.table;
  }

  /** The CREATE TABLE statement at `start`, parsed once (within MAX_CREATE chars). */
  private createAt(start: number): { key: string; table: Table } | undefined {
    if (this.createsAt.has(start)) return this.createsAt.get(start) ?? undefined;
    const parsed = parseCreate(this.text, start, Math.min(this.text.length, start + MAX_CREATE));
    if (parsed) parsed.table.name = parsed.key;
    this.createsAt.set(start, parsed ?? null);
    return parsed;
  }

  /** The cells of column `col` of a CREATE TABLE in the INSERT statements into that table after it. */
  private insertedInto(create: Table, col: number): readonly TextRange[] {
    const key = `${create.start}:${col}`;
    const known = this.insertCells.get(key);
    if (known) return known;
    const cells: TextRange[] = [];
    const label = create.labels[col];
    const name = (create.name ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`${INSERT_START.source}\\s*(?:[\`"[]?[\\w$]+[\`"\\]]?\\.)?[\`"[]?${name}[\`"\\]]?(?![\\w$])`, 'giu');
    re.lastIndex = create.end;
    let m: RegExpExecArray | null;
    for (let n = 0; n < MAX_INSERTS && (m = re.exec(this.text)); n++) {
      const insert = this.tableAt(m.index);
      if (!insert || insert.kind !== 'sql') continue;
      // Without a column list the INSERT has the CREATE TABLE's columns; with one, the column of the same name.
      const at = insert.labels.indexOf(label!);
      if (at >= 0) cells.push(...insert.columnCells(at));
      re.lastIndex = Math.max(re.lastIndex, insert.end);
    }
    this.insertCells.set(key, cells);
    return cells;
  }

  /** Column labels of the last `CREATE TABLE name` before `before`. */
  private createColumns(name: string, before: number): string[] | undefined {
    if (!this.creates) {
      this.creates = new Map();
      const re = new RegExp(CREATE_START.source, 'gi');
      let m: RegExpExecArray | null;
      while ((m = re.exec(this.text))) {
        const parsed = this.createAt(m.index);
        if (!parsed) continue;
        const list = this.creates.get(parsed.key) ?? [];
        list.push({ start: m.index, labels: parsed.table.labels });
        this.creates.set(parsed.key, list);
      }
    }
    let labels: string[] | undefined;
    for (const c of this.creates.get(name) ?? []) if (c.start < before) labels = c.labels;
    return labels;
  }
}
