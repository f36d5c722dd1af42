import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { showFindingsCount } from './badge';
import { forgetTab, isNavigation, watchTabLifecycle } from './tab-lifecycle';
import { getTabStatus, setTabStatus, statusSurvives } from './tab-status';

const TAB = 3;
/** The fake's events have `hasListeners` at run time; its types leave it out. */
const hasListeners = (event: object) => (event as { hasListeners(): boolean }).hasListeners();

async function seedTab(tabId: number) {
  await showFindingsCount(browser, tabId, 4);
  await setTabStatus(tabId, { site: 'chatgpt', health: 'ok' }, 'https://chatgpt.com');
}
const navigate = (tabId: number, change: { url?: string; status?: string }) =>
  fakeBrowser.tabs.onUpdated.trigger(tabId, change, { id: tabId } as never);
/** Listeners run their storage work after returning; give it a moment. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

let stop: () => void;
beforeEach(() => {
  fakeBrowser.reset();
  stop = watchTabLifecycle(browser);
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
});

describe('isNavigation', () => {
  it.each<[string, { url?: string; status?: string }, boolean]>([
    ['new URL', { url: 'https://chatgpt.com/c/1' }, true],
    ['load starting (also a reload)', { status: 'loading' }, true],
    ['load complete', { status: 'complete' }, false],
    ['title change', {}, false],
  ])('%s → %s', (_name, change, expected) => expect(isNavigation(change)).toBe(expected));
});

describe('statusSurvives', () => {
  const status = { origin: 'https://chatgpt.com' };
  it.each<[string, { origin?: string } | null, string | undefined, boolean]>([
    ['in-app route change (pushState)', status, 'https://chatgpt.com/c/123', true],
    ['hash change', status, 'https://chatgpt.com/#settings', true],
    ['reload: loading without a url', status, undefined, false],
    ['another site', status, 'https://claude.ai/new', false],
    ['same host over http', status, 'http://chatgpt.com/', false],
    ['status without a known origin', {}, 'https://chatgpt.com/c/1', false],
    ['no status', null, 'https://chatgpt.com/', false],
    ['malformed url', status, 'not a url', false],
  ])('%s → %s', (_name, stored, url, expected) => expect(statusSurvives(stored, url)).toBe(expected));
});

describe('watchTabLifecycle', () => {
  it('clears the badge and status of a tab that reloads, and only that tab', async () => {
    await seedTab(TAB);
    await seedTab(4);
    await navigate(TAB, { status: 'loading' });
    await vi.waitFor(async () => expect(await getTabStatus(TAB)).toBeNull());
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('4');
    expect(await getTabStatus(4)).not.toBeNull();
  });

  it('clears both when the tab goes to another site', async () => {
    await seedTab(TAB);
    await navigate(TAB, { status: 'loading', url: 'https://example.com/' });
    await vi.waitFor(async () => expect(await getTabStatus(TAB)).toBeNull());
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('on an in-app route change, clears the badge but keeps the status (the guard reports it only on change)', async () => {
    await seedTab(TAB);
    await navigate(TAB, { status: 'loading', url: 'https://chatgpt.com/c/abc' });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe(''));
    await settle();
    expect(await getTabStatus(TAB)).toMatchObject({ site: 'chatgpt', health: 'ok', origin: 'https://chatgpt.com' });
  });

  it("applies a navigation and the new page's first report in the order they came", async () => {
    await seedTab(TAB);
    void navigate(TAB, { status: 'loading' }); // reload
    void setTabStatus(TAB, { site: 'chatgpt', health: 'degraded' }, 'https://chatgpt.com');
    await settle();
    expect(await getTabStatus(TAB)).toMatchObject({ health: 'degraded' });
  });

  it('keeps them on updates that are not navigation', async () => {
    await seedTab(TAB);
    await navigate(TAB, { status: 'complete' });
    await settle();
    expect(await getTabStatus(TAB)).not.toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('4');
  });

  it('forgets the status of a closed tab', async () => {
    await seedTab(TAB);
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 0, isWindowClosing: false });
    await vi.waitFor(async () => expect(await getTabStatus(TAB)).toBeNull());
    expect(setBadgeText).not.toHaveBeenCalled(); // the browser drops a closed tab's badge itself
  });

  it('stops listening once stopped', () => {
    stop();
    expect(hasListeners(fakeBrowser.tabs.onUpdated)).toBe(false);
    expect(hasListeners(fakeBrowser.tabs.onRemoved)).toBe(false);
  });
});

describe('forgetTab', () => {
  it('never rejects when the badge API fails', async () => {
    await seedTab(TAB);
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(new Error('No tab with id: 3.'));
    await expect(forgetTab(browser, TAB, { newUrl: undefined })).resolves.toBeUndefined();
    expect(await getTabStatus(TAB)).toBeNull();
  });
});
