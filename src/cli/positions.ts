/** A 1-based line and column; the column counts UTF-16 code units (SARIF's default `columnKind`). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Turns UTF-16 offsets into lines and columns. Line breaks are LF, CRLF and lone CR, as SARIF
 * §3.30.2 defines them. Built lazily by the caller (only files with findings need one); each lookup
 * is a binary search, so a 10 MB file with thousands of findings stays cheap.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    // indexOf is several times faster than a charCodeAt loop; most texts have no CR at all.
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** Position of `offset` (0 ≤ offset ≤ text.length). */
  at(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}
