import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { BADGE_COLOR, badgeText } from './badge';
import { decision } from './decision.fixtures';
import { onGuardDecision, recentDecisions } from './decisions';
import { handleContentMessage, listenForContentMessages } from './messages';
import { getTabStatus } from './tab-status';

const TAB = 7;
const fromTab = (tabId = TAB, frameId = 0) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } as never, frameId, url: 'https://claude.ai/new' });
/** Handles one message and waits for its effects (the onMessage listener itself returns at once). */
const send = (message: unknown, sender: object = fromTab()) => handleContentMessage(message, sender, browser);

let stop: () => void;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  stop = listenForContentMessages(browser);
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
});

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-3, ''],
    [Number.NaN, ''],
    [1, '1'],
    [42, '42'],
    [999, '999'],
    [1000, '999+'],
  ])('%d → %j', (count, text) => expect(badgeText(count)).toBe(text));
});

describe('findings-count', () => {
  it('sets the badge of the sending tab only, in the badge colour', async () => {
    await send({ kind: 'findings-count', count: 3 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('3');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: TAB })).toEqual([0xc5, 0x22, 0x1f, 255]);
    expect(BADGE_COLOR).toBe('#C5221F');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
    expect(await fakeBrowser.action.getBadgeText({})).toBe(''); // nor globally
  });

  it('empties the badge when the count drops to 0', async () => {
    await send({ kind: 'findings-count', count: 2 });
    await send({ kind: 'findings-count', count: 0 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it.each<[string, unknown, object]>([
    ['a negative count', -1, fromTab()],
    ['a fractional count', 1.5, fromTab()],
    ['a string count', '3', fromTab()],
    ['an absurd count', 1e9, fromTab()],
    ['no tab (popup, options page)', 3, { id: fakeBrowser.runtime.id }],
    ['a sub-frame', 3, fromTab(TAB, 4)],
    ['another extension', 3, { ...fromTab(), id: 'someone-else' }],
  ])('ignores %s', async (_name, count, sender) => {
    await send({ kind: 'findings-count', count }, sender);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });
});

describe('guard-status', () => {
  it('is kept per tab in session storage for the popup', async () => {
    await send({ kind: 'guard-status', site: 'claude', health: 'degraded' });
    await send({ kind: 'guard-status', site: 'chatgpt', health: 'ok' }, fromTab(9));
    expect(await getTabStatus(TAB)).toMatchObject({ site: 'claude', health: 'degraded', origin: 'https://claude.ai' });
    expect(await getTabStatus(9)).toMatchObject({ site: 'chatgpt', health: 'ok' });
    expect((await getTabStatus(TAB))!.at).toBeTypeOf('number');
    expect(await getTabStatus(10)).toBeNull();
  });

  it.each<[string, unknown]>([
    ['unknown health', { kind: 'guard-status', site: 'claude', health: 'great' }],
    ['empty site', { kind: 'guard-status', site: '', health: 'ok' }],
    ['site not a string', { kind: 'guard-status', site: 1, health: 'ok' }],
    ['site too long', { kind: 'guard-status', site: 'x'.repeat(65), health: 'ok' }],
  ])('ignores %s', async (_name, message) => {
    await send(message);
    expect(await getTabStatus(TAB)).toBeNull();
  });

  it('getTabStatus ignores a corrupted entry', async () => {
    await fakeBrowser.storage.session.set({ [`guard.tabStatus.${TAB}`]: { site: 'x', health: 'bad', at: 1 } });
    expect(await getTabStatus(TAB)).toBeNull();
  });
});

describe('guard-decision', () => {
  it('queues valid decisions and hands them to the hooks', async () => {
    const seen: string[] = [];
    const off = onGuardDecision((e) => void seen.push(e.site));
    await send(decision({ site: 'gemini' }));
    off();
    expect(seen).toEqual(['gemini']);
    expect((await recentDecisions()).map((d) => d.site)).toEqual(['gemini']);
  });

  it('accepts decisions from any context of ours (they carry site and host themselves)', async () => {
    await send(decision(), { id: fakeBrowser.runtime.id });
    expect(await recentDecisions()).toHaveLength(1);
  });

  it('drops a decision carrying the raw value, and says so in the console', async () => {
    await send(decision({ text: 'my card 4111 1111 1111 1111' }));
    expect(await recentDecisions()).toEqual([]);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('dropped a guard decision'));
  });
});

describe('the router', () => {
  it('routes what runtime.onMessage delivers', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ kind: 'findings-count', count: 5 }, fromTab());
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('5'));
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['a string', 'findings-count'],
    ['an unknown kind', { kind: 'open-popup' }],
    ['a kind-less object', { count: 3 }],
  ])('ignores %s', async (_name, message) => {
    await send(message);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
    expect(await recentDecisions()).toEqual([]);
  });

  it('answers nothing (returns undefined, not a promise), leaving replies to other listeners', () => {
    stop();
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    stop = listenForContentMessages(browser);
    const listener = add.mock.calls[0]![0] as (message: unknown, sender: object) => unknown;
    expect(listener({ kind: 'findings-count', count: 1 }, fromTab())).toBeUndefined();
  });

  it('never rejects, even when the badge API fails (tab closed meanwhile)', async () => {
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(new Error('No tab with id: 7.'));
    await expect(handleContentMessage({ kind: 'findings-count', count: 2 }, fromTab(), browser)).resolves.toBeUndefined();
    expect(console.warn).toHaveBeenCalled();
  });

  it('stops routing once unsubscribed', async () => {
    stop();
    expect((fakeBrowser.runtime.onMessage as object as { hasListeners(): boolean }).hasListeners()).toBe(false);
  });
});
