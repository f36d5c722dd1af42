/**
 * Test helpers (not shipped): a `find` detector's range scans against its whole scan, for
 * `range-scans.test.ts` here and in `../addresses` (docs/design/range-scans.md).
 */
import { createFieldIndex } from '../fields';
import type { FieldIndex, LabelledCell } from '../fields/types';
import type { Found } from '../types';

type Find = (text: string, scope: { start: number; end: number; fields: FieldIndex }) => Iterable<Found>;

/** A finding as a comparable line. */
function show(f: Found): string {
  return `${f.start}-${f.end} ${f.score} ${f.pattern} ${f.near ?? ''}`;
}

/**
 * Findings of one whole scan, and of range scans of `size` chars tiling the text (one index for the
 * whole scan, another for the ranges); `outside`: range findings that do not start in their range.
 */
export function wholeAndRanges(find: Find, text: string, size: number): { whole: string[]; ranges: string[]; outside: string[] } {
  const whole = [...find(text, { start: 0, end: text.length, fields: createFieldIndex(text) })].map(show).sort();
  const fields = createFieldIndex(text);
  const ranges: string[] = [];
  const outside: string[] = [];
  for (let start = 0; start < text.length; start += size) {
    const end = Math.min(text.length, start + size);
    for (const f of find(text, { start, end, fields })) {
      ranges.push(show(f));
      if (f.start < start || f.start >= end) outside.push(`[${start}, ${end}): ${show(f)}`);
    }
  }
  return { whole, ranges: ranges.sort(), outside };
}

/**
 * The field index with every `cells` answer taken from one whole-text answer: what a finder costs by
 * itself, apart from the field index's own cost of reading a range (the index's to bound).
 */
export function cellsOnce(text: string): FieldIndex {
  const fields = createFieldIndex(text);
  const memo = new Map<unknown, LabelledCell[]>();
  return {
    labelAt: (p) => fields.labelAt(p),
    columnBelow: (p) => fields.columnBelow(p),
    recordAt: (p) => fields.recordAt(p),
    logLine: (p) => fields.logLine(p),
    prepare: (a, b) => fields.prepare(a, b),
    cells(test, start, end, words) {
      let all = memo.get(test);
      if (!all) memo.set(test, (all = [...fields.cells(test, 0, text.length, words)]));
      let lo = 0;
      let hi = all.length;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (all[m]!.start < start) lo = m + 1;
        else hi = m;
      }
      const out: LabelledCell[] = [];
      for (let i = lo; i < all.length && all[i]!.start < end; i++) out.push(all[i]!);
      return out;
    },
  };
}

/**
 * Time of a whole scan and of range scans of `size` chars tiling the text, the finder alone
 * (`cellsOnce`): best and median of `runs` interleaved runs, after one warm-up of each.
 */
export function rangeCost(find: Find, text: string, size: number, runs = 7): { whole: number; ranges: number; medianWhole: number; medianRanges: number } {
  const fields = cellsOnce(text);
  const whole = () => {
    let n = 0;
    for (const _ of find(text, { start: 0, end: text.length, fields })) n++;
    return n;
  };
  const ranges = () => {
    let n = 0;
    for (let start = 0; start < text.length; start += size) for (const _ of find(text, { start, end: Math.min(text.length, start + size), fields })) n++;
    return n;
  };
  whole();
  ranges();
  const w: number[] = [];
  const r: number[] = [];
  for (let k = 0; k < runs; k++) {
    let t = performance.now();
    whole();
    w.push(performance.now() - t);
    t = performance.now();
    ranges();
    r.push(performance.now() - t);
  }
  const sorted = (xs: number[]) => xs.sort((a, b) => a - b);
  // The best run is what the code costs on a shared machine (others' load only adds); the median is for reports.
  return { whole: sorted(w)[0]!, ranges: sorted(r)[0]!, medianWhole: w[runs >> 1]!, medianRanges: r[runs >> 1]! };
}
