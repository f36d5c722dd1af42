import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addToVault, clearVaults, MAX_ENTRIES_PER_CONVERSATION, readVault, sweepVaults, vaultSize } from './vault';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 11, 7, 9);
const CHAT_A = 'https://chatgpt.com/c/aaa';
const CHAT_B = 'https://chatgpt.com/c/bbb';
const maria = { tag: '[PERSON_1]', type: 'PERSON', value: 'Maria Schmidt' };
const mail = { tag: '[EMAIL_1]', type: 'EMAIL', value: 'maria@example.de' };

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('conversation vaults', () => {
  it('keeps a conversation’s placeholders and numbers, in session storage only', async () => {
    await addToVault(CHAT_A, [maria, mail], { PERSON: 1, EMAIL: 1 }, 12, T0);
    expect(await readVault(CHAT_A, 12, T0 + 1)).toEqual({ entries: [maria, mail], used: { PERSON: 1, EMAIL: 1 } });
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['restore.vaults']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('never shares numbering between conversations', async () => {
    await addToVault(CHAT_A, [maria], { PERSON: 1 }, 12, T0);
    expect(await readVault(CHAT_B, 12, T0)).toEqual({ entries: [], used: {} });
  });

  it('adds a later message’s tags to the earlier ones, once each, and keeps the highest numbers', async () => {
    await addToVault(CHAT_A, [maria], { PERSON: 1 }, 12, T0);
    const jan = { tag: '[PERSON_2]', type: 'PERSON', value: 'Jan de Vries' };
    await addToVault(CHAT_A, [maria, jan], { PERSON: 2 }, 12, T0 + HOUR);
    await addToVault(CHAT_A, [], { PERSON: 1 }, 12, T0 + HOUR);
    expect(await readVault(CHAT_A, 12, T0 + HOUR)).toEqual({ entries: [maria, jan], used: { PERSON: 2 } });
  });

  it('drops an entry its lifetime after it was added, but not the numbers used', async () => {
    await addToVault(CHAT_A, [maria], { PERSON: 1 }, 12, T0);
    await addToVault(CHAT_A, [mail], { EMAIL: 1 }, 12, T0 + 6 * HOUR);
    expect((await readVault(CHAT_A, 12, T0 + 12 * HOUR - 1)).entries).toEqual([maria, mail]);
    expect(await readVault(CHAT_A, 12, T0 + 12 * HOUR)).toEqual({ entries: [mail], used: { PERSON: 1, EMAIL: 1 } });
    expect((await readVault(CHAT_A, 1, T0 + 12 * HOUR)).entries).toEqual([]);
  });

  it('sweeps expired entries, and conversations with none left that were not used for a lifetime', async () => {
    await addToVault(CHAT_A, [maria], { PERSON: 1 }, 12, T0);
    await addToVault(CHAT_B, [mail], { EMAIL: 1 }, 12, T0 + 10 * HOUR);
    await sweepVaults(12, T0 + 13 * HOUR);
    expect(await vaultSize()).toEqual({ conversations: 1, entries: 1 });
    const stored = JSON.stringify(await fakeBrowser.storage.session.get(null));
    expect(stored).not.toContain('Maria Schmidt');
    expect(stored).toContain('maria@example.de');
  });

  it('forgets everything on clear', async () => {
    await addToVault(CHAT_A, [maria], { PERSON: 1 }, 12, T0);
    await clearVaults();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await readVault(CHAT_A, 12, T0)).toEqual({ entries: [], used: {} });
  });

  it(`keeps a conversation’s newest ${MAX_ENTRIES_PER_CONVERSATION} entries`, async () => {
    const many = Array.from({ length: MAX_ENTRIES_PER_CONVERSATION + 5 }, (_, i) => ({ tag: `[EMAIL_${i + 1}]`, type: 'EMAIL', value: `u${i}@example.org` }));
    await addToVault(CHAT_A, many, { EMAIL: many.length }, 12, T0);
    const view = await readVault(CHAT_A, 12, T0);
    expect(view.entries).toHaveLength(MAX_ENTRIES_PER_CONVERSATION);
    expect(view.entries[0]!.tag).toBe('[EMAIL_6]');
    expect(view.used).toEqual({ EMAIL: many.length });
  });

  it('keeps concurrent additions (one message after another arriving together)', async () => {
    await Promise.all([addToVault(CHAT_A, [maria], { PERSON: 1 }, 12, T0), addToVault(CHAT_A, [mail], { EMAIL: 1 }, 12, T0)]);
    expect((await readVault(CHAT_A, 12, T0)).entries).toEqual([maria, mail]);
  });
});

describe('adoptVault', () => {
  it('moves a new chat’s vault to the address it got, but never over an existing one', async () => {
    const { adoptVault } = await import('./vault');
    await addToVault('https://chatgpt.com/', [maria], { PERSON: 1 }, 12, T0);
    await adoptVault('https://chatgpt.com/', CHAT_A, T0);
    expect((await readVault(CHAT_A, 12, T0)).entries).toEqual([maria]);
    expect((await readVault('https://chatgpt.com/', 12, T0)).entries).toEqual([]);
    await addToVault('https://chatgpt.com/', [mail], { EMAIL: 1 }, 12, T0);
    await adoptVault('https://chatgpt.com/', CHAT_A, T0);
    expect((await readVault(CHAT_A, 12, T0)).entries).toEqual([maria]);
  });
});
