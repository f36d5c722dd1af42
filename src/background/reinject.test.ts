import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { BUILT_IN_MATCHES } from '../sites/adapters';
import { FILE_HOOKS_SCRIPT_FILE, GUARD_SCRIPT_FILE, reinjectGuard, shouldReinject, tabsToReinject } from './reinject';

describe('tabsToReinject', () => {
  const tabs = [
    { id: 1, url: 'https://chatgpt.com/c/abc' },
    { id: 2, url: 'https://claude.ai/new' },
    { id: 3, url: 'https://example.com/' },
    { id: 4, url: 'https://chatgpt.com/', discarded: true },
    { id: 5 }, // no URL: we lack permission for it
    { url: 'https://gemini.google.com/app' }, // no id (devtools, apps)
    { id: -1, url: 'https://gemini.google.com/app' }, // TAB_ID_NONE
    { id: 6, url: 'http://chatgpt.com/' }, // built-ins are https only
    { id: 7, url: 'https://gemini.google.com/app?hl=en' },
    { id: 8, url: 'chrome://extensions/' },
    { id: 9, url: 'https://ai.corp.example/chat' },
  ];

  it('picks the tabs on built-in sites that can be scripted', () => {
    expect(tabsToReinject(tabs, BUILT_IN_MATCHES)).toEqual([1, 2, 7]);
  });

  it('adds tabs on admin-added patterns when given', () => {
    expect(tabsToReinject(tabs, [...BUILT_IN_MATCHES, '*://ai.corp.example/*'])).toEqual([1, 2, 7, 9]);
  });

  it('leaves out tabs that already run the current guard', () => {
    // An admin pattern overlapping a built-in site, or an earlier registration under another spelling.
    expect(tabsToReinject(tabs, ['*://*.openai.com/*', '*://chatgpt.com/*', '*://ai.corp.example/*'], [...BUILT_IN_MATCHES, 'https://ai.corp.example/*'])).toEqual([6]);
  });

  it('picks nothing without patterns (Firefox, no custom sites)', () => {
    expect(tabsToReinject(tabs, [])).toEqual([]);
  });
});

describe('shouldReinject', () => {
  it.each([
    ['install', true],
    ['update', true],
    ['chrome_update', false],
    ['browser_update', false],
    ['shared_module_update', false],
  ])('%s → %s', (reason, expected) => expect(shouldReinject(reason)).toBe(expected));
});

describe('reinjectGuard', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives each open chat tab the main-world hooks, then the guard; a tab refusing the hooks still gets the guard', async () => {
    const chat = await fakeBrowser.tabs.create({ url: 'https://chatgpt.com/c/1' });
    const strict = await fakeBrowser.tabs.create({ url: 'https://claude.ai/new' });
    await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    const calls: { tabId: number; file: string; world?: string }[] = [];
    // The fake browser has no scripting: this records what would run where (and refuses the hooks on one tab).
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: { target: { tabId: number }; files: string[]; world?: string }) => {
      calls.push({ tabId: injection.target.tabId, file: injection.files[0]!, ...(injection.world ? { world: injection.world } : {}) });
      if (injection.target.tabId === strict.id && injection.world === 'MAIN') throw new Error('Cannot access contents of the page');
      return [];
    }) as never);
    const result = await reinjectGuard(browser, BUILT_IN_MATCHES);
    expect(result).toEqual({ injected: [chat.id, strict.id], failed: [] });
    expect(calls.filter((c) => c.tabId === chat.id)).toEqual([
      { tabId: chat.id, file: FILE_HOOKS_SCRIPT_FILE, world: 'MAIN' },
      { tabId: chat.id, file: GUARD_SCRIPT_FILE },
    ]);
    expect(calls.filter((c) => c.tabId === strict.id).map((c) => c.file)).toEqual([FILE_HOOKS_SCRIPT_FILE, GUARD_SCRIPT_FILE]);
  });
});
