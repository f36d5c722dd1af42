/**
 * The reading progress of attached files: a status toast with a bar, shown only when reading takes
 * longer than a moment (a 10 MB workbook takes seconds), replaced by the guard's decision panel or
 * closed when the files go through.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { closeGuardPanel, showGuardPanel } from '../ui/panel/mount';

/** Below this, no toast: most files are read and decided before the user would notice. */
export const PROGRESS_DELAY_MS = 400;

export interface FileProgress {
  /** `done` files of the total are read; `name` is being read now. */
  update(done: number, name: string): void;
  /**
   * Work goes on (between the scan's slices): shows the toast once the delay is over. The delay's timer
   * alone can wait until the scan ends, since the scan's `scheduler.yield` continuations run ahead of
   * timers: a 10 MB text file (read at once, scanned for 2 s) never showed it.
   */
  tick(): void;
  /** The guard decided: the toast goes (a decision panel replaces it by itself). */
  close(): void;
}

export function fileProgress(ctx: ContentScriptContext, total: number, delayMs = PROGRESS_DELAY_MS): FileProgress {
  let state = { done: 0, name: '' };
  let visible = false;
  let closed = false;
  const render = () => {
    if (closed || !state.name) return;
    visible = true;
    void showGuardPanel(ctx, { kind: 'progress', name: state.name, done: state.done, total }).catch(() => undefined);
  };
  const due = performance.now() + delayMs;
  const timer = setTimeout(render, delayMs);
  return {
    update(done, name) {
      state = { done, name };
      if (visible) render();
    },
    tick() {
      if (!visible && performance.now() >= due) {
        clearTimeout(timer);
        render();
      }
    },
    close() {
      closed = true;
      clearTimeout(timer);
      if (visible) closeGuardPanel('progress');
    },
  };
}
