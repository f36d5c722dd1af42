import { blockAround, type BlockLines, LineKinds } from './block-lines';
import { BlockReader, type SegmentSink } from './blocks';
import { parseHtmlTable, TableTags } from './html';
import { lineEndOf, lineStartOf } from './lines';
import { RegionSet } from './regions';
import { lastAtOrBefore, type Table } from './table';

/** How far past what is read a table's next rows are read at once when its cells are asked for (`Table.more`). */
const MORE = 2048;
/** Single lines that hold no table, remembered for repeated lookups (a long line is read once, not per lookup). */
const RECENT_LINES = 8;

/**
 * Where the tables of one text are, found as far as lookups ask. A lookup examines the line it asks
 * about: the HTML table it is in, or the block of lines around it (`block-lines.ts`), read from its
 * first line down (`blocks.ts`) only as far as the line asked about. The block stays open: a lookup
 * further down reads on from where the last one stopped, a table's rows are read as its columns are
 * asked (`Table.more`). So the first range of a 10 MB sheet reads its own rows, not 60,000 of them
 * (47–84 ms in Chromium, one task, before), and a sliced scan reads each row once in all.
 *
 * What is found is the same whichever line is asked first and wherever a reading stops: a block is read
 * in one order, from its top (the upward walk to it is what a lookup in the middle of a fresh text
 * pays), and a lookup below an open block's last read line goes on with that block first.
 */
export class TableFinder {
  /** Tables and stretches without one, as far as read (see `RegionSet`). */
  readonly regions = new RegionSet();
  /** [start, end) of single lines found to hold no table (most recent last). */
  private readonly recent: number[] = [];
  /** Blocks not read to their end, by their first line (ascending), and those lines' starts. */
  private readonly open: OpenBlock[] = [];
  private readonly openTops: number[] = [];
  private readonly kinds: LineKinds;
  private readonly reader: BlockReader;
  private readonly tags: TableTags;
  /** HTML tables parsed so far, by the position of their `<table` tag (null: not a table we read). */
  private readonly htmlTables = new Map<number, Table | null>();

  constructor(
    private readonly text: string,
    /** Columns of the last `CREATE TABLE name` before `before` (for an INSERT without a column list). */
    columnsOf: (name: string, before: number) => readonly string[] | undefined,
  ) {
    this.tags = new TableTags(text);
    this.kinds = new LineKinds(text, this.tags);
    this.reader = new BlockReader(text, columnsOf);
  }

  /** Index of the region holding `pos`, or -1; an open block above `pos` is read down to it first. */
  find(pos: number): number {
    if (this.open.length) this.reach(pos);
    return this.regions.find(pos);
  }

  /** True when the line holding `pos` was examined already. */
  known(pos: number): boolean {
    return this.find(pos) >= 0 || this.singleLine(pos);
  }

  /** Index of the region holding `pos` (-1 for a line that holds no table), examining its line first if needed. */
  regionAt(pos: number): number {
    const r = this.find(pos);
    if (r >= 0 || this.singleLine(pos)) return r;
    this.discover(pos);
    return this.regions.find(pos);
  }

  /** True when `pos` is on one of the single lines remembered to hold no table. */
  private singleLine(pos: number): boolean {
    for (let k = 0; k < this.recent.length; k += 2) if (pos >= this.recent[k]! && pos < this.recent[k + 1]!) return true;
    return false;
  }

  /** The table holding `pos`, found (and remembered) if its line was never examined. */
  tableAt(pos: number): Table | undefined {
    const r = this.regionAt(pos);
    return (r >= 0 && this.regions.tables[r]) || undefined;
  }

  /**
   * Reads the block holding `pos`, if it is still being read, on down to `to` (`prepare`: a range's
   * lines at once, not a row per lookup).
   */
  readOn(pos: number, to: number): void {
    const i = lastAtOrBefore(this.openTops, pos);
    if (i >= 0 && pos < this.open[i]!.frontier) this.readOpen(i, to);
  }

  /** Reads the open block nearest above `pos` down to it (blocks are disjoint: no other may hold it). */
  private reach(pos: number): void {
    const i = lastAtOrBefore(this.openTops, pos);
    if (i >= 0 && pos >= this.open[i]!.frontier) this.readOpen(i, pos);
  }

  /** Reads open block `i` down to `pos`, and forgets it once read to its end. */
  private readOpen(i: number, pos: number): void {
    const block = this.open[i]!;
    block.readTo(pos);
    if (block.done) {
      this.open.splice(i, 1);
      this.openTops.splice(i, 1);
    }
  }

  /**
   * Examines the line holding `pos`: the HTML table it is in, or the block of lines around it, read
   * from its first line down to this line (its tables and the lines between them are remembered as
   * regions, the rest of the block when asked), or none.
   */
  private discover(pos: number): void {
    const text = this.text;
    const ls = lineStartOf(text, pos);
    const le = lineEndOf(text, pos);
    const block = blockAround(text, this.kinds, ls, le);
    // A block never crosses a markup line, so it lies in an HTML table wholly or not at all.
    const html = block ? this.htmlTableAt(block.starts[0]!, block.ends[0]!) : this.htmlTableAt(ls, le);
    if (html) {
      this.regions.addTable(lineStartOf(text, html.start), lineEndOf(text, Math.max(html.start, html.end - 1)) + 1, html);
      return;
    }
    if (!block) {
      this.remember(ls, le + 1);
      return;
    }
    const open = new OpenBlock(block, this.reader, this.regions, (s, e) => this.remember(s, e));
    open.readTo(pos);
    if (open.done) return;
    const at = lastAtOrBefore(this.openTops, open.top) + 1;
    this.open.splice(at, 0, open);
    this.openTops.splice(at, 0, open.top);
  }

  /** One line on its own: remembered briefly, not as a region (thousands of them would cost inserts). */
  private remember(start: number, end: number): void {
    if (this.recent.length >= 2 * RECENT_LINES) this.recent.splice(0, 2);
    this.recent.push(start, end);
  }

  /**
   * The HTML table whose lines include the line [ls, le): the one opened by the last `<table` tag up to
   * the line's end, parsed to its `</table>` and never past the line of the next `<table` tag (so tables
   * own disjoint lines, and a line's table is the same from any lookup).
   */
  private htmlTableAt(ls: number, le: number): Table | undefined {
    const text = this.text;
    const open = this.tags.lastBefore(le);
    if (open < 0) return undefined;
    let table = this.htmlTables.get(open);
    if (table === undefined) {
      const next = this.tags.nextAfter(open);
      const limit = next < 0 ? text.length : lineStartOf(text, next);
      table = (limit > open && parseHtmlTable(text, open, limit)) || null;
      this.htmlTables.set(open, table);
    }
    return table && ls <= lineEndOf(text, Math.max(table.start, table.end - 1)) ? table : undefined;
  }
}

/**
 * A block being read: what its reading settles goes into the regions as it comes (a table's region
 * grows with its rows), and `frontier` is where the settled lines end.
 */
class OpenBlock implements SegmentSink {
  /** Start of the block's first line. */
  readonly top: number;
  /** Every line of the block before this offset is in a region (or remembered, for a block of one line). */
  frontier: number;
  /** The reading ended: every line of the block is settled. */
  done = false;
  /** Where the current step may stop (see `Goal`). */
  until = 0;
  private readonly reading: Generator<void, void>;
  /** The table being read, and where its region starts. */
  private growing: Table | undefined;
  private tableStart = -1;

  constructor(
    private readonly block: BlockLines,
    reader: BlockReader,
    private readonly regions: RegionSet,
    /** Remembers a single line that holds no table (a block of one line is not a region). */
    private readonly single: (start: number, end: number) => void,
  ) {
    this.top = this.frontier = block.starts[0]!;
    this.reading = reader.read(block, this);
  }

  /** Reads on until the line holding `pos` is settled or the block ends. */
  readTo(pos: number): void {
    this.until = pos;
    while (!this.done && this.frontier <= pos) this.step();
  }

  /** A table's next rows (`Table.more`): at least one, and those starting within MORE of it. */
  private more(): void {
    this.until = this.frontier + MORE;
    this.step();
  }

  /** Reads on to the goal, or to the start or end of a table. */
  private step(): void {
    if (this.reading.next().done) this.done = true;
  }

  none(first: number, last: number, rows: boolean): void {
    const start = this.block.starts[first]!;
    const end = this.block.ends[last]! + 1;
    if (this.block.done && this.block.starts.length === 1) this.single(start, end);
    else this.regions.addNone(start, end, rows);
    this.frontier = end;
  }

  table(first: number, table: Table, last: number, done: boolean): void {
    const start = this.block.starts[first]!;
    this.frontier = this.block.ends[last]! + 1;
    // Not added over a table known already (an HTML table's lines): then its rows are read, not kept.
    if (!this.regions.addTable(start, this.frontier, table) || done) return;
    this.growing = table;
    this.tableStart = start;
    table.more = () => this.more();
  }

  grow(last: number, done: boolean): void {
    this.frontier = this.block.ends[last]! + 1;
    if (!this.growing) return;
    this.regions.extendTable(this.tableStart, this.frontier);
    if (done) {
      this.growing.more = undefined;
      this.growing = undefined;
    }
  }
}
