/**
 * The editable element a keydown/paste/drop/beforeinput event is aimed at.
 *
 * A listener on `window` sees `event.target` retargeted to the shadow HOST for composers inside
 * shadow roots, so the real target comes from `composedPath()` (which still lists nodes inside OPEN
 * shadow roots). Closed roots stay hidden: the path then starts at their host and we return null.
 */
import { editingHostOf, isEditableElement, isOwnUi } from './editable';

export function composerFromEvent(event: Event): HTMLElement | null {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  const targets = path.length ? path : event.target ? [event.target] : [];
  const elements = targets.filter(isElement);
  // Typing in our own panel (justification box) is never a send; one check covers the whole path.
  if (elements.length === 0 || isOwnUi(elements[0]!)) return null;
  const editable = elements.find(isEditableElement);
  return editable ? editingHostOf(editable) : null;
}

function isElement(target: EventTarget): target is Element {
  return typeof (target as Node).nodeType === 'number' && (target as Node).nodeType === 1;
}
