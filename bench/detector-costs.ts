/**
 * Where the scan time goes. During an instrumented scan, `RegExp.prototype.exec` is wrapped to time
 * every regex execution and charge it to the detector that declared that regex (matched by source,
 * so it works however the engine recompiles patterns), and each detector's `validate` and `match`
 * are wrapped too. Regexes no detector declared are the engine's own (keyword search, numeric
 * lexing…) and get their own rows. What is left over is the rest of the engine's shared work:
 * windows, context, overlaps, previews.
 *
 * The wrapper knocks V8 off its regex fast paths, so instrumented times run high: compare shares.
 * Nested calls (a validator that runs a regex) are charged to the outermost owner only.
 */
import type { Detector } from '../src/engine/types';

export interface CostRow {
  readonly id: string;
  readonly anchor: string;
  /** Regex executions (plus `match` calls) per scan. */
  readonly execs: number;
  /** Regex + validate + match time per scan (ms, instrumented). */
  readonly ms: number;
}

export interface DetectorCostReport {
  /** Median uninstrumented scan time with every detector (ms). */
  readonly plainMs: number;
  /** Median instrumented scan time (ms). */
  readonly instrumentedMs: number;
  /** Instrumented time not charged to any detector (engine regexes included) (ms). */
  readonly engineMs: number;
  /** Detectors, most expensive first. */
  readonly costs: readonly CostRow[];
  /** The engine's own regexes (not declared by a detector), most expensive first. */
  readonly engineRegexes: readonly CostRow[];
  /**
   * The regexes that search the whole text (the engine's global ones, and the patterns of detectors
   * anchored on the full text), each timed alone as one pass over the text, uninstrumented (ms, median):
   * a scan costs at least their sum, however little the rest of the engine does.
   */
  readonly passes: readonly { readonly id: string; readonly ms: number }[];
}

function anchorKind(d: Detector): string {
  const a = d.anchor;
  if ('keywords' in a) return `keywords(${a.keywords.length})`;
  if ('numeric' in a) return `numeric ${a.numeric.minDigits}-${a.numeric.maxDigits}`;
  return 'full';
}

interface BenchScanner {
  scan(t: string): unknown;
  /** The scanner keeps the last text's field index: reading another text drops it (see `scanAsNew`). */
  fieldsOf(t: string): unknown;
}

/** One scan of `text` read as a new text (not with the field index of the scan before). */
function scanAsNew(scanner: BenchScanner, text: string): void {
  scanner.scan(text);
  scanner.fieldsOf('');
}

function medianScanMs(scanner: BenchScanner, text: string, runs: number): number {
  scanAsNew(scanner, text);
  const ts: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    scanAsNew(scanner, text);
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(ts.length / 2)]!;
}

export function measureDetectorCosts(
  createScanner: (ds: readonly Detector[]) => BenchScanner,
  detectors: readonly Detector[],
  text: string,
  runs: number,
): DetectorCostReport {
  const plainMs = medianScanMs(createScanner(detectors), text, runs);

  // Buckets 0..n-1 are detectors; engine regexes get buckets appended on first sight.
  const labels: { id: string; anchor: string }[] = detectors.map((d) => ({ id: d.id, anchor: anchorKind(d) }));
  const ms: number[] = detectors.map(() => 0);
  const execs: number[] = detectors.map(() => 0);
  const bySource = new Map<string, number>();
  detectors.forEach((d, i) => {
    for (const p of d.patterns) if (!bySource.has(p.regex.source)) bySource.set(p.regex.source, i);
  });
  const owner = new WeakMap<RegExp, number>();
  /** Global engine regexes by bucket, as seen during the instrumented scan (sticky ones are not passes). */
  const seen = new Map<number, RegExp>();
  let depth = 0;

  const bucketOf = (re: RegExp): number => {
    let b = owner.get(re);
    if (b === undefined) {
      b = bySource.get(re.source);
      if (b === undefined) {
        b = labels.length;
        labels.push({ id: `/${re.source.length > 60 ? `${re.source.slice(0, 57)}…` : re.source}/${re.flags}`, anchor: 'engine' });
        ms.push(0);
        execs.push(0);
        bySource.set(re.source, b);
      }
      owner.set(re, b);
    }
    return b;
  };

  const timed = <A extends unknown[], R>(bucket: number, fn: (...a: A) => R, ...args: A): R => {
    if (depth > 0) return fn(...args);
    depth++;
    const t0 = performance.now();
    try {
      return fn(...args);
    } finally {
      ms[bucket] += performance.now() - t0;
      depth--;
    }
  };

  const instrumented = detectors.map((d, i): Detector => {
    const { validate, match } = d;
    return {
      ...d,
      ...(validate ? { validate: (value: string, info: Parameters<typeof validate>[1]) => timed(i, validate, value, info) } : {}),
      ...(match
        ? {
            match: (region: string) => {
              execs[i]!++;
              return timed(i, (r: string) => [...match(r)], region);
            },
          }
        : {}),
    };
  });

  const originalExec = RegExp.prototype.exec;
  let instrumentedMs: number;
  let scans: number;
  try {
    RegExp.prototype.exec = function exec(this: RegExp, s: string): RegExpExecArray | null {
      if (depth > 0) return originalExec.call(this, s);
      const b = bucketOf(this);
      execs[b]!++;
      // A pass: a global regex of the engine's searching the whole text (not a word, line or window).
      if (b >= detectors.length && this.global && s.length >= text.length * 0.9 && !seen.has(b)) seen.set(b, this);
      return timed(b, (x: string) => originalExec.call(this, x), s);
    };
    const scanner = createScanner(instrumented);
    scanAsNew(scanner, text); // first scan compiles and warms up; not charged
    ms.fill(0);
    execs.fill(0);
    instrumentedMs = medianScanMs(scanner, text, runs);
    scans = runs + 1; // medianScanMs warms up once more
  } finally {
    RegExp.prototype.exec = originalExec;
  }

  const rows = labels.map((l, b) => ({ ...l, ms: ms[b]! / scans, execs: Math.round(execs[b]! / scans) }));
  const costs = rows.slice(0, detectors.length).sort((a, b) => b.ms - a.ms);
  const engineRegexes = rows.slice(detectors.length).sort((a, b) => b.ms - a.ms);
  const charged = costs.reduce((a, c) => a + c.ms, 0);
  // A regex run once or twice per scan looks for its first match only (`test`: "does the text hold…").
  const passRegexes: { id: string; re: RegExp; first: boolean }[] = [...seen].map(([b, re]) => ({ id: labels[b]!.id, re, first: rows[b]!.execs <= 2 }));
  detectors.forEach((d) => {
    if (anchorKind(d) === 'full') for (const p of d.patterns) passRegexes.push({ id: `${d.id} /${p.regex.source.slice(0, 30)}…/`, re: new RegExp(p.regex.source, `${p.regex.flags.replace('g', '')}g`), first: false });
  });
  const passes = passRegexes
    .map(({ id, re, first }) => ({ id, ms: passMs(re, text, Math.max(3, runs), first) }))
    .filter((p) => p.ms >= plainMs * 0.005)
    .sort((a, b) => b.ms - a.ms);
  return { plainMs, instrumentedMs, engineMs: instrumentedMs - charged, costs, engineRegexes, passes };
}

/** Median time of one pass of global regex `re` over `text`: every match, as a search loop reads them, or the `first` only. */
function passMs(re: RegExp, text: string, runs: number, first: boolean): number {
  const ts: number[] = [];
  for (let r = 0; r <= runs; r++) {
    const t0 = performance.now();
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) && !first) if (m[0].length === 0) re.lastIndex++;
    if (r > 0) ts.push(performance.now() - t0);
  }
  re.lastIndex = 0;
  ts.sort((a, b) => a - b);
  return ts[ts.length >> 1]!;
}
