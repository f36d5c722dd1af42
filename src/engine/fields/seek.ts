/**
 * Finds the next or previous occurrence of one char with native indexOf/lastIndexOf, remembering the
 * last answer each way. A search only reads the text between the asked position and the remembered
 * one (bounded searches on a slice), so any sequence of lookups costs the distance it travels: walks
 * line by line, up or down, cost one pass in total, even where the char never occurs.
 */
export class Seek {
  /** The first occurrence at or after `nextFrom` is `nextAt` (-1: none). */
  private nextFrom = -1;
  private nextAt = -1;
  /** The last occurrence at or before `prevFrom` is `prevAt` (-1: none). */
  private prevFrom = -1;
  private prevAt = -1;

  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  /** First index ≥ `from` holding the char, or -1. */
  next(from: number): number {
    const { text, char } = this;
    if (this.nextFrom < 0 || (this.nextAt >= 0 && from > this.nextAt)) {
      this.nextAt = text.indexOf(char, from);
    } else if (from < this.nextFrom) {
      const k = text.slice(from, this.nextFrom).indexOf(char);
      if (k >= 0) this.nextAt = from + k;
    }
    // Here `from` ≤ nextAt (or nextAt = -1) and nothing lies in [from, nextFrom) before it.
    this.nextFrom = from;
    return this.nextAt;
  }

  /** Last index ≤ `from` holding the char, or -1. */
  prev(from: number): number {
    const { text, char } = this;
    if (from < 0) return -1;
    if (this.prevFrom < 0 || from < this.prevAt) {
      this.prevAt = text.lastIndexOf(char, from);
    } else if (from > this.prevFrom) {
      const k = text.slice(this.prevFrom + 1, from + 1).lastIndexOf(char);
      if (k >= 0) this.prevAt = this.prevFrom + 1 + k;
    }
    this.prevFrom = from;
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
