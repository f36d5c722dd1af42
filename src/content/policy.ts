/**
 * The policy the guard enforces on this page: built-in defaults ⊕ managed (admin) policy, kept live.
 * Managed storage may answer seconds after start-up; until it does, the last admin policy in force
 * (cached by src/policy/managed.ts) applies, and before the very first one the built-in defaults.
 * User settings come with the options page; until then only defaults and the admin's policy apply.
 */
import { compileCustomDetectors, type CustomDetectorSet } from '../engine/custom';
import type { ActionRules } from '../guard/types';
import { effectivePolicy, siteEnabled, toActionRules, toCustomDetectorInput } from '../policy/effective';
import { watchManagedPolicy } from '../policy/managed';
import { DEFAULT_POLICY, type Policy } from '../policy/schema';

export interface GuardPolicy {
  readonly rules: ActionRules;
  /** The admin's custom detectors (terms, RE2 patterns, hashed exact-match lists) and allow rules. */
  readonly custom: CustomDetectorSet;
  /** False where the admin switched the guard off (whole policy, or this site). */
  enabledFor(siteId: string, host: string): boolean;
}

export function toGuardPolicy(policy: Policy): GuardPolicy {
  const custom = compileCustomDetectors(toCustomDetectorInput(policy));
  return {
    rules: toActionRules(policy, custom),
    custom,
    enabledFor: (siteId, host) => siteEnabled(policy, host) && siteEnabled(policy, siteId),
  };
}

export const DEFAULT_GUARD_POLICY: GuardPolicy = toGuardPolicy(DEFAULT_POLICY);

/** Calls `onPolicy` with the policy in force now and after every managed change, until `signal` aborts. */
export async function watchGuardPolicy(signal: AbortSignal, onPolicy: (policy: GuardPolicy) => void): Promise<void> {
  const apply = (managed: Partial<Policy>) => onPolicy(toGuardPolicy(effectivePolicy(DEFAULT_POLICY, undefined, managed).policy));
  try {
    const first = await watchManagedPolicy({ signal, onChange: (state) => apply(state.policy) });
    apply(first.policy);
  } catch {
    // Storage unavailable (orphaned after an update): keep what is in force.
  }
}
