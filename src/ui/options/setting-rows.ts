/**
 * The options page's row model: for each policy key, where its value comes from and whether the user
 * may change it. Pure (no DOM), so the rules "admin wins, locked means read-only, admin-only keys are
 * never editable" are unit-tested once instead of being re-derived by every component.
 */
import type { SettingOrigin } from '@/src/policy/effective';
import { ADMIN_ONLY_KEYS, POLICY_KEYS, type Policy, type PolicyKey } from '@/src/policy/schema';
import type { PolicyState } from '@/src/policy/state';

export interface SettingRowModel<K extends PolicyKey = PolicyKey> {
  readonly key: K;
  /** The value in force. */
  readonly value: Policy[K];
  readonly origin: SettingOrigin;
  /** The user cannot change it (admin set or locked it, overrides are off, or the key is admin-only). */
  readonly locked: boolean;
  /** Only an admin can ever set this key (extraSites, reporting, …): shown for information. */
  readonly adminOnly: boolean;
  /**
   * The user has a stored value for this key, so "reset to default" means something. It may be
   * shadowed by the admin: then it is not offered (the control is locked anyway).
   */
  readonly resettable: boolean;
  /** The user's own stored value (what an editor adds to), if any. */
  readonly userValue: Policy[K] | undefined;
}

export function settingRow<K extends PolicyKey>(state: PolicyState, key: K): SettingRowModel<K> {
  const { policy, origin, locked } = state.effective;
  const userSet = Object.hasOwn(state.user.settings, key) && state.user.settings[key] !== undefined;
  const isLocked = locked.has(key);
  return {
    key,
    value: policy[key],
    origin: origin[key],
    locked: isLocked,
    adminOnly: ADMIN_ONLY_KEYS.includes(key),
    resettable: userSet && !isLocked,
    userValue: userSet ? (state.user.settings[key] as Policy[K]) : undefined,
  };
}

/** Every key, in schema order. */
export function settingRows(state: PolicyState): SettingRowModel[] {
  return POLICY_KEYS.map((key) => settingRow(state, key));
}
