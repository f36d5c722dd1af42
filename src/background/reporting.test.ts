import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openReportQueue } from '../reporting';
import { decision } from './decision.fixtures';
import { recordDecision } from './decisions';
import { policyVersion, REPORTING_WAKE_ALARM, startReporting } from './reporting';
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

  it('while reporting is on, a wake-up alarm retries the queue (an MV3 worker loses its backoff timer when stopped)', async () => {
    await fakeBrowser.storage.managed.set({ reporting: { url: 'https://siem.example/ingest', format: 'json' } });
    let up = false;
    const fetch = vi.fn<typeof globalThis.fetch>(async () => new Response(null, { status: up ? 200 : 503 }));
    const name = `reporting-test-${++dbCount}`;
    const handle = startReporting(
      { ...api, alarms: fakeBrowser.alarms },
      { signal: stop.signal, fetch, openQueue: () => openReportQueue({ name }), reporter: { batchDelayMs: 0, backoff: { baseMs: 3_600_000, maxMs: 3_600_000 } } },
    );
    await handle.current();
    expect(await fakeBrowser.alarms.get(REPORTING_WAKE_ALARM)).toMatchObject({ periodInMinutes: 5 });
    await recordDecision(decision());
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    // The receiver is back; the backoff (an hour here) would wait, the alarm does not.
    up = true;
    await fakeBrowser.alarms.onAlarm.trigger({ name: REPORTING_WAKE_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    const queue = await openReportQueue({ name });
    await vi.waitFor(async () => expect(await queue.size()).toBe(0));
    queue.close();
    // Reporting removed from the policy: the alarm goes too.
    await fakeBrowser.storage.managed.clear();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(REPORTING_WAKE_ALARM)).toBeUndefined());
  });

  it('policy version: stable, changes with the policy, ignores reporting headers', async () => {
    const a = await policyVersion(DEFAULT_POLICY);
    expect(a).toBe(await policyVersion({ ...DEFAULT_POLICY }));
    expect(a).not.toBe(await policyVersion({ ...DEFAULT_POLICY, mode: 'monitor' }));
    const r = { url: 'https://x.example/', format: 'json' } as const;
    expect(await policyVersion({ ...DEFAULT_POLICY, reporting: r })).toBe(await policyVersion({ ...DEFAULT_POLICY, reporting: { ...r, headers: { A: 'secret' } } }));
  });
});

describe('startReporting: user id', () => {
  const PROFILE = { email: 'jane@corp.test', id: '114233827316021587519' };
  const REPORTING = { url: 'https://siem.example/ingest', format: 'json' } as const;
  let granted: boolean;
  let onAdded: (() => void) | undefined;
  const getProfileUserInfo = vi.fn(async () => PROFILE);
  const contains = vi.fn(async () => granted);

  /** fakeBrowser's runtime with Chrome's permission check and identity method (the fake has neither). */
  function startWithIdentity(fetch: typeof globalThis.fetch) {
    const withIdentity = {
      ...api,
      permissions: { contains, onAdded: { addListener: (fn: () => void) => void (onAdded = fn), removeListener: () => {} } },
      identity: { getProfileUserInfo },
    };
    return startReporting(withIdentity, { signal: stop.signal, fetch, openQueue: () => openReportQueue({ name: `reporting-id-${++dbCount}` }), reporter: { batchDelayMs: 0 } });
  }
  const sentRecord = async (fetch: ReturnType<typeof okFetch>) => {
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    return JSON.parse(String(fetch.mock.calls.at(-1)![1]?.body))[0] as Record<string, unknown>;
  };

  beforeEach(() => {
    granted = true;
    onAdded = undefined;
    getProfileUserInfo.mockClear();
    contains.mockClear();
  });

  it.each([['no userId key', REPORTING], ['userId none', { ...REPORTING, userId: 'none' }]])('%s: the identity is never read or asked about', async (_n, reporting) => {
    await fakeBrowser.storage.managed.set({ reporting });
    const fetch = okFetch();
    await startWithIdentity(fetch).current();
    await recordDecision(decision());
    const record = await sentRecord(fetch);
    expect(Object.keys(record).filter((k) => k.startsWith('userId'))).toEqual([]);
    expect(contains).not.toHaveBeenCalled();
    expect(getProfileUserInfo).not.toHaveBeenCalled();
  });

  it('userId email: each record carries the profile e-mail', async () => {
    await fakeBrowser.storage.managed.set({ reporting: { ...REPORTING, userId: 'email' } });
    const fetch = okFetch();
    await startWithIdentity(fetch).current();
    await recordDecision(decision());
    expect(await sentRecord(fetch)).toMatchObject({ userId: 'jane@corp.test', userIdType: 'email' });
  });

  it('userId id, permission granted only later: first records say not-granted, then carry the id', async () => {
    granted = false;
    await fakeBrowser.storage.managed.set({ reporting: { ...REPORTING, userId: 'id' } });
    const fetch = okFetch();
    const handle = startWithIdentity(fetch);
    await handle.current();
    await recordDecision(decision());
    expect(await sentRecord(fetch)).toMatchObject({ userIdMissing: 'not-granted' });
    expect(getProfileUserInfo).not.toHaveBeenCalled();

    granted = true; // the user clicked "Allow" in the options page
    onAdded!();
    await handle.current();
    await recordDecision(decision());
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    expect(await sentRecord(fetch)).toMatchObject({ userId: '114233827316021587519', userIdType: 'gaia-id' });
  });

  it('the policy version changes with userId (the receiver can tell the two policies apart)', async () => {
    const base = { ...DEFAULT_POLICY, reporting: REPORTING };
    expect(await policyVersion(base)).not.toBe(await policyVersion({ ...base, reporting: { ...REPORTING, userId: 'email' } }));
  });
});
