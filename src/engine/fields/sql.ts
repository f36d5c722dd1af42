import { Table } from './table';

/**
 * SQL: `INSERT INTO t (cols) VALUES (…), (…)` over any number of lines (a mysqldump extended insert is
 * one long line), `INSERT INTO t VALUES (…)` labelled by the columns of an earlier `CREATE TABLE t (…)`,
 * and the `CREATE TABLE` itself, whose column names open the values inserted into that table.
 */

export const INSERT_START = /\binsert\s+(?:ignore\s+)?into\s/gi;
export const CREATE_START = /\bcreate\s+(?:(?:global\s+|local\s+)?temp(?:orary)?\s+)?table\s+(?:if\s+not\s+exists\s+)?/gi;
const INSERT_AT = new RegExp(INSERT_START.source, 'iy');
const CREATE_AT = new RegExp(CREATE_START.source, 'iy');
/** Items of a CREATE TABLE body that are constraints, not columns. */
const NOT_COLUMNS = /^(?:primary|key|unique|constraint|index|foreign|check|fulltext|spatial|exclude|period|like)$/i;

/** Index of the last match of `re` (a /g regex) in [start, end) that starts at or before `pos`, or -1. */
export function lastMatchIn(re: RegExp, text: string, start: number, end: number, pos: number): number {
  const line = text.slice(start, end);
  re.lastIndex = 0;
  let found = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) && start + m.index <= pos) found = start + m.index;
  return found;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** Skips blanks and `--`, `#` and `/* *\/` comments from `i`. */
function skipBlank(text: string, i: number, limit: number): number {
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) i++;
    else if (c === 45 && text.charCodeAt(i + 1) === 45) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? limit : nl + 1;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? limit : close + 2;
    } else break;
  }
  return Math.min(i, limit);
}

/** End (exclusive) of the quoted token opened at `i` (`'…'` with `''` or `\'`, `"…"`, `` `…` ``, `[…]`); `limit` if unclosed. */
function quotedEnd(text: string, i: number, limit: number): number {
  const open = text.charCodeAt(i);
  const close = open === 91 ? ']' : String.fromCharCode(open);
  let k = i + 1;
  for (;;) {
    const q = text.indexOf(close, k);
    if (q < 0 || q >= limit) return limit;
    if (open === 39 && text.charCodeAt(q - 1) === 92 && text.charCodeAt(q - 2) !== 92) {
      k = q + 1;
      continue;
    }
    if (open !== 91 && text.charCodeAt(q + 1) === open) {
      k = q + 2;
      continue;
    }
    return q + 1;
  }
}

/** An identifier at `i` (plain, or quoted with `` ` `` `"` `[ ]`), dotted parts included: [start, end) of its last part, and the end. */
function readName(text: string, i: number, limit: number): { start: number; end: number; next: number } | undefined {
  let start = -1;
  let end = -1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 96 || c === 34 || c === 91) {
      const e = quotedEnd(text, i, limit);
      start = i + 1;
      end = e - 1;
      i = e;
    } else {
      let e = i;
      while (e < limit && /[\p{L}\p{N}_$]/u.test(text[e]!)) e++;
      if (e === i) return start < 0 ? undefined : { start, end, next: i };
      start = i;
      end = e;
      i = e;
    }
    if (text.charCodeAt(i) !== 46) return { start, end, next: i };
    i++;
  }
}

/** Lower-cased table name without schema or quotes, for matching an INSERT to its CREATE TABLE. */
export function tableKey(text: string, start: number, end: number): string {
  return text.slice(start, end).toLowerCase();
}

/** A parenthesised list from `i` (at `(`): calls `item(start, end, index)` per top-level item; returns the index after `)`, or -1. */
function readList(text: string, i: number, limit: number, item: (start: number, end: number, index: number) => void): number {
  let depth = 0;
  let index = 0;
  let start = i + 1;
  for (let k = i + 1; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 39 || c === 34 || c === 96) {
      k = quotedEnd(text, k, limit) - 1;
    } else if (c === 40) depth++;
    else if (c === 41) {
      if (depth === 0) {
        item(start, k, index);
        return k + 1;
      }
      depth--;
    } else if (c === 44 && depth === 0) {
      item(start, k, index++);
      start = k + 1;
    }
  }
  return -1;
}

/** Trimmed [start, end) of a list item. */
function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/**
 * Parses the INSERT statement at `start` (`INSERT INTO` matched there) up to `limit`. Without a column
 * list, `columnsOf(table, before)` gives the columns of an earlier CREATE TABLE. The table's region
 * ends after its last tuple.
 */
export function parseInsert(
  text: string,
  start: number,
  limit: number,
  columnsOf: (name: string, before: number) => readonly string[] | undefined,
): { table?: Table; reached: number } {
  const none = (reached: number) => ({ reached: Math.min(limit, reached) });
  INSERT_AT.lastIndex = start;
  const m = INSERT_AT.exec(text);
  if (!m) return none(start);
  const name = readName(text, skipBlank(text, start + m[0].length, limit), limit);
  if (!name) return none(start);
  const table = new Table('sql', text);
  table.start = start;
  let i = skipBlank(text, name.next, limit);
  if (text.charCodeAt(i) === 40) {
    const after = readList(text, i, limit, (s, e) => {
      const [ts, te] = trimmed(text, s, e);
      const col = readName(text, ts, te);
      if (col) table.addHeader(col.start, col.end, text.slice(col.start, col.end));
      else table.addHeader(ts, te, '');
    });
    if (after < 0) return none(limit);
    i = skipBlank(text, after, limit);
  } else {
    for (const label of columnsOf(tableKey(text, name.start, name.end), start) ?? []) table.addHeader(start, start, label);
  }
  if (!/^values?\b/i.test(text.slice(i, i + 7))) return none(i);
  i = skipBlank(text, i + (/^values/i.test(text.slice(i, i + 6)) ? 6 : 5), limit);
  table.end = i;
  while (text.charCodeAt(i) === 40) {
    const rowStart = i;
    const cells: number[] = [];
    const after = readList(text, i, limit, (s, e) => {
      const [ts, te] = trimmed(text, s, e);
      cells.push(ts, te);
    });
    if (after < 0) return table.rowStart.length ? { table, reached: table.end } : none(limit);
    table.addRow(rowStart, after, cells);
    table.end = after;
    i = skipBlank(text, after, limit);
    if (text.charCodeAt(i) !== 44) break;
    i = skipBlank(text, i + 1, limit);
  }
  return table.rowStart.length ? { table, reached: table.end } : none(i);
}

/** Parses the CREATE TABLE statement at `start` (CREATE_START matched there): its columns, with their name ranges. */
export function parseCreate(text: string, start: number, limit: number): { key: string; table: Table } | undefined {
  CREATE_AT.lastIndex = start;
  const m = CREATE_AT.exec(text);
  if (!m) return undefined;
  const name = readName(text, skipBlank(text, start + m[0].length, limit), limit);
  if (!name) return undefined;
  const open = skipBlank(text, name.next, limit);
  if (text.charCodeAt(open) !== 40) return undefined;
  const table = new Table('create', text);
  table.start = start;
  const end = readList(text, open, limit, (s, e) => {
    const [ts, te] = trimmed(text, s, e);
    const col = readName(text, ts, te);
    if (!col || NOT_COLUMNS.test(text.slice(col.start, col.end))) return;
    table.addHeader(col.start, col.end, text.slice(col.start, col.end));
  });
  if (end < 0) return undefined;
  table.end = end;
  return { key: tableKey(text, name.start, name.end), table };
}
