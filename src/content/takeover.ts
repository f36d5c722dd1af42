/**
 * One live guard per page. After an extension update the old content script keeps running, orphaned
 * (its `runtime` is gone) until the page reloads, and the background injects the new version next to
 * it. The old one keeps guarding — its listeners run first — until the new one announces itself; then
 * it stands down. A page script could send the same announcement, so an instance only stands down when
 * it is really orphaned: a live guard never switches itself off.
 */
import { runtimeAlive } from './report';

const ANNOUNCE = 'promptfence:guard-started';

/** Returns the signal that ends this instance's listeners, or null when a live guard already runs here. */
export function claimPage(): AbortSignal | null {
  const state = globalThis as { __promptfenceGuard?: { alive: () => boolean } };
  // Same isolated world (a second injection of the same version): keep the one that runs.
  if (state.__promptfenceGuard?.alive()) return null;
  const controller = new AbortController();
  state.__promptfenceGuard = { alive: () => runtimeAlive() && !controller.signal.aborted };
  window.addEventListener(
    ANNOUNCE,
    () => {
      if (!runtimeAlive()) controller.abort();
    },
    { signal: controller.signal },
  );
  // Tell an orphaned predecessor (in its own isolated world) that protection continues here.
  window.dispatchEvent(new CustomEvent(ANNOUNCE));
  return controller.signal;
}
