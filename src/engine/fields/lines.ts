/** Line helpers shared by the table readers. A line is [start, end): `end` is its `\n` or the text's end. */

/** Start of the line holding `pos`. */
export function lineStartOf(text: string, pos: number): number {
  return pos <= 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
}

/** End of the line holding `pos` (the index of its `\n`, or the text's length). */
export function lineEndOf(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

/** End of the line's content, before a trailing `\r`. */
export function contentEnd(text: string, start: number, end: number): number {
  return end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/** True when [start, end) holds only spaces, tabs and `\r`. */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** First index in [start, end) that is not a space or tab (`end` when none). */
export function skipSpaces(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) break;
    i++;
  }
  return i;
}

/** Index after the last char of [start, end) that is not a space, tab or `\r`. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) break;
    e--;
  }
  return e;
}

/** [start, end) without surrounding blanks and one pair of surrounding quotes (`"…"`, `'…'`, `` `…` ``). */
export function unquotedRange(text: string, start: number, end: number): [number, number] {
  let s = skipSpaces(text, start, end);
  let e = trimEnd(text, s, end);
  const q = text.charCodeAt(s);
  if (e - s >= 2 && (q === 34 || q === 39 || q === 96) && text.charCodeAt(e - 1) === q) {
    s = skipSpaces(text, s + 1, e - 1);
    e = trimEnd(text, s, e - 1);
  }
  return [s, e];
}

/**
 * A letter: ASCII letters, and non-ASCII chars outside the common punctuation and symbol blocks
 * (Latin-1 punctuation, General Punctuation, CJK and full-width punctuation): labels and values are
 * read char by char, and a Unicode property test per char would cost more than the rest.
 */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  return !(c >= 0xd800 && c <= 0xdfff);
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
