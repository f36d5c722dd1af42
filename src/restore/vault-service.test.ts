import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { serveVault, vaultKey, type VaultApi } from './vault-service';
import type { VaultReply } from './vault-protocol';

type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'url' | 'tab'>;
type Listener = (message: unknown, sender: Sender) => Promise<VaultReply | undefined> | undefined;

const CHATGPT: Sender = { url: 'https://chatgpt.com/c/abc' };
const CLAUDE: Sender = { url: 'https://claude.ai/chat/abc' };
const maria = { tag: '[PERSON_1]', type: 'PERSON', value: 'Maria Schmidt' };

let controller: AbortController;
let listener: Listener;

/** The service over the fake browser's storage, with the listener it added captured to call it as the runtime would. */
async function start(managed: Record<string, unknown> = {}): Promise<void> {
  await fakeBrowser.storage.managed.set(managed);
  const api: VaultApi = {
    runtime: {
      id: fakeBrowser.runtime.id,
      onMessage: { addListener: (cb) => (listener = cb), removeListener: () => undefined },
    },
  };
  controller = new AbortController();
  await serveVault(api, { signal: controller.signal }).ready;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  controller?.abort();
  vi.restoreAllMocks();
});

describe('serveVault', () => {
  it('keeps a redaction’s placeholders and gives them back for the same conversation only', async () => {
    await start();
    await listener({ kind: 'vault-add', conversation: '/c/abc', added: [maria], used: { PERSON: 1 } }, CHATGPT);
    expect(await listener({ kind: 'vault-read', conversation: '/c/abc' }, CHATGPT)).toEqual({ enabled: true, entries: [maria], used: { PERSON: 1 } });
    expect(await listener({ kind: 'vault-read', conversation: '/c/other' }, CHATGPT)).toEqual({ enabled: true, entries: [], used: {} });
  });

  it('never lets one site read another’s vault, even under the same path', async () => {
    await start();
    await listener({ kind: 'vault-add', conversation: '/chat/abc', added: [maria], used: { PERSON: 1 } }, CHATGPT);
    expect((await listener({ kind: 'vault-read', conversation: '/chat/abc' }, CLAUDE))!.entries).toEqual([]);
    expect(vaultKey({ url: 'chrome-extension://x/popup.html' }, '/a')).toBeUndefined();
  });

  it('keeps nothing and answers disabled when the admin turned restore off', async () => {
    await start({ restore: { enabled: false } });
    await listener({ kind: 'vault-add', conversation: '/c/abc', added: [maria], used: { PERSON: 1 } }, CHATGPT);
    expect(await listener({ kind: 'vault-read', conversation: '/c/abc' }, CHATGPT)).toEqual({ enabled: false, entries: [], used: {} });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('ignores malformed and foreign messages', async () => {
    await start();
    expect(listener({ kind: 'guard-status', site: 'x' }, CHATGPT)).toBeUndefined();
    expect(listener({ kind: 'vault-add', conversation: 'no-slash', added: [], used: {} }, CHATGPT)).toBeUndefined();
    expect(listener({ kind: 'vault-add', conversation: '/c/abc', added: [{ tag: '<script>', type: 'PERSON', value: 'x' }], used: {} }, CHATGPT)).toBeUndefined();
    expect(await listener({ kind: 'vault-read', conversation: '/c/abc' }, { ...CHATGPT, id: 'another-extension' })).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('moves a new chat’s placeholders to the address the chat got', async () => {
    await start();
    await listener({ kind: 'vault-add', conversation: '/', added: [maria], used: { PERSON: 1 } }, { url: 'https://chatgpt.com/' });
    await listener({ kind: 'vault-adopt', from: '/', to: '/c/abc' }, CHATGPT);
    expect((await listener({ kind: 'vault-read', conversation: '/c/abc' }, CHATGPT))!.entries).toEqual([maria]);
  });
});
