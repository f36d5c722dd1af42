/**
 * Finds the next or previous occurrence of one char with native indexOf/lastIndexOf, remembering the
 * last answer each way: walks that move steadily (line by line, up or down) then cost one pass over
 * the text in total, even where the char never occurs.
 */
export class Seek {
  private nextFrom = -1;
  private nextAt = -1;
  private prevFrom = -1;
  private prevAt = -1;

  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  /** First index ≥ `from` holding the char, or -1. */
  next(from: number): number {
    if (this.nextFrom >= 0 && from >= this.nextFrom && (this.nextAt < 0 || from <= this.nextAt)) return this.nextAt;
    this.nextFrom = from;
    this.nextAt = this.text.indexOf(this.char, from);
    return this.nextAt;
  }

  /** Last index ≤ `from` holding the char, or -1. */
  prev(from: number): number {
    if (this.prevFrom >= 0 && from <= this.prevFrom && from >= this.prevAt) return this.prevAt;
    this.prevFrom = from;
    this.prevAt = from < 0 ? -1 : this.text.lastIndexOf(this.char, from);
    return this.prevAt;
  }

  /** True when [start, end) holds the char; `down` says which way the caller is walking. */
  inRange(start: number, end: number, down: boolean): boolean {
    if (end <= start) return false;
    if (down) {
      const at = this.next(start);
      return at >= 0 && at < end;
    }
    return this.prev(end - 1) >= start;
  }
}
