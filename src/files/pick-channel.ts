/**
 * How the main-world picker hook (picker-hook.ts) hands files to the guard in the content script's
 * isolated world, and gets the decision back: DOM events on `window`, whose `CustomEvent.detail`
 * Chrome structured-clones from one world into the other (so `File`s cross as `File`s).
 *
 * - The hook dispatches a cancelable `PICK_REQUEST`; a live guard takes it by calling
 *   `preventDefault()` during the dispatch, so the hook knows at once whether anyone will answer.
 * - The guard answers later with one `PICK_ANSWER` carrying the request's id.
 *
 * This is a contract between versions: after an extension update the page keeps the OLD hook (main-world
 * code is the page's own and is never unloaded) while a NEW guard answers it. Change it only by adding
 * (`v` stays 1); the guard must keep answering version-1 requests.
 *
 * The page sees these events and could answer itself; it could as well call the browser's picker from
 * a fresh frame. The hook guards against leaks by ordinary site code, not against a page set on
 * defeating it (docs/design/file-pickers.md).
 */

export const PICK_REQUEST = 'promptfence:file-pick';
export const PICK_ANSWER = 'promptfence:file-pick-answer';

/** `files`: what the user picked in `showOpenFilePicker`; `directory`: the page asked for `showDirectoryPicker`. */
export type PickRequest =
  | { readonly v: 1; readonly id: string; readonly kind: 'files'; readonly files: readonly File[] }
  | { readonly v: 1; readonly id: string; readonly kind: 'directory' };

/**
 * `original`: the page may have what was picked (the files as scanned, or the folder picker opens);
 * `copies`: these files instead, index-aligned with the request's (redacted copies); `none`: nothing.
 */
export type PickDecision =
  | { readonly decision: 'original' }
  | { readonly decision: 'copies'; readonly files: readonly File[] }
  | { readonly decision: 'none' };

export type PickAnswer = { readonly v: 1; readonly id: string } & PickDecision;

const isFileList = (value: unknown, FileType: typeof File): value is File[] =>
  Array.isArray(value) && value.every((f) => f instanceof FileType);

/** A request as the guard received it (null: not one of ours, or malformed). */
export function readPickRequest(detail: unknown, FileType: typeof File = File): PickRequest | null {
  if (typeof detail !== 'object' || detail === null) return null;
  const d = detail as { v?: unknown; id?: unknown; kind?: unknown; files?: unknown };
  if (d.v !== 1 || typeof d.id !== 'string' || d.id.length === 0) return null;
  if (d.kind === 'directory') return { v: 1, id: d.id, kind: 'directory' };
  if (d.kind === 'files' && isFileList(d.files, FileType) && d.files.length > 0) return { v: 1, id: d.id, kind: 'files', files: d.files };
  return null;
}

/** An answer as the hook received it (null: not for this request, or malformed). */
export function readPickAnswer(detail: unknown, id: string, FileType: typeof File = File): PickAnswer | null {
  if (typeof detail !== 'object' || detail === null) return null;
  const d = detail as { v?: unknown; id?: unknown; decision?: unknown; files?: unknown };
  if (d.v !== 1 || d.id !== id) return null;
  if (d.decision === 'original' || d.decision === 'none') return { v: 1, id, decision: d.decision };
  if (d.decision === 'copies' && isFileList(d.files, FileType)) return { v: 1, id, decision: 'copies', files: d.files };
  return null;
}
