import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openReportQueue } from '../reporting';
import { decision } from './decision.fixtures';
import { recordDecision } from './decisions';
import { policyVersion, startReporting } from './reporting';
import { DEFAULT_POLICY } from '../policy/schema';

const api = { runtime: { getManifest: () => ({ version: '1.2.3' }) } };
let stop: AbortController;
let dbCount = 0;

beforeEach(() => {
  fakeBrowser.reset();
  stop = new AbortController();
});
afterEach(() => stop.abort());

function start(fetch: typeof globalThis.fetch) {
  const name = `reporting-test-${++dbCount}`;
  return startReporting(api, { signal: stop.signal, fetch, openQueue: () => openReportQueue({ name }), reporter: { batchDelayMs: 0 } });
}

const okFetch = () => vi.fn<typeof fetch>(async () => new Response(null, { status: 200 }));

describe('startReporting', () => {
  it('a decision becomes a POST of a content-free record to the policy url', async () => {
    await fakeBrowser.storage.managed.set({ reporting: { url: 'https://siem.example/ingest', format: 'json', headers: { Authorization: 'Bearer t' } } });
    const fetch = okFetch();
    const handle = start(fetch);
    expect(await handle.current()).not.toBeNull();
    await recordDecision(decision());
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toBe('https://siem.example/ingest');
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer t');
    const body = String(init?.body);
    expect(body).toContain('"extensionVersion":"1.2.3"');
    expect(body).toMatch(/"policyVersion":"[0-9a-f]{12}"/);
    expect(body).toContain('"choice":"redacted"');
    expect(body).not.toContain('example.com'); // no masked preview
  });

  it('no reporting url, or the policy disabled → no reporter, nothing sent', async () => {
    const fetch = okFetch();
    expect(await start(fetch).current()).toBeNull();
    await recordDecision(decision());
    stop.abort();
    stop = new AbortController();
    await fakeBrowser.storage.managed.set({ enabled: false, reporting: { url: 'https://siem.example/ingest', format: 'json' } });
    expect(await start(fetch).current()).toBeNull();
    await recordDecision(decision());
    await new Promise((r) => setTimeout(r, 20));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('policy version: stable, changes with the policy, ignores reporting headers', async () => {
    const a = await policyVersion(DEFAULT_POLICY);
    expect(a).toBe(await policyVersion({ ...DEFAULT_POLICY }));
    expect(a).not.toBe(await policyVersion({ ...DEFAULT_POLICY, mode: 'monitor' }));
    const r = { url: 'https://x.example/', format: 'json' } as const;
    expect(await policyVersion({ ...DEFAULT_POLICY, reporting: r })).toBe(await policyVersion({ ...DEFAULT_POLICY, reporting: { ...r, headers: { A: 'secret' } } }));
  });
});
