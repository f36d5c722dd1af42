/**
 * Windows: the regions of the text where a detector's patterns run. Each detector keeps a sorted,
 * merged list, so overlapping hits on one line cost one regex pass, and dense hostile input (the
 * same keyword a million times) collapses into a single linear pass instead of a million.
 */
export class WindowList {
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  /** Add [start, end). Callers add in non-decreasing `start` order. */
  add(start: number, end: number): void {
    const last = this.ends.length - 1;
    if (last >= 0 && start <= this.ends[last]!) {
      if (end > this.ends[last]!) this.ends[last] = end;
      return;
    }
    this.starts.push(start);
    this.ends.push(end);
  }
}

/**
 * Finds the line around a position, memoising the last line so hits that arrive in increasing order
 * cost O(text) in total, even on one 10 MB line. With bounds [from, to), lines are searched only there
 * and a line that runs past a bound ends at it: a range scan needs line ends only as far as its windows
 * reach, and searching a 10 MB line for them cost O(text) per range.
 */
export class LineFinder {
  /** Bounds of the line found by the last `find`, without the newline: [lineStart, lineEnd). */
  lineStart = 0;
  lineEnd = -1;
  private readonly view: string;
  private readonly base: number;

  constructor(text: string, from = 0, to = text.length) {
    this.base = Math.max(0, from);
    const end = Math.min(text.length, to);
    this.view = this.base === 0 && end === text.length ? text : text.slice(this.base, end);
  }

  /**
   * Moves to the line holding `pos` (read `lineStart`/`lineEnd`; no array per call: dense keyword
   * input asks for the same line hundreds of thousands of times).
   */
  find(pos: number): void {
    if (pos < this.lineStart || pos > this.lineEnd) {
      const at = pos - this.base;
      // Hits arrive in increasing order, so this backward search stops at the previous line's end.
      this.lineStart = (at > 0 || this.base === 0 ? this.view.lastIndexOf('\n', at - 1) : -1) + 1 + this.base;
      const nl = this.view.indexOf('\n', at);
      this.lineEnd = (nl < 0 ? this.view.length : nl) + this.base;
    }
  }

  /** Bounds of the line holding `pos`, without the newline: [start, end). */
  around(pos: number): [number, number] {
    this.find(pos);
    return [this.lineStart, this.lineEnd];
  }
}

/** Window bounds are packed into one number key: texts up to 2^26 chars (64 M) are memoised. */
const KEY_SHIFT = 2 ** 26;

/**
 * What each detector's windows found in one range scan, kept for the next range scan of the same text.
 * A sliced scan's consecutive ranges overlap by their margins (8 KB between two 64 KB ranges), and a
 * window both scans see — same detector, same bounds — finds the same values in the same text: the next
 * scan takes them instead of running the patterns again. Windows that differ (merged with hits only one
 * scan saw, at the edges of its margins) run again. Only the last scan's windows are kept.
 */
export class WindowMemo<T> {
  private text: string | undefined;
  private last: (Map<number, readonly T[]> | undefined)[] = [];
  private current: (Map<number, readonly T[]> | undefined)[] = [];

  /** Starts a range scan of `text`: the windows of the previous scan are looked up only if it scanned the same text. */
  begin(text: string): boolean {
    if (text.length >= KEY_SHIFT) {
      this.text = undefined;
      this.last = this.current = [];
      return false;
    }
    this.last = this.text === text ? this.current : [];
    this.current = [];
    this.text = text;
    return true;
  }

  /** What window [start, end) of detector `i` found in the previous scan, if it ran. */
  get(i: number, start: number, end: number): readonly T[] | undefined {
    return this.last[i]?.get(start * KEY_SHIFT + end);
  }

  /** Records what window [start, end) of detector `i` found in this scan. */
  set(i: number, start: number, end: number, found: readonly T[]): void {
    let byWindow = this.current[i];
    if (!byWindow) this.current[i] = byWindow = new Map();
    byWindow.set(start * KEY_SHIFT + end, found);
  }
}
