/**
 * What the guard is doing in a task, as its trace stamp says. `tables`: the engine's first lookup of the
 * tables a scan range is in just took noticeable time (a fresh table is read whole, docs/design/range-scans.md).
 * `read`: a read file's text (or a part of it) arrived from the reader, and what follows it in the task.
 */
export type WorkKind = 'scan' | 'typing' | 'highlights' | 'decide' | 'redact' | 'panel' | 'tables' | 'read' | 'restore';

/**
 * Labels the guard's work on the page's main thread in a performance trace (DevTools' Performance
 * panel, the e2e timing tests), so a long task can be told apart from the site's own. `console.timeStamp`
 * does nothing unless a trace is recording, and unlike User Timing marks the page cannot observe it.
 */
export function markWork(what: WorkKind): void {
  // Optional: test runners replace `console` with one that has no timeStamp.
  console.timeStamp?.(`PromptFence: ${what}`);
}
