/**
 * Where a text range is on screen, for highlighting findings in an overlay WITHOUT touching the
 * composer's DOM (editors treat foreign nodes as user content or revert them).
 *
 * contenteditable: the mapped Range's client rects. textarea: its text has no DOM, so we lay the
 * text out in a hidden mirror div with the same box and font, in a container of our own appended
 * to <html>, read the rects of the range's span, and remove the container straight away.
 */
import { isTextControl } from '../sites/editable';
import type { EditorKind } from '../sites/types';
import type { ComposerMap } from './read';

/** Computed-style properties that decide where text wraps inside a textarea. */
export const MIRRORED_PROPERTIES = [
  'boxSizing', 'width', 'height',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'fontSizeAdjust', 'lineHeight', 'fontFamily', 'fontFeatureSettings', 'fontKerning',
  'textAlign', 'textTransform', 'textIndent', 'letterSpacing', 'wordSpacing', 'tabSize',
  'direction', 'writingMode', 'whiteSpace', 'wordBreak', 'overflowWrap',
] as const;

/** Viewport rectangles covering text[start, end) of the composer. Empty when nothing is visible or laid out. */
export function rectsForRange(element: Element, kind: EditorKind, map: ComposerMap, start: number, end: number): DOMRect[] {
  if (map.kind === 'dom') {
    if (kind === 'textarea' && isTextControl(element)) return [];
    return Array.from(map.toRange(start, end).getClientRects());
  }
  if (!isTextControl(element)) return [];
  const offsets = map.toOffsets(start, end);
  return textControlRects(element, offsets.start, offsets.end);
}

function textControlRects(control: HTMLTextAreaElement | HTMLInputElement, start: number, end: number): DOMRect[] {
  const doc = control.ownerDocument;
  const view = doc.defaultView;
  if (!view) return [];
  const box = control.getBoundingClientRect();
  const style = view.getComputedStyle(control);

  const { container, mirror } = textMirror(control, style, box);

  const value = control.value;
  const marked = doc.createElement('span');
  marked.textContent = value.slice(start, end) || '\u200b'; // a caret still needs a box
  // The trailing space keeps a final newline's empty line in the layout, as the textarea shows it.
  mirror.append(doc.createTextNode(value.slice(0, start)), marked, doc.createTextNode(`${value.slice(end)} `));
  (doc.documentElement ?? doc.body).append(container);
  try {
    // The mirror does not scroll: shift by the textarea's scroll offsets and clip to its visible box.
    const dx = -control.scrollLeft;
    const dy = -control.scrollTop;
    const clip = { top: box.top, left: box.left, bottom: box.bottom, right: box.right };
    return Array.from(marked.getClientRects())
      .map((r) => new view.DOMRect(r.left + dx, r.top + dy, r.width, r.height))
      .filter((r) => r.bottom > clip.top && r.top < clip.bottom && r.right > clip.left && r.left < clip.right);
  } finally {
    container.remove();
  }
}

/**
 * A hidden copy of a textarea's or input's text box at its place on screen (same font, padding, width,
 * wrapping and scrollbar), in a zero-size clipped container: text laid out in it wraps as in the control,
 * so spans in it give the rects of ranges of the control's value. The caller fills `mirror`, appends
 * `container` to the document and removes it.
 */
export function textMirror(control: HTMLTextAreaElement | HTMLInputElement, style: CSSStyleDeclaration, box: DOMRect): { container: HTMLDivElement; mirror: HTMLDivElement } {
  const doc = control.ownerDocument;
  const container = doc.createElement('div');
  container.setAttribute('data-promptfence-ui', 'mirror');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;overflow:hidden;visibility:hidden;pointer-events:none;contain:strict;';
  const mirror = doc.createElement('div');
  for (const property of MIRRORED_PROPERTIES) mirror.style[property] = style[property];
  mirror.style.position = 'fixed';
  mirror.style.top = `${box.top}px`;
  mirror.style.left = `${box.left}px`;
  // A scrolling textarea loses width to its scrollbar: give the mirror the same scrollbar.
  mirror.style.overflowX = 'hidden';
  mirror.style.overflowY = control.scrollHeight > control.clientHeight ? 'scroll' : 'hidden';
  mirror.style.visibility = 'hidden';
  mirror.style.margin = '0';
  if (control.localName === 'textarea') {
    mirror.style.whiteSpace = 'pre-wrap';
    mirror.style.overflowWrap = style.overflowWrap || 'break-word';
  } else {
    mirror.style.whiteSpace = 'pre';
  }
  container.append(mirror);
  return { container, mirror };
}
