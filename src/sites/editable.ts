/**
 * Small DOM predicates shared by composer discovery and the editors: what counts as an editable,
 * usable, visible element, and which editor technology it is.
 */
import type { EditorKind } from './types';

/** Attribute our own in-page UI hosts carry, so discovery never mistakes our panel's inputs for the composer. */
export const OWN_UI_ATTRIBUTE = 'data-promptfence-ui';

/** True for elements inside PromptFence's own UI (its shadow host has the attribute or a `promptfence-` tag). */
export function isOwnUi(el: Element): boolean {
  let node: Node | null = el;
  while (node) {
    if (node.nodeType === 1) {
      const e = node as Element;
      if (e.hasAttribute(OWN_UI_ATTRIBUTE) || e.localName.startsWith('promptfence-')) return true;
    }
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return false;
}

export function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  if (el.localName === 'textarea') return true;
  return el.localName === 'input' && ['text', 'search', ''].includes((el as HTMLInputElement).type ?? '');
}

/** `contenteditable` values that make an element an editing host (`false`/`inherit` do not). */
function hasEditableAttribute(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && ['', 'true', 'plaintext-only'].includes(v.toLowerCase());
}

/** Text controls that accept input, and contenteditable content. */
export function isEditableElement(el: Element): boolean {
  if (isTextControl(el)) return !el.disabled && !el.readOnly;
  return (el as HTMLElement).isContentEditable === true || hasEditableAttribute(el);
}

/**
 * The editing host around `el`: the outermost element of the contenteditable run containing it
 * (a `<p>` inside ProseMirror resolves to `div.ProseMirror`), or the text control itself.
 * Stops at shadow-root boundaries, which an editing host cannot span.
 */
export function editingHostOf(el: Element | null): HTMLElement | null {
  if (!el) return null;
  if (isTextControl(el)) return isEditableElement(el) ? (el as HTMLElement) : null;
  let host: Element | null = null;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.getAttribute('contenteditable')?.toLowerCase() === 'false') break;
    if (hasEditableAttribute(cur) || (host && (cur as HTMLElement).isContentEditable === true)) host = cur;
    else if (host) break;
  }
  return host as HTMLElement | null;
}

/** Rendered and not disabled: a composer we can read and write. */
export function isUsable(el: Element): boolean {
  if ((el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true') return false;
  return isRendered(el);
}

/**
 * Connected and rendered. Uses `checkVisibility` (Chromium 105+, looks through ancestors and the flat
 * tree, catches `display:none`, `visibility:hidden` and `opacity:0` hiding tricks such as ChatGPT's SSR
 * fallback textarea) and falls back to an ancestor walk over computed styles elsewhere.
 * Deliberately ignores `aria-hidden`/`inert`: sites set them on the whole app while a dialog is open.
 */
export function isRendered(el: Element): boolean {
  if (!el.isConnected || el.closest('[hidden]')) return false;
  const check = (el as HTMLElement & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    return check.call(el, { checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true });
  }
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const style = view.getComputedStyle(cur);
    if (style.display === 'none' || (cur === el && style.visibility === 'hidden')) return false;
  }
  return true;
}

/**
 * The editor technology of an editing host, from the markers each editor puts on its root.
 * `hint` (the adapter's declared kind) is used for a rich editor that carries no marker.
 */
export function editorKindOf(el: Element, hint?: EditorKind): EditorKind {
  if (isTextControl(el)) return 'textarea';
  if (el.classList.contains('ProseMirror') || el.closest('.ProseMirror')) return 'prosemirror';
  if (el.hasAttribute('data-lexical-editor') || el.closest('[data-lexical-editor]')) return 'lexical';
  if (el.classList.contains('ql-editor') || el.closest('.ql-editor')) return 'quill';
  return hint && hint !== 'textarea' ? hint : 'contenteditable';
}
