import 'fake-indexeddb/auto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decision } from '../background/decision.fixtures';
import type { AuditRecord } from './event';
import { openReportQueue, type ReportQueue } from './queue';
import { backoffDelay, checkReportUrl, createReporter, type ReporterOptions, type Timers } from './sender';

const META = { extensionVersion: '0.1.0', policyVersion: 'p1' };
let dbN = 0;
const queues: ReportQueue[] = [];
async function queue(cap?: number) {
  const q = await openReportQueue({ name: `sender-test-${++dbN}`, cap });
  queues.push(q);
  return q;
}
afterEach(() => queues.splice(0).forEach((q) => q.close()));

/** Timers the test fires by hand; `delays` records every delay the reporter asked for. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  const delays: number[] = [];
  let id = 0;
  const timers: Timers = {
    setTimeout(fn, ms) {
      delays.push(ms);
      pending.set(++id, fn);
      return id;
    },
    clearTimeout: (h) => void pending.delete(h as number),
  };
  const fireAll = () => {
    const fns = [...pending.values()];
    pending.clear();
    fns.forEach((fn) => fn());
  };
  return { timers, delays, pending, fireAll };
}

/** A fetch that answers with the given statuses in turn (then 200), recording bodies. */
function scriptedFetch(statuses: (number | 'network')[]) {
  const bodies: string[] = [];
  const fn = vi.fn<typeof fetch>(async (_url, init) => {
    bodies.push(String(init?.body));
    const next = statuses.shift() ?? 200;
    if (next === 'network') throw new TypeError('fetch failed');
    return new Response(null, { status: next });
  });
  return { fn, bodies };
}

const base = (q: ReportQueue, f: typeof fetch, t: Timers): ReporterOptions => ({
  url: 'https://siem.example.com/ingest',
  format: 'json',
  queue: q,
  meta: META,
  fetch: f,
  timers: t,
  random: () => 0.5,
});

describe('checkReportUrl', () => {
  it.each(['https://siem.example.com/x', 'http://localhost:8088/x', 'http://127.0.0.1:9/x', 'http://[::1]/x'])('accepts %s', (u) =>
    expect(() => checkReportUrl(u)).not.toThrow(),
  );
  it.each(['http://siem.example.com/x', 'ftp://x/y', 'javascript:alert(1)', 'https://user:pw@siem.example.com/', 'not a url'])(
    'rejects %s',
    (u) => expect(() => checkReportUrl(u)).toThrow(),
  );
});

describe('backoffDelay', () => {
  it('doubles the ceiling per attempt, caps it, and applies full jitter', () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, top))).toEqual([999, 1999, 3999, 7999]);
    expect(backoffDelay(50, top)).toBe(299_999);
    expect(backoffDelay(9, () => 0)).toBe(0);
  });
});

describe('createReporter', () => {
  it('batches by delay and posts with the configured headers', async () => {
    const q = await queue();
    const t = manualTimers();
    const f = scriptedFetch([]);
    const r = createReporter({ ...base(q, f.fn, t.timers), headers: { authorization: 'Splunk abc' }, format: 'splunk-hec' });
    await r.report(decision());
    await r.report(decision({ at: 1_750_000_001_000 }));
    expect(t.delays).toEqual([5_000]); // one batch timer for both
    expect(f.fn).not.toHaveBeenCalled();
    t.fireAll();
    await vi.waitFor(async () => expect(await q.size()).toBe(0));
    expect(f.fn).toHaveBeenCalledTimes(1);
    const [url, init] = f.fn.mock.calls[0];
    expect(url).toBe('https://siem.example.com/ingest');
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { authorization: 'Splunk abc', 'content-type': 'application/json' } });
    expect(f.bodies[0].split('\n').map((l) => JSON.parse(l).time)).toEqual([1_750_000_000, 1_750_000_001]);
  });

  it('flushes at once when a full batch waits', async () => {
    const q = await queue();
    const t = manualTimers();
    const f = scriptedFetch([]);
    const r = createReporter({ ...base(q, f.fn, t.timers), batchSize: 2 });
    await r.report(decision());
    await r.report(decision());
    await vi.waitFor(() => expect(f.fn).toHaveBeenCalledTimes(1));
    expect(JSON.parse(f.bodies[0])).toHaveLength(2);
  });

  it('retries with exponential backoff and full jitter, keeping the records until a 2xx', async () => {
    const q = await queue();
    const t = manualTimers();
    const f = scriptedFetch([503, 'network', 429, 500]);
    const r = createReporter(base(q, f.fn, t.timers));
    await r.report(decision());
    expect(await r.flush()).toEqual({ sent: 0, ok: false });
    for (let i = 0; i < 4; i++) {
      t.fireAll();
      await vi.waitFor(() => expect(f.fn).toHaveBeenCalledTimes(i + 2));
      await vi.waitFor(() => expect(t.pending.size + (i === 3 ? 1 : 0)).toBe(1));
    }
    // batch timer, then random()=0.5 × 1 s, 2 s, 4 s, 8 s.
    expect(t.delays).toEqual([5_000, 500, 1_000, 2_000, 4_000]);
    await vi.waitFor(async () => expect(await q.size()).toBe(0));
    expect(r.failures).toBe(0);
    expect(new Set(f.bodies).size).toBe(1); // the same record each time, sent once successfully
  });

  it('does not let new reports cut a backoff wait short', async () => {
    const q = await queue();
    const t = manualTimers();
    const f = scriptedFetch([500]);
    const r = createReporter({ ...base(q, f.fn, t.timers), batchSize: 1 });
    await r.report(decision());
    await vi.waitFor(() => expect(t.delays).toEqual([500]));
    await r.report(decision());
    await r.report(decision());
    expect(f.fn).toHaveBeenCalledTimes(1);
    expect(t.delays).toEqual([500]);
    t.fireAll();
    await vi.waitFor(async () => expect(await q.size()).toBe(0));
    expect(f.fn).toHaveBeenCalledTimes(4); // 1 failed + 3 one-record batches
  });

  it('resumes after a restart and sends the dropped notice first', async () => {
    const name = `sender-restart-${++dbN}`;
    const before = await openReportQueue({ name, cap: 2 });
    const t1 = manualTimers();
    const down = scriptedFetch(['network']);
    const r1 = createReporter({ ...base(before, down.fn, t1.timers), batchSize: 10 });
    for (const at of [1, 2, 3]) await r1.report(decision({ at: 1_750_000_000_000 + at }));
    before.close(); // the service worker dies before anything was sent

    const after = await openReportQueue({ name, cap: 2 });
    queues.push(after);
    const t2 = manualTimers();
    const up = scriptedFetch([]);
    createReporter({ ...base(after, up.fn, t2.timers), batchSize: 10 });
    await vi.waitFor(() => expect(t2.delays).toEqual([0]));
    t2.fireAll();
    await vi.waitFor(async () => expect(await after.size()).toBe(0));
    const sent: AuditRecord[] = JSON.parse(up.bodies[0]);
    expect(sent.map((s) => (s.kind === 'dropped' ? `dropped ${s.dropped}` : s.time))).toEqual([
      'dropped 1',
      '2025-06-15T15:06:40.002Z',
      '2025-06-15T15:06:40.003Z',
    ]);
    expect(await after.droppedCount()).toBe(0);
  });

  it('stops when the signal aborts', async () => {
    const q = await queue();
    const t = manualTimers();
    const f = scriptedFetch([]);
    const ac = new AbortController();
    const r = createReporter({ ...base(q, f.fn, t.timers), signal: ac.signal });
    await r.report(decision());
    ac.abort();
    expect(t.pending.size).toBe(0);
    expect(await r.flush()).toEqual({ sent: 0, ok: false });
    expect(f.fn).not.toHaveBeenCalled();
  });

  it('sends a report that lands mid-POST in the same flush', async () => {
    const q = await queue();
    const t = manualTimers();
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    const f = vi.fn<typeof fetch>(async () => {
      await gate;
      return new Response(null, { status: 200 });
    });
    const r = createReporter({ ...base(q, f, t.timers), headers: { 'Content-Type': 'text/plain' } });
    await r.report(decision());
    const first = r.flush();
    await vi.waitFor(() => expect(f).toHaveBeenCalledTimes(1));
    await r.report(decision({ at: 1_750_000_009_000 }));
    release();
    expect(await first).toEqual({ sent: 2, ok: true });
    expect(await q.size()).toBe(0);
    expect(f.mock.calls[0][1]?.headers).toEqual({ 'content-type': 'application/json' }); // the format decides
  });

  it('re-arms the batch timer for a report that lands after the flush saw an empty queue', async () => {
    const q = await queue();
    const t = manualTimers();
    const f = scriptedFetch([]);
    let lateReport: Promise<void> | undefined;
    // The race, made deterministic: the record is reported right after the run's final (empty) peek.
    const racy: ReportQueue = {
      ...q,
      async peekBatch(n) {
        const batch = await q.peekBatch(n);
        if (batch.length === 0 && !lateReport) {
          lateReport = r.report(decision({ at: 1_750_000_009_000 }));
          await lateReport; // stored while the run is still live, after it decided the queue was empty
        }
        return batch;
      },
    };
    const r = createReporter({ ...base(racy, f.fn, t.timers) });
    await r.report(decision());
    expect(await r.flush()).toEqual({ sent: 1, ok: true });
    await lateReport;
    await vi.waitFor(() => expect(t.pending.size).toBe(1));
    t.fireAll();
    await vi.waitFor(async () => expect(await q.size()).toBe(0));
    expect(f.fn).toHaveBeenCalledTimes(2);
  });

  it('aborts an in-flight POST and keeps the records', async () => {
    const q = await queue();
    const t = manualTimers();
    const f = vi.fn<typeof fetch>(
      (_url, init) => new Promise((_ok, fail) => init?.signal?.addEventListener('abort', () => fail(init.signal?.reason))),
    );
    const ac = new AbortController();
    const r = createReporter({ ...base(q, f, t.timers), signal: ac.signal });
    await r.report(decision());
    const flushing = r.flush();
    await vi.waitFor(() => expect(f).toHaveBeenCalledTimes(1));
    ac.abort();
    expect(await flushing).toEqual({ sent: 0, ok: false });
    expect(t.pending.size).toBe(0);
    expect(await q.size()).toBe(1);
  });

  it('delivers everything over real HTTP when the receiver fails, then recovers', async () => {
    const received: { records: AuditRecord[]; auth?: string; type?: string }[] = [];
    let failuresLeft = 3;
    const server = createServer(async (req: IncomingMessage, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      if (failuresLeft-- > 0) return res.writeHead(503).end();
      received.push({ records: JSON.parse(body), auth: req.headers.authorization, type: req.headers['content-type'] });
      res.writeHead(204).end();
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    try {
      const { port } = server.address() as AddressInfo;
      const q = await queue();
      const r = createReporter({
        url: `http://127.0.0.1:${port}/ingest`,
        format: 'json',
        headers: { authorization: 'Bearer t0k' },
        queue: q,
        meta: META,
        batchSize: 2,
        batchDelayMs: 5,
        backoff: { baseMs: 5, maxMs: 20 },
      });
      for (let i = 0; i < 5; i++) await r.report(decision({ at: 1_750_000_000_000 + i }));
      await vi.waitFor(async () => expect(await q.size()).toBe(0), { timeout: 5_000, interval: 10 });
      const times = received.flatMap((b) => b.records.map((rec) => rec.time)).sort();
      expect(times).toEqual([0, 1, 2, 3, 4].map((i) => new Date(1_750_000_000_000 + i).toISOString()));
      expect(received.every((b) => b.auth === 'Bearer t0k' && b.type === 'application/json')).toBe(true);
    } finally {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    }
  });
});
