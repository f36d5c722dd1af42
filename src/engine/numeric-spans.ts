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
 * The last span read (`readSpan`): its digit count, its digit groups (the first 64) and whether one
 * char joins each to the one before, the group lengths present as bits, and the longest chain of
 * groups of 1–3 digits joined by single dots. The dispatch reads a span once for its digit count and
 * then asks about several detectors' shapes.
 */
const groupLengths = new Int32Array(64);
const joinedBySingle = new Uint8Array(64);
let groupCount = 0;
let lengthBits = 0;
let digitCount = 0;
let dottedRun = 0;
let readText: string | undefined;
let readStart = -1;
let readEnd = -1;

/** Reads text[start, end) (a lexer span: digits and separator runs) unless it was the last span read. */
function readSpan(text: string, start: number, end: number): void {
  if (start === readStart && end === readEnd && text === readText) return;
  readText = text;
  readStart = start;
  readEnd = end;
  let n = 0;
  let len = 0;
  let sep = 0;
  let bits = 0;
  let digits = 0;
  let run = 0;
  let longest = 0;
  let dotBefore = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : -1;
    if (c >= 48 && c <= 57) {
      if (len++ === 0 && n < 64) joinedBySingle[n] = sep === 1 ? 1 : 0;
      digits++;
      sep = 0;
      continue;
    }
    if (len > 0) {
      if (n < 64) groupLengths[n++] = len;
      if (len < 31) bits |= 1 << len;
      run = len > 3 ? 0 : dotBefore ? run + 1 : 1;
      if (run > longest) longest = run;
      dotBefore = c === 46 && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57;
      if (!dotBefore) run = 0;
    }
    len = 0;
    sep++;
  }
  groupCount = n;
  lengthBits = bits;
  digitCount = digits;
  dottedRun = longest;
}

/** Number of ASCII digits in text[start, end), a lexer span. */
export function countDigits(text: string, start: number, end: number): number {
  readSpan(text, start, end);
  return digitCount;
}

/**
 * True when the span text[start, end) is written like an IPv4 address: four groups of 1–3 digits
 * joined by single dots, not right after a `+` (`+44.20.794.609` may be a phone number written with dots).
 */
export function isDottedQuad(text: string, start: number, end: number): boolean {
  readSpan(text, start, end);
  return groupCount === 4 && dottedRun === 4 && text.charCodeAt(start - 1) !== 43;
}

/** True when the span text[start, end) holds four consecutive groups of 1–3 digits joined by single dots. */
export function holdsDottedQuad(text: string, start: number, end: number): boolean {
  readSpan(text, start, end);
  return dottedRun >= 4;
}

/**
 * True when text[start, end) holds consecutive whole digit groups of exactly the shape's lengths, each
 * joined to the one before by a single separator char. A pattern whose match is such groups
 * (`\d{4}( )\d{4}\1…` between boundaries that exclude digits) can take digits from no other span.
 */
export function hasGroups(text: string, start: number, end: number, shape: GroupShape): boolean {
  readSpan(text, start, end);
  if ((lengthBits & shape.lengths) !== shape.lengths) return false;
  const sizes = shape.sizes;
  for (let s = 0; s + sizes.length <= groupCount; s++) {
    let k = 0;
    while (k < sizes.length && groupLengths[s + k] === sizes[k] && (k === 0 || joinedBySingle[s + k] === 1)) k++;
    if (k === sizes.length) return true;
  }
  return false;
}
