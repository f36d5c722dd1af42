import { lastAtOrBefore, type Table } from './table';

/**
 * What is known about the text so far: disjoint, sorted regions of whole lines that are either a table
 * or known not to be one. A position is looked up by binary search; only lines in no region are ever
 * examined, so every line is read by the table finders at most once or twice, however many lookups.
 * Regions only remember: what a region holds never depends on the regions found before it (finders do
 * not stop at them), so answers do not depend on the order of lookups.
 */
export class RegionSet {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly tables: (Table | null)[] = [];
  /** Headerless blocks of consistent rows (each line a record). */
  readonly rows: boolean[] = [];

  /** Index of the region holding `pos`, or -1. Regions are [start, end): `end` is past the last line's newline. */
  find(pos: number): number {
    const i = lastAtOrBefore(this.starts, pos);
    return i >= 0 && pos < this.ends[i]! ? i : -1;
  }

  /** True when `pos` lies in a table region. */
  inTable(pos: number): boolean {
    const i = this.find(pos);
    return i >= 0 && this.tables[i] !== null;
  }

  /** Adds a table over [start, end): negative regions it overlaps are trimmed; false if it overlaps a table. */
  addTable(start: number, end: number, table: Table): boolean {
    const i = Math.max(0, lastAtOrBefore(this.starts, start));
    for (let k = i; k < this.starts.length && this.starts[k]! < end; k++) {
      if (this.ends[k]! > start && this.tables[k]) return false;
    }
    // Trim or drop the negatives it overlaps, then insert in order.
    const keepS: number[] = [];
    const keepE: number[] = [];
    const keepR: boolean[] = [];
    let k = i;
    while (k < this.starts.length && this.starts[k]! < end) {
      if (this.ends[k]! <= start) {
        k++;
        continue;
      }
      if (this.starts[k]! < start) keepS.push(this.starts[k]!), keepE.push(start), keepR.push(this.rows[k]!);
      if (this.ends[k]! > end) keepS.push(end), keepE.push(this.ends[k]!), keepR.push(this.rows[k]!);
      this.remove(k);
    }
    for (let n = 0; n < keepS.length; n++) this.insert(keepS[n]!, keepE[n]!, null, keepR[n]!);
    this.insert(start, end, table, false);
    return true;
  }

  /** The table region starting at `start` now ends at `end` (a table read further down: nothing lies between). */
  extendTable(start: number, end: number): void {
    const i = lastAtOrBefore(this.starts, start);
    this.ends[i] = end;
  }

  /** Marks [start, end) as holding no table (parts already in a region keep theirs). */
  addNone(start: number, end: number, rows = false): void {
    let s = start;
    let k = Math.max(0, lastAtOrBefore(this.starts, start));
    while (s < end) {
      while (k < this.starts.length && this.ends[k]! <= s) k++;
      const next = k < this.starts.length ? this.starts[k]! : Infinity;
      if (next <= s) {
        s = this.ends[k]!;
        continue;
      }
      const e = Math.min(end, next);
      this.insert(s, e, null, rows);
      s = e;
      k = Math.max(0, lastAtOrBefore(this.starts, s));
    }
  }

  private insert(start: number, end: number, table: Table | null, rows: boolean): void {
    const at = lastAtOrBefore(this.starts, start) + 1;
    // Merge with a touching negative neighbour of the same kind (cells() walks line by line).
    if (!table && at > 0 && !this.tables[at - 1] && this.ends[at - 1] === start && this.rows[at - 1] === rows) {
      this.ends[at - 1] = end;
      return;
    }
    this.starts.splice(at, 0, start);
    this.ends.splice(at, 0, end);
    this.tables.splice(at, 0, table);
    this.rows.splice(at, 0, rows);
  }

  private remove(k: number): void {
    this.starts.splice(k, 1);
    this.ends.splice(k, 1);
    this.tables.splice(k, 1);
    this.rows.splice(k, 1);
  }
}
