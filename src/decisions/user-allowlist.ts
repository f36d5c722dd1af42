/**
 * The values a user marked "not sensitive", kept as salted SHA-256 hashes in `storage.local`: never in
 * clear, and the per-install random salt keeps a leaked list from being checked against a dictionary of
 * known emails or card numbers computed once for everybody.
 */
import { onAbort } from '../messaging/on-abort';
import { storage } from 'wxt/utils/storage';
import { sha256Hex } from '../engine/custom/sha256';
import { normalizeForAllowlist } from './user-allowlist-normalize';

/** Oldest entries are dropped past this: the list is a convenience, not an archive. */
export const MAX_USER_ALLOWLIST_ENTRIES = 1000;

/** What storage holds. `hashes` is oldest first. */
export interface StoredUserAllowlist {
  readonly v: 1;
  readonly salt: string;
  readonly hashes: readonly string[];
}

export const userAllowlistItem = storage.defineItem<StoredUserAllowlist | null>('local:guard.userAllowlist', { fallback: null });

export interface UserAllowlist {
  /** Sync, for the engine's `createScanner({ isAllowed })`. */
  isAllowed(value: string, type: string): boolean;
  /** Remembers `value` (of entity `type`) as not sensitive. Never rejects; a failed write sets `error`. */
  add(value: string, type: string): Promise<void>;
  /** Forgets every value (options page: "reset my not-sensitive list"). Never rejects. */
  clear(): Promise<void>;
  readonly size: number;
  /** Set when storage was unreadable or corrupted (the list was reset) or a write failed. */
  readonly error: string | undefined;
}

const SALT = /^[0-9a-f]{32}$/;
const HASH = /^[0-9a-f]{64}$/;
const CORRUPTED = 'PromptFence: your "not sensitive" list could not be read and was reset.';

/** A valid stored list, or undefined. Bad hashes are dropped; a bad salt voids the whole list. */
export function parseStored(raw: unknown): { salt: string; hashes: string[]; dropped: boolean } | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { v, salt, hashes } = raw as Partial<Record<keyof StoredUserAllowlist, unknown>>;
  if (v !== 1 || typeof salt !== 'string' || !SALT.test(salt) || !Array.isArray(hashes)) return undefined;
  const valid = hashes.filter((h): h is string => typeof h === 'string' && HASH.test(h));
  return { salt, hashes: valid.slice(-MAX_USER_ALLOWLIST_ENTRIES), dropped: valid.length !== hashes.length };
}

function newSalt(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The stored hash of a value: type-scoped, so allowing a string as an EMAIL doesn't allow it as a token. */
export function allowlistHash(salt: string, value: string, type: string): string | undefined {
  const normalized = normalizeForAllowlist(value, type);
  return normalized ? sha256Hex(`${salt}\u0000${type}\u0000${normalized}`) : undefined;
}

/**
 * Loads the user's list. Never rejects: unreadable or corrupted storage gives an empty list and `error`.
 * Other tabs' changes are followed until `signal` aborts.
 */
export async function loadUserAllowlist(options: { signal?: AbortSignal } = {}): Promise<UserAllowlist> {
  let salt = newSalt();
  let hashes: string[] = [];
  let set = new Set<string>();
  let error: string | undefined;

  const adopt = (state: { salt: string; hashes: string[] }) => {
    salt = state.salt;
    hashes = state.hashes;
    set = new Set(hashes);
  };
  const fail = (message: string, cause?: unknown) => {
    error = message;
    console.warn(message, cause ?? '');
  };
  /** Latest stored state (another tab may have written since we loaded). */
  const read = async () => {
    const raw = await userAllowlistItem.getValue();
    const parsed = parseStored(raw);
    if (raw !== null && (!parsed || parsed.dropped)) fail(CORRUPTED);
    return parsed;
  };

  try {
    const parsed = await read();
    if (parsed) adopt(parsed);
  } catch (cause) {
    fail('PromptFence: your "not sensitive" list is unavailable on this page.', cause);
  }

  if (!options.signal?.aborted) {
    try {
      const unwatch = userAllowlistItem.watch((raw) => adopt(parseStored(raw) ?? { salt, hashes: [] }));
      if (options.signal) onAbort(options.signal, unwatch);
    } catch {
      // No storage events here: this page keeps its own copy.
    }
  }

  return {
    isAllowed(value, type) {
      if (set.size === 0) return false; // common case: nothing allowed, no hashing per finding
      const hash = allowlistHash(salt, value, type);
      return hash !== undefined && set.has(hash);
    },
    async add(value, type) {
      try {
        const latest = await read().catch(() => undefined);
        if (latest) adopt(latest);
        const hash = allowlistHash(salt, value, type);
        if (!hash) return;
        // Re-adding moves the value to the newest end, so what a user keeps using is dropped last.
        const next = [...hashes.filter((h) => h !== hash), hash].slice(-MAX_USER_ALLOWLIST_ENTRIES);
        adopt({ salt, hashes: next });
        await userAllowlistItem.setValue({ v: 1, salt, hashes: next });
      } catch (cause) {
        fail('PromptFence: could not save your "not sensitive" choice; it applies on this page only.', cause);
      }
    },
    async clear() {
      adopt({ salt: newSalt(), hashes: [] });
      try {
        await userAllowlistItem.removeValue();
      } catch (cause) {
        fail('PromptFence: could not reset your "not sensitive" list.', cause);
      }
    },
    get size() {
      return set.size;
    },
    get error() {
      return error;
    },
  };
}
