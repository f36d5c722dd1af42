import { isBlank } from './lines';
import { normaliseLabel } from './normalise';
import type { ColumnCells, TextRange } from './types';

/** Where a table came from: delimited text, a pipe table (Markdown, ASCII, psql), SQL, HTML, or a `CREATE TABLE`. */
export type TableKind = 'delimited' | 'pipe' | 'sql' | 'html' | 'create';

/** Raw cells of one row as flat [start, end) pairs; the column of pair k is k. */
export type RowCells = readonly number[];

const NO_CELLS: RowCells = [];

/**
 * A table: header labels, and rows as sorted offset arrays, so a lookup is a binary search for the row
 * and one for the cell however long the table is (a 6,000-row CSV's header is found once). Cells are
 * split per row when first asked (`split`), or given by the parser (SQL, HTML).
 */
export class Table {
  /** Normalised label per column (`''` when the header cell has none). */
  readonly labels: string[] = [];
  /** Header cells: [start, end) of column c. */
  readonly headerStart: number[] = [];
  readonly headerEnd: number[] = [];
  /** Body rows (records) in text order. */
  readonly rowStart: number[] = [];
  readonly rowEnd: number[] = [];
  /**
   * Cells of each row, by row index: given by the parser (SQL, HTML) or split on first lookup (a dense
   * table is asked about every row by several detectors; each row is split once).
   */
  private readonly rows: (RowCells | undefined)[] = [];
  private readonly columns = new Map<number, TableColumn>();
  private lastRow = 0;
  /** Extent of the table (header included); set by the parser. */
  start = 0;
  end = 0;
  /** Table name (SQL), lower-cased without schema or quotes. */
  name: string | undefined;
  /**
   * Cells per row of a regular table (most rows have the header's number of cells), else 0. A row of a
   * regular table with another number of cells is malformed (two rows merged, a value inserted, a row
   * cut in two): where its cells belong is a guess, so it has none (it is still a row and a record).
   */
  width = 0;
  /**
   * While the table's rows are still being read (a lookup reads a table only as far down as it asks,
   * see `table-finder.ts`): reads on, at least one more row or to the table's end. Undefined once every
   * row is read; until then `end` is only as far as the rows read.
   */
  more: (() => void) | undefined;

  /** `split(start, end)` reads the cells of a row (delimited and pipe tables split rows only when asked). */
  constructor(
    readonly kind: TableKind,
    private readonly text: string,
    private readonly split?: (start: number, end: number) => RowCells,
  ) {}

  /** Adds a header cell with its raw text (the label is normalised from it). */
  addHeader(start: number, end: number, raw: string): void {
    this.headerStart.push(start);
    this.headerEnd.push(end);
    this.labels.push(normaliseLabel(raw));
  }

  /** Adds a row, with its cells when the parser has them. */
  addRow(start: number, end: number, cells?: RowCells): void {
    this.rowStart.push(start);
    this.rowEnd.push(end);
    if (cells) this.rows[this.rowStart.length - 1] = cells;
  }

  get hasLabels(): boolean {
    return this.labels.some(Boolean);
  }

  get bodyStart(): number {
    return this.rowStart.length ? this.rowStart[0]! : this.end;
  }

  get bodyEnd(): number {
    return this.rowEnd.length ? this.rowEnd[this.rowEnd.length - 1]! : this.end;
  }

  /** Whether row `r` exists, reading the table on down to it if needed. */
  hasRow(r: number): boolean {
    while (r >= this.rowStart.length && this.more) this.more();
    return r < this.rowStart.length;
  }

  /** Reads the table on until a row starts after `pos` or every row is read (then `lastAtOrBefore` finds the row at `pos`). */
  readPast(pos: number): void {
    while (this.more && !(this.rowStart.length && this.rowStart[this.rowStart.length - 1]! > pos)) this.more();
  }

  /** Cells of row `r` as flat [start, end) pairs. */
  cellsOf(r: number): RowCells {
    let cells = this.rows[r];
    if (!cells) {
      cells = this.split ? this.split(this.rowStart[r]!, this.rowEnd[r]!) : [];
      if (this.width && cells.length !== 2 * this.width) cells = NO_CELLS;
      this.rows[r] = cells;
    }
    return cells;
  }

  /** Column `col` below the header, read lazily (one object per column: callers compare them). */
  column(col: number): TableColumn {
    let known = this.columns.get(col);
    if (!known) this.columns.set(col, (known = new TableColumn(this, col)));
    return known;
  }

  /** The non-empty cell of column `col` in row `r`, if any. */
  cellAt(r: number, col: number): TextRange | undefined {
    const row = this.cellsOf(r);
    const s = row[2 * col];
    const e = row[2 * col + 1];
    return s !== undefined && e! > s && !isBlank(this.text, s, e!) ? { start: s, end: e! } : undefined;
  }

  /** Column of the body cell holding `pos` (end inclusive: a value's end is still its cell), or -1. */
  columnAt(pos: number): number {
    const r = this.rowAt(pos);
    if (r < 0) return -1;
    const cells = this.cellsOf(r);
    let lo = 0;
    let hi = cells.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cells[2 * mid]! > pos) hi = mid - 1;
      else if (cells[2 * mid + 1]! < pos) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** The label of the body cell holding `pos`, if its column has one. */
  labelAt(pos: number): string | undefined {
    const c = this.columnAt(pos);
    return c < 0 ? undefined : this.labels[c] || undefined;
  }

  /** Column of the header cell holding `pos`, or -1. */
  headerColumnAt(pos: number): number {
    const c = lastAtOrBefore(this.headerStart, pos);
    return c >= 0 && pos < this.headerEnd[c]! ? c : -1;
  }

  /**
   * Index of the row holding `pos`, or -1: the last row that starts at or before it (where one row ends
   * as the next starts, the next). Lookups come in text order: the last row and the next are tried first.
   */
  rowAt(pos: number): number {
    const last = this.lastRow;
    const starts = this.rowStart;
    if (pos >= starts[last]! && pos <= this.rowEnd[last]! && !(pos >= starts[last + 1]!)) return last;
    if (pos >= starts[last + 1]! && pos <= this.rowEnd[last + 1]! && !(pos >= starts[last + 2]!)) return (this.lastRow = last + 1);
    const i = lastAtOrBefore(starts, pos);
    if (i >= 0 && pos <= this.rowEnd[i]!) return (this.lastRow = i);
    return -1;
  }
}

/** A table's column: cells split from the rows asked about, the whole list kept once read. */
export class TableColumn implements ColumnCells {
  private every: readonly TextRange[] | undefined;

  constructor(
    private readonly table: Table,
    private readonly col: number,
  ) {}

  get start(): number {
    return this.table.bodyStart;
  }

  /** Past the rows read so far while the table is still being read (its end is not known yet). */
  get end(): number {
    return this.table.more ? Infinity : this.table.bodyEnd;
  }

  cellsIn(lo: number, hi: number): readonly TextRange[] {
    const { table, col } = this;
    const out: TextRange[] = [];
    if (this.every) return overlapping(this.every, lo, hi);
    // Rows are sorted and do not overlap: from the row holding `lo` (or the first after it) on, read
    // only down to `hi` (the rest of a table being read is not read here).
    table.readPast(lo);
    for (let r = Math.max(0, lastAtOrBefore(table.rowStart, lo)); table.hasRow(r) && table.rowStart[r]! < hi; r++) {
      const c = table.cellAt(r, col);
      if (c && c.end > lo && c.start < hi) out.push(c);
    }
    return out;
  }

  all(): readonly TextRange[] {
    if (!this.every) {
      const cells: TextRange[] = [];
      for (let r = 0; this.table.hasRow(r); r++) {
        const c = this.table.cellAt(r, this.col);
        if (c) cells.push(c);
      }
      this.every = cells;
    }
    return this.every;
  }

  /** Whether any row has a cell here: the first non-empty one ends the search. */
  get empty(): boolean {
    if (this.every) return this.every.length === 0;
    for (let r = 0; this.table.hasRow(r); r++) if (this.table.cellAt(r, this.col)) return false;
    return true;
  }

  /** Serialised as its cells (tests compare answers as JSON). */
  toJSON(): readonly TextRange[] {
    return this.all();
  }
}

/** Cells given as a list (a CREATE TABLE column's cells, gathered from its INSERT statements). */
export class ListColumn implements ColumnCells {
  constructor(private readonly cells: readonly TextRange[]) {}

  get start(): number {
    return this.cells[0]?.start ?? 0;
  }

  get end(): number {
    return this.cells[this.cells.length - 1]?.end ?? 0;
  }

  get empty(): boolean {
    return this.cells.length === 0;
  }

  cellsIn(lo: number, hi: number): readonly TextRange[] {
    return overlapping(this.cells, lo, hi);
  }

  all(): readonly TextRange[] {
    return this.cells;
  }

  toJSON(): readonly TextRange[] {
    return this.cells;
  }
}

/** The ranges of the sorted, non-overlapping `list` that overlap [lo, hi). */
function overlapping(list: readonly TextRange[], lo: number, hi: number): TextRange[] {
  // Ends are sorted too: the first range ending after `lo` by binary search.
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid]!.end > lo) b = mid;
    else a = mid + 1;
  }
  const out: TextRange[] = [];
  for (let k = a; k < list.length && list[k]!.start < hi; k++) out.push(list[k]!);
  return out;
}

/** Index of the last element of the ascending `list` that is ≤ `pos`, or -1. */
export function lastAtOrBefore(list: readonly number[], pos: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
