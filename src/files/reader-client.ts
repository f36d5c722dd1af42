/**
 * The content script's side of the document reader: a file in, its extraction outcome out, read in an
 * extension context. Chrome: a hidden extension frame (in a closed shadow root) reached over a
 * MessageChannel, the file's buffer moved by transfer (23–31 ms for 10 MB, against ~300 ms one way
 * through `runtime.sendMessage`, which JSON-encodes and caps at 64 MiB; research/documents-and-wasm.md).
 * Firefox: the background page through `runtime.sendMessage`, which clones a `Uint8Array` as is.
 */
import { browser } from 'wxt/browser';
import type { DocumentLimits, ExtractOutcome } from '../documents';
import { extensionUrl, isReadReply, READER_PAGE_PATH, READER_READY, type ReadReply, type ReadRequest } from './protocol';

export interface DocumentRead {
  readonly outcome: ExtractOutcome;
  /** Extraction time in the extension context, ms (0 when the reader failed). */
  readonly ms: number;
}

export interface DocumentReader {
  read(file: File, limits: Partial<DocumentLimits>): Promise<DocumentRead>;
}

/** How long a file may take before it counts as timed out (the reader's own budget is 10 s). */
export const READ_TIMEOUT_MS = 30_000;

const FAILED: DocumentRead = { outcome: { status: 'unreadable', reason: 'reader-failed' }, ms: 0 };
const TIMED_OUT: DocumentRead = { outcome: { status: 'too-large', limit: 'time' }, ms: 0 };

let nextId = 1;

async function request(file: File, limits: Partial<DocumentLimits>, asBytes: (buffer: ArrayBuffer) => ArrayBuffer | Uint8Array): Promise<ReadRequest> {
  const buffer = await file.arrayBuffer();
  return { kind: 'read-document', id: nextId++, name: file.name, mimeType: file.type, bytes: asBytes(buffer), limits };
}

function withTimeout(reply: Promise<DocumentRead>, ms: number): Promise<DocumentRead> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<DocumentRead>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)));
  return Promise.race([reply.catch(() => FAILED), late]).finally(() => clearTimeout(timer));
}

/** Firefox: the background page reads the file (`runtime.sendMessage` structured-clones the bytes). */
export function runtimeReader(send: (message: ReadRequest) => Promise<unknown>, timeoutMs = READ_TIMEOUT_MS): DocumentReader {
  return {
    async read(file, limits) {
      const message = await request(file, limits, (buffer) => new Uint8Array(buffer));
      const reply = send(message).then((answer) => (isReadReply(answer) && answer.id === message.id ? answer : Promise.reject(new Error('no reply'))));
      return withTimeout(reply.then(({ outcome, ms }) => ({ outcome, ms })), timeoutMs);
    },
  };
}

/**
 * Chrome: the reader frame, made on the first file and kept for the page. The page could remove it;
 * then the file's read fails (`reader-failed`) and the next file makes a new frame.
 */
export function frameReader(frameUrl: string, signal: AbortSignal, timeoutMs = READ_TIMEOUT_MS): DocumentReader {
  let port: Promise<MessagePort> | undefined;
  let host: HTMLElement | undefined;
  const waiting = new Map<number, (reply: ReadReply) => void>();
  signal.addEventListener('abort', () => void port?.then((p) => p.close(), () => undefined));

  const connect = () =>
    new Promise<MessagePort>((resolve, reject) => {
      host = document.createElement('promptfence-reader');
      host.style.setProperty('display', 'none', 'important');
      const frame = document.createElement('iframe');
      frame.src = frameUrl;
      host.attachShadow({ mode: 'closed' }).append(frame);
      const timer = setTimeout(() => reject(new Error('reader frame did not load')), timeoutMs);
      frame.addEventListener('load', () => {
        clearTimeout(timer);
        const channel = new MessageChannel();
        channel.port1.onmessage = (event: MessageEvent) => {
          const reply = event.data;
          if (isReadReply(reply)) waiting.get(reply.id)?.(reply);
        };
        frame.contentWindow?.postMessage(READER_READY, new URL(frameUrl).origin, [channel.port2]);
        resolve(channel.port1);
      }, { once: true });
      document.documentElement.append(host);
    });

  return {
    async read(file, limits) {
      const message = await request(file, limits, (buffer) => buffer);
      if (host && !host.isConnected) port = undefined; // the page removed the frame: make a new one
      let watch: ReturnType<typeof setInterval> | undefined;
      const reply = (async () => {
        const p = await (port ??= connect().catch((error: unknown) => {
          port = undefined;
          throw error;
        }));
        return new Promise<DocumentRead>((resolve) => {
          waiting.set(message.id, ({ outcome, ms }) => resolve({ outcome, ms }));
          // A frame the page removes never answers: fail now rather than at the time-out.
          watch = setInterval(() => host?.isConnected === false && resolve(FAILED), 250);
          p.postMessage(message, [message.bytes as ArrayBuffer]);
        });
      })();
      const read = await withTimeout(reply, timeoutMs);
      clearInterval(watch);
      waiting.delete(message.id);
      if (read === FAILED || read === TIMED_OUT) port = undefined; // a fresh frame for the next file
      return read;
    },
  };
}

/** The reader for this browser: the background page in Firefox, the reader frame elsewhere. */
export function documentReader(signal: AbortSignal): DocumentReader {
  if (import.meta.env.FIREFOX) return runtimeReader((message) => browser.runtime.sendMessage(message));
  return frameReader(extensionUrl(browser.runtime, READER_PAGE_PATH), signal);
}
