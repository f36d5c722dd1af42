/**
 * The ways we put text into an editor, each one an input the editor itself handles
 * (../shared/research/toolchain.md §5):
 * - select a DOM range, then `document.execCommand('insertText')`: updates the model in every
 *   editor tested (ProseMirror, TipTap, Lexical, Quill, textareas, React textareas), keeps undo;
 * - for text controls only, the prototype's native `value` setter + an `input` event, which React
 *   accepts from a content script when execCommand is unavailable or refused.
 * Direct DOM edits (`textContent=`) desync ProseMirror and are reverted by Lexical: never used.
 */
import { isTextControl } from '../sites/editable';
import type { EditorKind } from '../sites/types';
import { nextTask } from './settle';

/** `execCommand` when the browser has it (happy-dom and jsdom do not); false instead of throwing. */
function exec(doc: Document, command: string, value?: string): boolean {
  const run = (doc as Document & { execCommand?: Document['execCommand'] }).execCommand;
  if (typeof run !== 'function') return false;
  try {
    return run.call(doc, command, false, value);
  } catch {
    return false;
  }
}

/** Synthetic events we dispatch, so the guard's own paste listener can tell them from the user's. */
const ownSyntheticEvents = new WeakSet<Event>();

/** True for an event PromptFence dispatched itself (a replayed, already-redacted paste). */
export function isOwnSyntheticEvent(event: Event): boolean {
  return ownSyntheticEvents.has(event);
}

/**
 * Replaces the current selection of `element` with `text` through the editor's input path.
 * - Text controls and single lines: `insertText`.
 * - Lines for ProseMirror/TipTap, Quill and plain contenteditable: `insertText` per line with
 *   `insertParagraph` between (a multi-line `insertText` is not handled alike by all editors),
 *   pausing a task between commands so each editor applies one before the next.
 * - Lines for Lexical: a synthetic `paste` carrying the text. Lexical ignores `insertParagraph` /
 *   `insertLineBreak` from execCommand and drops the "\n" of a multi-line `insertText` (checked in
 *   Chromium 156 with Lexical 0.52); it does handle a synthetic paste in Chromium. A long paste may
 *   become an attachment on Perplexity: read-back verification reports that as a mismatch.
 * Returns the path taken, or false as soon as a command is refused (or the paste is not taken).
 */
export async function insertTextAtSelection(element: Element, kind: EditorKind, text: string): Promise<InputPath | false> {
  const doc = element.ownerDocument;
  const done = (ok: boolean, path: InputPath = 'exec-command') => (ok ? path : false);
  if (text === '') return done(isCollapsed(element) || exec(doc, 'delete'));
  if (isTextControl(element) || !text.includes('\n')) return done(exec(doc, 'insertText', text));
  if (kind === 'lexical') return done(dispatchPaste(element, text), 'synthetic-paste');
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) {
      await nextTask();
      if (!exec(doc, 'insertParagraph')) return false;
    }
    // An empty first line needs no command: insertParagraph replaces the selection itself.
    if (lines[i] !== '' && !exec(doc, 'insertText', lines[i])) return false;
  }
  return 'exec-command';
}

/** How text went in: editing commands, or a replayed paste (Lexical, multi-line). */
export type InputPath = 'exec-command' | 'synthetic-paste';

/** A `paste` with `text/plain`, as the editor's own paste handler expects; true when the editor took it. */
function dispatchPaste(element: Element, text: string): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view || typeof view.DataTransfer !== 'function' || typeof view.ClipboardEvent !== 'function') return false;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  ownSyntheticEvents.add(event);
  return !element.dispatchEvent(event); // an editor that handles the paste cancels it
}

function isCollapsed(element: Element): boolean {
  if (isTextControl(element)) return element.selectionStart === element.selectionEnd;
  return selectionOf(element)?.isCollapsed ?? true;
}

/** The selection of the tree `element` lives in (a shadow root has its own in Chromium). */
function selectionOf(element: Element): Selection | null {
  const root = element.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  return (typeof root.getSelection === 'function' ? root.getSelection() : null) ?? element.ownerDocument.getSelection();
}

/**
 * Makes `range` the selection, then yields a task: editors that track the selection through
 * `selectionchange` (Lexical) otherwise apply the next command to their previous selection —
 * in Chromium a whole-text `insertText` into Lexical did nothing without this pause.
 */
export async function selectRange(element: Element, range: Range): Promise<void> {
  const selection = selectionOf(element);
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
  await nextTask();
}

/** The selection's first range if it lies inside `element`. */
export function selectionRangeIn(element: Element): Range | null {
  const selection = selectionOf(element);
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return element.contains(range.startContainer) && element.contains(range.endContainer) ? range : null;
}

/** True when `element` (or something inside it) has focus, also inside a shadow root. */
export function hasFocus(element: Element): boolean {
  const root = element.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return !!active && (active === element || element.contains(active));
}

export function focusWithoutScroll(element: HTMLElement): void {
  if (!hasFocus(element)) element.focus({ preventScroll: true });
}

/**
 * Sets a textarea/input value through the prototype setter (bypassing React's instance-level
 * tracker so React sees a change) and fires the `input` event frameworks listen to.
 */
export function setNativeValue(element: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const view = (element.ownerDocument.defaultView ?? globalThis) as typeof globalThis;
  const proto = element.localName === 'textarea' ? view.HTMLTextAreaElement?.prototype : view.HTMLInputElement?.prototype;
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  if (setter) setter.call(element, value);
  else element.value = value;
  const event =
    typeof view.InputEvent === 'function'
      ? new view.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: null })
      : new view.Event('input', { bubbles: true });
  element.dispatchEvent(event);
}
