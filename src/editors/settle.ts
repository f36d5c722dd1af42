/**
 * Waiting for editors to catch up. Lexical (Perplexity, Meta AI) applies an `execCommand` edit to
 * its model and DOM after the current task; others are synchronous. We wait and re-READ, never
 * re-insert: a second insertion duplicates text in Lexical.
 */

/** Resolves after the current task (and its microtasks), without setTimeout's 4 ms clamping. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else {
      setTimeout(resolve, 0);
    }
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Pauses between read-backs: a microtask, the next task, then short waits (≈ 370 ms in all, only on a mismatch). */
const READ_BACK_DELAYS_MS = [0, 16, 50, 100, 200] as const;

/**
 * Reads with `read()` until `done(value)` holds or the bounded schedule runs out; returns the last
 * value read. Starts after a microtask so synchronous editors answer at once.
 */
export async function readUntil<T>(read: () => T, done: (value: T) => boolean): Promise<T> {
  await Promise.resolve();
  let value = read();
  for (const ms of READ_BACK_DELAYS_MS) {
    if (done(value)) return value;
    await (ms === 0 ? nextTask() : sleep(ms));
    value = read();
  }
  return value;
}
