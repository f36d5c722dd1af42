import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadManagedPolicy, MANAGED_CACHE_KEY, watchManagedPolicy, type ManagedPolicyState } from './managed';

const ADMIN = { defaultAction: 'block', allowUserOverride: false, actions: { EMAIL: 'block' } };
const cached = async () => (await fakeBrowser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY] as { policy: unknown } | undefined;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('loadManagedPolicy', () => {
  it('no policy and no cache → empty, from nowhere', async () => {
    expect(await loadManagedPolicy()).toEqual({ policy: {}, errors: [], source: 'none' });
  });

  it('validates what the admin set and caches it', async () => {
    await fakeBrowser.storage.managed.set(ADMIN);
    const state = await loadManagedPolicy();
    expect(state).toMatchObject({ source: 'managed', policy: ADMIN, errors: [] });
    expect((await cached())?.policy).toEqual(ADMIN);
  });

  it('an unchanged policy is not written again (every tab resolves it at start)', async () => {
    await fakeBrowser.storage.managed.set(ADMIN);
    await loadManagedPolicy();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await loadManagedPolicy()).toMatchObject({ source: 'managed', policy: ADMIN });
    expect(set).not.toHaveBeenCalled();
    await fakeBrowser.storage.managed.set({ mode: 'monitor' });
    await loadManagedPolicy();
    expect(set).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['wrong types', { enabled: 'yes', defaultAction: 'block' }, 'enabled'],
    ['unknown keys', { defaultAction: 'block', hackTheBox: true }, 'hackTheBox'],
    ['huge arrays', { defaultAction: 'block', allowlist: Array.from({ length: 100_000 }, (_, i) => `v${i}`) }, 'allowlist'],
    ['ReDoS-shaped and invalid patterns', { defaultAction: 'block', customPatterns: [{ id: 'r', pattern: '(a+)+$' }, { id: 'bad', pattern: '(?=x)' }] }, 'customPatterns'],
  ])('malformed managed values (%s): keeps the valid keys, reports the rest', async (_n, managed, key) => {
    await fakeBrowser.storage.managed.set(managed);
    const state = await loadManagedPolicy();
    expect(state.source).toBe('managed');
    expect(state.policy.defaultAction).toBe('block');
    expect(state.errors.some((e) => e.key === key)).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('prototype keys delivered by the browser are dropped, nothing is polluted', async () => {
    // The fake store would swallow `__proto__` on set(), so hand it over the way a real read could.
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue(JSON.parse('{"__proto__":{"x":1},"sites":{"__proto__":{"enabled":false}},"defaultAction":"block"}'));
    const state = await loadManagedPolicy();
    expect(state.policy).toEqual({ defaultAction: 'block', sites: {} });
    expect(state.errors.map((e) => e.path)).toEqual(['__proto__', 'sites.__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.getPrototypeOf(state.policy)).toBe(Object.prototype);
  });

  it('Firefox without a policy ("manifest not found") is no policy, not an error', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await loadManagedPolicy()).toEqual({ policy: {}, errors: [], source: 'none' });
  });

  it('a read error keeps the last policy in force and says why', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: { at: 1, policy: ADMIN } });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('boom'));
    const state = await loadManagedPolicy();
    expect(state).toMatchObject({ source: 'cache', policy: ADMIN, readError: 'managed storage could not be read: boom' });
  });

  it('managed storage not delivered yet (empty) → the cached policy, never the laxer defaults', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: { at: 1, policy: ADMIN } });
    expect(await loadManagedPolicy()).toMatchObject({ source: 'cache', policy: ADMIN });
  });

  it('re-validates the cache and ignores a corrupt one', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: { at: 1, policy: { defaultAction: 'nuke', mode: 'monitor' } } });
    expect((await loadManagedPolicy()).policy).toEqual({ mode: 'monitor' });
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: 'garbage' });
    expect((await loadManagedPolicy()).source).toBe('none');
  });
});

describe('watchManagedPolicy', () => {
  const start = (graceMs = 60_000) => {
    const controller = new AbortController();
    const states: ManagedPolicyState[] = [];
    const first = watchManagedPolicy({ signal: controller.signal, onChange: (s) => states.push(s), debounceMs: 250, graceMs });
    return { controller, states, first };
  };

  it('enforces the cache until managed values arrive, then switches to them (debounced)', async () => {
    vi.useFakeTimers();
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: { at: 1, policy: ADMIN } });
    const { states, first, controller } = start();
    expect(await first).toMatchObject({ source: 'cache', policy: ADMIN });
    // Chrome publishes policy key by key, seconds later: several events, one re-read.
    await fakeBrowser.storage.managed.set({ defaultAction: 'redact' });
    await fakeBrowser.storage.managed.set({ mode: 'monitor' });
    expect(states).toEqual([]);
    await vi.waitFor(() => expect(states).toHaveLength(1));
    expect(states[0]).toMatchObject({ source: 'managed', policy: { defaultAction: 'redact', mode: 'monitor' } });
    expect((await cached())?.policy).toEqual({ defaultAction: 'redact', mode: 'monitor' });
    // The grace timer was cancelled by the delivery: nothing more arrives.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(states).toHaveLength(1);
    controller.abort();
  });

  it('drops the cache when managed storage is still empty after the grace period', async () => {
    vi.useFakeTimers();
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: { at: 1, policy: ADMIN } });
    const { states, first, controller } = start(10_000);
    expect((await first).source).toBe('cache');
    await vi.advanceTimersByTimeAsync(9_000);
    expect(states).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    await vi.waitFor(() => expect(states).toEqual([{ policy: {}, errors: [], source: 'none' }]));
    expect(await cached()).toBeUndefined();
    controller.abort();
  });

  it('an admin removing the policy (change event, empty area) clears it', async () => {
    vi.useFakeTimers();
    await fakeBrowser.storage.managed.set(ADMIN);
    const { states, first, controller } = start();
    expect((await first).source).toBe('managed');
    await fakeBrowser.storage.managed.clear();
    await vi.waitFor(() => expect(states).toEqual([{ policy: {}, errors: [], source: 'none' }]));
    expect(await cached()).toBeUndefined();
    controller.abort();
  });

  it('ignores other storage areas and stops after abort', async () => {
    vi.useFakeTimers();
    const { states, first, controller } = start();
    await first;
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(states).toEqual([]);
    controller.abort();
    await fakeBrowser.storage.managed.set(ADMIN);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(states).toEqual([]);
  });
});

describe('watchManagedPolicy after a read error', () => {
  it('retries after the grace period and reports the recovered policy', async () => {
    vi.useFakeTimers();
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('busy'));
    await fakeBrowser.storage.managed.set(ADMIN);
    const controller = new AbortController();
    const states: ManagedPolicyState[] = [];
    const first = await watchManagedPolicy({ signal: controller.signal, onChange: (s) => states.push(s), graceMs: 5_000 });
    expect(first).toMatchObject({ source: 'none', readError: 'managed storage could not be read: busy' });
    await vi.advanceTimersByTimeAsync(5_000);
    await vi.waitFor(() => expect(states).toHaveLength(1));
    expect(states[0]).toMatchObject({ source: 'managed', policy: ADMIN });
    expect(get).toHaveBeenCalledTimes(2);
    controller.abort();
  });
});
