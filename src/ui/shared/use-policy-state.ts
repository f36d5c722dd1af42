import { useEffect, useState } from 'preact/hooks';
import { watchPolicyState, type PolicyState } from '@/src/policy/state';

/**
 * The live policy state (defaults ⊕ user ⊕ managed) for a Preact page; `undefined` until the first
 * read. Re-renders on every managed or user change, so a save in the options page, an admin push or
 * an edit in another tab shows up without a reload.
 */
export function usePolicyState(): PolicyState | undefined {
  const [state, setState] = useState<PolicyState>();
  useEffect(() => {
    const controller = new AbortController();
    watchPolicyState(controller.signal, setState).catch(() => undefined);
    return () => controller.abort();
  }, []);
  return state;
}
