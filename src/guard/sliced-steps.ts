/**
 * Pure work written as steps (src/decisions/steps.ts: the decision over a scan's findings, the panel's rows)
 * run across tasks: steps run until a slice's time is up, then the page gets the main thread back. A
 * 1 MB customer table has ~49,000 findings, and deciding on them in one go took 25–45 ms in Chromium here.
 */
import type { Steps } from '../decisions/steps';
import { markWork, type WorkKind } from './work-marks';
import { SLICE_MS, yieldToEventLoop } from './sliced-scan';

/**
 * Runs `steps` to its end in slices of `sliceMs`, the first one in the caller's task; every slice is
 * stamped `what` for traces. Rejects with the signal's reason once aborted (checked between slices).
 */
export async function runInSlices<T>(steps: Steps<T>, what: WorkKind, signal?: AbortSignal, sliceMs = SLICE_MS): Promise<T> {
  markWork(what);
  let sliceEnd = performance.now() + sliceMs;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() < sliceEnd) continue;
    await yieldToEventLoop();
    if (signal?.aborted) throw signal.reason ?? new Error(`${what} aborted`);
    markWork(what);
    sliceEnd = performance.now() + sliceMs;
  }
}
