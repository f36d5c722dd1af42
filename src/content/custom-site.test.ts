import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { customAdapterFor } from './custom-site';

describe('customAdapterFor', () => {
  beforeEach(() => fakeBrowser.reset());

  it('builds the adapter of an admin-added site from storage, with its selectors', async () => {
    await fakeBrowser.storage.local.set({
      customSites: [{ id: 'corp-ai', name: 'Corp AI', hosts: ['ai.corp.example'], composer: ['.chat-input [contenteditable]'], send: ['button.send'] }],
    });
    const adapter = await customAdapterFor('https://ai.corp.example/chat');
    expect(adapter).toMatchObject({ id: 'corp-ai', name: 'Corp AI', custom: true, composer: ['.chat-input [contenteditable]'], send: ['button.send'] });
    expect(await customAdapterFor('https://other.example/')).toBeNull();
  });

  it('ignores broken configuration instead of throwing into the page', async () => {
    await fakeBrowser.storage.local.set({ customSites: 'not a list' });
    expect(await customAdapterFor('https://ai.corp.example/')).toBeNull();
    await fakeBrowser.storage.local.set({ customSites: [{ hosts: ['<all_urls>'] }] });
    expect(await customAdapterFor('https://ai.corp.example/')).toBeNull();
  });
});
