/**
 * A short keyed hash per matched value, so the history can say "this card number was caught 4 times"
 * without keeping the number. Computed in the content script (the only place that sees the value),
 * from the normalised value (the same rules as the "not sensitive" list: `4111 1111…` and
 * `4111-1111…` are one card) under a random per-install key in `storage.local`.
 *
 * Residual risk, stated plainly: someone who copies the browser profile gets the key too and can test
 * guesses of low-entropy values (a 9-digit ID number) against a hash. The hash is truncated to 64 bits
 * and never leaves the device (it is not in audit records).
 */
import { browser } from 'wxt/browser';
import { sha256Hex } from '../engine/custom/sha256';
import { normalizeForAllowlist } from '../decisions/user-allowlist-normalize';

export const HISTORY_KEY_STORAGE = 'history.hashKey';
const KEY = /^[0-9a-f]{64}$/;
/**
 * 64 bits written with the letters a–p (hex digit → letter, as Chrome writes extension ids), so a hash
 * can never be mistaken for a number: the background refuses a "hash" that could be a card number.
 */
export const VALUE_HASH = /^[a-p]{16}$/;

/** The hash of one value of entity `type`, or undefined when nothing is left after normalising. */
export function valueHash(key: string, value: string, type: string): string | undefined {
  const normalized = normalizeForAllowlist(value, type);
  if (!normalized) return undefined;
  const hex = sha256Hex(`${key}\u0000${type}\u0000${normalized}`).slice(0, 16);
  return hex.replace(/[0-9a-f]/g, (h) => String.fromCharCode(97 + parseInt(h, 16)));
}

/** The background makes the key once (content scripts only read it, so two tabs never race to make two). */
export async function ensureHistoryKey(): Promise<string> {
  const stored: unknown = (await browser.storage.local.get(HISTORY_KEY_STORAGE))[HISTORY_KEY_STORAGE];
  if (typeof stored === 'string' && KEY.test(stored)) return stored;
  const key = Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
  await browser.storage.local.set({ [HISTORY_KEY_STORAGE]: key });
  return key;
}

/** The key, or undefined before the background made it (the guard then reports no hashes). Never rejects. */
export async function readHistoryKey(): Promise<string | undefined> {
  try {
    const stored: unknown = (await browser.storage.local.get(HISTORY_KEY_STORAGE))[HISTORY_KEY_STORAGE];
    return typeof stored === 'string' && KEY.test(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}
