/**
 * The inline highlight overlay: boxes drawn in our own shadow root over the composer. The site's editor is
 * never touched (an extra span inside ProseMirror or Lexical would be undone or, worse, sent).
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { itemCount, toBoxes, type HighlightRect, type RectLike } from './boxes';
import { HighlightLayer } from './HighlightLayer';
import { OVERLAY_CSS } from './styles';

export const OVERLAY_HOST_NAME = 'promptfence-highlights';

export interface HighlightOverlay {
  /**
   * Draws these rects (viewport coordinates) and announces the item count. `clip`, usually the composer's
   * visible box, hides rects scrolled out of it. Call again after scroll, resize or input.
   */
  update(rects: readonly HighlightRect[], clip?: RectLike): void;
  /** Removes every box (and the announcement). */
  clear(): void;
  /** Removes the overlay from the page; later calls do nothing. */
  remove(): void;
  /** Settles once the shadow root exists (updates made before are applied then). */
  readonly ready: Promise<void>;
}

/**
 * Mounts the overlay and returns its handle at once: the shadow root is created asynchronously, and the
 * latest `update` made meanwhile is drawn as soon as it exists. Removed when `ctx` is invalidated.
 */
export function mountHighlightOverlay(ctx: ContentScriptContext): HighlightOverlay {
  let container: HTMLElement | undefined;
  let removeUi: (() => void) | undefined;
  let removed = false;
  let latest: { rects: readonly HighlightRect[]; clip?: RectLike } = { rects: [] };

  const draw = () => {
    if (!container || removed) return;
    render(h(HighlightLayer, { boxes: toBoxes(latest.rects, latest.clip), count: itemCount(latest.rects) }), container);
  };

  const ready = createShadowRootUi<HTMLElement>(ctx, {
    name: OVERLAY_HOST_NAME,
    position: 'modal',
    zIndex: 2147483646,
    css: OVERLAY_CSS,
    onMount: (uiContainer) => uiContainer,
    onRemove: (mounted) => mounted && render(null, mounted),
  }).then(
    (ui) => {
      if (removed) return ui.remove();
      try {
        ui.mount();
      } catch (error) {
        console.warn('PromptFence: highlight overlay could not mount', error); // no <body> (yet)
        return;
      }
      container = ui.mounted;
      removeUi = () => ui.remove();
      draw();
    },
    (error: unknown) => {
      // Highlights are a nicety on top of the panel: without them the guard still works.
      console.warn('PromptFence: highlight overlay unavailable', error);
    },
  );

  const remove = () => {
    if (removed) return;
    removed = true;
    removeUi?.();
    container = undefined;
  };
  ctx.onInvalidated(remove);

  return {
    update(rects, clip) {
      latest = clip ? { rects, clip } : { rects };
      draw();
    },
    clear() {
      latest = { rects: [] };
      draw();
    },
    remove,
    ready,
  };
}
