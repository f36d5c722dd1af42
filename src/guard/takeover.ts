/**
 * One live guard per page. After an extension update the old content script keeps running, orphaned
 * (its `runtime` is gone) until the page reloads, and the background injects the new version next to
 * it. The old one keeps guarding — its listeners run first — until the new one announces itself; then
 * it stands down. A page script could send the same announcement, so an instance only stands down when
 * it is really orphaned: a live guard never switches itself off.
 */
import { runtimeAlive } from './report';

const ANNOUNCE = 'promptfence:guard-started';

/** Returns the signal that ends this instance's listeners (a newer instance, or an orphaned one, stops it). */
export function claimPage(): AbortSignal {
  const state = globalThis as { __promptfenceGuard?: { stop: () => void } };
  // Same isolated world (the same version injected twice): the newest wins. WXT invalidates the older
  // copy's context when a new one starts, so the older copy could no longer show its panel. Page
  // scripts cannot reach this global, so only our own code can trigger this.
  state.__promptfenceGuard?.stop();
  const controller = new AbortController();
  state.__promptfenceGuard = { stop: () => controller.abort() };
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
