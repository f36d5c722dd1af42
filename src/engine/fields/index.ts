import { hasCellTag } from './html';
import { isLabelText } from './header-words';
import { keyedCellsOfLine, keyedLabelAt } from './keyed';
import { LabelWordHits, type LabelWords } from './label-words';
import { CELL_CHAR, CELL_MARK, EDGE, hasKeySeparator, isIdentifierCode, isKeySeparator, KEY_MARK, KEY_TEXT, LINE_MARK, LINE_MARKS, mentionsInsert, NOT_LABEL, SEPARATORS } from './line-marks';
import { contentEnd, isBlank, isDigitCode, isLetterCode, lineEndOf, lineStartOf, skipSpaces, unquotedRange } from './lines';
import { isLogLine } from './log';
import { isRuleLine } from './pipes';
import { Braces, Paragraphs } from './records';
import { Seek } from './seek';
import { SqlStatements } from './sql-statements';
import { lastAtOrBefore, type Table } from './table';
import { TableFinder } from './table-finder';
import type { ColumnCells, FieldIndex, LabelledCell, TextRange, TextRecord } from './types';

/** Longest header cell read around a keyword (labels are at most 48 chars, plus padding). */
const MAX_CELL = 64;

export type { ColumnCells, FieldIndex, LabelledCell, TextRange, TextRecord } from './types';
export { labelWordIn, normaliseLabel } from './normalise';
export { labelWords, type LabelWords } from './label-words';

/** How far before a range `prepare` reads back to the start of the range's first line. */
const PREPARE_LOOKBACK = 16 * 1024;
/** Delimiters a header cell may sit between. */
const CELL_DELIMITERS = new Set([44, 59, 9, 124]);
/**
 * How far before a keyed value its label word may be (a key is at most 64 chars, plus quotes and
 * padding): a range's search for label words starts this far before the range.
 */
const KEY_REACH = 256;
/** Lines longer than this (minified JSON, one-line logs) are read for keys in windows around label words, not whole. */
const LONG_LINE = 4096;
/** Window read after a label word on a long line; a value that runs past it is not reported (no name or address is that long). */
const WINDOW = 4096;
/** Longest key (with quotes, emphasis and padding) read forward from a label word to its separator. */
const MAX_KEY_AHEAD = 80;
/** Lines read each way around a mail header line (`From:`, `De :`), and the longest. */
const HEADER_LINES = 6;
const LONG_HEADER = 512;

/**
 * The field index of `text`: lazy, nothing is read until a detector asks. Tables are found from the
 * line asked about, read once and only as far down as asked (`TableFinder`); keyed values are read
 * around the position. What is found never depends on which line was asked first: a lookup reads the
 * block of lines around it from its first line down (`blocks.ts`), HTML tables are read from their
 * `<table` tag, and a CREATE TABLE from its statement.
 */
export function createFieldIndex(text: string): FieldIndex {
  return new Fields(text);
}

class Fields implements FieldIndex {
  /** Tables and stretches without one, found as far as asked. */
  private readonly tables: TableFinder;
  private braces: Braces | undefined;
  private paragraphs: Paragraphs | undefined;
  /** Label words of every list, found once (see `labelled`). */
  private labelHits: LabelWordHits | undefined;
  private lastTable: Table | undefined;
  /** Finders of delimiters and key separators for `cells` (LINE_MARKS). */
  private lineSeekers: Seek[] | undefined;
  private prepareLines: Seek | undefined;
  /**
   * For the header test (`couldBeHeader`): line breaks after the cell, after the next line, and each
   * delimiter, found with remembered searches; the last next line's rule-line verdict.
   */
  private lineEnds: Seek | undefined;
  private nextLineEnds: Seek | undefined;
  /** The last long line `nextLine` read: its bounds and marks. */
  private longLine: { start: number; end: number; key: boolean; cell: boolean; tags: boolean; parens: boolean } | undefined;
  private readonly delimiters = new Map<number, Seek>();
  private lastRule = -1;
  private lastRuleVerdict = false;
  /** CREATE TABLE and INSERT statements (an INSERT is a table of its own, found by `tableAt`). */
  private readonly sql: SqlStatements;

  constructor(private readonly text: string) {
    this.sql = new SqlStatements(text, (pos) => this.tableAt(pos));
    this.tables = new TableFinder(text, (name, before) => this.sql.createColumns(name, before));
  }

  labelAt(pos: number): string | undefined {
    if (pos < 0 || pos >= this.text.length) return undefined;
    // Lookups come in text order, many in one table: the last table is tried before the regions.
    const last = this.lastTable;
    const table = last && pos >= last.start && pos < last.end ? last : this.tableAt(pos);
    if (table) this.lastTable = table;
    return table?.labelAt(pos) ?? keyedLabelAt(this.text, pos);
  }

  columnBelow(pos: number): ColumnCells | undefined {
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
    table ??= this.sql.createTableAt(pos);
    const col = table ? table.headerColumnAt(pos) : -1;
    if (!table || col < 0) return undefined;
    const cells = table.kind === 'create' ? this.sql.insertedInto(table, col) : table.column(col);
    return cells.empty ? undefined : cells;
  }

  cells(test: (label: string) => boolean, start: number, end: number, words?: LabelWords): Iterable<LabelledCell> {
    return words ? this.labelled(words, test, start, end) : this.walk(test, start, end);
  }

  /** `cells` without label words: every line of the range that holds a delimiter or a key separator. */
  private *walk(test: (label: string) => boolean, start: number, end: number): Iterable<LabelledCell> {
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
      let r = this.tables.find(ls);
      if (r < 0 && this.mayStartTable(ls, seek)) r = this.tables.regionAt(ls);
      const table = r >= 0 ? this.tables.regions.tables[r] : null;
      if (table) {
        yield* this.tableCells(table, passes, Math.max(start, ls), stop);
        pending = undefined;
        ls = this.tables.regions.ends[r]!;
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

  /**
   * `cells` with label words: the words are searched in the range (and KEY_REACH before it), and each
   * occurrence is read as what it may be part of: a table header cell (the table's cells in the range
   * under every column whose label passes), a key on its line (the keyed values of the line, and the
   * list items under a bare `key:`), a CREATE TABLE column (the INSERTs into that table), or a column
   * of an INSERT's list written one per line. The table holding the range's first line is read too:
   * its header may be far above the range.
   */
  private labelled(words: LabelWords, test: (label: string) => boolean, start: number, end: number): LabelledCell[] {
    const text = this.text;
    const from = Math.max(0, start);
    const stop = Math.min(end, text.length);
    if (from >= stop) return [];
    const ask = new Ask(test, words.whole, from, stop);
    // From the text's start, any table's header is in the searched range.
    if (from > 0) this.labelledTable(this.tableAt(from), ask);
    // A range below a CREATE TABLE: its INSERTs in the range take their labels from it, however far above.
    if (from > KEY_REACH && mentionsInsert(text, from, stop)) for (const create of this.sql.createsBefore(from - KEY_REACH)) this.labelledTable(create, ask);
    (this.labelHits ??= new LabelWordHits(text)).search(words, Math.max(0, from - KEY_REACH), stop, (pos) => this.labelWordAt(pos, ask));
    const out = ask.out;
    out.sort(byPosition);
    let n = 0;
    for (const c of out) if (n === 0 || out[n - 1]!.start !== c.start || out[n - 1]!.end !== c.end) out[n++] = c;
    out.length = n;
    return out;
  }

  /** Reads what the label word at `pos` may be part of (see `labelled`). */
  private labelWordAt(pos: number, ask: Ask): void {
    const text = this.text;
    // A second word in the same identifier (`customerName`, `first_name`) reads the same key or cell.
    let i = pos - 1;
    while (i > ask.lastWord && pos - i <= MAX_KEY_AHEAD && isIdentifierCode(text.charCodeAt(i))) i--;
    const same = ask.lastWord >= 0 && i === ask.lastWord;
    ask.lastWord = pos;
    if (same) return;
    // A table cell (header or body): the table is read once, whichever word hit it.
    const r = this.tables.find(pos);
    if (r >= 0 && this.labelledTable(this.tables.regions.tables[r] ?? undefined, ask)) return;
    if (pos >= ask.lineEnd) this.nextLine(pos, ask);
    const unknown = r < 0 && !this.known(pos);
    // A key (a separator follows): its line. Else a header cell, a lone column, a CREATE TABLE column.
    const key = ask.keyMarks && this.keyAhead(pos, ask);
    if (!key && unknown) {
      if (this.sql.loneColumn(pos) && this.labelledTable(this.sql.insertAbove(pos), ask)) return;
      if (ask.cellMarks && this.couldBeHeader(pos, ask.parens) && this.labelledTable(this.tableAt(pos), ask)) return;
    }
    if (key) {
      const ce = contentEnd(text, ask.lineStart, ask.lineEnd);
      if (ce - ask.lineStart <= LONG_LINE) {
        if (!ask.keysRead) {
          ask.keysRead = true;
          this.labelledLine(ask.lineStart, ask.lineEnd, ask);
        }
      } else if (pos >= ask.windowDone) {
        ask.windowDone = this.labelledWindow(ask.lineStart, ce, pos, ask);
      }
      return;
    }
    // A column of a CREATE TABLE (`  name VARCHAR(80),`): the INSERTs into that table.
    if (this.typeAfter(pos)) this.labelledTable(this.sql.createTableAt(pos), ask);
  }

  /**
   * Moves `ask` to the line holding `pos` (after the last one: occurrences come in text order) and
   * notes which marks the line holds: no key separator, no key; no delimiter, bracket or tag, no
   * header cell. Every line with a label word is read once for them, however many words it holds.
   */
  private nextLine(pos: number, ask: Ask): void {
    const text = this.text;
    // The last long line is remembered: a range scan of a one-line paste asks about it in every range,
    // and finding its ends and marks reads all of it (O(text) per range otherwise).
    const long = this.longLine;
    if (long && pos >= long.start && pos < long.end) {
      this.moveAsk(ask, long.start, long.end, long.key, long.cell, long.tags, long.parens);
      return;
    }
    const ls = lineStartOf(text, pos);
    const le = lineEndOf(text, pos);
    let key = false;
    let cell = false;
    let tags = false;
    let parens = false;
    if (le - ls > LONG_LINE) {
      // A long line (a few words on a megabyte of minified JSON, or thousands): native searches.
      const line = text.slice(ls, le);
      const has = (chars: string) => {
        for (const c of chars) if (line.indexOf(c) >= 0) return true;
        return false;
      };
      key = has(':=<\uff1a');
      cell = has(',;\t|()<>');
      tags = line.indexOf('<') >= 0;
      parens = line.indexOf('(') >= 0;
      this.longLine = { start: ls, end: le, key, cell, tags, parens };
    } else {
      for (let i = ls; i < le && !(key && cell && tags && parens); i++) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          const m = LINE_MARK[c]!;
          if (m & KEY_MARK) key = true;
          if (m & CELL_MARK) cell = true;
          if (c === 60) tags = true;
          else if (c === 40) parens = true;
        } else if (c === 0xff1a) key = true;
      }
    }
    this.moveAsk(ask, ls, le, key, cell, tags, parens);
  }

  private moveAsk(ask: Ask, ls: number, le: number, key: boolean, cell: boolean, tags: boolean, parens: boolean): void {
    ask.tags = tags;
    ask.parens = parens;
    ask.separator = -1;
    ask.lineStart = ls;
    ask.lineEnd = le;
    ask.keyMarks = key;
    ask.cellMarks = cell;
    ask.keysRead = false;
    ask.windowDone = -1;
  }

  /** Whether a word follows the identifier at `pos` after blanks, as an SQL type follows a column name. */
  private typeAfter(pos: number): boolean {
    const text = this.text;
    let i = pos;
    while (i < text.length && i - pos < 64 && isIdentifierCode(text.charCodeAt(i))) i++;
    const q = text.charCodeAt(i);
    if (q === 34 || q === 96 || q === 93) i++;
    const gap = i;
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    return i > gap && isLetterCode(text.charCodeAt(i));
  }

  /**
   * Adds the cells of `table` in the range under columns whose label passes (once per table); for a
   * CREATE TABLE with such a column, those of the INSERTs into that table after it. False when there
   * is no table.
   */
  private labelledTable(table: Table | undefined, ask: Ask): boolean {
    if (!table) return false;
    if (ask.read.has(table)) return true;
    ask.read.add(table);
    const columns: number[] = [];
    for (let c = 0; c < table.labels.length; c++) if (table.labels[c] && ask.passes(table.labels[c]!)) columns.push(c);
    if (!columns.length) return true;
    const { from, stop, out } = ask;
    if (table.kind === 'create') {
      for (const insert of this.sql.insertsInto(table, Math.max(from - KEY_REACH, table.end), stop)) this.labelledTable(insert, ask);
      return true;
    }
    // A table still being read is read on down to the range's end, not further.
    table.readPast(from);
    for (let r = Math.max(0, lastAtOrBefore(table.rowStart, from)); table.hasRow(r) && table.rowStart[r]! < stop; r++) {
      const cells = table.cellsOf(r);
      for (const c of columns) {
        const s = cells[2 * c];
        if (s === undefined || s < from || s >= stop) continue;
        const [us, ue] = unquotedRange(this.text, s, cells[2 * c + 1]!);
        if (ue > us) out.push({ start: us, end: ue, label: table.labels[c]! });
      }
    }
    return true;
  }

  /**
   * Adds the keyed values of the line [ls, le) under passing labels, and the list items under a bare
   * `key:` ending it, as `walk` reads them; if the line turns out to be a table row, its table instead.
   */
  private labelledLine(ls: number, le: number, ask: Ask, around = true): void {
    const text = this.text;
    const found: LabelledCell[] = [];
    let header = false;
    const ce = contentEnd(text, ls, le);
    const pending = keyedCellsOfLine(text, ls, ce, (label, s, e) => {
      if (s >= ask.from && e <= ask.stop && ask.passes(label)) {
        found.push({ start: s, end: e, label });
        header ||= ask.whole.includes(label.trim());
      }
    });
    const list = pending !== undefined && ask.passes(pending);
    if (!found.length && !list) return;
    // Only now is the line examined for a table: most lines with a label word hold no wanted key.
    if (this.mayBeRow(ls, ce) && this.labelledTable(this.tableAt(ls), ask)) return;
    ask.out.push(...found);
    if (list) this.listBelow(pending, le, ask);
    if (header && around) this.headerBlock(ls, le, ask);
  }

  /**
   * The lines around a `whole` label's line (`From:`, `De :`): a mail header block, whose one-letter
   * labels (`À :`, `A:`) are not searched. Up to HEADER_LINES each way, to a blank or long line.
   */
  private headerBlock(ls: number, le: number, ask: Ask): void {
    const text = this.text;
    for (let n = 0, s = ls; n < HEADER_LINES && s > 0; n++) {
      const ps = lineStartOf(text, s - 1);
      if (s - 1 - ps > LONG_HEADER || isBlank(text, ps, s - 1)) break;
      this.labelledLine(ps, s - 1, ask, false);
      s = ps;
    }
    for (let n = 0, e = le; n < HEADER_LINES && e < text.length; n++) {
      const ne = lineEndOf(text, e + 1);
      if (ne - e - 1 > LONG_HEADER || isBlank(text, e + 1, ne)) break;
      this.labelledLine(e + 1, ne, ask, false);
      e = ne;
    }
  }

  /**
   * Adds the values alone on their lines below a bare `key:` / `"key": [` line ending at `le` (YAML and
   * JSON lists), labelled by the key, as `walk` reads them: up to a line that is neither such a value
   * nor another bare key that passes.
   */
  private listBelow(label: string, le: number, ask: Ask): void {
    const text = this.text;
    const { from, stop, out } = ask;
    for (let ls = le + 1; ls < stop && le < text.length; ls = le + 1) {
      if (this.tableAt(ls)) return;
      le = lineEndOf(text, ls);
      const ce = contentEnd(text, ls, le);
      let keyed = false;
      let next: string | undefined;
      if (hasKeySeparator(text, ls, ce)) {
        next = keyedCellsOfLine(text, ls, ce, (l, s, e) => {
          keyed = true;
          if (s >= from && e <= stop && ask.passes(l)) out.push({ start: s, end: e, label: l });
        });
      }
      const first = skipSpaces(text, ls, ce);
      const f = text.charCodeAt(first);
      if (!keyed && first < ce && (f === 45 || f === 34 || f === 39 || (f >= 48 && f <= 57))) {
        const vs0 = f === 45 ? skipSpaces(text, first + 1, ce) : first;
        const [vs, ve] = unquotedRange(text, vs0, text.charCodeAt(ce - 1) === 44 ? ce - 1 : ce);
        if (ve > vs && vs >= from) out.push({ start: vs, end: ve, label });
      } else if (next !== undefined && ask.passes(next)) label = next;
      else return;
    }
  }

  /**
   * Adds the keyed values around `pos` on the long line [ls, ce): a window from KEY_REACH before it to
   * WINDOW after it, keeping the values whose key lies wholly inside it and that end before its end.
   * Returns where the next window is needed: the keys of occurrences before that were read here.
   */
  private labelledWindow(ls: number, ce: number, pos: number, ask: Ask): number {
    const ws = Math.max(ls, pos - KEY_REACH);
    const we = Math.min(ce, pos + WINDOW);
    const found: LabelledCell[] = [];
    keyedCellsOfLine(this.text, ws, we, (label, s, e) => {
      if (ws > ls && s < ws + KEY_REACH) return; // its key may begin before the window
      if (we < ce && e >= we - 1) return; // it may go on after the window
      if (s >= ask.from && e <= ask.stop && ask.passes(label)) found.push({ start: s, end: e, label });
    });
    if (found.length && !(this.mayBeRow(ls, ce) && this.labelledTable(this.tableAt(ls), ask))) ask.out.push(...found);
    return we < ce ? we - 2 * KEY_REACH : ce;
  }

  /**
   * Whether the line [ls, ce) may be a table row, before examining it: it holds a delimiter or a tag,
   * or starts a tuple; not a JSON key line (`"name": "Ann",`) or a line opening with `{` or `[`,
   * which the table readers never take as a row.
   */
  private mayBeRow(ls: number, ce: number): boolean {
    if (this.known(ls)) return this.tables.regions.inTable(ls);
    // A long line is examined (once: it is then known) rather than read here for every window.
    if (ce - ls > LONG_LINE) return true;
    const text = this.text;
    const first = skipSpaces(text, ls, ce);
    const f = text.charCodeAt(first);
    if (f === 40 || f === 41 || f === 44) return true;
    // A JSON object or array on one line (a log record): no table reads a row from it.
    if (f === 123 || f === 91) return false;
    if (f === 34) {
      const close = text.indexOf('"', first + 1);
      if (close > 0 && close < ce && text.charCodeAt(skipSpaces(text, close + 1, ce)) === 58) return false;
    }
    for (let i = first; i < ce; i++) {
      const c = text.charCodeAt(i);
      if (c === 44 || c === 59 || c === 9 || c === 124 || c === 60) return true;
    }
    return mentionsInsert(text, ls, ce) || /^values\b/i.test(text.slice(first, first + 7));
  }

  /**
   * Whether the word at `pos` may be in a key: a key separator (`:`, `=`, `：`) follows after at most
   * MAX_KEY_AHEAD chars of key text (up to six words, `_ - . / # ' ( ) *`, quotes, brackets), or it is
   * the name of a tag. Most occurrences in prose and code fail here after a few chars.
   */
  private keyAhead(pos: number, ask: Ask): boolean {
    const text = this.text;
    // The next separator on the line, remembered: words come in text order, a long line is read once.
    if (ask.separator < pos) {
      const to = Math.min(ask.lineEnd, pos + MAX_KEY_AHEAD + 1);
      let i = pos;
      while (i < to && !isKeySeparator(text.charCodeAt(i))) i++;
      // None that close: remembered as "past the reach" (the next word looks again from its own start).
      ask.separator = i < to ? i : i === ask.lineEnd ? i : -1;
      if (ask.separator < 0) return ask.tags && this.tagName(pos);
    }
    if (ask.separator - pos <= MAX_KEY_AHEAD) {
      let gaps = 0;
      for (let i = pos; i < ask.separator; i++) {
        const c = text.charCodeAt(i);
        if (c === 62) break;
        if (c === 32 && text.charCodeAt(i - 1) !== 32 && ++gaps > 6) return false;
        if (!(isLetterCode(c) || isDigitCode(c) || (c < 128 ? KEY_TEXT[c] === 1 : c === 0xb0 || c === 0xa0 || c === 0x2019))) return false;
        if (i === ask.separator - 1) return ask.separator < ask.lineEnd;
      }
      if (pos === ask.separator) return pos < ask.lineEnd;
    }
    return ask.tags && this.tagName(pos);
  }

  /** Whether the word at `pos` is in a tag's name: `<name>`, `</name>`, `<ns:name …>`. */
  private tagName(pos: number): boolean {
    const text = this.text;
    for (let i = pos - 1; i >= 0 && i >= pos - MAX_KEY_AHEAD; i--) {
      const c = text.charCodeAt(i);
      if (c === 60) return true;
      if (!(isLetterCode(c) || isDigitCode(c) || c === 95 || c === 45 || c === 46 || c === 58 || c === 47)) return false;
    }
    return false;
  }

  /** Cells of a table in [from, stop) whose column label passes. */
  private *tableCells(table: Table, passes: (label: string) => boolean, from: number, stop: number): Iterable<LabelledCell> {
    table.readPast(from);
    for (let r = Math.max(0, table.rowAt(from)); table.hasRow(r) && table.rowStart[r]! < stop; r++) {
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

  prepare(start: number, end: number): void {
    const text = this.text;
    const seek = (this.lineSeekers ??= LINE_MARKS.map((c) => new Seek(text, c)));
    // Remembered searches: consecutive ranges read each stretch of text once, however long its lines.
    const lines = (this.prepareLines ??= new Seek(text, '\n'));
    const stop = Math.min(end, text.length);
    let ls = start <= 0 ? 0 : lines.prev(start - 1) + 1;
    // A line that began far before the range is no table row to look for now (a lookup still finds it):
    // read from its start for every range, a one-line 8 MB paste cost ~1 s of these.
    if (start - ls > PREPARE_LOOKBACK) {
      const nl = lines.next(start);
      if (nl < 0) return;
      ls = nl + 1;
    }
    while (ls < stop) {
      let r = this.tables.find(ls);
      if (r < 0 && this.mayStartTable(ls, seek)) r = this.tables.regionAt(ls);
      if (r >= 0) {
        if (this.tables.regions.ends[r]! < stop) this.tables.readOn(ls, stop - 1);
        ls = this.tables.regions.ends[r]!;
        continue;
      }
      const nl = lines.next(ls);
      if (nl < 0) return;
      ls = nl + 1;
    }
  }

  recordAt(pos: number): TextRecord {
    const r = pos >= 0 && pos < this.text.length ? this.tables.regionAt(pos) : -1;
    const table = r >= 0 ? this.tables.regions.tables[r] : null;
    if (table) {
      const row = table.rowAt(pos);
      if (row >= 0) return { start: table.rowStart[row]!, end: table.rowEnd[row]!, table: true };
    } else if (r >= 0 && this.tables.regions.rows[r]) {
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

  /** The table holding `pos`, found (and remembered) if its line was never examined. */
  private tableAt(pos: number): Table | undefined {
    return this.tables.tableAt(pos);
  }

  /** True when the line holding `pos` was examined already. */
  private known(pos: number): boolean {
    return this.tables.known(pos);
  }

  /**
   * Cheap test before examining a line for a header keyword: the cell around `pos` reads like a label
   * between delimiters and the next line holds the same delimiter (or is a rule line); or the cell is
   * in parentheses or a tag (an SQL column list, an HTML `<th>`).
   */
  private couldBeHeader(pos: number, parens = true): boolean {
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
    // The next line, found with remembered searches: on a long line every word would search to its end.
    const nl = (this.lineEnds ??= new Seek(text, '\n')).next(r);
    if (nl >= 0) {
      let ne = (this.nextLineEnds ??= new Seek(text, '\n')).next(nl + 1);
      if (ne < 0) ne = text.length;
      if (this.delimiterSeek(delim).inRange(nl + 1, ne, true) || this.ruleLine(nl + 1, ne)) return true;
    }
    // A middle column of a one-line INSERT's column list: a `(` before it on its line, within 512 chars.
    if (delim !== 44 || !parens) return false;
    const before = text.slice(Math.max(0, pos - 512), pos);
    const paren = before.lastIndexOf('(');
    return paren >= 0 && paren > before.lastIndexOf('\n') && /insert\s+(?:ignore\s+)?into/i.test(before.slice(before.lastIndexOf('\n') + 1));
  }

  private delimiterSeek(delim: number): Seek {
    let seek = this.delimiters.get(delim);
    if (!seek) this.delimiters.set(delim, (seek = new Seek(this.text, String.fromCharCode(delim))));
    return seek;
  }

  /** `isRuleLine` for the line [start, end), remembered for the last line asked (a hostile line of dashes is read once). */
  private ruleLine(start: number, end: number): boolean {
    if (this.lastRule !== start) {
      this.lastRule = start;
      this.lastRuleVerdict = isRuleLine(this.text, start, end);
    }
    return this.lastRuleVerdict;
  }

  /** A line of an INSERT's body: starts with `(`, `)`, `,` or `VALUES`. */
  private tupleLine(start: number, end: number): boolean {
    const first = skipSpaces(this.text, start, end);
    const c = this.text.charCodeAt(first);
    return c === 40 || c === 41 || c === 44 || /^values\b/i.test(this.text.slice(first, first + 7));
  }

}

/**
 * One `cells` call with label words: the label test (memoised: a table asks for every row's label),
 * the range, the tables already read, the cells found, and the line of the last occurrence read for
 * keys. A class, not closures: under tsx (bench, CLI) every named closure costs a `__name` call.
 */
class Ask {
  private readonly verdicts = new Map<string, boolean>();
  /** Tables already read. */
  readonly read = new Set<Table>();
  readonly out: LabelledCell[] = [];
  /** The line of the last occurrence read for keys ([lineStart, lineEnd); -1: none). */
  lineStart = -1;
  lineEnd = -1;
  /** Whether that line's keys were read; on a long line, where the last window's reliable part ends. */
  keysRead = false;
  windowDone = -1;
  /** Where the last label word started (-1: none). */
  lastWord = -1;
  /** The first key separator (`: = ：`) at or after the last word on its line (the line's end: none). */
  separator = -1;
  /** Whether the line holds a `<` (a tag's name may be a label), a `(` (an INSERT's column list may be on it). */
  tags = false;
  parens = false;
  /** Whether the line holds a key separator (`: = < ：`), and a delimiter, bracket or tag (`, ; tab | ( ) < >`). */
  keyMarks = false;
  cellMarks = false;

  constructor(
    private readonly test: (label: string) => boolean,
    /** The `whole` label words: a line with one is a mail header, whose neighbours are read too. */
    readonly whole: readonly string[],
    readonly from: number,
    readonly stop: number,
  ) {}

  passes(label: string): boolean {
    let v = this.verdicts.get(label);
    if (v === undefined) this.verdicts.set(label, (v = this.test(label)));
    return v;
  }
}

const byPosition = (a: LabelledCell, b: LabelledCell) => a.start - b.start || a.end - b.end;
