/**
 * Where the findings on screen are, for the highlight overlay, at a cost that does not grow with the
 * composer: only the findings in the composer's visible part are measured.
 *
 * - contenteditable: a binary search over the findings (text order is top-to-bottom order) for the first
 *   one that reaches the visible top, then the ones after it until the visible bottom; each is one DOM
 *   Range's client rects.
 * - textarea: its text has no DOM, so it is laid out in a hidden mirror with the same box and font. Laying
 *   out all of a 1 MB textarea took ~190 ms, so the mirror holds only the lines next to the visible part:
 *   the start of the text (y is known: 0), or its end (y follows from the textarea's scroll height minus
 *   the mirror's). Wrapping restarts at each newline, so lines lay out alone as in the textarea. When the
 *   visible part is further than `MIRROR_LIMIT` from both ends, no box is drawn (the count still is).
 */
import { rectsForRange, textMirror, type ComposerMap } from '../editors';
import type { HighlightRect } from '../ui/overlay/boxes';
import { MAX_BOXES } from '../ui/overlay/boxes';
import type { Finding } from '../engine/types';
import { isTextControl } from '../sites/editable';
import { firstFrom } from './incremental-scan';
import type { EditorKind } from '../sites/types';

/**
 * First mirror slice, and the most text a mirror lays out (~30 ms in Chromium here). The first is
 * small: a composer shows a few KB, and in a dense table every finding in the slice is a span to lay
 * out (16 KB of a customer table, ~750 spans, took 14–24 ms CPU after each typing pause).
 */
const MIRROR_FIRST = 4 * 1024;
export const MIRROR_LIMIT = 128 * 1024;

type Located = Pick<Finding, 'start' | 'end' | 'severity'>;

interface Box {
  readonly top: number;
  readonly bottom: number;
}

/** The part of `element` that is on screen (its box clipped to the viewport). */
function visibleBox(element: Element): Box {
  const box = element.getBoundingClientRect();
  const view = element.ownerDocument.defaultView;
  return { top: Math.max(box.top, 0), bottom: Math.min(box.bottom, view?.innerHeight ?? box.bottom) };
}

/**
 * Rects of the findings visible in the composer, in text order, at most `MAX_BOXES` boxes' worth.
 * `findings` are sorted by start (offsets into `text`, the composer's text as read with `map`).
 */
export function visibleFindingRects(element: HTMLElement, kind: EditorKind, map: ComposerMap, text: string, findings: readonly Located[]): HighlightRect[] {
  if (findings.length === 0) return [];
  if (isTextControl(element)) return textControlRects(element, text, findings);
  return editableRects(element, kind, map, findings);
}

function editableRects(element: HTMLElement, kind: EditorKind, map: ComposerMap, findings: readonly Located[]): HighlightRect[] {
  const visible = visibleBox(element);
  const rectsOf = (i: number) => rectsForRange(element, kind, map, findings[i]!.start, findings[i]!.end);
  // First finding whose last rect reaches the visible top (one with no rect, not laid out, counts as above).
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const rects = rectsOf(mid);
    const last = rects[rects.length - 1];
    if (last && last.bottom >= visible.top) hi = mid;
    else lo = mid + 1;
  }
  const out: HighlightRect[] = [];
  for (let i = lo; i < findings.length && out.length < MAX_BOXES; i++) {
    const rects = rectsOf(i);
    if (rects.length > 0 && rects[0]!.top > visible.bottom) break;
    for (const rect of rects) out.push({ rect, severity: findings[i]!.severity, finding: i });
  }
  return out;
}

function textControlRects(control: HTMLTextAreaElement | HTMLInputElement, text: string, findings: readonly Located[]): HighlightRect[] {
  const doc = control.ownerDocument;
  const view = doc.defaultView;
  if (!view || control.value !== text) return [];
  const box = control.getBoundingClientRect();
  const visible = visibleBox(control);
  const style = view.getComputedStyle(control);
  const scrollTop = control.scrollTop;
  const scrollHeight = control.scrollHeight;
  // From the end when the visible part is in the lower half of the text, else from the start.
  const fromEnd = scrollTop + control.clientHeight / 2 > scrollHeight / 2;
  for (let size = Math.min(text.length, MIRROR_FIRST); ; size = Math.min(text.length, size * 2)) {
    const [a, b] = fromEnd ? [lineStartBefore(text, text.length - size), text.length] : [0, lineEndAfter(text, size)];
    if (b - a > MIRROR_LIMIT) return []; // one very long line
    const laid = layOut(control, style, box, text, a, b, findings);
    try {
      // Mirror y → viewport y: the mirror sits on the textarea's box; the slice's own offset, then the scroll.
      const shift = (fromEnd ? scrollHeight - laid.height : 0) - scrollTop;
      const reaches = fromEnd ? laid.top + shift <= visible.top || a === 0 : laid.bottom + shift >= visible.bottom || b === text.length;
      if (reaches) return laid.rects(shift, box, visible);
    } finally {
      laid.remove();
    }
    if (size >= text.length || size * 2 > MIRROR_LIMIT) return [];
  }
}

interface Mirror {
  /** The mirror's scroll height (padding included), as `scrollHeight` is for the textarea. */
  readonly height: number;
  /** The bottom of the slice's text, in viewport coordinates of the mirror. */
  readonly bottom: number;
  /** The top of the slice's first line, in viewport coordinates of the mirror. */
  readonly top: number;
  /** Rects of the visible findings, moved by `shift` and clipped to the textarea's box. */
  rects(shift: number, box: DOMRect, visible: Box): HighlightRect[];
  remove(): void;
}

/** Lays out text[a, b) in a hidden mirror of the textarea, with a span around each finding inside it. */
function layOut(control: HTMLTextAreaElement | HTMLInputElement, style: CSSStyleDeclaration, box: DOMRect, text: string, a: number, b: number, findings: readonly Located[]): Mirror {
  const doc = control.ownerDocument;
  const { container, mirror } = textMirror(control, style, box);
  // As tall as its text: its scroll height is then the slice's height, as the textarea's is all of it.
  mirror.style.height = 'auto';

  const first = firstFrom(findings, a);
  const spans: { span: HTMLSpanElement; index: number }[] = [];
  let cursor = a;
  for (let i = first; i < findings.length && findings[i]!.end <= b; i++) {
    const f = findings[i]!;
    if (f.start < cursor) continue;
    const span = doc.createElement('span');
    span.textContent = text.slice(f.start, f.end);
    mirror.append(doc.createTextNode(text.slice(cursor, f.start)), span);
    spans.push({ span, index: i });
    cursor = f.end;
  }
  // The end marker gives the slice's bottom; the space keeps a final newline's empty line, as the textarea shows it.
  const end = doc.createElement('span');
  end.textContent = '\u200b';
  mirror.append(doc.createTextNode(text.slice(cursor, b)), end, doc.createTextNode(b === text.length ? ' ' : ''));
  const start = doc.createElement('span');
  start.textContent = '\u200b';
  mirror.prepend(start);
  (doc.documentElement ?? doc.body).append(container);

  return {
    height: mirror.scrollHeight,
    bottom: end.getBoundingClientRect().bottom,
    top: start.getBoundingClientRect().top,
    rects(shift, clipBox, visible) {
      const out: HighlightRect[] = [];
      // Binary search for the first span reaching the visible top, then on until the visible bottom.
      let lo = 0;
      let hi = spans.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid]!.span.getBoundingClientRect().bottom + shift >= visible.top) hi = mid;
        else lo = mid + 1;
      }
      const view = control.ownerDocument.defaultView!;
      for (let k = lo; k < spans.length && out.length < MAX_BOXES; k++) {
        const { span, index } = spans[k]!;
        const rects = Array.from(span.getClientRects());
        if (rects.length > 0 && rects[0]!.top + shift > visible.bottom) break;
        for (const r of rects) {
          const moved = new view.DOMRect(r.left - control.scrollLeft, r.top + shift, r.width, r.height);
          if (moved.bottom > clipBox.top && moved.top < clipBox.bottom && moved.right > clipBox.left && moved.left < clipBox.right) {
            out.push({ rect: moved, severity: findings[index]!.severity, finding: index });
          }
        }
      }
      return out;
    },
    remove: () => container.remove(),
  };
}

/** The start of the line holding `pos` (wrapping restarts there). */
function lineStartBefore(text: string, pos: number): number {
  if (pos <= 0) return 0;
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** The end of the line holding `pos`, newline included. */
function lineEndAfter(text: string, pos: number): number {
  if (pos >= text.length) return text.length;
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl + 1;
}
