/**
 * The policy in force and everything the UI needs to explain it: defaults ⊕ user ⊕ managed, each
 * key's origin, the locked keys, and every problem found in the admin's and the user's settings.
 * The guard, the options page and the popup all read it the same way, each in its own context
 * (extension pages and content scripts can read storage directly; no background round trip).
 */
import { policyError, type PolicyError } from './check';
import { effectivePolicy, type EffectivePolicy } from './effective';
import { watchManagedPolicy, type ManagedPolicyState } from './managed';
import { DEFAULT_POLICY } from './schema';
import { loadUserSettings, watchUserSettings, type UserSettings } from './user-settings';

export interface PolicyState {
  readonly effective: EffectivePolicy;
  readonly managed: ManagedPolicyState;
  readonly user: UserSettings;
}

export function combine(managed: ManagedPolicyState, user: UserSettings): PolicyState {
  return { effective: effectivePolicy(DEFAULT_POLICY, user.settings, managed.policy), managed, user };
}

/** readManagedRaw's wording (managed.ts); the `readFailed` template says it, so only the cause is a parameter. */
const READ_ERROR_PREFIX = /^managed storage could not be read: /;

/** Problems to show the user: managed storage unreadable, admin keys dropped or kept from the cache. */
export function adminProblems(managed: ManagedPolicyState): PolicyError[] {
  const out: PolicyError[] = [];
  if (managed.readError) out.push(policyError('', '(managed storage)', 'readFailed', [managed.readError.replace(READ_ERROR_PREFIX, '')]));
  out.push(...managed.errors);
  for (const key of managed.keptFromCache ?? [])
    out.push(policyError(key, key, 'keptLastGood', [key], 'warning'));
  return out;
}

/**
 * Calls `onState` with the state now and after every managed or user change, until `signal` aborts.
 * Works without change events too (Firefox sends none for managed storage): every page load reads
 * afresh, and the first state is always delivered.
 */
export async function watchPolicyState(signal: AbortSignal, onState: (state: PolicyState) => void): Promise<PolicyState> {
  let managed: ManagedPolicyState = { policy: {}, errors: [], source: 'none' };
  let user: UserSettings = { settings: {}, errors: [] };
  const emit = () => {
    if (!signal.aborted) onState(combine(managed, user));
  };
  watchUserSettings(signal, (next) => {
    user = next;
    emit();
  });
  [managed, user] = await Promise.all([
    watchManagedPolicy({
      signal,
      onChange: (next) => {
        managed = next;
        emit();
      },
    }),
    loadUserSettings(),
  ]);
  const first = combine(managed, user);
  if (!signal.aborted) onState(first);
  return first;
}
