/**
 * The document reader's messages: the content script hands a file's bytes to an extension context
 * (Chrome: the reader frame, over a MessageChannel with the buffer transferred; Firefox: the background
 * page, structured-cloned) and gets the extracted text with its locations back. Content never leaves
 * the device; the reply holds the file's text only for the guard's scan, which drops it afterwards.
 */
import type { DocumentLimits, Extracted, ExtractOutcome, Location } from '../documents';

export interface ReadRequest {
  readonly kind: 'read-document';
  readonly id: number;
  readonly name: string;
  readonly mimeType: string;
  /** The file's bytes: an `ArrayBuffer` moved by transfer, or a `Uint8Array` (structured clone). */
  readonly bytes: ArrayBuffer | Uint8Array;
  readonly limits?: Partial<DocumentLimits>;
}

/**
 * What the page gets of a read file: the text, without the segments. A 10 MB sheet has 600,000 cell
 * locations; cloning them took 6.5 s (3–4 s of it on the chat page's main thread, measured), so the
 * reader keeps them and the guard asks where its findings are (`LocateRequest`).
 */
export type ReadText = Omit<Extracted, 'segments'>;

export type ReadOutcome =
  | { readonly status: 'ok'; readonly extracted: ReadText }
  | Extract<ExtractOutcome, { status: 'encrypted' | 'unreadable' }>
  | { readonly status: 'too-large'; readonly limit: Extract<ExtractOutcome, { status: 'too-large' }>['limit']; readonly partial?: ReadText };

export interface ReadReply {
  readonly kind: 'document-read';
  readonly id: number;
  readonly outcome: ReadOutcome;
  /** Wall time of the extraction in the extension context, ms. */
  readonly ms: number;
  /** The text came ahead in this many `TextPart` messages and is left out here (the reader frame; text-parts.ts). */
  readonly textParts?: number;
}

/** Where offsets of a file's text (`doc`: the id of its read request) came from. */
export interface LocateRequest {
  readonly kind: 'locate-in-document';
  readonly id: number;
  readonly doc: number;
  readonly offsets: readonly number[];
}

export interface LocateReply {
  readonly kind: 'document-located';
  readonly id: number;
  /** Index-aligned with the offsets; null when the reader no longer holds the file. */
  readonly where: readonly (Location | null)[];
}

/**
 * The guard is done with these files (`docs`: ids of their read requests): the reader drops their
 * locations. It keeps them until then (up to a bound), so every file of a many-file attach can be placed.
 */
export interface ReleaseRequest {
  readonly kind: 'release-documents';
  readonly id: number;
  readonly docs: readonly number[];
}

export interface ReleaseReply {
  readonly kind: 'documents-released';
  readonly id: number;
}

export function isReleaseRequest(value: unknown): value is ReleaseRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ReleaseRequest>;
  return v.kind === 'release-documents' && typeof v.id === 'number' && Array.isArray(v.docs) && v.docs.every((d) => typeof d === 'number');
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

export function isLocateRequest(value: unknown): value is LocateRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<LocateRequest>;
  return v.kind === 'locate-in-document' && typeof v.id === 'number' && typeof v.doc === 'number' && Array.isArray(v.offsets) && v.offsets.every((o) => typeof o === 'number');
}

export function isLocateReply(value: unknown): value is LocateReply {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<LocateReply>;
  return v.kind === 'document-located' && typeof v.id === 'number' && Array.isArray(v.where);
}

/** Make a copy of a file with these ranges of its text replaced (placeholders), same format. */
export interface RedactRequest {
  readonly kind: 'redact-document';
  readonly id: number;
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: ArrayBuffer | Uint8Array;
  /** Offsets in the file's extracted text (as the read gave it). */
  readonly replacements: readonly { readonly start: number; readonly end: number; readonly text: string }[];
  readonly limits?: Partial<DocumentLimits>;
}

export interface RedactReply {
  readonly kind: 'document-redacted';
  readonly id: number;
  /** `ok`: the copy, read back without any of the values; otherwise why there is no copy. */
  readonly outcome: { readonly status: 'ok'; readonly bytes: ArrayBuffer | Uint8Array } | { readonly status: 'unsupported' | 'incomplete' | 'failed' };
}

export function isRedactRequest(value: unknown): value is RedactRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<RedactRequest>;
  return (
    v.kind === 'redact-document' && typeof v.id === 'number' && typeof v.name === 'string' && typeof v.mimeType === 'string' &&
    (v.bytes instanceof ArrayBuffer || v.bytes instanceof Uint8Array) && Array.isArray(v.replacements)
  );
}

export function isRedactReply(value: unknown): value is RedactReply {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<RedactReply>;
  return v.kind === 'document-redacted' && typeof v.id === 'number' && typeof v.outcome === 'object' && v.outcome !== null;
}

/** A request id: random, since the Firefox background page serves every tab's content script. */
export function newRequestId(): number {
  return Math.floor(Math.random() * 2 ** 52);
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

/**
 * The origin the reader frame's page has once loaded: the extension's own (`chrome-extension://<id>`).
 * The frame is loaded from its dynamic URL (`use_dynamic_url` in wxt.config.ts: a URL that changes
 * every session, so a page cannot probe for the extension), but the page it loads keeps the extension's
 * origin, and a port posted to the dynamic origin is dropped. Posting to `*` would hand the port to
 * whatever the page navigated the frame to.
 */
export function readerOrigin(frameUrl: string, extensionId: string): string {
  return `${new URL(frameUrl).protocol}//${extensionId}`;
}

/** `runtime.getURL` for files WXT's typed paths do not list (build-time copies). */
export function extensionUrl(runtime: { getURL(path: never): string }, path: string): string {
  return (runtime.getURL as (p: string) => string)(path);
}
