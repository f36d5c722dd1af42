/**
 * The reporter: queues audit records durably and POSTs them in batches to the admin's collector.
 *
 * - Batches: a flush starts when `batchSize` records wait or `batchDelayMs` after the first one.
 * - Delivery: a record leaves the queue only when the receiver answers 2xx; anything else (network
 *   error, timeout, 4xx, 5xx) keeps it and retries with capped exponential backoff and full jitter
 *   (delay = random() × min(maxMs, baseMs × 2^(attempt−1)); AWS Architecture Blog, "Exponential Backoff And Jitter").
 * - Restarts: the queue is durable, so `createReporter` schedules a flush at once if records wait.
 * - Seams: `fetch`, `now`, `random` and timers are injected so tests are deterministic.
 */
import { toAuditEvent, type AuditMeta } from './event';
import { serializeBatch, type ReportFormat } from './formats';
import type { ReportQueue } from './queue';
import { reportUrlProblem } from './url';
import type { GuardEvent } from '../decisions/types';

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ReporterOptions {
  readonly url: string;
  readonly format: ReportFormat;
  /** E.g. `Authorization: Splunk <token>`; from managed policy. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly queue: ReportQueue;
  readonly meta: AuditMeta;
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
  readonly random?: () => number;
  readonly timers?: Timers;
  /** Aborting stops timers and in-flight requests. */
  readonly signal?: AbortSignal;
  readonly batchSize?: number;
  readonly batchDelayMs?: number;
  readonly backoff?: { readonly baseMs: number; readonly maxMs: number };
  /** Per-request timeout. */
  readonly timeoutMs?: number;
}

export interface FlushResult {
  /** Records acknowledged by the receiver during this flush. */
  readonly sent: number;
  /** False when a POST failed (a retry is scheduled) or the reporter was aborted. */
  readonly ok: boolean;
}

export interface Reporter {
  report(event: GuardEvent): Promise<void>;
  /** Sends everything queued now (ignoring any backoff wait); concurrent calls share one run. */
  flush(): Promise<FlushResult>;
  /** Consecutive failures so far (0 when healthy). */
  readonly failures: number;
}

export const REPORTER_DEFAULTS = { batchSize: 100, batchDelayMs: 5_000, backoff: { baseMs: 1_000, maxMs: 300_000 }, timeoutMs: 30_000 };

/** Throws unless `raw` is a usable collector URL: https, or plain http to a loopback host (`reportUrlProblem`). */
export function checkReportUrl(raw: string): URL {
  const url = new URL(raw);
  const problem = reportUrlProblem(url);
  if (problem) throw new Error(`reporting URL ${problem}`);
  return url;
}

/** Full-jitter backoff delay for the n-th consecutive failure (n ≥ 1). */
export function backoffDelay(attempt: number, random: () => number, { baseMs, maxMs } = REPORTER_DEFAULTS.backoff): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 30));
  return Math.floor(random() * ceiling);
}

export function createReporter(options: ReporterOptions): Reporter {
  const url = checkReportUrl(options.url).href;
  const { queue, meta, format, signal } = options;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const random = options.random ?? Math.random;
  const timers: Timers = options.timers ?? { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as never) };
  const batchSize = options.batchSize ?? REPORTER_DEFAULTS.batchSize;
  const batchDelayMs = options.batchDelayMs ?? REPORTER_DEFAULTS.batchDelayMs;
  const backoff = options.backoff ?? REPORTER_DEFAULTS.backoff;
  const timeoutMs = options.timeoutMs ?? REPORTER_DEFAULTS.timeoutMs;

  let failures = 0;
  let timer: unknown;
  /** True while `timer` is a backoff wait: new reports must not cut it short. */
  let backingOff = false;
  let running: Promise<FlushResult> | undefined;

  const schedule = (ms: number, isBackoff: boolean) => {
    if (signal?.aborted) return;
    if (timer !== undefined) timers.clearTimeout(timer);
    backingOff = isBackoff;
    timer = timers.setTimeout(() => {
      timer = undefined;
      backingOff = false;
      void flush();
    }, ms);
  };
  signal?.addEventListener('abort', () => timer !== undefined && timers.clearTimeout(timer), { once: true });

  async function post(body: string, contentType: string): Promise<boolean> {
    const timeout = AbortSignal.timeout(timeoutMs);
    try {
      const res = await doFetch(url, {
        method: 'POST',
        headers: { ...withoutContentType(options.headers), 'content-type': contentType },
        body,
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        credentials: 'omit',
        keepalive: body.length < 60_000, // may outlive the worker being stopped; keepalive bodies are limited to 64 KiB
      });
      void res.body?.cancel().catch(() => undefined);
      return res.ok;
    } catch {
      return false;
    }
  }

  async function run(): Promise<FlushResult> {
    let sent = 0;
    while (!signal?.aborted) {
      const batch = await queue.peekBatch(batchSize);
      if (batch.length === 0) return { sent, ok: true };
      const { body, contentType } = serializeBatch(batch.map((q) => q.record), format);
      if (!(await post(body, contentType))) {
        failures++;
        schedule(backoffDelay(failures, random, backoff), true);
        return { sent, ok: false };
      }
      failures = 0;
      await queue.ack(batch.map((q) => q.id));
      sent += batch.length;
    }
    return { sent, ok: false };
  }

  function flush(): Promise<FlushResult> {
    if (timer !== undefined) {
      timers.clearTimeout(timer);
      timer = undefined;
      backingOff = false;
    }
    running ??= run()
      .catch((): FlushResult => {
        failures++; // the queue itself failed (e.g. storage error): retry later like a network error
        schedule(backoffDelay(failures, random, backoff), true);
        return { sent: 0, ok: false };
      })
      .finally(() => (running = undefined));
    return running;
  }

  async function report(event: GuardEvent): Promise<void> {
    await queue.enqueue(toAuditEvent(event, meta));
    if (running) void running.then(kick).catch(() => undefined); // the run may already have seen an empty queue
    else await kick();
  }

  /** Starts a flush when a full batch waits, else arms the batch timer; a pending backoff wins. */
  async function kick(): Promise<void> {
    if (backingOff || running || signal?.aborted) return;
    const n = await queue.size();
    if (n >= batchSize) void flush();
    else if (n > 0 && timer === undefined) schedule(batchDelayMs, false);
  }

  // Resume after a restart: whatever the last session left behind goes out now.
  void queue.size().then(
    (n) => n > 0 && !running && timer === undefined && schedule(0, false),
    () => undefined,
  );

  return {
    report,
    flush,
    get failures() {
      return failures;
    },
  };
}

/** The format decides the content type; a configured one in any letter case would be merged into "a, b". */
function withoutContentType(headers: Readonly<Record<string, string>> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'content-type'));
}
