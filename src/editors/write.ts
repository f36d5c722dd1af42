/**
 * Writing into a composer through the editor's own input path, then READING IT BACK: a write is
 * only `ok` when the editor's text equals what we meant to produce, so the guard never sends (or
 * claims to have redacted) text it did not verify.
 *
 * Edits are applied last first, so earlier offsets stay valid; between edits we yield a task and
 * re-check the next range, re-reading the DOM if the editor re-rendered it. Insertions are never
 * retried (a retry duplicates text in Lexical); only the read-back is.
 */
import { isTextControl } from '../sites/editable';
import type { EditorKind } from '../sites/types';
import { focusWithoutScroll, insertTextAtSelection, selectRange, setNativeValue } from './input-path';
import { type DomMap, readComposer, readComposerText } from './read';
import { nextTask, readUntil } from './settle';
import { type TextEdit, applyEdits, diffAsEdit, normalizeNewlines, validEdits } from './text-edits';

export type { TextEdit } from './text-edits';
export { type InsertResult, insertAtCaret } from './insert-at-caret';

/** The input path(s) used: see input-path.ts. `mixed` when a batch needed more than one. */
export type WriteMethod = 'exec-command' | 'synthetic-paste' | 'value-setter' | 'mixed' | 'none';

export interface WriteResult {
  /** True only when the read-back equals `expected`. */
  readonly ok: boolean;
  /** The text the edits should have produced. */
  readonly expected: string;
  /** The composer's text as read back (after waiting for asynchronous editors). */
  readonly actual: string;
  readonly method: WriteMethod;
  /**
   * Why it failed: `stale-text` (composer changed since it was read; nothing written), `invalid-edits`
   * (overlapping / out of range; nothing written), `exec-command-failed` (editor refused the input
   * command; contenteditable has no safe fallback), `changed` (text moved under us mid-way),
   * `detached` (the editor element was replaced), `mismatch` (read-back differs).
   */
  readonly reason?: 'stale-text' | 'invalid-edits' | 'exec-command-failed' | 'changed' | 'detached' | 'mismatch';
}

/**
 * Applies `edits` (offsets into `text`, the text read and scanned) to the composer and verifies.
 * Nothing is written when the composer no longer holds `text`.
 */
export async function replaceRanges(element: HTMLElement, kind: EditorKind, text: string, edits: readonly TextEdit[]): Promise<WriteResult> {
  const sorted = validEdits(text, edits);
  const current = readComposer(element, kind);
  if (!sorted) return { ok: false, expected: text, actual: current.text, method: 'none', reason: 'invalid-edits' };
  const expected = applyEdits(text, sorted);
  if (current.text !== text) return { ok: false, expected, actual: current.text, method: 'none', reason: 'stale-text' };
  const effective = sorted.filter((e) => e.start !== e.end || e.replacement !== '').reverse(); // last first
  if (effective.length === 0) return { ok: true, expected, actual: current.text, method: 'none' };

  focusWithoutScroll(element);
  const outcome = isTextControl(element)
    ? await writeTextControl(element, effective)
    : await writeEditable(element, kind, text, current.map as DomMap, effective);
  if (outcome.method === 'none') {
    // Refused before anything changed: no need to wait for the editor.
    return { ok: false, expected, actual: readComposerText(element, kind), method: 'none', reason: outcome.reason ?? 'exec-command-failed' };
  }
  return verify(element, kind, expected, outcome);
}

/** Replaces the whole composer text with `newText`, as one minimal edit (formatting outside it survives). */
export async function replaceAll(element: HTMLElement, kind: EditorKind, newText: string): Promise<WriteResult> {
  const text = readComposerText(element, kind);
  const edit = diffAsEdit(text, normalizeNewlines(newText));
  return replaceRanges(element, kind, text, edit ? [edit] : []);
}

interface Outcome {
  readonly method: WriteMethod;
  readonly reason?: WriteResult['reason'];
}

async function writeTextControl(element: HTMLTextAreaElement | HTMLInputElement, lastFirst: readonly TextEdit[]): Promise<Outcome> {
  for (let i = 0; i < lastFirst.length; i++) {
    const edit = lastFirst[i]!;
    element.setSelectionRange(edit.start, edit.end);
    if (!(await insertTextAtSelection(element, 'textarea', edit.replacement))) {
      // This edit did not happen: apply it and every earlier-positioned one in a single native write.
      const caret = lastFirst[lastFirst.length - 1]!;
      setNativeValue(element, applyEdits(element.value, lastFirst.slice(i)));
      element.setSelectionRange(caret.start + caret.replacement.length, caret.start + caret.replacement.length);
      return { method: i === 0 ? 'value-setter' : 'mixed' };
    }
  }
  return { method: 'exec-command' };
}

async function writeEditable(element: HTMLElement, kind: EditorKind, text: string, map: DomMap, lastFirst: readonly TextEdit[]): Promise<Outcome> {
  // Live ranges, made up front: the browser keeps them correct while later text changes.
  const ranges = lastFirst.map((e) => map.toRange(e.start, e.end));
  const paths = new Set<WriteMethod>();
  const used = (): WriteMethod => (paths.size > 1 ? 'mixed' : ([...paths][0] ?? 'none'));
  for (let i = 0; i < lastFirst.length; i++) {
    const edit = lastFirst[i]!;
    let range = ranges[i]!;
    if (i > 0) {
      await nextTask();
      if (!element.isConnected) return { method: used(), reason: 'detached' };
      if (!rangeStillCovers(element, range, text.slice(edit.start, edit.end), kind)) {
        // The editor re-rendered the nodes: map again, provided nothing before this edit moved.
        const now = readComposer(element, kind);
        if (now.text.slice(0, edit.end) !== text.slice(0, edit.end)) return { method: used(), reason: 'changed' };
        range = (now.map as DomMap).toRange(edit.start, edit.end);
      }
    }
    await selectRange(element, range);
    const path = await insertTextAtSelection(element, kind, edit.replacement);
    if (!path) return { method: used(), reason: 'exec-command-failed' };
    paths.add(path);
  }
  return { method: used() };
}

/** Cheap local check that a live range still spans the characters we mean to replace. */
function rangeStillCovers(element: Element, range: Range, slice: string, kind: EditorKind): boolean {
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return false;
  const strip = (s: string) => s.replace(kind === 'contenteditable' ? /\s/g : /\n/g, '');
  const covered = range.toString();
  return range.startContainer === range.endContainer ? covered === slice : strip(covered) === strip(slice);
}

async function verify(element: HTMLElement, kind: EditorKind, expected: string, outcome: Outcome): Promise<WriteResult> {
  const actual = await readUntil(
    () => readComposerText(element, kind),
    (t) => t === expected,
  );
  const ok = actual === expected && element.isConnected;
  const reason = ok ? undefined : !element.isConnected ? 'detached' : (outcome.reason ?? 'mismatch');
  return reason ? { ok, expected, actual, method: outcome.method, reason } : { ok, expected, actual, method: outcome.method };
}
