import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setTabStatus } from '@/src/background/tab-status';
import { readActiveTab } from './use-active-tab';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** fakeBrowser has no notion of "current window": answer the query the popup makes. */
const activeTab = (tab: { id?: number; url?: string } | undefined) => {
  const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(tab ? [tab as never] : []);
  return query;
};

describe('readActiveTab', () => {
  it('reads the active tab of the current window and what the background recorded for it', async () => {
    const query = activeTab({ id: 7, url: 'https://chatgpt.com/c/1' });
    await setTabStatus(7, { site: 'chatgpt', health: 'degraded' }, 'https://chatgpt.com');
    expect(await readActiveTab()).toEqual({ id: 7, url: 'https://chatgpt.com/c/1', reported: { site: 'chatgpt', health: 'degraded' } });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('no report yet, or no URL shown: reported is null, url absent', async () => {
    activeTab({ id: 8 });
    expect(await readActiveTab()).toEqual({ id: 8, reported: null });
  });

  it('no active tab at all', async () => {
    activeTab(undefined);
    expect(await readActiveTab()).toEqual({ reported: null });
  });
});
