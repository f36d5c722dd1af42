/**
 * Pure text-edit helpers: validating a batch of edits, applying it to a string (the "expected"
 * text a write must produce) and reducing a whole-text replacement to its smallest single edit.
 */
import { snapToCodePoints } from './code-points';

export interface TextEdit {
  /** UTF-16 offsets into the text that was read (and scanned). */
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/** Sorted ascending by start; `null` when an edit is out of range, reversed or overlaps another. */
export function validEdits(text: string, edits: readonly TextEdit[]): TextEdit[] | null {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let lastEnd = 0;
  for (const e of sorted) {
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < lastEnd || e.end < e.start || e.end > text.length) return null;
    if (typeof e.replacement !== 'string') return null;
    lastEnd = e.end;
  }
  return sorted.map((e) => ({ ...e, replacement: normalizeNewlines(e.replacement) }));
}

/** Applies non-overlapping edits (any order) to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at);
}

/** The single smallest edit turning `from` into `to` (common prefix and suffix kept), or null if equal. */
export function diffAsEdit(from: string, to: string): TextEdit | null {
  if (from === to) return null;
  let prefix = 0;
  const max = Math.min(from.length, to.length);
  while (prefix < max && from.charCodeAt(prefix) === to.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && from.charCodeAt(from.length - 1 - suffix) === to.charCodeAt(to.length - 1 - suffix)) suffix++;
  // Never cut a surrogate pair in half: widen to whole code points on both texts alike.
  const [start] = snapToCodePoints(from, prefix, prefix);
  const fromEnd = from.length - suffix;
  const [, end] = snapToCodePoints(from, start, fromEnd);
  const grow = end - fromEnd;
  return { start, end, replacement: to.slice(start, to.length - suffix + grow) };
}

/** Editors store "\n"; pasted or policy text may carry "\r\n". */
export function normalizeNewlines(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}
