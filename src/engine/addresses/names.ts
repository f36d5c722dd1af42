/**
 * Where the street name sits in each address the finder just reported, so that the masked preview does
 * not parse the value a second time (in a dense customer table that re-parse cost as much as finding
 * the address). The engine masks each finding right after the scan, in text order: the reports of the
 * current pass over a text (text, offsets, name), read from a cursor that moves forward, find them
 * without slicing or hashing the values (`startsWith` at the recorded offset). A value not found here is
 * parsed again.
 *
 * Every report of the pass is kept, not only the last 1,024: a whole scan of a 1 MB customer table
 * reports 6,500 streets before the first is masked, and a ring of 1,024 sent 5,500 of them back to the
 * parser (~10 ms of the table's scan). A report that starts before the last one begins a new pass (a
 * rescan), and the arrays are bounded (MAX) all the same.
 */
const MAX = 1 << 18;
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
let names = new Int32Array(2048);
let text = '';
let written = 0;
let cursor = 0;
/** How far past the cursor a lookup searches (findings the engine dropped in favour of others). */
const PROBE = 16;

/** Records the street name [nameStart, nameEnd) (absolute offsets) of the address text[start, end). */
export function rememberName(source: string, start: number, end: number, nameStart: number, nameEnd: number): void {
  if (source !== text || written === MAX || (written > 0 && start < starts[written - 1]!)) {
    text = source;
    written = 0;
    cursor = 0;
  }
  if (written === starts.length) grow();
  starts[written] = start;
  ends[written] = end;
  names[2 * written] = nameStart - start;
  names[2 * written + 1] = nameEnd - start;
  written++;
}

function grow(): void {
  const size = starts.length * 2;
  const s = new Int32Array(size);
  const e = new Int32Array(size);
  const n = new Int32Array(size * 2);
  s.set(starts);
  e.set(ends);
  n.set(names);
  starts = s;
  ends = e;
  names = n;
}

/** [start, end) of the street name in `value`, if the finder reported it recently. */
export function recalledName(value: string): readonly [number, number] | undefined {
  for (let k = cursor, last = Math.min(written, cursor + PROBE); k < last; k++) {
    if (ends[k]! - starts[k]! !== value.length || !text.startsWith(value, starts[k]!)) continue;
    cursor = k + 1;
    return [names[2 * k]!, names[2 * k + 1]!];
  }
  return undefined;
}
