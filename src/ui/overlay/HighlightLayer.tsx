import type { Box } from './boxes';
import { plural, textLanguage } from '../panel/strings';

interface Props {
  readonly boxes: readonly Box[];
  /** Sensitive items in the composer, announced politely (not per keystroke: only when it changes). */
  readonly count: number;
}

/**
 * Boxes over the composer's sensitive ranges. Decorative to assistive tech (`aria-hidden`): the count in
 * the status region says the same without a tooltip, and nothing here can take a click or focus.
 */
export function HighlightLayer({ boxes, count }: Props) {
  return (
    <>
      <div class="pf-hl-layer" aria-hidden="true">
        {boxes.map((b, i) => (
          <div
            key={i}
            class={`pf-hl pf-hl-${b.severity}`}
            style={{ left: `${b.left}px`, top: `${b.top}px`, width: `${b.width}px`, height: `${b.height}px` }}
          />
        ))}
      </div>
      <div class="pf-hl-status" role="status" aria-live="polite" lang={textLanguage()}>
        {count > 0 ? plural('overlay.count', count) : ''}
      </div>
    </>
  );
}
