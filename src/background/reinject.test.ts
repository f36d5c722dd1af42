import { describe, expect, it } from 'vitest';
import { BUILT_IN_MATCHES } from '../sites/adapters';
import { shouldReinject, tabsToReinject } from './reinject';

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
