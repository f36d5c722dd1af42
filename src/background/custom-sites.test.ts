import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type CustomSiteSyncResult, customSitePatterns, desiredScript, HOOKS_SCRIPT, newlyCovered, planRegistration, permissionOrigin } from './custom-sites';
import { keepCustomSitesSynced, lastCustomSiteSync, policyCustomSitesSource } from './custom-sites-source';
import { BUILT_IN_MATCHES } from '../sites/adapters';
import { GUARD_SCRIPT_FILE } from './reinject';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('customSitePatterns', () => {
  it('turns valid entries into deduplicated patterns and reports the rest', () => {
    const { patterns, errors } = customSitePatterns([
      { id: 'corp-ai', hosts: ['ai.corp.example', 'https://chat.corp.example/ui/*'] },
      { id: 'corp-ai-2', hosts: ['ai.corp.example'] },
      { id: 'bad', hosts: ['<all_urls>'] },
    ]);
    expect(patterns).toEqual(['*://ai.corp.example/*', 'https://chat.corp.example/ui/*']);
    expect(errors.map((e) => e.index)).toEqual([2, 2]);
  });

  it('leaves out patterns the manifest content script already covers', () => {
    expect(customSitePatterns([{ id: 'gpt-again', hosts: ['https://chatgpt.com/*', 'llm.corp.example'] }]).patterns).toEqual([
      '*://llm.corp.example/*',
    ]);
  });

  it.each<[string, unknown]>([
    ['nothing configured', undefined],
    ['an empty list', []],
  ])('%s → no patterns, no errors', (_name, configs) => {
    expect(customSitePatterns(configs)).toEqual({ patterns: [], errors: [] });
  });

  it('a malformed list → no patterns and an error for the admin', () => {
    const { patterns, errors } = customSitePatterns({ hosts: ['ai.corp.example'] });
    expect(patterns).toEqual([]);
    expect(errors).toHaveLength(1);
  });
});

describe('permissionOrigin', () => {
  it.each([
    ['https://ai.corp.example/chat/*', 'https://ai.corp.example/*'],
    ['*://ai.corp.example/*', '*://ai.corp.example/*'],
    ['https://*.corp.example:8443/a/b?c', 'https://*.corp.example:8443/*'],
  ])('%s → %s', (pattern, origin) => expect(permissionOrigin(pattern)).toBe(origin));
});

describe('planRegistration', () => {
  const current = desiredScript(['*://a.example/*', '*://b.example/*']);

  it.each<[string, ReturnType<typeof desiredScript> | undefined, ReturnType<typeof desiredScript> | null, unknown]>([
    ['nothing wanted, nothing registered', undefined, null, { kind: 'keep' }],
    ['nothing wanted (no permission for any), something registered', current, desiredScript([]), { kind: 'unregister' }],
    ['first registration', undefined, current, { kind: 'register', matches: current.matches }],
    ['same patterns in another order', current, desiredScript(['*://b.example/*', '*://a.example/*']), { kind: 'keep' }],
    ['browser returns the path without the leading slash', { ...current, js: [GUARD_SCRIPT_FILE.slice(1)] }, current, { kind: 'keep' }],
    ['a pattern added', current, desiredScript([...current.matches, '*://c.example/*']), { kind: 'update', matches: [...current.matches, '*://c.example/*'] }],
    ['a pattern removed', current, desiredScript(['*://a.example/*']), { kind: 'update', matches: ['*://a.example/*'] }],
    ['registered by an older version with another file', { ...current, js: ['/content-scripts/old.js'] }, current, { kind: 'update', matches: current.matches }],
    ['registered with another run_at', { ...current, runAt: 'document_idle' }, current, { kind: 'update', matches: current.matches }],
    ['registered without the built-in exclusions', { ...current, excludeMatches: [] }, current, { kind: 'update', matches: current.matches }],
    ['registered in the other world', { ...current, world: 'MAIN' }, current, { kind: 'update', matches: current.matches }],
  ])('%s', (_name, registered, wanted, step) => {
    expect(planRegistration(registered, wanted)).toEqual(step);
  });

  it('registers at document_start with the guard file, never on the built-in sites (the manifest guard runs there)', () => {
    expect(desiredScript(['*://a.example/*'])).toEqual({
      matches: ['*://a.example/*'],
      excludeMatches: BUILT_IN_MATCHES,
      js: ['/content-scripts/guard.js'],
      runAt: 'document_start',
      world: 'ISOLATED',
    });
  });

  it("registers the main-world file hooks for the same sites, as the manifest does on the built-in ones", () => {
    expect(desiredScript(['*://a.example/*'], HOOKS_SCRIPT)).toEqual({
      matches: ['*://a.example/*'],
      excludeMatches: BUILT_IN_MATCHES,
      js: ['/content-scripts/file-inputs.js'],
      runAt: 'document_start',
      world: 'MAIN',
    });
  });
});

describe('newlyCovered (open tabs on these get the guard injected at once)', () => {
  it.each<[string, string[], string[], string[]]>([
    ['first registration', [], ['*://a.example/*'], ['*://a.example/*']],
    ['one site added', ['*://a.example/*'], ['*://a.example/*', '*://b.example/*'], ['*://b.example/*']],
    ['one site removed', ['*://a.example/*', '*://b.example/*'], ['*://a.example/*'], []],
    ['unchanged', ['*://a.example/*'], ['*://a.example/*'], []],
  ])('%s', (_name, before, after, expected) => expect(newlyCovered(before, after)).toEqual(expected));
});

describe('keepCustomSitesSynced with the managed-policy source (extraSites)', () => {
  const result = (registered: string[]): CustomSiteSyncResult => ({ registered, missingPermission: [], errors: [] });
  const site = (host: string) => ({ extraSites: [{ match: host }] });
  const configs = (host: string) => [{ hosts: [`*://${host}/*`] }];

  it("syncs the policy's sites at start and again on every managed change, and on removal", async () => {
    await fakeBrowser.storage.managed.set(site('a.example'));
    const seen: unknown[] = [];
    const sync = keepCustomSitesSynced(policyCustomSitesSource(), async (c) => {
      seen.push(c);
      return result([]);
    });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await fakeBrowser.storage.managed.set(site('b.example'));
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    await fakeBrowser.storage.managed.clear();
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    sync.stop();
    expect(seen).toEqual([configs('a.example'), configs('b.example'), []]);
  });

  it('runs one sync at a time, in order, ending on the last policy', async () => {
    let running = 0;
    let overlapped = false;
    const order: unknown[] = [];
    const sync = keepCustomSitesSynced(policyCustomSitesSource(), async (c) => {
      overlapped ||= running > 0;
      running++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(c);
      running--;
      return result([]);
    });
    await sync.resync();
    for (const n of [1, 2, 3]) await fakeBrowser.storage.managed.set(site(`h${n}.example`));
    await sync.resync();
    await vi.waitFor(() => expect(order.at(-1)).toEqual(configs('h3.example')));
    sync.stop();
    expect(overlapped).toBe(false);
  });

  it('keeps the last result for the options page, and resync re-reads the source', async () => {
    await fakeBrowser.storage.managed.set(site('a.example'));
    let calls = 0;
    const sync = keepCustomSitesSynced(policyCustomSitesSource(), async () => result([`call ${++calls}`]));
    await vi.waitFor(async () => expect((await lastCustomSiteSync())?.registered).toEqual(['call 1']));
    expect((await sync.resync())?.registered).toEqual(['call 2']);
    expect((await lastCustomSiteSync())?.registered).toEqual(['call 2']);
    sync.stop();
  });

  it('survives a failing sync', async () => {
    const sync = keepCustomSitesSynced(policyCustomSitesSource(), async () => {
      throw new Error('scripting unavailable');
    });
    await expect(sync.resync()).resolves.toBeUndefined();
    sync.stop();
  });
});
