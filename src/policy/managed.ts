/**
 * The admin's policy from `storage.managed`, read defensively (uBO Lite's `adminRead` pattern).
 *
 * - No managed area, Firefox without a policy ("Managed storage manifest not found") → empty policy.
 * - Any other read error → the last good policy (cache) plus the error; never the laxer defaults.
 * - Chrome may publish managed values seconds after start (research/toolchain.md §4): while the area
 *   is still empty, the last policy in force (cached in storage.local) keeps applying. Only a managed
 *   change event that empties the area, or a re-read after `graceMs` that is still empty, clears it.
 * - `storage.onChanged` for area 'managed' is debounced and re-reads the whole area (Firefox never
 *   fires it; Chrome does, ~5 s after a policy file changes).
 */
import { onAbort } from '../messaging/on-abort';
import { browser } from 'wxt/browser';
import { isObj, type PolicyError } from './check';
import { isPolicyKey, type Policy, type PolicyKey } from './schema';
import { validatePolicy, type ValidatedPolicy } from './validate';

/** storage.local key of the last good managed policy. */
export const MANAGED_CACHE_KEY = 'policy.managedCache';

export interface ManagedPolicyState {
  /** Validated admin policy (empty when there is none). */
  readonly policy: Partial<Policy>;
  readonly errors: readonly PolicyError[];
  /** Where `policy` came from: managed storage now, the cache of the last one, or nothing. */
  readonly source: 'managed' | 'cache' | 'none';
  /** Set when managed storage could not be read at all. */
  readonly readError?: string;
  /** Keys the admin set invalidly that keep their last good value. */
  readonly keptFromCache?: readonly PolicyKey[];
}

interface RawRead {
  readonly raw: Record<string, unknown>;
  readonly error?: string;
}

/** Reads the managed area; never throws. */
export async function readManagedRaw(): Promise<RawRead> {
  const area = browser?.storage?.managed;
  if (!area || typeof area.get !== 'function') return { raw: {} };
  try {
    const value: unknown = await area.get(null);
    return { raw: isObj(value) ? value : {} };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Firefox rejects when no policy was configured: that is "no policy", not a failure.
    if (/manifest not found/i.test(message)) return { raw: {} };
    return { raw: {}, error: `managed storage could not be read: ${message}` };
  }
}

/** The cached policy as stored (unvalidated), or undefined. */
async function readStoredCache(): Promise<Record<string, unknown> | undefined> {
  try {
    const stored = (await browser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY];
    return isObj(stored) && isObj(stored.policy) ? stored.policy : undefined;
  } catch {
    return undefined;
  }
}

async function readCache(): Promise<Partial<Policy> | undefined> {
  const stored = await readStoredCache();
  // Re-validated: the cache may predate a schema change.
  return stored ? validatePolicy(stored).policy : undefined;
}

async function writeCache(policy: Partial<Policy> | undefined): Promise<void> {
  try {
    // Every tab and the worker resolve the policy when they start: write only a change, so an
    // unchanged policy costs no storage write (and no onChanged event in every other context).
    if (policy && JSON.stringify(await readStoredCache()) === JSON.stringify(policy)) return;
    if (policy) await browser.storage.local.set({ [MANAGED_CACHE_KEY]: { at: Date.now(), policy } });
    else await browser.storage.local.remove(MANAGED_CACHE_KEY);
  } catch {
    // Storage full or gone: the policy still applies for this session.
  }
}

/**
 * A key the admin set but that failed validation as a whole keeps its last good value (from the
 * cache), so one typo in a policy push does not silently relax a setting that was in force.
 */
async function keepLastGood(raw: Record<string, unknown>, validated: ValidatedPolicy) {
  const policy: Record<string, unknown> = { ...validated.policy };
  const dropped = Object.keys(raw).filter((key): key is PolicyKey => isPolicyKey(key) && !Object.hasOwn(policy, key));
  // The cache is read (and re-validated) only when there is something to take from it.
  const cached = dropped.length > 0 ? await readCache() : undefined;
  const kept = dropped.filter((key) => cached && Object.hasOwn(cached, key));
  for (const key of kept) policy[key] = cached![key];
  return { policy: policy as Partial<Policy>, kept };
}

/** Managed area → state, caching a delivered policy. With `trustEmpty`, an empty area clears the cache. */
async function resolve(trustEmpty: boolean): Promise<ManagedPolicyState> {
  const { raw, error } = await readManagedRaw();
  const extra = error !== undefined ? { readError: error } : {};
  if (Object.keys(raw).length > 0) {
    const validated = validatePolicy(raw);
    const { policy, kept } = await keepLastGood(raw, validated);
    await writeCache(policy);
    return { policy, errors: validated.errors, source: 'managed', ...(kept.length > 0 ? { keptFromCache: kept } : {}), ...extra };
  }
  if (trustEmpty && error === undefined) {
    await writeCache(undefined);
    return { policy: {}, errors: [], source: 'none' };
  }
  const cached = await readCache();
  return cached ? { policy: cached, errors: [], source: 'cache', ...extra } : { policy: {}, errors: [], source: 'none', ...extra };
}

/** One read: the managed policy, or the cached last one while managed storage is empty or failing. */
export function loadManagedPolicy(): Promise<ManagedPolicyState> {
  return resolve(false);
}

export interface WatchOptions {
  readonly signal: AbortSignal;
  /** Called with each new state after the first (returned) one. */
  readonly onChange: (state: ManagedPolicyState) => void;
  readonly debounceMs?: number;
  /** How long a cached policy outlives an empty managed area before it is dropped. */
  readonly graceMs?: number;
}

/**
 * Loads the managed policy and keeps it current until `signal` aborts. Resolves with the first state.
 */
export async function watchManagedPolicy({ signal, onChange, debounceMs = 250, graceMs = 60_000 }: WatchOptions): Promise<ManagedPolicyState> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;
  const emit = (state: ManagedPolicyState) => {
    if (!signal.aborted) onChange(state);
  };
  const listener = (_changes: unknown, area: string) => {
    if (area !== 'managed' || signal.aborted) return;
    clearTimeout(timer);
    // A change event is the browser's word on the new policy: an empty area now means "removed".
    timer = setTimeout(() => {
      clearTimeout(grace);
      void resolve(true).then(emit, () => undefined);
    }, debounceMs);
  };
  browser.storage.onChanged.addListener(listener);
  onAbort(signal, () => {
    clearTimeout(timer);
    clearTimeout(grace);
    browser.storage.onChanged.removeListener(listener);
  });
  const first = await resolve(false);
  // Running on a cached policy, or managed storage failed: look again once the grace period is over.
  if ((first.source === 'cache' || first.readError !== undefined) && !signal.aborted) {
    grace = setTimeout(() => {
      void resolve(true).then((state) => {
        if (JSON.stringify(state) !== JSON.stringify(first)) emit(state);
      }, () => undefined);
    }, graceMs);
  }
  return first;
}
