/**
 * Every policy problem the UI shows, admin's first (they change what is enforced), then the user's
 * own stored settings. Pure, so the popup and the options page list exactly the same problems.
 */
import type { PolicyError } from '@/src/policy/check';
import { adminProblems, type PolicyState } from '@/src/policy/state';

export interface PolicyProblem extends PolicyError {
  readonly from: 'admin' | 'user';
}

export function policyProblems(state: PolicyState): PolicyProblem[] {
  return [
    ...adminProblems(state.managed).map((p) => ({ ...p, from: 'admin' as const })),
    ...state.user.errors.map((p) => ({ ...p, from: 'user' as const })),
  ];
}
