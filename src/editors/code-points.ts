/**
 * UTF-16 helpers. Offsets everywhere are UTF-16 code units (what `scan()` returns); a boundary that
 * falls between the two halves of a surrogate pair is widened so an edit never leaves half an emoji.
 */

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Clamps `[start, end)` to the text and widens it to whole code points (a collapsed caret moves before the pair). */
export function snapToCodePoints(text: string, start: number, end: number): [number, number] {
  let s = Math.max(0, Math.min(Math.trunc(start) || 0, text.length));
  let e = Math.max(s, Math.min(Math.trunc(end) || 0, text.length));
  const caret = e === s;
  if (s > 0 && s < text.length && isLow(text.charCodeAt(s)) && isHigh(text.charCodeAt(s - 1))) s--;
  if (caret) return [s, s]; // a caret stays a caret, moved before the pair
  if (e > 0 && e < text.length && isLow(text.charCodeAt(e)) && isHigh(text.charCodeAt(e - 1))) e++;
  return [s, e];
}
