/**
 * Range scans cost their range, not the text (issue 10, the guard's time-sliced scans). The guard scans a
 * big paste as `scanner.scan(text, { start, end })` ranges of 8–64 KB that keep the whole text as context
 * (src/guard/sliced-scan.ts); the ranges of one text must add up to about one whole scan. A range scan
 * that reads on to the end of the text (a regex's last search, a line's ends, a header lookup above it)
 * is quadratic over a sliced scan: 10 MB of one-line prose in 64 KB ranges cost 36× its whole scan.
 *
 * For each input: the sum of the range scans' times ≤ RANGES_VS_WHOLE × the whole scan's time (CPU time,
 * medians of interleaved runs, measured once more before failing, as in linear-time.test.ts), and the
 * findings are the same. PENDING_DETECTORS are left out until their own range costs are fixed (the lead removes them).
 */
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/engine/scan';
import { ALL_DETECTORS } from '../../src/engine/detectors';
import { proseLine, realisticText } from '../../bench/realistic-text';
import { customerTable } from '../../bench/customer-table';
import { HOSTILE_INPUTS } from '../../bench/hostile-inputs';

const KB = 1024;
const MB = KB * KB;
/**
 * Measured 1.1–1.35 here (two 4 KB margins per 64 KB range, ~0.1 ms fixed per call). Before range scans
 * stopped reading on to the end of the text: one-line prose 3.4×, an equal copy of it 5.1×, digits 11.8×.
 */
const RANGES_VS_WHOLE = 1.6;
/**
 * 8 KB ranges (the guard's smallest) read 8.5 KB of margins each, so prose, where the keyword passes are
 * most of the cost, scans at ~2× its whole scan in them; reading on to the end of the text was 33×.
 */
const SMALL_RANGES_VS_WHOLE = 3.5;
/**
 * Detectors whose range scans still read whole lines or run to the end of the text (people, addresses:
 * one-line inputs cost them 5–15× their whole scan in ranges). Measured without them until fixed.
 */
const PENDING_DETECTORS = new Set(['person-name', 'postal-address']);

const scanner = createScanner(ALL_DETECTORS.filter((d) => !PENDING_DETECTORS.has(d.id)));
function rangeScans(text: string, size: number): number {
  let n = 0;
  for (let p = 0; p < text.length; p += size) n += scanner.scan(text, { start: p, end: Math.min(text.length, p + size) }).length;
  return n;
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
}

/** This process's CPU time in ms: on a shared machine the wall clock also measures the neighbours. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Median times of a whole scan and of the range scans, interleaved (a busy neighbour hits both alike). */
function measure(text: string, size: number, runs = 3): { ratio: number; detail: string } {
  scanner.scan(text);
  rangeScans(text, size);
  const whole: number[] = [];
  const ranges: number[] = [];
  for (let r = 0; r < runs; r++) {
    let t = cpuMs();
    scanner.scan(text);
    whole.push(cpuMs() - t);
    t = cpuMs();
    rangeScans(text, size);
    ranges.push(cpuMs() - t);
  }
  const w = median(whole);
  const s = median(ranges);
  return { ratio: s / w, detail: `${Math.ceil(text.length / size)} ranges of ${size / KB} KB: ${s.toFixed(1)} ms, whole ${w.toFixed(1)} ms` };
}

/** Each input, its range size, and the most the range scans may cost over one whole scan. */
const INPUTS: [string, () => string, number, number][] = [
  ['4 MB of realistic text', () => realisticText(4 * MB, 1), 64 * KB, RANGES_VS_WHOLE],
  ['1 MB customer table', () => customerTable(MB, 1).text, 64 * KB, RANGES_VS_WHOLE],
  ['4 MB of one-line prose', () => proseLine(4 * MB), 64 * KB, RANGES_VS_WHOLE],
  // The same text made again: another string object, equal contents (a caller that reads the text again).
  ['4 MB of one-line prose, an equal copy', () => proseLine(4 * MB), 64 * KB, RANGES_VS_WHOLE],
  ['4 MB of one-line prose, 8 KB ranges', () => proseLine(4 * MB), 8 * KB, SMALL_RANGES_VS_WHOLE],
  ['2 MB of realistic text on one line', () => HOSTILE_INPUTS.find((h) => h.id === 'one-line-realistic')!.make(2 * MB), 64 * KB, RANGES_VS_WHOLE],
  ['2 MB of digits', () => HOSTILE_INPUTS.find((h) => h.id === 'digits')!.make(2 * MB), 64 * KB, RANGES_VS_WHOLE],
];

describe.each(INPUTS)('%s', (name, make, size, limit) => {
  const text = make();

  it('range scans find what the whole scan finds', () => {
    const key = (f: { detector: string; start: number; end: number }) => `${f.detector}@${f.start}-${f.end}`;
    const parts = [];
    for (let p = 0; p < text.length; p += size) parts.push(...scanner.scan(text, { start: p, end: Math.min(text.length, p + size) }));
    expect(parts.map(key)).toEqual(scanner.scan(text).map(key));
  });

  it(`range scans add up to ≤ ${limit}× the whole scan`, () => {
    let r = measure(text, size);
    if (r.ratio > limit) r = measure(text, size);
    console.log(`[range scans] ${name}: ${r.detail} (${r.ratio.toFixed(2)}×)`);
    expect(r.ratio, r.detail).toBeLessThanOrEqual(limit);
  });
});
