/**
 * The reading progress of attached files: a status toast with a bar, shown only when reading takes
 * longer than a moment (a 10 MB workbook takes seconds), replaced by the guard's decision panel or
 * closed when the files go through.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { closeGuardPanel, showGuardPanel } from '../guard/panel/mount';

/** Below this, no toast: most files are read and decided before the user would notice. */
export const PROGRESS_DELAY_MS = 400;

export interface FileProgress {
  /** `done` files of the total are read; `name` is being read now. */
  update(done: number, name: string): void;
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
  const timer = setTimeout(render, delayMs);
  return {
    update(done, name) {
      state = { done, name };
      if (visible) render();
    },
    close() {
      closed = true;
      clearTimeout(timer);
      if (visible) closeGuardPanel('progress');
    },
  };
}
