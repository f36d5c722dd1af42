import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ensureHistoryKey, HISTORY_KEY_STORAGE, readHistoryKey, valueHash, VALUE_HASH } from './value-hash';

beforeEach(() => fakeBrowser.reset());

const KEY = 'a'.repeat(64);

describe('value hashes for the history', () => {
  it('the same value (after normalising) gives the same short hash; another value or type does not', () => {
    const card = valueHash(KEY, '4111 1111 1111 1111', 'CREDIT_CARD');
    expect(card).toMatch(VALUE_HASH);
    expect(valueHash(KEY, '4111-1111-1111-1111', 'CREDIT_CARD')).toBe(card);
    expect(valueHash(KEY, '4012 8888 8888 1881', 'CREDIT_CARD')).not.toBe(card);
    expect(valueHash(KEY, 'Jane@Example.com', 'EMAIL')).toBe(valueHash(KEY, 'jane@example.com', 'EMAIL'));
    expect(valueHash(KEY, '4111 1111 1111 1111', 'PHONE_NUMBER')).not.toBe(card);
  });

  it('depends on the per-install key, and never contains the value', () => {
    const other = valueHash('b'.repeat(64), '4111 1111 1111 1111', 'CREDIT_CARD');
    expect(other).not.toBe(valueHash(KEY, '4111 1111 1111 1111', 'CREDIT_CARD'));
    expect(other).not.toContain('4111');
  });

  it('the background makes the key once; content scripts only read it', async () => {
    expect(await readHistoryKey()).toBeUndefined();
    const key = await ensureHistoryKey();
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await ensureHistoryKey()).toBe(key);
    expect(await readHistoryKey()).toBe(key);
    await fakeBrowser.storage.local.set({ [HISTORY_KEY_STORAGE]: 'not-a-key' });
    expect(await readHistoryKey()).toBeUndefined();
  });
});
