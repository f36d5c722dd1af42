import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createScanner } from '../engine/scan';
import { ALL_DETECTORS } from '../engine/detectors';
import { normalizeForAllowlist } from './user-allowlist-normalize';
import { loadUserAllowlist, MAX_USER_ALLOWLIST_ENTRIES, parseStored, userAllowlistItem } from './user-allowlist';

const KEY = 'guard.userAllowlist';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('normalizeForAllowlist', () => {
  it.each<[string, string, string, string]>([
    ['EMAIL', 'Jane.Doe@Example.com ', 'jane.doe@example.com', 'trimmed, lower-cased'],
    ['CREDIT_CARD', '4111-1111 1111.1111', '4111111111111111', 'digits only'],
    ['PHONE', '+44 (20) 7946 0958', '442079460958', 'digits only'],
    ['IBAN', 'gb82 west 1234 5698 7654 32', 'gb82west12345698765432', 'grouping dropped, lower-cased'],
    ['GITHUB_TOKEN', '  ghp_AbC  ', 'ghp_AbC', 'secrets keep their case'],
    ['CUSTOM', 'Acme   Holdings', 'acme holdings', 'spaces collapsed, lower-cased'],
  ])('%s %j → %j (%s)', (type, value, expected) => {
    expect(normalizeForAllowlist(value, type)).toBe(expected);
  });
});

describe('loadUserAllowlist', () => {
  it('starts empty and allows what was added, however it is written', async () => {
    const list = await loadUserAllowlist();
    expect(list.size).toBe(0);
    expect(list.isAllowed('jane@example.com', 'EMAIL')).toBe(false);
    await list.add('Jane@Example.com', 'EMAIL');
    expect(list.isAllowed(' jane@example.COM', 'EMAIL')).toBe(true);
    expect(list.isAllowed('jane@example.com', 'GENERIC_SECRET')).toBe(false); // type-scoped
    expect(list.size).toBe(1);
    expect(list.error).toBeUndefined();
  });

  it('stores only salted hashes, never the value', async () => {
    const list = await loadUserAllowlist();
    await list.add('4111 1111 1111 1111', 'CREDIT_CARD');
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(KEY));
    expect(stored).not.toContain('4111');
    const value = await userAllowlistItem.getValue();
    expect(value?.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(value?.hashes).toHaveLength(1);
    expect(value?.hashes[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('uses a different salt per install: the same value hashes differently', async () => {
    await (await loadUserAllowlist()).add('jane@example.com', 'EMAIL');
    const first = await userAllowlistItem.getValue();
    fakeBrowser.reset();
    await (await loadUserAllowlist()).add('jane@example.com', 'EMAIL');
    const second = await userAllowlistItem.getValue();
    expect(first?.salt).not.toBe(second?.salt);
    expect(first?.hashes[0]).not.toBe(second?.hashes[0]);
  });

  it('persists across loads (another page, another day)', async () => {
    await (await loadUserAllowlist()).add('10.0.0.7', 'IP_ADDRESS');
    const again = await loadUserAllowlist();
    expect(again.isAllowed('10.0.0.7', 'IP_ADDRESS')).toBe(true);
  });

  it('drops the oldest entries past the bound', async () => {
    const list = await loadUserAllowlist();
    for (let i = 0; i < MAX_USER_ALLOWLIST_ENTRIES + 2; i++) await list.add(`user${i}@example.com`, 'EMAIL');
    expect(list.size).toBe(MAX_USER_ALLOWLIST_ENTRIES);
    expect(list.isAllowed('user0@example.com', 'EMAIL')).toBe(false);
    expect(list.isAllowed('user1@example.com', 'EMAIL')).toBe(false);
    expect(list.isAllowed(`user${MAX_USER_ALLOWLIST_ENTRIES + 1}@example.com`, 'EMAIL')).toBe(true);
  });

  it('follows changes made by another tab until the signal aborts', async () => {
    const controller = new AbortController();
    const mine = await loadUserAllowlist({ signal: controller.signal });
    const other = await loadUserAllowlist();
    await other.add('jane@example.com', 'EMAIL');
    await vi.waitFor(() => expect(mine.isAllowed('jane@example.com', 'EMAIL')).toBe(true));
    controller.abort();
    await other.add('john@example.com', 'EMAIL');
    await new Promise((r) => setTimeout(r, 10));
    expect(mine.isAllowed('john@example.com', 'EMAIL')).toBe(false);
  });

  it('clear() forgets everything', async () => {
    const list = await loadUserAllowlist();
    await list.add('jane@example.com', 'EMAIL');
    await list.clear();
    expect(list.size).toBe(0);
    expect(await userAllowlistItem.getValue()).toBeNull();
  });

  it.each<[string, unknown]>([
    ['a string', 'garbage'],
    ['a wrong version', { v: 2, salt: '0'.repeat(32), hashes: [] }],
    ['a bad salt', { v: 1, salt: 'short', hashes: ['a'.repeat(64)] }],
    ['hashes not an array', { v: 1, salt: '0'.repeat(32), hashes: 'x' }],
  ])('survives corrupted storage (%s): empty list, clear error, still usable', async (_name, raw) => {
    await fakeBrowser.storage.local.set({ [KEY]: raw });
    const list = await loadUserAllowlist();
    expect(list.size).toBe(0);
    expect(list.error).toMatch(/could not be read/);
    await list.add('jane@example.com', 'EMAIL');
    expect(list.isAllowed('jane@example.com', 'EMAIL')).toBe(true);
    expect(parseStored(await userAllowlistItem.getValue())).toBeDefined();
  });

  it('keeps the valid hashes of a partly corrupted list', () => {
    const parsed = parseStored({ v: 1, salt: 'a'.repeat(32), hashes: ['b'.repeat(64), 42, 'nope'] });
    expect(parsed).toEqual({ salt: 'a'.repeat(32), hashes: ['b'.repeat(64)], dropped: true });
  });

  it('never rejects when storage itself fails', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('Extension context invalidated.'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Extension context invalidated.'));
    const list = await loadUserAllowlist();
    expect(list.error).toMatch(/unavailable/);
    await expect(list.add('jane@example.com', 'EMAIL')).resolves.toBeUndefined();
    expect(list.error).toMatch(/could not save/);
    expect(list.isAllowed('jane@example.com', 'EMAIL')).toBe(true); // still applies on this page
  });

  it("plugs into the engine's createScanner({ isAllowed })", async () => {
    const list = await loadUserAllowlist();
    const text = 'Write to jane.doe@example.com about it';
    const before = createScanner(ALL_DETECTORS, { isAllowed: list.isAllowed }).scan(text);
    expect(before.some((f) => f.type === 'EMAIL')).toBe(true);
    await list.add('jane.doe@example.com', 'EMAIL');
    const after = createScanner(ALL_DETECTORS, { isAllowed: list.isAllowed }).scan(text);
    expect(after.some((f) => f.type === 'EMAIL')).toBe(false);
  });
});
