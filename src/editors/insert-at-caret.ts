/**
 * Inserting an already-redacted paste at the caret, with the same read-back verification as
 * write.ts. The caller (a paste handler that prevented the original paste) gets the text before and
 * after, so it can tell the user exactly what went in.
 */
import { isTextControl } from '../sites/editable';
import type { EditorKind } from '../sites/types';
import { focusWithoutScroll, hasFocus, insertTextAtSelection, selectRange, selectionRangeIn, setNativeValue } from './input-path';
import { type DomMap, readComposer, readComposerText } from './read';
import { readUntil } from './settle';
import { normalizeNewlines } from './text-edits';
import type { WriteMethod } from './write';

export interface InsertResult {
  readonly ok: boolean;
  /** Composer text before the insertion. */
  readonly before: string;
  /** Composer text after it (read back). */
  readonly after: string;
  /** What `after` should be; null when the caret could not be located (then `ok` means "grew by the text"). */
  readonly expected: string | null;
  readonly method: WriteMethod;
}

/**
 * Inserts `text` (an already-redacted paste) at the caret, replacing any selection, and verifies.
 * Call it from a paste handler that has already prevented the original paste.
 */
export async function insertAtCaret(element: HTMLElement, kind: EditorKind, text: string): Promise<InsertResult> {
  const insert = normalizeNewlines(text);
  const before = readComposer(element, kind);
  let from: number | null = null;
  let to: number | null = null;
  let method: WriteMethod = 'exec-command';

  if (isTextControl(element)) {
    focusWithoutScroll(element);
    from = element.selectionStart ?? before.text.length;
    to = element.selectionEnd ?? from;
    const path = await insertTextAtSelection(element, kind, insert);
    if (path) method = path;
    else {
      setNativeValue(element, before.text.slice(0, from) + insert + before.text.slice(to));
      element.setSelectionRange(from + insert.length, from + insert.length);
      method = 'value-setter';
    }
  } else {
    const map = before.map as DomMap;
    // Read the user's selection before focusing: focus() may move the caret to the start.
    const userRange = selectionRangeIn(element)?.cloneRange() ?? null;
    const focused = hasFocus(element);
    focusWithoutScroll(element);
    // No caret in the composer: insert at its end, where a user would expect a paste to land.
    const range = userRange ?? caretAtEnd(element, before.text, map);
    if (!focused || !userRange) await selectRange(element, range);
    from = map.offsetAt(range.startContainer, range.startOffset);
    to = map.offsetAt(range.endContainer, range.endOffset);
    method = (await insertTextAtSelection(element, kind, insert)) || 'none';
  }

  const expected = from !== null && to !== null ? before.text.slice(0, from) + insert + before.text.slice(Math.max(from, to)) : null;
  const grew = (t: string) => t.length === before.text.length + insert.length && t.includes(insert);
  if (method === 'none') return { ok: false, before: before.text, after: readComposerText(element, kind), expected, method };
  const after = await readUntil(
    () => readComposerText(element, kind),
    (t) => (expected !== null ? t === expected : grew(t)),
  );
  const ok = element.isConnected && (expected !== null ? after === expected : grew(after));
  return { ok, before: before.text, after, expected, method };
}

/** The end of the last line (inside its paragraph, not after it); for an empty editor, inside its last (empty) block. */
function caretAtEnd(element: HTMLElement, text: string, map: DomMap): Range {
  if (text.length) return map.toRange(text.length, text.length);
  let deepest: Element = element;
  while (deepest.lastElementChild && !['br', 'img'].includes(deepest.lastElementChild.localName)) deepest = deepest.lastElementChild;
  const range = element.ownerDocument.createRange();
  range.setStart(deepest, 0);
  return range;
}
