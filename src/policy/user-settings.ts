/**
 * The user's own settings (the options page), in `storage.local` — deliberately not `storage.sync`:
 * custom terms can themselves be sensitive, and nothing the user types should reach a sync server.
 * Stored values are re-validated on every read (they may predate a schema change, or be edited by
 * hand in devtools); what the admin locked is ignored later by `effectivePolicy`, not here, so a
 * user's choice comes back if the admin unlocks it.
 */
import { onAbort } from '../messaging/on-abort';
import { browser } from 'wxt/browser';
import { isObj, policyError, type PolicyError } from './check';
import { ADMIN_ONLY_KEYS, type Policy, type PolicyKey } from './schema';
import { validatePolicy } from './validate';

export const USER_SETTINGS_KEY = 'policy.userSettings';

export interface UserSettings {
  readonly settings: Partial<Policy>;
  readonly errors: readonly PolicyError[];
}

function clean(raw: unknown): UserSettings {
  const { policy, errors } = validatePolicy(raw);
  const settings: Record<string, unknown> = { ...policy };
  for (const key of ADMIN_ONLY_KEYS) delete settings[key];
  return { settings: settings as Partial<Policy>, errors };
}

/** The stored user settings, validated. Never throws (unreadable storage = no user settings). */
export async function loadUserSettings(): Promise<UserSettings> {
  try {
    const stored: unknown = (await browser.storage.local.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY];
    return isObj(stored) ? clean(stored) : { settings: {}, errors: [] };
  } catch {
    return { settings: {}, errors: [] };
  }
}

export type SaveResult = { readonly ok: true; readonly settings: Partial<Policy> } | { readonly ok: false; readonly errors: readonly PolicyError[] };

/**
 * Sets (or, with `undefined`, resets to the inherited value) one key. Refuses the whole change when
 * the value does not validate or the key is admin-only, so a half-typed rule is never stored.
 */
export async function saveUserSetting<K extends PolicyKey>(key: K, value: Policy[K] | undefined): Promise<SaveResult> {
  if (ADMIN_ONLY_KEYS.includes(key)) return { ok: false, errors: [policyError(key, key, 'adminOnly', [key])] };
  const current = (await loadUserSettings()).settings as Record<string, unknown>;
  const next: Record<string, unknown> = { ...current };
  if (value === undefined) delete next[key];
  else {
    // Checked together with the other settings: rule ids must be unique across all three rule lists,
    // and a save that passed alone but failed on the next load would silently lose the rule.
    // The key being saved goes last, so a clash is reported against it rather than an older setting.
    const others = { ...current };
    delete others[key];
    const checked = validatePolicy({ ...others, [key]: value });
    const blocking = checked.errors.filter((e) => e.level === 'error' && e.key === key);
    if (blocking.length > 0) return { ok: false, errors: blocking };
    next[key] = (checked.policy as Record<string, unknown>)[key];
  }
  await browser.storage.local.set({ [USER_SETTINGS_KEY]: next });
  return { ok: true, settings: next as Partial<Policy> };
}

/** Forgets every user setting. */
export async function resetUserSettings(): Promise<void> {
  await browser.storage.local.remove(USER_SETTINGS_KEY);
}

/** Calls `onChange` with the new settings whenever they change (any context); stops when `signal` aborts. */
export function watchUserSettings(signal: AbortSignal, onChange: (settings: UserSettings) => void): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !Object.hasOwn(changes, USER_SETTINGS_KEY) || signal.aborted) return;
    const stored = changes[USER_SETTINGS_KEY]?.newValue;
    onChange(isObj(stored) ? clean(stored) : { settings: {}, errors: [] });
  };
  browser.storage.onChanged.addListener(listener);
  onAbort(signal, () => browser.storage.onChanged.removeListener(listener));
}
