/**
 * Child-process side of the benchmark: loads ONE target library, runs the measurement tasks the
 * parent sends over IPC, and answers each with its timings. Runs in its own process so a peer whose
 * regex goes quadratic on a hostile input can be killed without losing the rest of the run.
 */
import { measureDetectorCosts } from './detector-costs';
import { loadEngine } from './engine-bundle';
import { HOSTILE_INPUTS } from './hostile-inputs';
import { loadTarget, type BenchTarget, type LibraryId } from './libraries';
import { cutToBytes, prompt2k, proseLine, realisticText, utf8Length } from './realistic-text';
import { EXPECTED_KINDS, KIND_TYPES, PENDING_KINDS, customerTable, missedValues, type CustomerTable, type ValueKind } from './customer-table';
import { MB, median, quantile } from './stats';

export type Task =
  | { kind: 'throughput'; bytes: number; seed: number; minRuns: number; maxMs: number; slowCutoffMs: number }
  | { kind: 'latency'; iterations: number; warmup: number; maxMs: number }
  | { kind: 'hostile'; input: string; chars: number; minRuns: number; maxMs: number }
  | { kind: 'detectors'; input: string; chars: number; runs: number }
  | { kind: 'table'; bytes: number; minRuns: number; maxMs: number; slowCutoffMs: number }
  | { kind: 'ranges'; input: RangesInput; size: number; rangeChars: number; runs: number };

/** Texts the range-scan task cuts into ranges: realisticText, a fresh customerTable per run, proseLine. */
export type RangesInput = 'realistic' | 'table' | 'prose-line';

/**
 * The guard's time-sliced scans (src/guard/sliced-scan.ts): the text scanned as consecutive range
 * scans of `rangeChars`, the whole text kept as context, against one whole scan of the same text. As in
 * the guard, finding the tables a range is in (`FieldIndex.prepare`) is a step of its own before the
 * range's scan: a fresh table is read whole on its first lookup.
 */
export interface RangesResult {
  readonly input: RangesInput;
  /** Chars scanned, ranges per scan, detectors in the scanner. */
  readonly chars: number;
  readonly ranges: number;
  readonly detectors: number;
  /** Medians over the runs: one whole scan, the sum of the range scans (table-finding steps included). */
  readonly wholeMs: number;
  readonly rangesMs: number;
  /** Per run, its slowest step (a range's scan or its table-finding) and the median range; medians over the runs. */
  readonly worstRangeMs: number;
  readonly medianRangeMs: number;
  /** Where the slowest range of the last run starts. */
  readonly worstAt: number;
  /** The range scans' findings, concatenated, equal the whole scan's (checked on the first text). */
  readonly sameFindings: boolean;
}

/** The customer-table task: the table's timing, 1 MB of realistic text timed the same way, and for PromptFence which planted values it found. */
export interface TableResult {
  readonly table: TimingResult;
  readonly realistic: TimingResult;
  /** Rows of the first timed table (seed 1). */
  readonly rows: number;
  /** Per value kind: planted in the seed-1 table and missed by the scan (PromptFence only). */
  readonly values?: Record<string, { planted: number; missed: number; expected: boolean }>;
}

export interface TimingResult {
  /** Milliseconds per run, in run order. */
  readonly times: number[];
  readonly medianMs: number;
  readonly findings: number;
  /** Size actually scanned (UTF-8 bytes for realistic text, UTF-16 units for hostile inputs). */
  readonly size: number;
  /** Set when a slow library was measured on a 1 MB slice instead of the requested size. */
  readonly sliced?: boolean;
}

export interface LatencyResult {
  readonly n: number;
  readonly meanBytes: number;
  readonly medianUs: number;
  readonly p90Us: number;
  readonly p99Us: number;
  readonly maxUs: number;
  readonly findingsPerPrompt: number;
}


const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});


/** `--cpu` runs: time is the process's CPU time (user + system), not the wall clock (see run.ts). */
const CPU_TIME = process.env.BENCH_CPU_TIME === '1';
/**
 * `--gc-each-run`: a full GC before every timed run (the old method). By default there is one before
 * each series' warm-up instead: a forced full GC resets V8's adaptive young-generation size, so every
 * run started with a tiny nursery, which no page sees and which made allocation-heavy scanners look up
 * to 2× slower than in steady use (PromptFence on 2 MB: 60 → 133 ms; see docs/design/engine-speed.md).
 */
const GC_EACH_RUN = process.env.BENCH_GC_EACH_RUN === '1';

/** Milliseconds now: CPU time under `--cpu`, else the wall clock. */
const clock = (): number => {
  if (!CPU_TIME) return performance.now();
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

async function once(target: BenchTarget, text: string): Promise<{ ms: number; findings: number }> {
  if (GC_EACH_RUN) gc();
  if (CPU_TIME && !target.async) {
    const c0 = process.cpuUsage();
    const r = target.run(text) as number;
    const c = process.cpuUsage(c0);
    return { ms: (c.user + c.system) / 1000, findings: r };
  }
  const t0 = performance.now();
  const r = target.async ? await target.run(text) : (target.run(text) as number);
  return { ms: performance.now() - t0, findings: r };
}

/**
 * Warm-up runs of `text`: up to WARM_RUNS, fewer when they take over WARM_MS together (the slow peers).
 * Under `--cpu` V8 compiles on the main thread (`--single-threaded`), and the first scans of an input
 * cost up to 5× the steady ones (one-line-realistic: 524, 242, 212, 130, 154, 112, 102, 111, 77, 83, 73 ms),
 * so one warm-up run left compilation in the timed runs: what a page does not see (a browser's V8
 * compiles off its main thread). Four were not enough either: 1 MB of realistic text measured 13.7
 * MB/s after four and 19.8 after twelve, its 10 MB 20.0 (bench runs of 2026-12-07).
 */
async function warmUp(target: BenchTarget, text: string): Promise<{ ms: number; findings: number }> {
  const start = performance.now();
  let r = await once(target, text);
  for (let i = 1; i < WARM_RUNS && performance.now() - start < WARM_MS; i++) r = await once(target, text);
  return r;
}
const WARM_RUNS = 12;
const WARM_MS = 5000;

/** Warm-up runs, then at least `minRuns` timed runs (more while under `maxMs`, up to 15). */
async function timeRuns(target: BenchTarget, text: string, minRuns: number, maxMs: number): Promise<TimingResult> {
  gc();
  const warm = await warmUp(target, text);
  const times: number[] = [];
  let findings = warm.findings;
  const start = performance.now();
  while (times.length < minRuns || (times.length < 15 && performance.now() - start < maxMs)) {
    const r = await once(target, text);
    times.push(r.ms);
    findings = r.findings;
    if (times.length >= minRuns && performance.now() - start >= maxMs) break;
  }
  if (findings < 0 && target.count) findings = target.count(text);
  return { times, medianMs: median(times), findings, size: text.length };
}

const realisticCache = new Map<string, string>();
function realistic(bytes: number, seed: number): string {
  const key = `${bytes}:${seed}`;
  let t = realisticCache.get(key);
  if (!t) realisticCache.set(key, (t = realisticText(bytes, seed)));
  return t;
}

const tableCache = new Map<string, CustomerTable>();
function table(bytes: number, seed: number): CustomerTable {
  const key = `${bytes}:${seed}`;
  let t = tableCache.get(key);
  if (!t) tableCache.set(key, (t = customerTable(bytes, seed)));
  return t;
}

/**
 * Like timeRuns, on a fresh table per run (seed 1, 2, …; warm-up on seed 0): a pasted table is new
 * data, so no library's caches see a value twice. Slow libraries are measured on the first 128 KB
 * of each table (and the result says so).
 */
async function timeTables(target: BenchTarget, bytes: number, minRuns: number, maxMs: number, slowCutoffMs: number): Promise<TimingResult> {
  for (let seed = 0; seed < minRuns + 1; seed++) table(bytes, seed); // generated before timing (and before the GC)
  gc();
  // Seed 0 warms up (and is the probe); the timed runs read seeds 1, 2, … (each table new to the scanner).
  const probe = await warmUp(target, table(bytes, 0).text);
  const runs = Math.max(minRuns, 3);
  const sliced = probe.ms * (runs + 1) > slowCutoffMs;
  const size = sliced ? 128 * 1024 : bytes;
  const textOf = (seed: number) => (sliced ? cutToBytes(table(bytes, seed).text, size) : table(bytes, seed).text);
  if (sliced) await once(target, textOf(0));
  const times: number[] = [];
  let findings = 0;
  const start = performance.now();
  for (let seed = 1; times.length < minRuns || (times.length < 15 && performance.now() - start < maxMs); seed++) {
    const r = await once(target, textOf(seed));
    times.push(r.ms);
    if (seed === 1) findings = r.findings;
    if (times.length >= minRuns && performance.now() - start >= maxMs) break;
  }
  if (findings < 0 && target.count) findings = target.count(textOf(1));
  return { times, medianMs: median(times), findings, size, ...(sliced && { sliced: true }) };
}

function hostileText(input: string, chars: number): string {
  if (input === 'realistic') return realistic(chars, 1);
  if (input === 'table') return table(chars, 1).text;
  const h = HOSTILE_INPUTS.find((x) => x.id === input);
  if (!h) throw new Error(`unknown hostile input ${input}`);
  return h.make(chars);
}

async function run(target: BenchTarget, task: Task): Promise<unknown> {
  switch (task.kind) {
    case 'throughput': {
      const text = realistic(task.bytes, task.seed);
      // Probe on a 1 MB slice first: a library that would need more than `slowCutoffMs` for the
      // full text is measured on the slice instead (and the report says so).
      const slice = cutToBytes(text, MB);
      const probe = await once(target, slice);
      if ((probe.ms * task.bytes) / MB > task.slowCutoffMs) {
        const r = await timeRuns(target, slice, task.minRuns, task.maxMs);
        return { ...r, size: MB, sliced: true } satisfies TimingResult;
      }
      const r = await timeRuns(target, text, task.minRuns, task.maxMs);
      return { ...r, size: utf8Length(text) } satisfies TimingResult;
    }
    case 'latency': {
      const prompts = Array.from({ length: 64 }, (_, i) => prompt2k(i + 1));
      const meanBytes = prompts.reduce((a, p) => a + utf8Length(p), 0) / prompts.length;
      let findings = 0;
      for (let i = 0; i < task.warmup; i++) {
        const r = target.async ? await target.run(prompts[i % 64]!) : (target.run(prompts[i % 64]!) as number);
        if (i < 64) findings += r;
      }
      if (findings < 0 && target.count) findings = prompts.reduce((a, p) => a + target.count!(p), 0);
      const times: number[] = [];
      const start = performance.now();
      for (let i = 0; i < task.iterations; i++) {
        const p = prompts[i % 64]!;
        const t0 = performance.now();
        if (target.async) await target.run(p);
        else target.run(p);
        times.push((performance.now() - t0) * 1000);
        if ((i & 63) === 63 && performance.now() - start > task.maxMs) break;
      }
      times.sort((a, b) => a - b);
      return {
        n: times.length,
        meanBytes,
        medianUs: quantile(times, 0.5),
        p90Us: quantile(times, 0.9),
        p99Us: quantile(times, 0.99),
        maxUs: times[times.length - 1]!,
        findingsPerPrompt: findings / 64,
      } satisfies LatencyResult;
    }
    case 'hostile': {
      const text = hostileText(task.input, task.chars);
      return await timeRuns(target, text, task.minRuns, task.maxMs);
    }
    case 'table': {
      const t = await timeTables(target, task.bytes, task.minRuns, task.maxMs, task.slowCutoffMs);
      const realisticMb = realistic(task.bytes, 1);
      const r = await timeRuns(target, realisticMb, task.minRuns, task.maxMs);
      const first = table(task.bytes, 1);
      let values: TableResult['values'];
      if (target.findings) {
        const findings = target.findings(first.text);
        const kinds = [...EXPECTED_KINDS, ...PENDING_KINDS] as ValueKind[];
        const missed = missedValues(first, findings, kinds);
        values = {};
        for (const kind of Object.keys(KIND_TYPES) as ValueKind[]) {
          const planted = first.values.filter((v) => v.kind === kind).length;
          if (planted) values[kind] = { planted, missed: missed.filter((v) => v.kind === kind).length, expected: EXPECTED_KINDS.includes(kind) };
        }
      }
      return { table: t, realistic: { ...r, size: task.bytes }, rows: first.rows, ...(values && { values }) } satisfies TableResult;
    }
    case 'ranges':
      return await timeRanges(task);
    case 'detectors': {
      const { createScanner, ALL_DETECTORS } = await loadEngine();
      return measureDetectorCosts(createScanner, ALL_DETECTORS, hostileText(task.input, task.chars), task.runs);
    }
  }
}

/**
 * Range scans against whole scans (see RangesResult). Runs alternate (whole, ranges; then ranges,
 * whole), after a warm-up of both on another text; a customer table is a fresh one for every scan
 * (seeds 1, 2, …), as a paste is new data to the caches, the others the same text each time.
 */
async function timeRanges(task: Extract<Task, { kind: 'ranges' }>): Promise<RangesResult> {
  // Bundled as it ships; PROMPTFENCE_ENGINE=<dir of another checkout> measures that build's (engine-bundle.ts).
  const { createScanner, ALL_DETECTORS } = await loadEngine();
  const detectors = ALL_DETECTORS;
  // A scanner keeps what it read of the last texts (field index, column openings, windows of range
  // scans): each timed run gets a fresh one, warmed on another text, so no run reads its text for free.
  let scanner = createScanner(detectors);
  const textOf = (k: number): string =>
    task.input === 'table' ? table(task.size, k + 1).text : task.input === 'prose-line' ? proseLine(task.size) : realistic(task.size, 1);
  // `times` gets each range's scan time; `steps` each step's (the table-finding and the scan apart).
  const rangeScans = (text: string, times?: number[], steps?: number[]): { start: number; end: number; detector: string }[] => {
    const out: { start: number; end: number; detector: string }[] = [];
    for (let p = 0; p < text.length; p += task.rangeChars) {
      const end = Math.min(text.length, p + task.rangeChars);
      const t0 = times ? clock() : 0;
      scanner.fieldsOf(text).prepare(p, end);
      const t1 = times ? clock() : 0;
      for (const f of scanner.scan(text, { start: p, end })) out.push(f);
      const t2 = times ? clock() : 0;
      times?.push(t2 - t0);
      steps?.push(t1 - t0, t2 - t1);
    }
    return out;
  };
  const key = (fs: readonly { start: number; end: number; detector: string }[]) => fs.map((f) => `${f.detector}@${f.start}-${f.end}`).join('\n');
  // Warm-up on another text of the same kind (compiles the regexes and the engine's paths).
  const warm = task.input === 'table' ? table(Math.min(task.size, 256 * 1024), 0).text : task.input === 'prose-line' ? proseLine(256 * 1024) : realistic(256 * 1024, 2);
  const freshScanner = () => {
    scanner = createScanner(detectors);
    scanner.scan(warm);
    rangeScans(warm);
  };
  freshScanner();
  const first = textOf(0);
  const sameFindings = key(scanner.scan(first)) === key(rangeScans(first));
  const whole: number[] = [];
  const ranges: number[] = [];
  const worst: number[] = [];
  const typical: number[] = [];
  let worstAt = 0;
  let k = 1;
  gc();
  for (let r = 0; r < task.runs; r++) {
    for (const mode of r % 2 ? ['ranges', 'whole'] : ['whole', 'ranges']) {
      const text = textOf(k++);
      freshScanner();
      gc();
      if (mode === 'whole') {
        const t0 = clock();
        scanner.scan(text);
        whole.push(clock() - t0);
      } else {
        const times: number[] = [];
        const steps: number[] = [];
        const t0 = clock();
        rangeScans(text, times, steps);
        ranges.push(clock() - t0);
        const max = Math.max(...steps);
        worst.push(max);
        worstAt = Math.floor(steps.indexOf(max) / 2) * task.rangeChars;
        typical.push(median(times));
      }
    }
  }
  return {
    input: task.input,
    chars: first.length,
    ranges: Math.ceil(first.length / task.rangeChars),
    detectors: detectors.length,
    wholeMs: median(whole),
    rangesMs: median(ranges),
    worstRangeMs: median(worst),
    medianRangeMs: median(typical),
    worstAt,
    sameFindings,
  };
}

if (process.send) {
  const id = process.argv[2] as LibraryId;
  const targetP = loadTarget(id);
  process.on('message', async (msg: { seq: number; task: Task }) => {
    try {
      const target = await targetP;
      const result = await run(target, msg.task);
      process.send!({ seq: msg.seq, ok: true, result, label: target.label });
    } catch (e) {
      process.send!({ seq: msg.seq, ok: false, error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) });
    }
  });
  process.send({ ready: true });
}
