import { isBlank } from './lines';
import { normaliseLabel } from './normalise';
import type { TextRange } from './types';

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
  private readonly columns = new Map<number, readonly TextRange[]>();
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

  /** Non-empty cells of column `col`, in text order (raw ranges, quotes included); computed once per column. */
  columnCells(col: number): readonly TextRange[] {
    const known = this.columns.get(col);
    if (known) return known;
    const cells: TextRange[] = [];
    for (let r = 0; r < this.rowStart.length; r++) {
      const row = this.cellsOf(r);
      const s = row[2 * col];
      const e = row[2 * col + 1];
      if (s !== undefined && e! > s && !isBlank(this.text, s, e!)) cells.push({ start: s, end: e! });
    }
    this.columns.set(col, cells);
    return cells;
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
