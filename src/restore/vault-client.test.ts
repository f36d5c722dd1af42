import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { redact } from '../engine/redact';
import { vaultClient, type SendVaultMessage } from './vault-client';
import { serveVault } from './vault-service';
import type { VaultReply } from './vault-protocol';

let controller: AbortController;
let path = '/';

/** A client whose messages reach a real vault service over the fake browser's storage, sent from https://chatgpt.com<path>. */
async function connected(): Promise<ReturnType<typeof vaultClient>> {
  let listener!: (m: unknown, s: { url?: string }) => Promise<VaultReply | undefined> | undefined;
  controller = new AbortController();
  await serveVault({ runtime: { id: fakeBrowser.runtime.id, onMessage: { addListener: (cb) => (listener = cb), removeListener: () => undefined } } }, { signal: controller.signal }).ready;
  const send: SendVaultMessage = async (message) => listener(message, { url: `https://chatgpt.com${path}` });
  return vaultClient(send, () => path);
}

beforeEach(() => {
  fakeBrowser.reset();
  path = '/';
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  controller?.abort();
  vi.restoreAllMocks();
});

/** Redacts `text` as the guard does: the conversation's numbering, then keeps what it added. */
async function redactIn(client: ReturnType<typeof vaultClient>, text: string, findings: { start: number; end: number; type: string }[]): Promise<string> {
  const numbering = await client.numbering();
  const out = redact(text, findings, { kind: 'placeholder' }, numbering).text;
  client.keep(numbering);
  await new Promise((r) => setTimeout(r, 0));
  return out;
}

describe('vaultClient', () => {
  it('numbers every message of a conversation on from the ones before, and a new one from 1', async () => {
    const client = await connected();
    path = '/c/one';
    expect(await redactIn(client, 'Maria Schmidt', [{ start: 0, end: 13, type: 'PERSON' }])).toBe('[PERSON_1]');
    expect(await redactIn(client, 'Jan de Vries and Maria Schmidt', [{ start: 0, end: 12, type: 'PERSON' }, { start: 17, end: 30, type: 'PERSON' }])).toBe('[PERSON_2] and [PERSON_1]');
    path = '/c/two';
    expect(await redactIn(client, 'Jan de Vries', [{ start: 0, end: 12, type: 'PERSON' }])).toBe('[PERSON_1]');
    path = '/c/one';
    expect((await client.entries()).map((e) => `${e.tag}=${e.value}`)).toEqual(['[PERSON_1]=Maria Schmidt', '[PERSON_2]=Jan de Vries']);
  });

  it('carries a new chat’s placeholders to the address it gets after the first message', async () => {
    const client = await connected();
    expect(await redactIn(client, 'Maria Schmidt', [{ start: 0, end: 13, type: 'PERSON' }])).toBe('[PERSON_1]');
    path = '/c/new-id';
    expect(await redactIn(client, 'Jan de Vries', [{ start: 0, end: 12, type: 'PERSON' }])).toBe('[PERSON_2]');
  });

  it('does not carry placeholders between two existing conversations', async () => {
    const client = await connected();
    path = '/c/one';
    await redactIn(client, 'Maria Schmidt', [{ start: 0, end: 13, type: 'PERSON' }]);
    path = '/c/two';
    expect(await client.entries()).toEqual([]);
  });

  it('numbers a message on its own when the background does not answer in time', async () => {
    vi.useFakeTimers();
    try {
      const client = vaultClient(() => new Promise(() => undefined), () => '/c/x');
      const pending = client.numbering();
      await vi.advanceTimersByTimeAsync(1_000);
      const numbering = await pending;
      expect(numbering.tagFor('PERSON', 'Maria Schmidt')).toBe('[PERSON_1]');
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores a malformed answer', async () => {
    const client = vaultClient(async () => ({ entries: [{ tag: 'x', type: 'PERSON', value: 'Maria' }], used: { PERSON: 'many' } }), () => '/c/x');
    expect((await client.numbering()).tagFor('PERSON', 'Maria')).toBe('[PERSON_1]');
  });
});
