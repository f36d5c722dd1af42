/**
 * The shared numeric lexer: one pass finds digit runs joined by short separator runs
 * (space, no-break space, `.`, `-`, `/`, `(`, `)`), e.g. `4111 1111 1111 1111`, `+1 (415) 555-2671`,
 * `123.456.789-09`. Numeric detectors subscribe by digit count, so no numeric detector scans the
 * whole text and each span is offered only to the few detectors whose range fits it.
 *
 * Two shortcuts keep it fast on logs, CSV and JSON, where numbers are everywhere:
 * - ISO dates and timestamps (`2024-01-15`, `2024-01-15T10:23:45.123Z`) are consumed whole as
 *   group 1 and offered to nobody (dates of birth are found by context words instead);
 * - a lone run of fewer than 4 digits (`200`, `45ms`) is not a span: no detector wants one.
 *
 * Linear: separators are never digits, so `\d+(?:SEP\d+)+` cannot backtrack more than a separator run.
 *
 * Shape: the leading `\d(?<!\d\d)` makes a span start only where a digit run starts. V8 still skips to
 * each digit fast (the first node is a plain class), and a run that fails (`45ms`) is not retried at
 * every digit inside it; 2.3× faster on prompts than `(?:date)|\d+(?:SEP\d+)+|\d{4,}`, same spans.
 */
export const NUMERIC_SPAN =
  /\d(?<!\d\d)(?:(\d{3}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?Z?)?)|\d*(?:[ \u00a0.\/()\-]{1,2}\d+)+|\d{3,})/g;

/** Number of ASCII digits in text[start, end). */
export function countDigits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * True when text[start, end) is written like an IPv4 address: four groups of 1–3 digits joined by
 * single dots, not right after a `+` (`+44.20.794.609` may be a phone number written with dots).
 */
export function isDottedQuad(text: string, start: number, end: number): boolean {
  if (end - start > 15 || text.charCodeAt(start - 1) === 43) return false;
  let dots = 0;
  let group = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++group > 3) return false;
    } else if (c === 46 && group > 0) {
      dots++;
      group = 0;
    } else return false;
  }
  return dots === 3 && group > 0;
}

/** A regex `\w` (letter, digit, `_`; no `u` flag) by UTF-16 code unit; false outside the text (NaN). */
export function isRegexWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** An ASCII letter (what `[A-Z]` matches with the `i` flag and no `u`), by UTF-16 code unit. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The code unit before `start`, or the one before it when that is `skip` (an optional blank or dash). */
export function codeBefore(text: string, start: number, skip: number): number {
  const c = text.charCodeAt(start - 1);
  return c === skip ? text.charCodeAt(start - 2) : c;
}

/** The code unit at `end`, or the one after it when that is `skip`. */
export function codeAfter(text: string, end: number, skip: number): number {
  const c = text.charCodeAt(end);
  return c === skip ? text.charCodeAt(end + 1) : c;
}

/** Digit groups a value is written in, one separator char apart (`[3, 2, 4]`; `[9]`: no separator). */
export class GroupShape {
  /** Bit k set: the shape has a group of k digits (lengths under 31). */
  readonly lengths: number;

  constructor(readonly sizes: readonly number[]) {
    this.lengths = sizes.reduce((m, k) => m | (k < 31 ? 1 << k : 0), 0);
  }
}

/**
 * The last span `hasGroups` read: its digit groups (at most one per digit), whether one char joins
 * each to the one before, the lengths present as bits, and whether four groups of 1–3 digits are
 * joined by single dots. The dispatch asks a span about several detectors' shapes in a row.
 */
const groupLengths = new Int32Array(65);
const joinedBySingle = new Uint8Array(65);
let groupCount = 0;
let lengthBits = 0;
let readText: string | undefined;
let readStart = -1;
let readEnd = -1;

function readGroups(text: string, start: number, end: number): void {
  if (start === readStart && end === readEnd && text === readText) return;
  readText = text;
  readStart = start;
  readEnd = end;
  let n = 0;
  let len = 0;
  let sep = 0;
  let bits = 0;
  for (let i = start; i <= end && n < 64; i++) {
    const c = i < end ? text.charCodeAt(i) : -1;
    if (c >= 48 && c <= 57) {
      if (len++ === 0) joinedBySingle[n] = sep === 1 ? 1 : 0;
      sep = 0;
    } else {
      if (len > 0) {
        groupLengths[n++] = len;
        if (len < 31) bits |= 1 << len;
      }
      len = 0;
      sep++;
    }
  }
  groupCount = n;
  lengthBits = bits;
}

/**
 * True when text[start, end) holds consecutive whole digit groups of exactly the shape's lengths, each
 * joined to the one before by a single separator char. A pattern whose match is such groups
 * (`\d{4}( )\d{4}\1…` between boundaries that exclude digits) can take digits from no other span.
 */
export function hasGroups(text: string, start: number, end: number, shape: GroupShape): boolean {
  readGroups(text, start, end);
  if ((lengthBits & shape.lengths) !== shape.lengths) return false;
  const sizes = shape.sizes;
  for (let s = 0; s + sizes.length <= groupCount; s++) {
    let k = 0;
    while (k < sizes.length && groupLengths[s + k] === sizes[k] && (k === 0 || joinedBySingle[s + k] === 1)) k++;
    if (k === sizes.length) return true;
  }
  return false;
}
