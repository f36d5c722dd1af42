import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MANAGED_CACHE_KEY } from '../policy/managed';
import { customAdapterFor } from './custom-site';

describe('customAdapterFor', () => {
  beforeEach(() => fakeBrowser.reset());

  it("builds the adapter of an admin-added site from the managed policy's extraSites, with its selectors", async () => {
    await fakeBrowser.storage.managed.set({
      extraSites: [{ match: 'ai.corp.example', composerSelector: '.chat-input [contenteditable]', sendSelector: 'button.send' }],
    });
    const adapter = await customAdapterFor('https://ai.corp.example/chat');
    expect(adapter).toMatchObject({ name: 'ai.corp.example', custom: true, composer: ['.chat-input [contenteditable]'], send: ['button.send'] });
    expect(await customAdapterFor('https://other.example/')).toBeNull();
  });

  it('uses the cached policy while managed storage has not answered yet', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: { at: 1, policy: { extraSites: [{ match: 'https://ai.corp.example/*' }] } } });
    expect(await customAdapterFor('https://ai.corp.example/x')).toMatchObject({ custom: true });
  });

  it('ignores broken configuration instead of throwing into the page', async () => {
    await fakeBrowser.storage.managed.set({ extraSites: 'not a list' });
    expect(await customAdapterFor('https://ai.corp.example/')).toBeNull();
    await fakeBrowser.storage.managed.set({ extraSites: [{ match: '<all_urls>' }] });
    expect(await customAdapterFor('https://ai.corp.example/')).toBeNull();
  });

  it('ignores a user who writes extraSites into their own settings (admin-only key)', async () => {
    await fakeBrowser.storage.local.set({ 'policy.userSettings': { extraSites: [{ match: 'ai.corp.example' }] } });
    expect(await customAdapterFor('https://ai.corp.example/')).toBeNull();
  });
});
