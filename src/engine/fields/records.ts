import { isBlank } from './lines';
import { lastAtOrBefore } from './table';
import type { TextRecord } from './types';

/** How far past a position the closing brace of its record is looked for; longer records are not JSON records. */
const JSON_FORWARD = 65_536;

/** Brackets the nesting is made of, in the order of `Braces.nextAt`. */
const BRACKETS = ['{', '}', '[', ']'];

/**
 * The nesting of `{…}` and `[…]` in the text, read forward once as far as lookups need, so finding the
 * JSON record around any position costs a binary search and a walk up its parents. Strings are skipped
 * (`"…"` with `\` escapes, never across a line: JSON has no raw line break in a string). The reader
 * jumps from bracket to bracket with native searches and reads a line only from its start to its last
 * bracket, to know whether the bracket is inside a string: on the bench's realistic text that is a
 * third of the chars. What it reads is a function of the text only (a read that stops inside a string
 * goes on from there the next time).
 */
export class Braces {
  /** Positions of `{`, their matching `}` (-1: not closed yet or never), the enclosing `{` (index, -1: none), and whether the `{` is an array item. */
  private readonly open: number[] = [];
  private readonly close: number[] = [];
  private readonly parent: number[] = [];
  private readonly item: boolean[] = [];
  /** Open brackets: index into `open` for `{`, -1 for `[`. */
  private readonly stack: number[] = [];
  /** Every bracket before this position has been read. */
  private scanned = 0;
  /** Next occurrence at or after `scanned` of each of BRACKETS (-1: none; Infinity: not looked for yet). */
  private readonly nextAt = [Infinity, Infinity, Infinity, Infinity];
  /** The line being read: its start, how far it was read, and whether that point is inside a string. */
  private lineStart = -1;
  /** The newline that ends it (-1: the text's end). */
  private lineEnd = -1;
  private lineRead = 0;
  private inString = false;
  /** The first quote at or after the last read position (-1: none left; -2: not looked for yet). */
  private nextQuote = -2;

  constructor(private readonly text: string) {}

  private readTo(end: number): void {
    const text = this.text;
    const stack = this.stack;
    const nextAt = this.nextAt;
    for (;;) {
      // The next bracket of any kind.
      let b = -1;
      for (let k = 0; k < 4; k++) {
        let at = nextAt[k]!;
        if (at !== -1 && at < this.scanned) at = Infinity;
        if (at === Infinity) nextAt[k] = at = text.indexOf(BRACKETS[k]!, this.scanned);
        if (at >= 0 && (b < 0 || at < b)) b = at;
      }
      if (b < 0 || b >= end) {
        this.scanned = Math.max(this.scanned, end);
        return;
      }
      this.scanned = b + 1;
      // Inside a string? Read its line from where it was left (or its start) up to the bracket.
      if (this.lineStart < 0 || (this.lineEnd >= 0 && b > this.lineEnd)) {
        this.lineStart = b <= 0 ? 0 : text.lastIndexOf('\n', b - 1) + 1;
        this.lineEnd = text.indexOf('\n', b);
        this.lineRead = this.lineStart;
        this.inString = false;
      }
      // From quote to quote (a quote after an odd run of backslashes in a string is escaped); reads
      // are in text order, so the next quote is looked for once per stretch.
      let inString = this.inString;
      for (let i = this.lineRead; ; ) {
        if (this.nextQuote !== -1 && this.nextQuote < i) this.nextQuote = text.indexOf('"', i);
        const q = this.nextQuote;
        if (q < 0 || q >= b) break;
        if (inString) {
          let k = q - 1;
          while (k >= i && text.charCodeAt(k) === 92) k--;
          if ((q - 1 - k) % 2 === 0) inString = false;
        } else inString = true;
        i = q + 1;
      }
      this.inString = inString;
      this.lineRead = b + 1;
      if (inString) continue;
      const c = text.charCodeAt(b);
      if (c === 123) {
        let p = -1;
        for (let k = stack.length - 1; k >= 0 && p < 0; k--) p = stack[k]!;
        this.item.push(stack.length > 0 && stack[stack.length - 1] === -1);
        this.parent.push(p);
        this.open.push(b);
        this.close.push(-1);
        stack.push(this.open.length - 1);
      } else if (c === 91) stack.push(-1);
      else {
        // Pop to the matching kind; a stray closer with no opener of its kind is ignored.
        const want = c === 125;
        let k = stack.length - 1;
        while (k >= 0 && (stack[k]! >= 0) !== want) k--;
        if (k < 0) continue;
        if (want) this.close[stack[k]!] = b;
        stack.length = k;
      }
    }
  }

  /** The JSON record around `pos`: the innermost object, then up while it is the value of a key, to an array item or a top-level object. */
  recordAt(pos: number): TextRecord | undefined {
    this.readTo(Math.min(this.text.length, pos + JSON_FORWARD));
    let i = lastAtOrBefore(this.open, pos - 1);
    while (i >= 0 && this.close[i]! >= 0 && this.close[i]! < pos) i = this.parent[i]!;
    if (i < 0 || this.close[i]! < 0) return undefined;
    while (!this.item[i] && this.parent[i]! >= 0 && this.close[this.parent[i]!]! >= 0) i = this.parent[i]!;
    const start = this.open[i]!;
    const end = this.close[i]! + 1;
    return end - start <= JSON_FORWARD ? { start, end, table: this.item[i]! } : undefined;
  }
}

/** Paragraphs (text between blank lines) found so far, so a long paragraph is walked once. */
export class Paragraphs {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly text: string) {}

  at(pos: number): TextRecord {
    const k = lastAtOrBefore(this.starts, pos);
    if (k >= 0 && pos < this.ends[k]!) return { start: this.starts[k]!, end: this.ends[k]!, table: false };
    const text = this.text;
    let start = pos <= 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
    // A blank line is a record of its own: walking from it would join the paragraphs above and below
    // (and remember them as one, so the answer would depend on which line was asked first).
    const lineEnd = text.indexOf('\n', pos);
    if (isBlank(text, start, lineEnd < 0 ? text.length : lineEnd)) return { start, end: lineEnd < 0 ? text.length : lineEnd, table: false };
    while (start > 0) {
      const prev = text.lastIndexOf('\n', start - 2) + 1;
      if (isBlank(text, prev, start - 1)) break;
      start = prev;
    }
    let end = text.indexOf('\n', pos);
    while (end >= 0) {
      const next = text.indexOf('\n', end + 1);
      if (isBlank(text, end + 1, next < 0 ? text.length : next)) break;
      end = next;
    }
    if (end < 0) end = text.length;
    const at = lastAtOrBefore(this.starts, start) + 1;
    // Asked at the newline that ends it: already known.
    if (at > 0 && this.starts[at - 1] === start) return { start, end, table: false };
    this.starts.splice(at, 0, start);
    this.ends.splice(at, 0, end);
    return { start, end, table: false };
  }
}
