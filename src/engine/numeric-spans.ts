/**
 * The shared numeric lexer: one pass finds digit runs joined by short separator runs
 * (space, no-break space, `.`, `-`, `/`, `(`, `)`), e.g. `4111 1111 1111 1111`, `+1 (415) 555-2671`,
 * `123.456.789-09`. Numeric detectors subscribe by digit count, so a timestamp is offered only to the
 * few detectors whose range fits it, and no numeric detector scans the whole text.
 *
 * Linear: separators are never digits, so `\d+(?:SEP\d+)*` cannot backtrack more than the separator run.
 */
export const NUMERIC_SPAN = /\d+(?:[ \u00a0.\/()\-]{1,3}\d+)*/g;

/** Number of ASCII digits in text[start, end). */
export function countDigits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
