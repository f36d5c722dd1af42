/**
 * The policy the guard enforces on this page: built-in defaults ⊕ user settings ⊕ managed (admin)
 * policy, kept live. Managed storage may answer seconds after start-up; until it does, the last admin
 * policy in force (cached by src/policy/managed.ts) applies, and before the very first one the
 * built-in defaults.
 */
import { compileCustomDetectors, type CustomDetectorSet } from '../engine/custom';
import type { ActionRules } from '../decisions/types';
import { siteEnabled, toActionRules, toCustomDetectorInput, type ActionRulesOptions } from '../policy/effective';
import { watchPolicyState } from '../policy/state';
import { DEFAULT_POLICY, type DocumentsPolicy, type Policy } from '../policy/schema';

export interface GuardPolicy {
  readonly rules: ActionRules;
  /** The admin's custom detectors (terms, RE2 patterns, hashed exact-match lists) and allow rules. */
  readonly custom: CustomDetectorSet;
  /** False where the admin switched the guard off (whole policy, or this site). */
  enabledFor(siteId: string, host: string): boolean;
  /** Attached documents: limits, and the action for files not fully read (all `allow` in monitor mode). */
  readonly documents: DocumentsPolicy;
}

/** `origin` (the effective policy's, when known) makes an admin's `redact` automatic; see `redactIsAutomatic`. */
export function toGuardPolicy(policy: Policy, origin?: ActionRulesOptions['origin']): GuardPolicy {
  const custom = compileCustomDetectors(toCustomDetectorInput(policy));
  return {
    rules: toActionRules(policy, custom, { origin }),
    custom,
    enabledFor: (siteId, host) => siteEnabled(policy, host) && siteEnabled(policy, siteId),
    // Monitor mode never interrupts the user: a file it cannot read goes through as it would without us.
    documents: policy.mode === 'monitor' ? { ...policy.documents, encrypted: 'allow', unreadable: 'allow', tooLarge: 'allow' } : policy.documents,
  };
}

export const DEFAULT_GUARD_POLICY: GuardPolicy = toGuardPolicy(DEFAULT_POLICY);

/** Calls `onPolicy` with the policy in force now and after every managed or user change, until `signal` aborts. */
export async function watchGuardPolicy(signal: AbortSignal, onPolicy: (policy: GuardPolicy) => void): Promise<void> {
  try {
    await watchPolicyState(signal, (state) => onPolicy(toGuardPolicy(state.effective.policy, state.effective.origin)));
  } catch {
    // Storage unavailable (orphaned after an update): keep what is in force.
  }
}
