/**
 * Scanning in the page without long tasks, however dense the text: the text is scanned in range scans
 * (`scanner.scan(text, { start, end })`, which keep the whole text as context, so a table's header or a
 * keyword before the range still counts) sized from the engine's measured speed on this page, so that
 * each run of work ends by a deadline. Chunked by time, not by size: a 1 MB customer table is ten times
 * slower to scan than 1 MB of prose, and the same byte limit cannot suit both.
 */
import type { Scanner, ScanRange } from '../engine/scan';
import type { Finding } from '../engine/types';
import { markWork } from './work-marks';
import { warmUpTable } from './warm-table';

/**
 * The send path decides synchronously (the site's handlers run right after ours) when the whole scan
 * fits in this, measured from the start of the handler; otherwise the event is stopped and the scan
 * finishes in slices. Leaves room under the 50 ms long-task line for reading the composer, deciding, and
 * a last range that runs over its prediction (at 30 ms, Enter on a dense 200 KB table measured 32–34 ms
 * of CPU in CI: too close to the line for a slower machine).
 */
export const SYNC_BUDGET_MS = 20;
/**
 * Work per slice of an asynchronous scan, before the page gets the main thread back. Well under 50 ms:
 * on a busy machine a range can take twice what the pace predicts, and a garbage collection can land in it.
 */
export const SLICE_MS = 10;
/**
 * Smallest and largest range per scan. Below the minimum the range scan's fixed cost (it reads 4 KB on
 * each side for context) outweighs the range; the maximum bounds the damage when the text turns dense
 * after a sparse stretch (the pace still says "fast"): 64 KB of the densest table is ~25 ms here.
 */
export const MIN_RANGE = 8 * 1024;
/** Preparing a range (finding its tables) that took longer than this was a table's first lookup. */
const PREPARE_NOTICED_MS = 2;
export const MAX_RANGE = 64 * 1024;

/**
 * `tryUntil` does not start a text the pace says needs more than this many times the time left: the
 * pace is a cautious estimate (a text may scan up to a few times faster than predicted), so a text
 * somewhat over budget is still tried, but a megabyte table, which takes a second, is not.
 */
export const HOPELESS = 4;

/**
 * The engine's speed on this page, in characters per millisecond, as range scans measure it. Cautious:
 * a slower measurement is believed at once (the text got denser, or the machine is busy), a faster one
 * only halfway, so one quick sparse range does not size the next one for a dense stretch.
 */
export class ScanPace {
  private rate: number;

  /**
   * `initial`: the pace believed before any measurement, low on purpose: the first scan of a page also
   * compiles the engine's regexes (a cold 16 KB range of a customer table took 45 ms in Chromium here).
   */
  constructor(initial = 250) {
    this.rate = initial;
  }

  /** Characters per millisecond, as currently estimated. */
  get charsPerMs(): number {
    return this.rate;
  }

  observe(chars: number, ms: number): void {
    const measured = chars / Math.max(ms, 0.05);
    this.rate = measured < this.rate ? measured : this.rate + (measured - this.rate) / 2;
  }

  /** How many characters should take `ms` at the current pace. */
  charsIn(ms: number): number {
    return Math.max(0, this.rate * ms);
  }
}

/**
 * One scan of `text` (or of `range` of it) done in as many runs as it takes. `runUntil` does range scans
 * until a deadline, `finish` runs the rest in slices with the event loop in between. Findings are
 * exactly those of `scanner.scan(text, range)`: range scans of adjacent ranges add up to the whole.
 */
export class SlicedScan {
  readonly findings: Finding[] = [];
  private pos: number;
  /** The field index has found the tables of the text before this offset (`FieldIndex.prepare`). */
  private prepared = 0;
  private readonly end: number;

  constructor(
    private readonly scanner: Scanner,
    readonly text: string,
    private readonly pace: ScanPace,
    range?: ScanRange,
  ) {
    this.pos = Math.max(0, range?.start ?? 0);
    this.end = Math.min(text.length, range?.end ?? text.length);
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  /** How much of the range is scanned, in [0, 1]. */
  get progress(): number {
    return this.end <= 0 ? 1 : Math.min(1, this.pos / this.end);
  }

  /**
   * Range scans until the scan is done (true) or the next range would run past `deadline` (a
   * `performance.now()` time). With `mustProgress` (the default) the first range of a call always runs,
   * so every call makes progress; without it (a decision that must be quick or deferred) nothing runs
   * that the pace says would not fit.
   */
  runUntil(deadline: number, mustProgress = true): boolean {
    markWork('scan');
    let first = mustProgress;
    while (this.pos < this.end) {
      const started = performance.now();
      const fits = this.pace.charsIn(deadline - started);
      if (!first && fits < Math.min(MIN_RANGE, this.end - this.pos)) return false;
      let size = Math.min(MAX_RANGE, Math.max(MIN_RANGE, Math.floor(fits)));
      // No sliver left for a run of its own: its fixed cost would be most of it.
      if (this.end - this.pos - size < MIN_RANGE / 2) size = this.end - this.pos;
      const to = this.pos + size;
      // Finding the tables the range is in is a step of its own: a table is read only down to the range
      // (its first 64 KB of a 10 MB sheet: ~0.3 ms in Node), but a range below the top of a table not
      // read yet (a scan that starts in the middle of a text) reads the rows above it first, as a whole
      // 1 MB table once took (~5 ms in Node, 10–20 ms in Chromium; with the range after it the task
      // went over 50 ms). When it took real time, the deadline is checked again before the range.
      if (this.prepared < to && this.text.length > MIN_RANGE) {
        const t0 = performance.now();
        this.scanner.fieldsOf(this.text).prepare(this.pos, to);
        this.prepared = to;
        if (performance.now() - t0 > PREPARE_NOTICED_MS) {
          // Stamped after the fact, so a trace tells this step from the scans (the e2e timing tests).
          markWork('tables');
          first = false;
          continue;
        }
      }
      const whole = this.pos === 0 && to >= this.text.length;
      for (const f of whole ? this.scanner.scan(this.text) : this.scanner.scan(this.text, { start: this.pos, end: to })) this.findings.push(f);
      this.pace.observe(size, performance.now() - started);
      this.pos = to;
      first = false;
    }
    return true;
  }

  /**
   * For a decision that is made now or deferred (the send and paste handlers): scans what the pace says
   * fits by `deadline`, nothing if the first range does not. A short text (one minimal range) is scanned
   * whole in any case: a prompt is decided at once even on a slow, busy machine. A text the pace says
   * takes over `HOPELESS` times the time left is not started at all: it will be deferred anyway, and
   * its first ranges would only lengthen the event's task (a 1 MB paste's task already spends ~15 ms
   * reading the clipboard).
   */
  tryUntil(deadline: number): boolean {
    const left = this.end - this.pos;
    if (left > MIN_RANGE && left > HOPELESS * this.pace.charsIn(deadline - performance.now())) return false;
    return this.runUntil(deadline, left <= MIN_RANGE);
  }

  /**
   * Scans the rest in slices of `sliceMs`, yielding before each one (the caller's task, an event
   * handler that may already have run its budget, ends first). Rejects with the signal's reason once
   * aborted. `onSlice` runs after each slice (a progress display: `scheduler.yield` continuations run
   * ahead of the page's timers, so a timer may not fire until the scan is done).
   */
  async finish(signal?: AbortSignal, sliceMs = SLICE_MS, onSlice?: () => void): Promise<Finding[]> {
    while (!this.done) {
      await yieldToEventLoop();
      if (signal?.aborted) throw signal.reason ?? new Error('scan aborted');
      this.runUntil(performance.now() + sliceMs);
      onSlice?.();
    }
    if (signal?.aborted) throw signal.reason ?? new Error('scan aborted');
    return this.findings;
  }
}

/**
 * How long the guard's slices may go on ahead of the page's own queued work. `scheduler.yield()` puts
 * the guard's next slice before the page's timers and messages, so a long scan held them all back: the
 * page's own tasks waited 1.5 s through a 10 M-character text and 4.2 s through a 10 MB sheet in
 * Chromium, and alike in Firefox, with no task of ours over 50 ms (so no trace showed it) — a site's
 * React scheduler, timers and socket messages stood still meanwhile. Past this, the next yield goes to
 * the back of the queue.
 */
export const FAIR_TURN_MS = 50;
let lastFairTurn = -Infinity;

/**
 * Lets input and rendering run between slices. `scheduler.yield()` where the browser has it (the scan
 * continues ahead of other queued work, but after input), and at least every `FAIR_TURN_MS` a
 * message-channel turn, which queues behind the page's own tasks (and, unlike nested `setTimeout(0)`,
 * is not clamped to 4 ms).
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function' && performance.now() - lastFairTurn < FAIR_TURN_MS) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      lastFairTurn = performance.now();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Gets the engine ready before the first real scan of the page, in idle slices: scans each detector's
 * own first example alone (which compiles its regexes and the engine's code paths; cold, the first scan
 * of a page cost several times a warm one), then all of them as one text in range scans, which measures
 * the pace on a dense text. Stops when `signal` aborts.
 */
export async function warmUp(scanner: Scanner, pace: ScanPace, signal: AbortSignal): Promise<void> {
  const samples = scanner.detectors.map((d) => d.examples.match[0]).filter((s): s is string => !!s);
  let sliceEnd = performance.now() + SLICE_MS;
  for (const sample of samples) {
    if (signal.aborted) return;
    scanner.scan(sample);
    if (performance.now() > sliceEnd) {
      await yieldToEventLoop();
      sliceEnd = performance.now() + SLICE_MS;
    }
  }
  await yieldToEventLoop();
  await new SlicedScan(scanner, samples.join('\n'), pace).finish(signal).catch(() => undefined);
  // The table-reading code, which no example exercises at scale (warm-table.ts).
  await new SlicedScan(scanner, warmUpTable(), pace).finish(signal).catch(() => undefined);
}

/** Scans all of `text` in slices (paste, drop and file text that is held back anyway); `onSlice` as in `finish`. */
export function scanSliced(scanner: Scanner, text: string, pace: ScanPace, signal?: AbortSignal, onSlice?: () => void): Promise<Finding[]> {
  return new SlicedScan(scanner, text, pace).finish(signal, SLICE_MS, onSlice);
}
