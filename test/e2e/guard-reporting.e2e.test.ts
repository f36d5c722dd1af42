// @vitest-environment node
/**
 * Audit reporting end to end: a Chromium policy file sets `reporting` for the extension, a guard decision
 * on a fixture chat page reaches a local HTTPS receiver from the background service worker, in each wire
 * format, content-free. The format is switched by rewriting the policy file while the browser runs
 * (Chrome picks it up in ~5 s, see guard-policy.e2e.test.ts); each format posts to its own path so a
 * record sent under the old policy would be seen, not waited for.
 *
 * Needs root (Chromium reads /etc/chromium/policies/managed), as CI runs.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusComposer, openFixture, pressEnter, typeText, waitForModelText } from './drive';
import { serveFixtures, siteById, siteUrl } from './fixture-server';
import { AWS_KEY, expectNeverSentValue, expectSentOnce, watchPanels } from './guard-helpers';
import { EXTENSION_DIR, launchWithExtension, OFFLINE_ARGS, type ExtensionBrowser } from './harness';
import { clickPanelButton, LABEL, TITLE, waitForPanel } from './panel-driver';

declare const chrome: { storage: { managed: { get(k: null): Promise<Record<string, unknown>> } } };

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/promptfence-e2e-reporting.json`;

/** Chromium's id for an unpacked extension: sha256 of its path, first 32 hex digits mapped to a–p (as in guard-policy). */
function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');
}
const ID = unpackedExtensionId(EXTENSION_DIR);

const PROMPT = `please review key ${AWS_KEY} for the zebra migration`;
const REDACTED = 'please review key [AWS_ACCESS_KEY_1] for the zebra migration';
/** Nothing of the prompt may reach the receiver: the value, any tail of it, or the surrounding words. */
const FORBIDDEN = [AWS_KEY, AWS_KEY.slice(-4), AWS_KEY.slice(0, 8), 'zebra', 'migration', 'please review'];

interface Received { readonly path: string; readonly body: string; readonly status: number }

/**
 * The receiver: HTTPS (the policy validator takes https:// report urls only) with a throwaway self-signed
 * certificate, which Chromium accepts under --ignore-certificate-errors; CORS for the service worker's
 * cross-origin POST (no host permission); answers `status()` to POSTs.
 */
let received: Received[] = [];
let status = () => 200;
let server: Server;
let port: number;

let certDir: string;

function startReceiver(): Promise<void> {
  certDir = mkdtempSync(join(tmpdir(), 'promptfence-receiver-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')], { stdio: 'ignore' });
  const tls = { key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) };
  server = createServer(tls, (req, res) => {
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
      res.writeHead(code, { ...cors, 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => {
    port = (server.address() as AddressInfo).port;
    r();
  }));
}

const url = (format: string) => `https://127.0.0.1:${port}/ingest/${format}`;

function writePolicy(format: string): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [ID]: { reporting: { url: url(format), format } } } } }));
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
  await waitFor('managed policy', () => extPage.evaluate(() => chrome.storage.managed.get(null)),
    (p) => (p.reporting as { format?: string } | undefined)?.format === format);
  // The background re-reads managed storage 250 ms after its change event.
  await new Promise((r) => setTimeout(r, 1_000));
}

/** Types the secret on the ChatGPT fixture, Enter, "Redact and send". */
async function redactAndSend(): Promise<void> {
  const page = await ext.browser.newPage();
  const recorder = await serveFixtures(page);
  await openFixture(page, siteUrl(siteById('chatgpt')));
  await watchPanels(page);
  await focusComposer(page);
  await new Promise((r) => setTimeout(r, 300));
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

beforeAll(async () => {
  if (process.getuid?.() !== 0) throw new Error(`writing ${POLICY_FILE} needs root (CI runs as root)`);
  await startReceiver();
  writePolicy('json');
  ext = await launchWithExtension({ extraArgs: [...OFFLINE_ARGS, '--ignore-certificate-errors'] });
  extPage = await ext.browser.newPage();
  await extPage.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await waitForFormat('json');
}, 90_000);

afterAll(async () => {
  rmSync(POLICY_FILE, { force: true });
  await ext?.close();
  await new Promise((r) => server?.close(r));
  if (certDir) rmSync(certDir, { recursive: true, force: true });
});

describe('audit reporting to the admin\'s receiver', () => {
  it('reaches the extension under the id computed from its path', () => {
    expect(ext.extensionId).toBe(ID);
  });

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
});
