import type { TableTags } from './html';
import { isRuleLine } from './pipes';
import { lineStartOf, skipSpaces } from './lines';

/**
 * The lines of a block (see `blocks.ts`), gathered upward at once and downward only as far as a reader
 * asks (`has`): a lookup at the top of a 10 MB sheet used to walk all of its ~60,000 lines before its
 * first row was read (47–84 ms in Chromium, one task).
 *
 * A block is a maximal run of lines with no bound and no more than MAX_GAP gap lines in a row, trimmed
 * of gap lines at both ends: any row line in it gathers the same block, and the lines read downward on
 * demand are those the whole walk would read, in the same order.
 */

/** Consecutive lines that are not rows a table (and a block) may hold between two rows. */
export const MAX_GAP = 2;

export const BOUND = 0;
export const GAP = 1;
export const ROW = 2;

const QUOTE = 34;

/** How each line is read: BOUND, GAP or ROW (a class, so that tests can count the lines read). */
export class LineKinds {
  constructor(
    private readonly text: string,
    /** `<table` and `</table` tags: a line holding one bounds blocks (HTML tables are read from their tags). */
    private readonly tags: TableTags,
  ) {}

  /**
   * BOUND, GAP or ROW for the line [s, e). A *row line* holds a delimiter (`,` `;` tab `|`), is a rule
   * line, starts a SQL tuple (`(`, `)`, `VALUES`) or an INSERT. Bounds: markup (a line that starts with
   * `<` or holds a `<table` or `</table` tag), JSON and code structure (a line that starts with a brace
   * or a bracket, or a JSON key: `"name": …`), which no table has as a row. Native searches on a slice
   * of the line only.
   */
  kind(s: number, e: number): number {
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
}

/**
 * Lines of one block: [starts[k], ends[k]) is line k (`ends[k]` is its newline or the text's end).
 * Only the lines read so far are in the arrays; `has(k)` reads on down to line k.
 */
export class BlockLines {
  readonly starts: number[];
  readonly ends: number[];
  /** No line below the last one read belongs to the block. */
  done = false;
  /** End of the last line looked at below the block's lines. */
  private bottom: number;
  /** Gap lines looked at below the last row line: in the block only if a row line follows. */
  private readonly pendingStarts: number[] = [];
  private readonly pendingEnds: number[] = [];

  constructor(
    private readonly text: string,
    private readonly kinds: LineKinds,
    starts: number[],
    ends: number[],
  ) {
    this.starts = starts;
    this.ends = ends;
    this.bottom = ends[ends.length - 1]!;
  }

  /** Whether the block has a line k, reading lines down to it if needed. */
  has(k: number): boolean {
    while (k >= this.starts.length && !this.done) this.readLine();
    return k < this.starts.length;
  }

  /** Reads the next line below: a row line joins (with the gap lines before it), a bound or a third gap line ends the block. */
  private readLine(): void {
    const text = this.text;
    if (this.bottom >= text.length) {
      this.done = true;
      return;
    }
    const ns = this.bottom + 1;
    const ne = lineEnd(text, ns);
    const k = this.kinds.kind(ns, ne);
    if (k === BOUND || (k === GAP && this.pendingStarts.length === MAX_GAP)) {
      this.done = true;
      return;
    }
    this.bottom = ne;
    if (k === GAP) {
      this.pendingStarts.push(ns);
      this.pendingEnds.push(ne);
      return;
    }
    if (this.pendingStarts.length) {
      for (let g = 0; g < this.pendingStarts.length; g++) {
        this.starts.push(this.pendingStarts[g]!);
        this.ends.push(this.pendingEnds[g]!);
      }
      this.pendingStarts.length = this.pendingEnds.length = 0;
    }
    this.starts.push(ns);
    this.ends.push(ne);
  }
}

/**
 * The block holding the line [ls, le), its lines read up to its top and down to the line itself (or,
 * from a gap line, to the first row line below); undefined when the line is in none (a bound, or a gap
 * line that no row line bridges).
 */
export function blockAround(text: string, kinds: LineKinds, ls: number, le: number): BlockLines | undefined {
  const here = kinds.kind(ls, le);
  if (here === BOUND) return undefined;
  const upS: number[] = [];
  const upE: number[] = [];
  const upK: number[] = [];
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
      k = kinds.kind(ps, top - 1);
      if (k === BOUND || (k === GAP && ++run > MAX_GAP)) return undefined;
      upS.push(ps);
      upE.push(top - 1);
      upK.push(k);
      top = ps;
    }
    for (let k = GAP; k !== ROW; ) {
      if (bottom >= text.length) return undefined;
      const ns = bottom + 1;
      const ne = lineEnd(text, ns);
      k = kinds.kind(ns, ne);
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
    const k = kinds.kind(ps, top - 1);
    if (k === BOUND || (k === GAP && gaps === MAX_GAP)) break;
    upS.push(ps);
    upE.push(top - 1);
    upK.push(k);
    top = ps;
    gaps = k === GAP ? gaps + 1 : 0;
  }
  // A block starts with a row line (the lines below are read on demand, see BlockLines).
  let keep = upS.length;
  while (keep > 0 && upK[keep - 1] === GAP) keep--;
  upS.length = upE.length = keep;
  upS.reverse();
  upE.reverse();
  return new BlockLines(text, kinds, upS.concat(starts), upE.concat(ends));
}

/** True when the quoted string opening at `first` is followed by `:` (a JSON key line). */
export function jsonKey(text: string, first: number, e: number): boolean {
  const close = text.slice(first + 1, e).indexOf('"');
  return close >= 0 && text.charCodeAt(skipSpaces(text, first + close + 2, e)) === 58;
}

/** End of the line starting at `pos`. */
export function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}
