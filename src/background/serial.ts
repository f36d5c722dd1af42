/**
 * Runs async tasks one after another. Storage writes that read, modify and write one key (the decision
 * queue, custom-site registration) would otherwise interleave and lose updates when two messages
 * arrive together.
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined); // a failed task must not block the next one
    return run;
  };
}
