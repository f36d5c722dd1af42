import { nearLineStart } from './keyed';
import { isIdentifierCode, mentionsInsert } from './line-marks';
import { isBlank, isDigitCode, isLetterCode, lineStartOf } from './lines';
import { CREATE_START, INSERT_START, lastMatchIn, parseCreate } from './sql';
import { lastAtOrBefore, ListColumn, type Table } from './table';
import type { TextRange } from './types';

/** A line inside a CREATE TABLE body: a name and an SQL type (`  dob DATE NOT NULL,`). */
const COLUMN_DEF =
  /^\s*[`"[]?[\p{L}_][\p{L}\p{N}_$]*[`"\]]?\s+(?:(?:big|small|tiny|medium)?int(?:eger)?|(?:big)?serial|n?varchar2?|n?char(?:acter)?|(?:tiny|medium|long)?text|string|clob|date(?:time)?|timestamp(?:tz)?|time|interval|year|bool(?:ean)?|bit|decimal|numeric|number|float|double|real|money|uuid|jsonb?|xml|(?:long)?blob|bytea|(?:var)?binary|inet|cidr|macaddr|enum)\b/iu;
/** Lines above a column definition searched for its CREATE TABLE. */
const MAX_CREATE_LINES = 256;
/** Longest CREATE TABLE statement read (a few hundred columns). */
const MAX_CREATE = 16_384;
/** INSERT statements into one table whose bodies a CREATE TABLE header opens. */
const MAX_INSERTS = 64;
/** Lines above a lone column name searched for the `INSERT INTO t (` of a column list written one per line. */
const MAX_COLUMN_LINES = 64;
/** A line holding only a column name of a list (`  name,`, `  "email"`, `  phone)`). */
const LONE_COLUMN = /^\s*[`"[]?[\p{L}_][\p{L}\p{N}_$]*[`"\]]?\s*[,)]?\s*$/u;

/**
 * The SQL statements of one text as the field index reads them: CREATE TABLE statements (parsed once,
 * found from one of their column lines or listed for the whole text) and the INSERTs into their tables,
 * whose values a CREATE TABLE's columns label however far below it they are. An INSERT is a table of
 * its own: `tableAt` is the field index's table lookup.
 */
export class SqlStatements {
  /** CREATE TABLE columns by table name (found on first need, once for the whole text). */
  private creates: Map<string, { start: number; labels: string[] }[]> | undefined;
  /** Cells of a CREATE TABLE column in the INSERTs into its table, by `start:column`. */
  private readonly insertCells = new Map<string, ListColumn>();
  /** Line starts that no CREATE TABLE reaches (a walk up from a column definition stops there). */
  private readonly notCreate = new Set<number>();
  /** Starts of every CREATE TABLE of the text (found on the first one parsed). */
  private createStarts: number[] | undefined;
  /** Line starts that are neither a column definition nor hold a CREATE (lookups on them stop at once). */
  private readonly noCreateHere = new Set<number>();
  /** CREATE TABLE statements parsed so far, by start (null: not one). */
  private readonly createsAt = new Map<number, { key: string; table: Table } | null>();

  constructor(
    private readonly text: string,
    private readonly tableAt: (pos: number) => Table | undefined,
  ) {}

  /** Whether the line of `pos` holds nothing but one name of a column list (`  name,`): blanks and a quote before it, `,` or `)` after. */
  loneColumn(pos: number): boolean {
    const text = this.text;
    let b = pos - 1;
    while (b >= 0 && pos - b < 64 && isIdentifierCode(text.charCodeAt(b))) b--;
    if (b >= 0 && (text.charCodeAt(b) === 34 || text.charCodeAt(b) === 96 || text.charCodeAt(b) === 91)) b--;
    while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
    if (b >= 0 && text.charCodeAt(b) !== 10) return false;
    let e = pos;
    while (e < text.length && e - pos < 64 && isIdentifierCode(text.charCodeAt(e))) e++;
    const nl = text.slice(e, e + 16).indexOf('\n');
    const le = nl < 0 ? Math.min(text.length, e + 16) : e + nl;
    if (nl < 0 && le < text.length) return false;
    return LONE_COLUMN.test(text.slice(b + 1, le));
  }

  /**
   * The INSERT whose column list, written one name per line, holds the line of `pos`: up over such
   * lines to the `INSERT INTO t (` that opens it.
   */
  insertAbove(pos: number): Table | undefined {
    const text = this.text;
    let top = lineStartOf(text, pos);
    for (let n = 0; n < MAX_COLUMN_LINES && top > 0; n++) {
      const ps = lineStartOf(text, top - 1);
      const line = text.slice(ps, top - 1);
      if (mentionsInsert(text, ps, top - 1)) return line.lastIndexOf('(') >= 0 ? this.tableAt(ps) : undefined;
      if (line.length > 128 || !LONE_COLUMN.test(line)) return undefined;
      top = ps;
    }
    return undefined;
  }

  /** CREATE TABLE statements that start before `before`, as tables (parsed once per text). */
  createsBefore(before: number): Table[] {
    this.createColumns('', 0); // finds every CREATE TABLE of the text, once
    const out: Table[] = [];
    for (const list of this.creates!.values()) {
      for (const c of list) {
        const parsed = c.start < before ? this.createAt(c.start) : undefined;
        if (parsed) {
          parsed.table.name = parsed.key;
          out.push(parsed.table);
        }
      }
    }
    return out;
  }

  /** INSERT statements into the table of `create` that start in [from, to). */
  insertsInto(create: Table, from: number, to: number): Table[] {
    const name = (create.name ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (!name) return [];
    const re = new RegExp(`${INSERT_START.source}\\s*(?:[\`"[]?[\\w$]+[\`"\\]]?\\.)?[\`"[]?${name}[\`"\\]]?(?![\\w$])`, 'giu');
    re.lastIndex = from;
    const out: Table[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text)) && m.index < to) {
      const insert = this.tableAt(m.index);
      if (!insert || insert.kind !== 'sql') continue;
      out.push(insert);
      re.lastIndex = Math.max(re.lastIndex, insert.end);
    }
    return out;
  }

  /** A CREATE TABLE whose column list holds the line (only asked for header keywords: `columnBelow`). */
  createTableAt(pos: number): Table | undefined {
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
    // Bounded: the line may go on for megabytes.
    const cap = Math.min(text.length, ls + 1024);
    const nl = pos < cap ? text.slice(pos, cap).indexOf('\n') : 0;
    const le = nl < 0 ? cap : pos + nl;
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
    // Not past the next CREATE TABLE: a text of unclosed ones would read MAX_CREATE chars for each.
    if (!this.createStarts) {
      this.createStarts = [];
      const re = new RegExp(CREATE_START.source, 'gi');
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) this.createStarts.push(m.index);
    }
    const next = this.createStarts[lastAtOrBefore(this.createStarts, start) + 1] ?? this.text.length;
    const parsed = parseCreate(this.text, start, Math.min(this.text.length, start + MAX_CREATE, next));
    if (parsed) parsed.table.name = parsed.key;
    this.createsAt.set(start, parsed ?? null);
    return parsed;
  }

  /** The cells of column `col` of a CREATE TABLE in the INSERT statements into that table after it. */
  insertedInto(create: Table, col: number): ListColumn {
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
      if (at >= 0) for (const c of insert.column(at).all()) cells.push(c);
      re.lastIndex = Math.max(re.lastIndex, insert.end);
    }
    const column = new ListColumn(cells);
    this.insertCells.set(key, column);
    return column;
  }

  /** Column labels of the last `CREATE TABLE name` before `before`. */
  createColumns(name: string, before: number): string[] | undefined {
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
