// @vitest-environment node
/**
 * Audit reporting end to end: a Chromium policy file sets `reporting` for the extension, a guard decision
 * on a fixture chat page reaches a local HTTP receiver (plain http is allowed to loopback only) from the background service worker, in each wire
 * format, content-free. The format is switched by rewriting the policy file while the browser runs
 * (Chrome picks it up in ~5 s, see guard-policy.e2e.test.ts); each format posts to its own path so a
 * record sent under the old policy would be seen, not waited for. Outages: the receiver answering 503,
 * and the MV3 service worker being stopped while a record waits (its retry timer dies with it).
 *
 * Needs root (Chromium reads /etc/chromium/policies/managed), as CI runs.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { REPORTING_DB } from '../../src/reporting/queue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx, para, run, table } from '../../src/documents/testing/office-files';
import { dropFiles, openFixture, pressEnter, typeText, waitForModelText } from './drive';
import { serveFixtures, siteById, siteUrl } from './fixture-server';
import { AWS_KEY, CARD, expectNeverSentValue, expectSentOnce, openGuardedSite } from './guard-helpers';
import { extensionWorkerRunning, launchWithExtension, OFFLINE_ARGS, stopExtensionWorker, type ExtensionBrowser } from './harness';
import { clickPanelButton, LABEL, TITLE, waitForPanel } from './panel-driver';
import { policyFile, readManaged } from './policy-file';

const policy = policyFile('promptfence-e2e-reporting');

const PROMPT = `please review key ${AWS_KEY} for the zebra migration`;
const REDACTED = 'please review key [AWS_ACCESS_KEY_1] for the zebra migration';
/** Nothing of the prompt may reach the receiver: the value, any tail of it, or the surrounding words. */
const FORBIDDEN = [AWS_KEY, AWS_KEY.slice(-4), AWS_KEY.slice(0, 8), 'zebra', 'migration', 'please review'];

interface Received { readonly path: string; readonly body: string; readonly status: number }

/**
 * The receiver: plain HTTP on 127.0.0.1, like a local collector or forwarding agent (the policy accepts
 * http:// report urls for loopback hosts only); CORS for the service worker's cross-origin POST (no host
 * permission); answers `status()` to POSTs, once `hold` settles when it is set.
 */
let received: Received[] = [];
let status = () => 200;
/** While set, answers wait for it (a request in flight). */
let hold: Promise<void> | undefined;
let server: Server;
let port: number;

function startReceiver(): Promise<void> {
  server = createServer((req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': 'POST, OPTIONS' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const code = status();
      received.push({ path: req.url ?? '', body: Buffer.concat(chunks).toString('utf8'), status: code });
      const respond = () => res.writeHead(code, { ...cors, 'content-type': 'application/json' }).end('{}');
      if (hold) void hold.then(respond);
      else respond();
    });
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => {
    port = (server.address() as AddressInfo).port;
    r();
  }));
}

const url = (format: string) => `http://127.0.0.1:${port}/ingest/${format}`;

function writePolicy(format: string): void {
  policy.write({ reporting: { url: url(format), format } });
}

/** Decision records out of one request body, per format. */
function decode(format: string, body: string): Record<string, unknown>[] {
  if (format === 'json') return JSON.parse(body) as Record<string, unknown>[];
  if (format === 'splunk-hec') return body.split('\n').map((line) => (JSON.parse(line) as { event: Record<string, unknown> }).event);
  type Kv = { key: string; value: Record<string, unknown> };
  const plain = (v: Record<string, unknown>): unknown => {
    if ('stringValue' in v) return v.stringValue;
    if ('intValue' in v) return Number(v.intValue);
    if ('arrayValue' in v) return (v.arrayValue as { values: Record<string, unknown>[] }).values.map(plain);
    if ('kvlistValue' in v) return Object.fromEntries((v.kvlistValue as { values: Kv[] }).values.map((kv) => [kv.key, plain(kv.value)]));
    return Object.values(v)[0];
  };
  const req = JSON.parse(body) as { resourceLogs: { scopeLogs: { logRecords: { attributes: Kv[] }[] }[] }[] };
  return req.resourceLogs.flatMap((r) => r.scopeLogs.flatMap((s) => s.logRecords.map((l) =>
    Object.fromEntries(l.attributes.map((kv) => [kv.key.replace(/^promptfence\./, ''), plain(kv.value)])))));
}

let ext: ExtensionBrowser;
let extPage: Page;

async function waitFor<T>(what: string, read: () => Promise<T> | T, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > until) throw new Error(`${what}: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function waitForFormat(format: string): Promise<void> {
  await waitFor('managed policy', () => readManaged(extPage),
    (p) => (p.reporting as { format?: string } | undefined)?.format === format);
  // The background re-reads managed storage 250 ms after its change event.
  await new Promise((r) => setTimeout(r, 1_000));
}

/** Types the secret on the ChatGPT fixture, Enter, "Redact and send". */
async function redactAndSend(): Promise<void> {
  const { page, recorder } = await openGuardedSite(ext.browser, 'chatgpt');
  await typeText(page, PROMPT);
  await waitForModelText(page, PROMPT);
  await pressEnter(page);
  const panel = await waitForPanel(page);
  expect(panel.title).toBe(TITLE.block);
  await clickPanelButton(page, LABEL.redactAndSend);
  await expectSentOnce(page, recorder, REDACTED);
  expectNeverSentValue(recorder, AWS_KEY);
  await page.close();
}

function expectOneCleanEvent(format: string, requests: readonly Received[]): void {
  const ok = requests.filter((r) => r.status === 200);
  const records = ok.flatMap((r) => decode(format, r.body)).filter((r) => r.kind === 'decision');
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({ kind: 'decision', site: 'chatgpt', action: 'block', choice: 'redacted', counts: { AWS_ACCESS_KEY: 1 }, types: ['AWS_ACCESS_KEY'] });
  expect(records[0]!.policyVersion).toMatch(/^[0-9a-f]{12}$/);
  for (const r of requests) for (const bad of FORBIDDEN) expect(r.body, `${format} body leaks "${bad}"`).not.toContain(bad);
}

/** Records waiting in the reporter's durable outbox (read from an extension page: same origin, same IndexedDB). */
async function outboxSize(): Promise<number> {
  return extPage.evaluate(async (name) => {
    // Opening a database that does not exist would create it without its stores: look first.
    if (!(await indexedDB.databases()).some((d) => d.name === name)) return 0;
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    try {
      return await new Promise<number>((ok, fail) => {
        const req = db.transaction('outbox').objectStore('outbox').count();
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
    } finally {
      db.close();
    }
  }, REPORTING_DB);
}

beforeAll(async () => {
  await startReceiver();
  writePolicy('json');
  ext = await launchWithExtension({ extraArgs: OFFLINE_ARGS });
  extPage = await ext.browser.newPage();
  await extPage.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await waitForFormat('json');
}, 90_000);

afterAll(async () => {
  policy.remove();
  await ext?.close();
  await new Promise((r) => server?.close(r));
});

describe('audit reporting to the admin\'s receiver', () => {
  for (const format of ['json', 'splunk-hec', 'otlp'] as const) {
    it(`${format}: "Redact and send" on a blocked secret → one content-free event`, async () => {
      if (format !== 'json') {
        writePolicy(format);
        await waitForFormat(format);
      }
      received = [];
      await redactAndSend();
      const mine = await waitFor('event at the receiver', () => received.filter((r) => r.path === `/ingest/${format}`), (r) => r.length > 0);
      await new Promise((r) => setTimeout(r, 500)); // any duplicate would arrive with it
      expect(received.filter((r) => r.path !== `/ingest/${format}`), 'nothing to an old url').toEqual([]);
      expectOneCleanEvent(format, mine);
    });
  }

  it('receiver down (503) for a while, then back: the event arrives once, nothing lost', async () => {
    received = [];
    let failuresLeft = 3;
    status = () => (failuresLeft-- > 0 ? 503 : 200);
    try {
      await redactAndSend();
      const all = await waitFor('event after the outage', () => received, (r) => r.some((x) => x.status === 200), 60_000);
      await new Promise((r) => setTimeout(r, 500));
      expect(all.filter((r) => r.status === 503).length).toBe(3);
      expectOneCleanEvent('otlp', received);
    } finally {
      status = () => 200;
    }
  });

  it('the service worker is stopped while the event waits for the receiver: it is kept, and arrives once when the worker wakes', async () => {
    received = [];
    status = () => 503;
    try {
      await redactAndSend();
      // The decision reached the durable queue and one POST failed: the retry timer now lives in the worker.
      await waitFor('first delivery attempt', () => received, (r) => r.length > 0);
      expect(await outboxSize(), 'queued in IndexedDB').toBe(1);

      await stopExtensionWorker(ext);
      status = () => 200;
      const attempts = received.length;
      // A running worker would retry within ~2 s (backoff ≤ 1 s, then ≤ 2 s): nothing comes while it is stopped.
      await new Promise((r) => setTimeout(r, 4_000));
      expect(received.length, 'no retry from a stopped worker').toBe(attempts);
      expect(extensionWorkerRunning(ext), 'worker still stopped').toBe(false);
      expect(await outboxSize(), 'still queued after the worker stopped').toBe(1);

      // Any extension event wakes it; a chat page load sends the guard's status message.
      const page = await ext.browser.newPage();
      await serveFixtures(page);
      await openFixture(page, siteUrl(siteById('chatgpt')));
      await waitFor('event after the worker woke', () => received, (r) => r.some((x) => x.status === 200));
      await new Promise((r) => setTimeout(r, 1_500)); // any duplicate would arrive with it
      await page.close();
      expect(extensionWorkerRunning(ext), 'a new worker').toBe(true);
      expect(received.slice(0, attempts).every((r) => r.status === 503)).toBe(true);
      expectOneCleanEvent('otlp', received);
      expect(await outboxSize(), 'acknowledged records leave the queue').toBe(0);
    } finally {
      status = () => 200;
    }
  });

  it('the service worker is stopped while a POST is in flight: the record is not lost; a resent copy has the same event id', async () => {
    received = [];
    let release!: () => void;
    hold = new Promise((r) => (release = r));
    try {
      await redactAndSend();
      // The receiver has the whole body, the worker waits for its answer: stop the worker now.
      await waitFor('request in flight', () => received, (r) => r.length > 0);
      await stopExtensionWorker(ext);
      release();
      hold = undefined;
      await new Promise((r) => setTimeout(r, 2_000));
      // The 200 came too late for the stopped worker to acknowledge: the record must still be queued.
      expect(await outboxSize(), 'unacknowledged record kept').toBe(1);

      const page = await ext.browser.newPage();
      await serveFixtures(page);
      await openFixture(page, siteUrl(siteById('chatgpt')));
      await waitFor('outbox drained after the worker woke', outboxSize, (n) => n === 0);
      await page.close();
      const records = received.filter((r) => r.status === 200).flatMap((r) => decode('otlp', r.body)).filter((r) => r.kind === 'decision');
      // At-least-once: the receiver may get this decision twice, but every copy carries the same
      // eventId (OTLP: promptfence.eventId and log.record.uid), so it can drop the repeat.
      expect(records.length).toBeGreaterThanOrEqual(1);
      for (const r of records) expect(r).toMatchObject({ action: 'block', choice: 'redacted', counts: { AWS_ACCESS_KEY: 1 } });
      expect(new Set(records.map((r) => r.eventId)).size, 'one event id for every copy').toBe(1);
      expect(records[0]?.eventId).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      hold = undefined;
    }
  });

  it('an attached file: one record for it, its name masked where it holds the card, its kind, size and counts; never its content', async () => {
    received = [];
    const digits = CARD.replace(/ /g, '');
    const bytes = docx({ body: para(run('Customer record')) + table([['Name', 'Card'], ['Ann Lee', CARD]]) });
    const { page } = await openGuardedSite(ext.browser, 'chatgpt');
    await dropFiles(page, [{ name: `card_${digits}.docx`, content: bytes }]);
    await waitForPanel(page, 'dialog', 15_000);
    await clickPanelButton(page, LABEL.attachRedacted);
    const mine = await waitFor('file event at the receiver', () => received.filter((r) => r.status === 200), (r) => r.length > 0);
    await new Promise((r) => setTimeout(r, 500));
    await page.close();
    const records = mine.flatMap((r) => decode('otlp', r.body)).filter((r) => r.kind === 'decision');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      channel: 'drop', action: 'redact', choice: 'redacted', counts: { CREDIT_CARD: 1, PERSON: 1 },
      file: { name: 'card_[CREDIT_CARD_1].docx', nameMasked: true, format: 'docx', size: bytes.length },
    });
    for (const r of received) for (const bad of [digits, CARD, digits.slice(-4), 'Ann Lee', 'Customer record']) expect(r.body, `leaks "${bad}"`).not.toContain(bad);
  });
});
