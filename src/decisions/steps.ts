/**
 * Work that can pause: a generator that yields between steps of a few hundred microseconds. Pure code
 * (the guard's decision rules) is written once as steps; `runSteps` runs it to its end in one go, and
 * the content script runs the same steps across tasks so a dense table never holds the page
 * (src/guard/sliced-steps.ts). Both give the same result because they run the same code.
 */
export type Steps<T> = Generator<void, T, void>;

/**
 * Items (findings) per step. A step over ~1,000 findings costs well under a millisecond, and a yield
 * costs a generator resume, so pausing this often is free; one clock check per step decides the slice.
 */
export const STEP = 1024;

/** Runs `steps` to its end in the current task and returns its result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
