import { describe, expect, it } from 'vitest';
import type { Scanner } from '../engine/scan';
import { customerTable } from '../../test/e2e/customer-table';
import { proseLine } from '../../bench/realistic-text';
import { bestCpuMs } from '../../test/perf/cpu-time';
import { createGuardScanner } from './scan-text';
import { HOPELESS, MAX_RANGE, MIN_RANGE, ScanPace, scanSliced, SlicedScan, warmUp } from './sliced-scan';

const SECRET = 'AKIAZ3MHALQ7X7RTPW2B';
const CARD = '4111 1111 1111 1111';
const scanner = createGuardScanner(() => false);
const key = (f: { start: number; end: number; type: string }) => `${f.start}:${f.end}:${f.type}`;

/** A scanner that records the ranges it was asked for, around the real one. */
function recording(inner: Scanner): Scanner & { ranges: { start: number; end: number }[] } {
  const ranges: { start: number; end: number }[] = [];
  return {
    ranges,
    detectors: inner.detectors,
    fieldsOf: (text) => inner.fieldsOf(text),
    scan(text, range) {
      ranges.push(range ?? { start: 0, end: text.length });
      return inner.scan(text, range);
    },
  };
}

describe('SlicedScan', () => {
  it('finds exactly what one whole scan finds, on a dense customer table and on sparse prose with values cut by range edges', async () => {
    const table = customerTable(300 * 1024);
    const filler = 'The nightly export ran fine and nobody noticed anything unusual today.\n';
    const parts: string[] = [];
    while (parts.join('').length < 400_000) parts.push(filler.repeat(37), `aws key ${SECRET} and card ${CARD}\n`);
    for (const text of [table, parts.join('')]) {
      const whole = scanner.scan(text).map(key);
      const sliced = (await scanSliced(scanner, text, new ScanPace())).map(key);
      expect(sliced.length).toBeGreaterThan(100);
      expect(sliced).toEqual(whole);
    }
  });

  it('sizes ranges from the measured pace, within the minimum and maximum, and stops at the deadline', () => {
    const text = customerTable(400 * 1024);
    let s = recording(scanner);
    let job = new SlicedScan(s, text, new ScanPace());
    // A pause of the machine inside the (already done) table step makes that step "noticed" (> 2 ms),
    // and the call then rightly gives up a first range that no longer fits: tried again, up to 3 times.
    for (let attempt = 0; attempt < 3; attempt++) {
      s = recording(scanner);
      job = new SlicedScan(s, text, new ScanPace());
      s.fieldsOf(text).prepare(0, text.length); // the table found already: this is about the ranges
      expect(job.runUntil(performance.now() + 20)).toBe(false);
      if (s.ranges.length > 0) break;
    }
    expect(s.ranges.length).toBeGreaterThanOrEqual(1);
    for (const r of s.ranges) {
      expect(r.end - r.start).toBeGreaterThanOrEqual(MIN_RANGE);
      expect(r.end - r.start).toBeLessThanOrEqual(MAX_RANGE);
    }
    // Adjacent, in order, from 0.
    s.ranges.forEach((r, i) => expect(r.start).toBe(i === 0 ? 0 : s.ranges[i - 1]!.end));
    expect(job.progress).toBeGreaterThan(0);
    expect(job.progress).toBeLessThan(1);
  });

  it('always makes progress, even with a deadline already past, unless told a range must fit', () => {
    const job = new SlicedScan(scanner, customerTable(100 * 1024), new ScanPace());
    expect(job.runUntil(performance.now() - 1, false)).toBe(false);
    expect(job.progress).toBe(0);
    // A call that had to find the table first (when that took time) scans its first range in the next one.
    job.runUntil(performance.now() - 1);
    if (job.progress === 0) job.runUntil(performance.now() - 1);
    expect(job.progress).toBeGreaterThan(0);
  });

  it('a one-line paste scanned in ranges costs linear time (each range reads only its own stretch)', () => {
    // CPU time, the better of two runs: the two sizes are timed one after the other, and a load that
    // changes between them moved the wall-clock ratio past the bound.
    const cost = (chars: number) => {
      const text = proseLine(chars);
      return bestCpuMs(() => {
        const job = new SlicedScan(createGuardScanner(() => false), text, new ScanPace(1e9));
        while (!job.runUntil(performance.now() + 1000));
      });
    };
    const one = cost(1024 * 1024);
    const eight = cost(8 * 1024 * 1024);
    // Finding tables read the line back to its start for every range: 8 MB took ~1 s more than it should.
    expect(eight, `1 MB ${one.toFixed(1)} ms, 8 MB ${eight.toFixed(1)} ms`).toBeLessThanOrEqual(12 * one + 25);
  });

  it('finds a big table above its range in a step of its own, before the range that needs it', () => {
    // A scan of the last 64 KB of a 4 MB table the scanner has not seen: finding the table reads its
    // rows above the range, well over the 2 ms that make it a step of its own, on any machine (a range
    // at the top reads only its own rows: src/engine/fields/lazy-tables.test.ts).
    const text = customerTable(4 * 1024 * 1024, 4);
    const s = recording(createGuardScanner(() => false));
    const job = new SlicedScan(s, text, new ScanPace(), { start: text.length - 64 * 1024, end: text.length });
    const t0 = performance.now();
    expect(job.runUntil(performance.now() + 1)).toBe(false);
    const preparing = performance.now() - t0;
    expect(s.ranges, `the first call only found the table (${preparing.toFixed(1)} ms)`).toEqual([]);
    expect(job.runUntil(performance.now() + 1)).toBe(false);
    expect(s.ranges).toHaveLength(1);
    // The range's lookups found the table known: it cost a range, not the table again.
    expect(job.findings.length).toBeGreaterThan(100);
  });

  it('tryUntil: scans nothing that would not fit, but a short text whole in any case', () => {
    const short = new SlicedScan(scanner, `card ${CARD}`, new ScanPace(0.001));
    expect(short.tryUntil(performance.now() - 1)).toBe(true);
    expect(short.findings).toHaveLength(1);
    const long = new SlicedScan(scanner, customerTable(100 * 1024), new ScanPace(0.001));
    expect(long.tryUntil(performance.now() + 30)).toBe(false);
    expect(long.progress).toBe(0);
    const fits = new SlicedScan(scanner, customerTable(20 * 1024), new ScanPace(1e9));
    expect(fits.tryUntil(performance.now() + 30)).toBe(true);
  });

  it(`tryUntil: does not start a text that needs over ${HOPELESS} times the time left, but tries one somewhat over it`, () => {
    // 1,000 characters a millisecond, 30 ms left: a 30 KB range fits, but the table needs a second.
    const hopeless = new SlicedScan(scanner, customerTable(1024 * 1024), new ScanPace(1000));
    expect(hopeless.tryUntil(performance.now() + 30)).toBe(false);
    expect(hopeless.progress).toBe(0);
    const over = new SlicedScan(scanner, customerTable(90 * 1024), new ScanPace(1000));
    over.tryUntil(performance.now() + 30);
    expect(over.progress).toBeGreaterThan(0);
  });

  it('scans a short text whole, in one call, without a range', () => {
    const s = recording(scanner);
    const job = new SlicedScan(s, `card ${CARD}`, new ScanPace());
    expect(job.runUntil(performance.now() + 30)).toBe(true);
    expect(s.ranges).toEqual([{ start: 0, end: 5 + CARD.length }]);
    expect(job.findings.map((f) => f.type)).toEqual(['CREDIT_CARD']);
  });

  it('scans only the range it is given', async () => {
    const text = `card ${CARD}\n${'x '.repeat(20_000)}\nkey ${SECRET}`;
    const start = text.indexOf('key');
    const found = await new SlicedScan(scanner, text, new ScanPace(), { start, end: text.length }).finish();
    expect(found.map((f) => f.type)).toEqual(['AWS_ACCESS_KEY']);
  });

  it('yields to the event loop between slices, and a slice keeps to its time', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const text = customerTable(600 * 1024);
    const pace = new ScanPace();
    const job = new SlicedScan(scanner, text, pace);
    const slices: number[] = [];
    while (!job.done) {
      const t0 = performance.now();
      job.runUntil(t0 + 15);
      slices.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 0));
    }
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
    slices.sort((a, b) => a - b);
    // The median slice is near its budget (a shared CI machine can stretch the odd one).
    expect(slices[slices.length >> 1]).toBeLessThan(40);
  });

  it('tells the caller after each slice (the file progress shows from there)', async () => {
    const job = new SlicedScan(scanner, customerTable(200 * 1024), new ScanPace());
    let calls = 0;
    let done = 0;
    await job.finish(undefined, 1, () => {
      calls++;
      done = job.progress;
    });
    expect(calls).toBeGreaterThan(1);
    expect(done).toBe(1);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const job = new SlicedScan(scanner, customerTable(300 * 1024), new ScanPace());
    const run = job.finish(controller.signal, 1);
    controller.abort(new Error('edited'));
    await expect(run).rejects.toThrow('edited');
    expect(job.done).toBe(false);
  });
});

describe('ScanPace', () => {
  it('believes a slower measurement at once and a faster one halfway', () => {
    const pace = new ScanPace(1000);
    expect(new ScanPace().charsPerMs).toBe(250);
    pace.observe(500, 1);
    expect(pace.charsPerMs).toBe(500);
    pace.observe(1500, 1);
    expect(pace.charsPerMs).toBe(1000);
    expect(pace.charsIn(10)).toBe(10_000);
    expect(pace.charsIn(-5)).toBe(0);
  });
});

describe('warmUp', () => {
  it('scans every detector\'s example and measures the pace, and stops when aborted', async () => {
    const s = recording(scanner);
    const pace = new ScanPace(1);
    await warmUp(s, pace, new AbortController().signal);
    expect(s.ranges.length).toBeGreaterThan(scanner.detectors.length);
    expect(pace.charsPerMs).toBeGreaterThan(1);
    const aborted = recording(scanner);
    const controller = new AbortController();
    controller.abort();
    await warmUp(aborted, new ScanPace(), controller.signal);
    expect(aborted.ranges).toEqual([]);
  });
});
