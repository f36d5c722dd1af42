/**
 * The document reader's messages: the content script hands a file's bytes to an extension context
 * (Chrome: the reader frame, over a MessageChannel with the buffer transferred; Firefox: the background
 * page, structured-cloned) and gets the extracted text with its locations back. Content never leaves
 * the device; the reply holds the file's text only for the guard's scan, which drops it afterwards.
 */
import type { DocumentLimits, ExtractOutcome } from '../documents';

export interface ReadRequest {
  readonly kind: 'read-document';
  readonly id: number;
  readonly name: string;
  readonly mimeType: string;
  /** The file's bytes: an `ArrayBuffer` moved by transfer, or a `Uint8Array` (structured clone). */
  readonly bytes: ArrayBuffer | Uint8Array;
  readonly limits?: Partial<DocumentLimits>;
}

export interface ReadReply {
  readonly kind: 'document-read';
  readonly id: number;
  readonly outcome: ExtractOutcome;
  /** Wall time of the extraction in the extension context, ms. */
  readonly ms: number;
}

/** The reader frame's first message to the content script that embedded it (it holds the port). */
export const READER_READY = 'promptfence-reader-port';

export function isReadRequest(value: unknown): value is ReadRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ReadRequest>;
  return (
    v.kind === 'read-document' &&
    typeof v.id === 'number' &&
    typeof v.name === 'string' &&
    typeof v.mimeType === 'string' &&
    (v.bytes instanceof ArrayBuffer || v.bytes instanceof Uint8Array)
  );
}

export function isReadReply(value: unknown): value is ReadReply {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ReadReply>;
  return v.kind === 'document-read' && typeof v.id === 'number' && typeof v.outcome === 'object' && v.outcome !== null;
}

/** Where pdf.js's worker is shipped (wxt.config.ts copies it there at build time). */
export const PDF_WORKER_PATH = '/pdf.worker.mjs';
/** The reader frame's page (entrypoints/doc-reader). */
export const READER_PAGE_PATH = '/doc-reader.html';

/** `runtime.getURL` for files WXT's typed paths do not list (build-time copies). */
export function extensionUrl(runtime: { getURL(path: never): string }, path: string): string {
  return (runtime.getURL as (p: string) => string)(path);
}
