/**
 * Files attached on a chat page (picked, dropped, pasted), read for the guard: text files in the
 * content script as before, documents (PDF, Office, OpenDocument, RTF, mail, ZIP) by the document
 * reader in an extension context. Each file becomes text with locations, or a problem the policy acts
 * on (`documents.encrypted`, `.unreadable`, `.tooLarge`). Images and other media are not read.
 */
import type { Location } from '../documents';
import type { DocumentsPolicy, FileAction } from '../policy/schema';
import { yieldToEventLoop } from '../guard/sliced-scan';
import { isTextFile } from '../guard/text-files';
import type { FileProblem } from '../decisions/types';
import type { ReadOutcome, ReadText } from './protocol';
import type { DocumentReader } from './reader-client';

export type { FileProblem } from '../decisions/types';

/** One attached file as the guard saw it. Never kept: the text is scanned, then dropped. */
export interface AttachedFile {
  /** The file as attached (memory only: a redacted copy is made from it). */
  readonly file: File;
  readonly name: string;
  readonly size: number;
  /** The text scanned; absent when nothing could be read. */
  readonly extracted?: ReadText;
  /** Where offsets of `extracted.text` came from (asked of the reader, which keeps the locations). */
  readonly locate?: (offsets: readonly number[]) => Promise<(Location | undefined)[]>;
  /** Tells the reader the guard is done with the file (it drops the locations). */
  readonly release?: () => void;
  readonly problem?: FileProblem;
  /** The format the reader recognised (`docx`, `pdf`, `text`…), when it did. */
  readonly format?: string;
  /** Extraction time in the extension context, ms (documents only). */
  readonly ms?: number;
}

/** Text files above this are not scanned in the page (a text file is scanned as it is). */
export const TEXT_FILE_LIMIT_BYTES = 10 * 1024 * 1024;

const DOCUMENT_EXTENSIONS = new Set([
  'pdf', 'docx', 'docm', 'dotx', 'xlsx', 'xlsm', 'xltx', 'pptx', 'pptm', 'potx', 'ppsx',
  'odt', 'ods', 'odp', 'ott', 'ots', 'otp', 'rtf', 'eml', 'zip', 'doc', 'xls', 'ppt', 'msg',
]);

const DOCUMENT_TYPES = /^application\/(?:pdf|rtf|zip|x-zip-compressed|msword|vnd\.ms-(?:excel|powerpoint|outlook)|vnd\.openxmlformats-officedocument\.|vnd\.oasis\.opendocument\.)|^message\/rfc822$|^text\/rtf$/;

/** A file the document reader reads (by type or name; the reader then sniffs the bytes). */
export function isDocumentFile(file: File): boolean {
  if (DOCUMENT_TYPES.test(file.type)) return true;
  const name = file.name.toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot >= 0 && DOCUMENT_EXTENSIONS.has(name.slice(dot + 1));
}

/** A file the guard holds back and reads before the site gets it. */
export function isGuardedFile(file: File): boolean {
  return isDocumentFile(file) || isTextFile(file);
}

/** The reader's limits from the policy's `documents` settings. */
export function readerLimits(policy: Pick<DocumentsPolicy, 'maxFileMB' | 'maxTextMB'>) {
  return { maxFileBytes: policy.maxFileMB * 1024 * 1024, maxTextChars: policy.maxTextMB * 1024 * 1024 };
}

function fromOutcome(file: File, name: string, outcome: ReadOutcome, ms: number, locate: AttachedFile['locate'], release: AttachedFile['release']): AttachedFile {
  const base = { file, name, size: file.size, ms, locate, release };
  switch (outcome.status) {
    // Text past maxTextMB was not scanned: the file is over a limit, though what was read is checked.
    case 'ok': return { ...base, format: outcome.extracted.format, extracted: outcome.extracted, ...(outcome.extracted.truncated ? { problem: 'tooLarge' as const } : {}) };
    case 'encrypted': return { ...base, problem: 'encrypted', ...(outcome.format ? { format: outcome.format } : {}) };
    case 'unreadable': return { ...base, problem: 'unreadable', ...(outcome.format ? { format: outcome.format } : {}) };
    case 'too-large': return { ...base, problem: 'tooLarge', ...(outcome.partial ? { extracted: outcome.partial, format: outcome.partial.format } : {}) };
  }
}

/** Bytes of a text file decoded per task: ~2–7 ms on the chat page's main thread. */
export const TEXT_CHUNK_BYTES = 1 << 20;

/**
 * A text file's text, as `file.text()` gives it (UTF-8), decoded a megabyte at a time with the page's
 * event loop in between: `file.text()` decodes all of it in one task, 68 ms of CPU for a 10 MB text in
 * Chromium (docs/design/documents.md, "The chat page's main thread").
 */
export async function readTextInChunks(file: Blob, chunkBytes = TEXT_CHUNK_BYTES): Promise<string> {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (let at = 0; at < file.size; at += chunkBytes) {
    const bytes = await file.slice(at, at + chunkBytes).arrayBuffer();
    parts.push(decoder.decode(bytes, { stream: at + chunkBytes < file.size }));
    if (at + chunkBytes < file.size) await yieldToEventLoop();
  }
  return parts.join('');
}

async function readTextFile(file: File, name: string): Promise<AttachedFile> {
  const base = { file, name, size: file.size, format: 'text' };
  if (file.size > TEXT_FILE_LIMIT_BYTES) return { ...base, problem: 'tooLarge' };
  try {
    const text = await readTextInChunks(file);
    const locate = async (offsets: readonly number[]) => offsets.map((): Location => ({ kind: 'text' }));
    return { ...base, extracted: { format: 'text', text, truncated: false, warnings: [] }, locate };
  } catch {
    return { ...base, problem: 'unreadable' };
  }
}

/**
 * Reads the guarded files among `files`, one after another (two 50 MB files never in memory at once).
 * `onFile(done, name)` is told before each file is read. `names` gives the name to show for a file
 * (a dropped folder's files by their path in it); otherwise its own.
 */
export async function readAttachedFiles(
  files: readonly File[],
  reader: () => DocumentReader,
  policy: Pick<DocumentsPolicy, 'maxFileMB' | 'maxTextMB'>,
  onFile: (done: number, name: string) => void = () => undefined,
  names?: ReadonlyMap<File, string>,
): Promise<AttachedFile[]> {
  const out: AttachedFile[] = [];
  for (const file of files) {
    const name = names?.get(file) ?? file.name;
    if (isGuardedFile(file)) onFile(out.length, name);
    if (isDocumentFile(file)) {
      const { outcome, ms, locate, release } = await reader().read(file, readerLimits(policy));
      out.push(fromOutcome(file, name, outcome, ms, locate, release));
    } else if (isTextFile(file)) {
      out.push(await readTextFile(file, name));
    }
  }
  return out;
}

/** Where a finding is: the file, and the place inside it. */
export interface FileSource {
  readonly file: string;
  readonly where?: Location;
}

export interface JoinedFiles {
  /** Every file's text, separated by a blank line: one scan covers them all. */
  readonly text: string;
  /** The name of the file an offset of `text` is in. */
  fileAt(offset: number): string | undefined;
  /** The file an offset of `text` is in. */
  fileOf(offset: number): AttachedFile | undefined;
  /**
   * The file and place of each offset (findings' starts), asking each file's reader once. The panel
   * shows 50 rows: callers pass the first findings only, not the 49,000 of a customer sheet.
   */
  place(offsets: readonly number[]): Promise<(FileSource | undefined)[]>;
  /** Replacements (offsets in `text`) per file, in the file's own offsets. */
  split(replacements: readonly TextReplacement[]): Map<AttachedFile, TextReplacement[]>;
}

/** A value's range and what replaces it (a placeholder such as `[CREDIT_CARD_1]`). */
export interface TextReplacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Findings placed in their file ("page 3"): the panel lists 50, so a few hundred cover it. */
export const PLACED_FINDINGS = 500;

/** `sourceAt` for the panel: the first findings placed by the reader, any other by its file alone. */
export async function findingSources(joined: JoinedFiles, starts: readonly number[]): Promise<(offset: number) => FileSource | undefined> {
  const first = starts.slice(0, PLACED_FINDINGS);
  const placed = await joined.place(first);
  const byStart = new Map(first.map((s, i) => [s, placed[i]]));
  return (offset) => {
    const known = byStart.get(offset);
    if (known) return known;
    const file = joined.fileAt(offset);
    return file === undefined ? undefined : { file };
  };
}

export function joinFiles(files: readonly AttachedFile[]): JoinedFiles {
  const read = files.filter((f) => f.extracted && f.extracted.text.length > 0);
  const starts: number[] = [];
  let at = 0;
  for (const f of read) {
    starts.push(at);
    at += f.extracted!.text.length + 2;
  }
  const indexAt = (offset: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > offset) i--;
    return i;
  };
  return {
    text: read.map((f) => f.extracted!.text).join('\n\n'),
    fileAt: (offset) => read[indexAt(offset)]?.name,
    fileOf: (offset) => read[indexAt(offset)],
    split(replacements) {
      const out = new Map<AttachedFile, TextReplacement[]>();
      for (const r of replacements) {
        const i = indexAt(r.start);
        const file = read[i];
        if (!file) continue;
        const list = out.get(file) ?? [];
        list.push({ start: r.start - starts[i]!, end: r.end - starts[i]!, text: r.text });
        out.set(file, list);
      }
      return out;
    },
    async place(offsets) {
      const out: (FileSource | undefined)[] = offsets.map(() => undefined);
      const byFile = new Map<number, number[]>();
      offsets.forEach((o, k) => {
        const i = indexAt(o);
        if (!read[i]) return;
        const list = byFile.get(i);
        if (list) list.push(k);
        else byFile.set(i, [k]);
      });
      for (const [i, ks] of byFile) {
        const file = read[i]!;
        const where = (await file.locate?.(ks.map((k) => offsets[k]! - starts[i]!))) ?? [];
        ks.forEach((k, n) => (out[k] = { file: file.name, ...(where[n] ? { where: where[n] } : {}) }));
      }
      return out;
    },
  };
}

/** The files the policy does not let through silently, with what it says for each. */
export interface UnreadFile {
  readonly name: string;
  readonly problem: FileProblem;
  readonly action: Exclude<FileAction, 'allow'>;
}

export function unreadFiles(files: readonly AttachedFile[], policy: Pick<DocumentsPolicy, FileProblem>): UnreadFile[] {
  const out: UnreadFile[] = [];
  for (const f of files) {
    if (!f.problem) continue;
    const action = policy[f.problem];
    if (action !== 'allow') out.push({ name: f.name, problem: f.problem, action });
  }
  return out;
}

/** Formats whose copy is a redacted text file (the issue asks a text copy for PDF); others keep their format. */
const TEXT_COPY = new Set(['pdf', 'rtf', 'zip', 'eml']);

function replaced(text: string, list: readonly TextReplacement[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const r of [...list].sort((a, b) => a.start - b.start)) {
    if (r.start < at) continue;
    parts.push(text.slice(at, r.start), r.text);
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The files to attach instead: each file with values to replace becomes a redacted copy (same format,
 * made and checked by the reader; a PDF becomes a `.txt` of its redacted text), the others stay as
 * they are. `failed` names a file no copy could be made of (then nothing is attached): a value the copy
 * cannot reach, or a file read only in part.
 */
export async function redactedCopies(
  files: readonly File[],
  read: readonly AttachedFile[],
  joined: JoinedFiles,
  replacements: readonly TextReplacement[],
  reader: () => DocumentReader,
  policy: Pick<DocumentsPolicy, 'maxFileMB' | 'maxTextMB'>,
): Promise<{ readonly files: File[] } | { readonly failed: string }> {
  const perFile = joined.split(replacements);
  const out: File[] = [];
  for (const file of files) {
    const attached = read.find((a) => a.file === file);
    const list = attached && perFile.get(attached);
    if (!attached?.extracted || !list?.length) {
      out.push(file);
      continue;
    }
    const format = attached.extracted.format;
    // A file read only in part (over a limit or out of time): a copy would silently lack the rest, as
    // the reader refuses to rewrite an Office file it did not read to its end. No copy: the user is told.
    if (attached.problem === 'tooLarge') return { failed: file.name };
    if (TEXT_COPY.has(format)) {
      const base = file.name.replace(/\.[^.]*$/, '');
      out.push(new File([replaced(attached.extracted.text, list)], `${base}-redacted.txt`, { type: 'text/plain' }));
    } else if (isTextFile(file) && !isDocumentFile(file)) {
      out.push(new File([replaced(attached.extracted.text, list)], file.name, { type: file.type }));
    } else {
      const bytes = await reader().redact(file, list, readerLimits(policy));
      if (!bytes) return { failed: file.name };
      out.push(new File([bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type, lastModified: file.lastModified }));
    }
  }
  return { files: out };
}
