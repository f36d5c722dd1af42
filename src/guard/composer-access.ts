/**
 * Finding and reading the composer, and putting the user back where they were. Resolution happens
 * at event time (never cached): sites re-render their composer, and a stale element would be a hole.
 */
import { readComposer, type ComposerMap } from '../editors';
import { editorKindOf, findComposer } from '../sites';
import type { AdapterHealth, EditorKind, SiteAdapter } from '../sites/types';

export interface ComposerSnapshot {
  readonly element: HTMLElement;
  readonly kind: EditorKind;
  /** The text as the editor would send it, and the map from its offsets to the DOM. */
  readonly text: string;
  readonly map: ComposerMap;
  /** Where the caret was, to restore it after a panel. */
  readonly caret: { readonly range?: Range; readonly start?: number; readonly end?: number };
}

export class ComposerAccess {
  constructor(private adapterNow: SiteAdapter | null) {}

  /** The site's adapter; an admin-added site's arrives after start-up (read from storage). */
  get adapter(): SiteAdapter | null {
    return this.adapterNow;
  }
  set adapter(adapter: SiteAdapter | null) {
    this.adapterNow = adapter;
  }

  /** The page's composer now (the focused editable first), with how it was found. */
  current(): { element: HTMLElement; kind: EditorKind; health: AdapterHealth } | undefined {
    const found = findComposer(document, this.adapter, deepActiveElement());
    return found.element ? { element: found.element as HTMLElement, kind: found.editor, health: found.health } : undefined;
  }

  snapshot(element: HTMLElement): ComposerSnapshot | undefined {
    if (!element.isConnected) return undefined;
    const kind = editorKindOf(element, this.adapter?.editor);
    const { text, map } = readComposer(element, kind);
    return { element, kind, text, map, caret: saveCaret(element) };
  }

  /** Focus back in the composer with the caret where it was (after a panel was dismissed). */
  restoreFocus(snapshot: ComposerSnapshot | undefined): void {
    if (!snapshot?.element.isConnected) return;
    const el = snapshot.element;
    el.focus({ preventScroll: true });
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
      if (snapshot.caret.start !== undefined) el.setSelectionRange(snapshot.caret.start, snapshot.caret.end ?? snapshot.caret.start);
      return;
    }
    const range = snapshot.caret.range;
    const selection = el.ownerDocument.getSelection();
    if (range && selection && el.contains(range.startContainer)) {
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }
}

function saveCaret(element: HTMLElement): ComposerSnapshot['caret'] {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    return { start: element.selectionStart ?? undefined, end: element.selectionEnd ?? undefined };
  }
  const selection = element.ownerDocument.getSelection();
  if (selection && selection.rangeCount > 0) {
    const range = selection.getRangeAt(0);
    if (element.contains(range.startContainer)) return { range: range.cloneRange() };
  }
  return {};
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
