/**
 * Where the street name sits in each address the finder just reported, so that the masked preview does
 * not parse the value a second time (in a dense customer table that re-parse cost as much as finding
 * the address). The engine masks each finding right after the scan, in text order: a ring of the last
 * reports (text, offsets, name), read from a cursor that moves forward, finds them without slicing or
 * hashing the values (`startsWith` at the recorded offset). A value not found here is parsed again.
 */
const SIZE = 1024;
const starts = new Int32Array(SIZE);
const ends = new Int32Array(SIZE);
const names = new Int32Array(SIZE * 2);
let text = '';
let written = 0;
let cursor = 0;
/** How far past the cursor a lookup searches (findings the engine dropped in favour of others). */
const PROBE = 16;

/** Records the street name [nameStart, nameEnd) (absolute offsets) of the address text[start, end). */
export function rememberName(source: string, start: number, end: number, nameStart: number, nameEnd: number): void {
  if (source !== text) {
    text = source;
    written = 0;
    cursor = 0;
  }
  const k = written % SIZE;
  starts[k] = start;
  ends[k] = end;
  names[2 * k] = nameStart - start;
  names[2 * k + 1] = nameEnd - start;
  written++;
  if (written - cursor > SIZE) cursor = written - SIZE;
}

/** [start, end) of the street name in `value`, if the finder reported it recently. */
export function recalledName(value: string): readonly [number, number] | undefined {
  for (let n = cursor, last = Math.min(written, cursor + PROBE); n < last; n++) {
    const k = n % SIZE;
    if (ends[k]! - starts[k]! !== value.length || !text.startsWith(value, starts[k]!)) continue;
    cursor = n + 1;
    return [names[2 * k]!, names[2 * k + 1]!];
  }
  return undefined;
}
