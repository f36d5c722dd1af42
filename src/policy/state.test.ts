import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadManagedPolicy, MANAGED_CACHE_KEY } from './managed';
import { adminProblems, watchPolicyState, type PolicyState } from './state';
import { saveUserSetting } from './user-settings';

beforeEach(() => fakeBrowser.reset());

function watch() {
  const controller = new AbortController();
  const states: PolicyState[] = [];
  const first = watchPolicyState(controller.signal, (s) => states.push(s));
  return { controller, states, first };
}

describe('watchPolicyState', () => {
  it('delivers the first state at once: defaults ⊕ user ⊕ managed, with origins', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'monitor' });
    await saveUserSetting('defaultAction', 'block');
    await saveUserSetting('mode', 'enforce');
    const { first, states, controller } = watch();
    const state = await first;
    expect(states).toEqual([state]);
    expect(state.effective.policy).toMatchObject({ mode: 'monitor', defaultAction: 'block', enabled: true });
    expect(state.effective.origin).toMatchObject({ mode: 'admin', defaultAction: 'user', enabled: 'default' });
    expect(state.effective.locked.has('mode')).toBe(true);
    controller.abort();
  });

  it('follows user changes live, and ignores them for keys the admin locked', async () => {
    await fakeBrowser.storage.managed.set({ lockedSettings: ['history'] });
    const { first, states, controller } = watch();
    await first;
    await saveUserSetting('defaultAction', 'audit');
    await vi.waitFor(() => expect(states.at(-1)?.effective.policy.defaultAction).toBe('audit'));
    await saveUserSetting('history', { mode: 'off', retentionDays: 1 });
    await vi.waitFor(() => expect(states.at(-1)?.user.settings.history).toEqual({ mode: 'off', retentionDays: 1 }));
    expect(states.at(-1)?.effective.policy.history.mode).toBe('masked');
    expect(states.at(-1)?.effective.origin.history).toBe('default');
    controller.abort();
  });

  it('follows managed changes live (Chrome, Edge)', async () => {
    const { first, states, controller } = watch();
    expect((await first).effective.policy.defaultAction).toBe('warn');
    await fakeBrowser.storage.managed.set({ defaultAction: 'block' });
    await vi.waitFor(() => expect(states.at(-1)?.effective.policy.defaultAction).toBe('block'));
    controller.abort();
  });

  it('without any managed change event (Firefox), the policy present at start is read and enforced', async () => {
    await fakeBrowser.storage.managed.set({ defaultAction: 'block', customTerms: [{ id: 't', terms: ['falcon'] }] });
    // Firefox never fires storage.onChanged for 'managed': stop every change event from reaching us.
    vi.spyOn(fakeBrowser.storage.onChanged, 'addListener').mockImplementation(() => undefined);
    const { first, controller } = watch();
    const state = await first;
    expect(state.managed.source).toBe('managed');
    expect(state.effective.policy.defaultAction).toBe('block');
    expect(state.effective.policy.customTerms).toHaveLength(1);
    controller.abort();
    vi.restoreAllMocks();
  });
});

describe('invalid admin keys keep the last good value', () => {
  it('a key that turns invalid keeps the cached value and says so', async () => {
    await fakeBrowser.storage.managed.set({ defaultAction: 'block', mode: 'enforce' });
    await loadManagedPolicy();
    await fakeBrowser.storage.managed.set({ defaultAction: 'blok', mode: 'monitor' });
    const state = await loadManagedPolicy();
    expect(state.policy).toEqual({ defaultAction: 'block', mode: 'monitor' });
    expect(state.keptFromCache).toEqual(['defaultAction']);
    const problems = adminProblems(state);
    expect(problems.map((p) => p.path)).toEqual(['defaultAction', 'defaultAction']);
    expect(problems[1]?.message).toMatch(/last valid one stays in force/);
    // …and the cache still holds it for the next start.
    const cached = (await fakeBrowser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY] as { policy: object };
    expect(cached.policy).toEqual({ defaultAction: 'block', mode: 'monitor' });
  });

  it('an invalid key with no earlier value falls back to the default, with an error', async () => {
    await fakeBrowser.storage.managed.set({ defaultAction: 'blok' });
    const state = await loadManagedPolicy();
    expect(state.policy).toEqual({});
    expect(state.keptFromCache).toBeUndefined();
    expect(adminProblems(state)).toHaveLength(1);
  });

  it('a read error is reported as a problem', () => {
    expect(adminProblems({ policy: {}, errors: [], source: 'cache', readError: 'managed storage could not be read: boom' })[0]?.message).toMatch(/boom.*last policy in force/);
  });
});
