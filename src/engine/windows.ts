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
 * cost O(text) in total, even on one 10 MB line.
 */
export class LineFinder {
  /** Bounds of the line found by the last `find`, without the newline: [lineStart, lineEnd). */
  lineStart = 0;
  lineEnd = -1;

  constructor(private readonly text: string) {}

  /**
   * Moves to the line holding `pos` (read `lineStart`/`lineEnd`; no array per call: dense keyword
   * input asks for the same line hundreds of thousands of times).
   */
  find(pos: number): void {
    if (pos < this.lineStart || pos > this.lineEnd) {
      // Hits arrive in increasing order, so this backward search stops at the previous line's end.
      this.lineStart = this.text.lastIndexOf('\n', pos - 1) + 1;
      const nl = this.text.indexOf('\n', pos);
      this.lineEnd = nl < 0 ? this.text.length : nl;
    }
  }

  /** Bounds of the line holding `pos`, without the newline: [start, end). */
  around(pos: number): [number, number] {
    this.find(pos);
    return [this.lineStart, this.lineEnd];
  }
}
