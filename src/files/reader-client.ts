/**
 * The content script's side of the document reader: a file in, its text (or why there is none) out,
 * read in an extension context; then, for the findings the guard lists, where they are in the file.
 * Chrome: a hidden extension frame (in a closed shadow root) reached over a MessageChannel, the file's
 * buffer moved by transfer (23–31 ms for 10 MB, against ~300 ms one way through `runtime.sendMessage`,
 * which JSON-encodes and caps at 64 MiB; research/documents-and-wasm.md). Firefox: the background page
 * through `runtime.sendMessage`, which clones a `Uint8Array` as is.
 */
import { browser } from 'wxt/browser';
import type { DocumentLimits, Location } from '../documents';
import {
  extensionUrl,
  isLocateReply,
  isReadReply,
  isRedactReply,
  newRequestId,
  READER_PAGE_PATH,
  READER_READY,
  readerOrigin,
  type LocateRequest,
  type ReadOutcome,
  type ReadRequest,
  type RedactRequest,
  type ReleaseRequest,
} from './protocol';
import { markWork } from '../guard/work-marks';
import { isTextPart, TextParts } from './text-parts';

export interface DocumentRead {
  readonly outcome: ReadOutcome;
  /** Extraction time in the extension context, ms (0 when the reader failed). */
  readonly ms: number;
  /** Where each offset of the file's text came from (undefined when unknown). */
  locate(offsets: readonly number[]): Promise<(Location | undefined)[]>;
  /** Done with the file: the reader drops its locations (no answer awaited). */
  release(): void;
}

export interface DocumentReader {
  read(file: File, limits: Partial<DocumentLimits>): Promise<DocumentRead>;
  /**
   * A copy of `file` in its own format with these ranges of its text replaced, read back and checked by
   * the reader; undefined when there is none (a format without redaction, a value it could not reach).
   */
  redact(file: File, replacements: RedactRequest['replacements'], limits: Partial<DocumentLimits>): Promise<Uint8Array | undefined>;
}

/** How long a file may take before it counts as timed out (the reader's own budget is 10 s). */
export const READ_TIMEOUT_MS = 30_000;

/** One request, one reply (or a rejection when the other side is gone). */
type Ask = (message: ReadRequest | LocateRequest | RedactRequest | ReleaseRequest, transfer: Transferable[]) => Promise<unknown>;

const nowhere = async (offsets: readonly number[]) => offsets.map(() => undefined);
const FAILED: DocumentRead = { outcome: { status: 'unreadable', reason: 'reader-failed' }, ms: 0, locate: nowhere, release: () => undefined };
const TIMED_OUT: DocumentRead = { outcome: { status: 'too-large', limit: 'time' }, ms: 0, locate: nowhere, release: () => undefined };

function withTimeout<T>(reply: Promise<T>, ms: number, late: T, failed: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(late), ms)));
  return Promise.race([reply.catch(() => failed), timeout]).finally(() => clearTimeout(timer));
}

/** The reader over any transport: reads a file, then answers where offsets of it are. */
function readerOver(ask: Ask, asBytes: (buffer: ArrayBuffer) => ArrayBuffer | Uint8Array, timeoutMs: number): DocumentReader {
  return {
    async read(file, limits) {
      const buffer = await file.arrayBuffer();
      const bytes = asBytes(buffer);
      const doc = newRequestId();
      const message: ReadRequest = { kind: 'read-document', id: doc, name: file.name, mimeType: file.type, bytes, limits };
      const locate = async (offsets: readonly number[]) => {
        const request: LocateRequest = { kind: 'locate-in-document', id: newRequestId(), doc, offsets };
        const answer = await withTimeout(ask(request, []), timeoutMs, undefined, undefined);
        return isLocateReply(answer) && answer.id === request.id ? answer.where.map((w) => w ?? undefined) : offsets.map(() => undefined);
      };
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        void ask({ kind: 'release-documents', id: newRequestId(), docs: [doc] }, []).catch(() => undefined);
      };
      const reply = ask(message, bytes instanceof ArrayBuffer ? [bytes] : []).then((answer) => {
        if (!isReadReply(answer) || answer.id !== doc) throw new Error('no reply');
        return { outcome: answer.outcome, ms: answer.ms, locate, release } satisfies DocumentRead;
      });
      return withTimeout<DocumentRead>(reply, timeoutMs, TIMED_OUT, FAILED);
    },
    async redact(file, replacements, limits) {
      const bytes = asBytes(await file.arrayBuffer());
      const message: RedactRequest = { kind: 'redact-document', id: newRequestId(), name: file.name, mimeType: file.type, bytes, replacements, limits };
      const answer = await withTimeout(ask(message, bytes instanceof ArrayBuffer ? [bytes] : []), timeoutMs, undefined, undefined);
      if (!isRedactReply(answer) || answer.id !== message.id || answer.outcome.status !== 'ok') return undefined;
      const copy = answer.outcome.bytes;
      return copy instanceof Uint8Array ? copy : new Uint8Array(copy);
    },
  };
}

/** Firefox: the background page reads the file (`runtime.sendMessage` structured-clones the bytes). */
export function runtimeReader(send: (message: ReadRequest | LocateRequest | RedactRequest | ReleaseRequest) => Promise<unknown>, timeoutMs = READ_TIMEOUT_MS): DocumentReader {
  const ask = async (message: ReadRequest | LocateRequest | RedactRequest | ReleaseRequest) => {
    const reply = await send(message);
    // The reply was deserialized for this task, and the read's continuations run in it (as the frame's).
    markWork('read');
    return reply;
  };
  return readerOver(ask, (buffer) => new Uint8Array(buffer), timeoutMs);
}

/**
 * Chrome: the reader frame, made on the first file and kept for the page. The page could remove it;
 * then the file's read fails at once (`reader-failed`) and the next file makes a new frame.
 */
export function frameReader(frameUrl: string, frameOrigin: string, signal: AbortSignal, timeoutMs = READ_TIMEOUT_MS): DocumentReader {
  let port: Promise<MessagePort> | undefined;
  let host: HTMLElement | undefined;
  const waiting = new Map<number, (reply: unknown) => void>();
  signal.addEventListener('abort', () => void port?.then((p) => p.close(), () => undefined));

  const connect = () =>
    new Promise<MessagePort>((resolve, reject) => {
      host = document.createElement('promptfence-reader');
      host.style.setProperty('display', 'none', 'important');
      const frame = document.createElement('iframe');
      frame.src = frameUrl;
      host.attachShadow({ mode: 'closed' }).append(frame);
      const timer = setTimeout(() => reject(new Error('reader frame did not load')), timeoutMs);
      frame.addEventListener(
        'load',
        () => {
          clearTimeout(timer);
          const channel = new MessageChannel();
          // A long text comes ahead of its reply in parts, each read in a task of its own (text-parts.ts).
          const parts = new TextParts();
          channel.port1.onmessage = (event: MessageEvent) => {
            // The message's text is deserialized in this task, and the read's continuations run in it.
            markWork('read');
            const data: unknown = event.data;
            if (isTextPart(data)) return parts.add(data);
            // Completed even when nobody waits any more (timed out): its parts are dropped.
            const reply = isReadReply(data) ? parts.complete(data) : data;
            const id = (reply as { id?: unknown } | null)?.id;
            if (typeof id === 'number') waiting.get(id)?.(reply);
          };
          frame.contentWindow?.postMessage(READER_READY, frameOrigin, [channel.port2]);
          resolve(channel.port1);
        },
        { once: true },
      );
      document.documentElement.append(host);
    });

  const ask: Ask = async (message, transfer) => {
    if (host && !host.isConnected) port = undefined; // the page removed the frame: make a new one
    const p = await (port ??= connect().catch((error: unknown) => {
      port = undefined;
      throw error;
    }));
    let watch: ReturnType<typeof setInterval> | undefined;
    try {
      return await new Promise<unknown>((resolve, reject) => {
        waiting.set(message.id, resolve);
        // A frame the page removes never answers: fail now rather than at the time-out.
        watch = setInterval(() => host?.isConnected === false && reject(new Error('reader frame removed')), 250);
        p.postMessage(message, transfer);
      });
    } catch (error) {
      port = undefined;
      throw error;
    } finally {
      clearInterval(watch);
      waiting.delete(message.id);
    }
  };
  return readerOver(ask, (buffer) => buffer, timeoutMs);
}

/** The reader for this browser: the background page in Firefox, the reader frame elsewhere. */
export function documentReader(signal: AbortSignal): DocumentReader {
  if (import.meta.env.FIREFOX) return runtimeReader((message) => browser.runtime.sendMessage(message));
  const url = extensionUrl(browser.runtime, READER_PAGE_PATH);
  return frameReader(url, readerOrigin(url, browser.runtime.id), signal);
}
