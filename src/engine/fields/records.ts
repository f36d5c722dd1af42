import { isBlank } from './lines';
import { lastAtOrBefore } from './table';
import type { TextRecord } from './types';

/** How far back the opening brace of a JSON record is looked for, and how far forward its end. */
const JSON_BACK = 16_384;
const JSON_FORWARD = 65_536;

function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The JSON (or JS) object that is the record holding `pos`: going out from the innermost object, the
 * first one that is an array item (`[{…}, {…}]`: `table: true`) or that has no parent object. Braces
 * inside strings are not told apart when looking back (an approximation; records rarely hold braces).
 * `nearest` is the last `{` at or before `pos` (see `Braces`).
 */
export function jsonRecordAt(text: string, pos: number, nearest: number): TextRecord | undefined {
  if (nearest < 0 || pos - nearest > JSON_BACK) return undefined;
  const floor = Math.max(0, pos - JSON_BACK);
  let depth = 0;
  let open = -1;
  let item = false;
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 125 || c === 93) depth++;
    else if (c === 91 && depth === 0) break;
    else if (c === 123 || c === 91) {
      if (depth > 0) {
        depth--;
        continue;
      }
      open = i;
      let b = i - 1;
      while (b >= 0 && isBlankCode(text.charCodeAt(b))) b--;
      const before = b >= 0 ? text.charCodeAt(b) : 0;
      if (before === 58) continue;
      item = before === 91 || before === 44;
      break;
    }
  }
  if (open < 0) return undefined;
  const close = closingBrace(text, open);
  return close > pos ? { start: open, end: close + 1, table: item } : undefined;
}

/** Index of the `}` closing the object opened at `open` (strings skipped), or -1 within JSON_FORWARD. */
function closingBrace(text: string, open: number): number {
  const limit = Math.min(text.length, open + JSON_FORWARD);
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < limit; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34 || d === 10) break;
      }
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (--depth === 0) return c === 125 ? i : -1;
    }
  }
  return -1;
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
    this.starts.splice(at, 0, start);
    this.ends.splice(at, 0, end);
    return { start, end, table: false };
  }
}

/** Positions of every `{`, listed on first use (one native indexOf pass), for the nearest one before a position. */
export class Braces {
  private list: number[] | undefined;

  constructor(private readonly text: string) {}

  /** The last `{` at or before `pos`, or -1. */
  lastBefore(pos: number): number {
    if (!this.list) {
      this.list = [];
      for (let i = this.text.indexOf('{'); i >= 0; i = this.text.indexOf('{', i + 1)) this.list.push(i);
    }
    const k = lastAtOrBefore(this.list, pos);
    return k < 0 ? -1 : this.list[k]!;
  }
}
