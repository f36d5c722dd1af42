/**
 * Geometry of the highlight overlay, kept pure so it is tested without layout: rects (viewport
 * coordinates, as `getBoundingClientRect` / `Range.getClientRects` give them) become boxes, clipped to the
 * composer's visible area so text scrolled out of a composer is not highlighted over the page around it.
 */
import type { Severity } from '../../engine/types';

/** The part of a `DOMRect` the overlay reads (a `DOMRect` is one). */
export type RectLike = Pick<DOMRectReadOnly, 'left' | 'top' | 'width' | 'height'>;

export interface HighlightRect {
  readonly rect: RectLike;
  readonly severity: Severity;
  /** Which finding the rect belongs to: a value wrapped over two lines is one item, not two. */
  readonly finding?: number;
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly severity: Severity;
}

/** More boxes than this is a pasted dump: the first ones say enough, and the page stays fast. */
export const MAX_BOXES = 400;

/** The intersection of `rect` and `clip`, or undefined when they don't overlap. */
export function clipRect(rect: RectLike, clip: RectLike | undefined): RectLike | undefined {
  if (!clip) return rect;
  const left = Math.max(rect.left, clip.left);
  const top = Math.max(rect.top, clip.top);
  const right = Math.min(rect.left + rect.width, clip.left + clip.width);
  const bottom = Math.min(rect.top + rect.height, clip.top + clip.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : undefined;
}

/** Boxes to draw: clipped, empty ones dropped, non-finite ones (detached ranges) ignored. */
export function toBoxes(rects: readonly HighlightRect[], clip?: RectLike): Box[] {
  const boxes: Box[] = [];
  for (const { rect, severity } of rects) {
    if (boxes.length >= MAX_BOXES) break;
    if (![rect.left, rect.top, rect.width, rect.height].every(Number.isFinite)) continue;
    const visible = clipRect(rect, clip);
    if (!visible || visible.width <= 0 || visible.height <= 0) continue;
    boxes.push({ left: visible.left, top: visible.top, width: visible.width, height: visible.height, severity });
  }
  return boxes;
}

/** Distinct sensitive items behind the rects (rects without a finding index count one each). */
export function itemCount(rects: readonly HighlightRect[]): number {
  const seen = new Set<number>();
  let loose = 0;
  for (const r of rects) {
    if (r.finding === undefined) loose++;
    else seen.add(r.finding);
  }
  return seen.size + loose;
}
