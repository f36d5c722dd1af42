/**
 * Child-process side of the benchmark: loads ONE target library, runs the measurement tasks the
 * parent sends over IPC, and answers each with its timings. Runs in its own process so a peer whose
 * regex goes quadratic on a hostile input can be killed without losing the rest of the run.
 */
import { measureDetectorCosts } from './detector-costs';
import { HOSTILE_INPUTS } from './hostile-inputs';
import { loadTarget, type BenchTarget, type LibraryId } from './libraries';
import { cutToBytes, prompt2k, realisticText, utf8Length } from './realistic-text';
import { MB, median, quantile } from './stats';

export type Task =
  | { kind: 'throughput'; bytes: number; seed: number; minRuns: number; maxMs: number; slowCutoffMs: number }
  | { kind: 'latency'; iterations: number; warmup: number; maxMs: number }
  | { kind: 'hostile'; input: string; chars: number; minRuns: number; maxMs: number }
  | { kind: 'detectors'; input: string; chars: number; runs: number };

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

async function once(target: BenchTarget, text: string): Promise<{ ms: number; findings: number }> {
  gc();
  const t0 = performance.now();
  const r = target.async ? await target.run(text) : (target.run(text) as number);
  return { ms: performance.now() - t0, findings: r };
}

/** Warm-up run, then at least `minRuns` timed runs (more while under `maxMs`, up to 15). */
async function timeRuns(target: BenchTarget, text: string, minRuns: number, maxMs: number): Promise<TimingResult> {
  const warm = await once(target, text);
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

function hostileText(input: string, chars: number): string {
  if (input === 'realistic') return realistic(chars, 1);
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
    case 'detectors': {
      const { createScanner } = await import('../src/engine/scan');
      const { ALL_DETECTORS } = await import('../src/engine/detectors');
      return measureDetectorCosts(createScanner, ALL_DETECTORS, hostileText(task.input, task.chars), task.runs);
    }
  }
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
