/**
 * The extension side of the document reader: answers `ReadRequest`s with `extractDocument` (plus the
 * PDF reader) and `LocateRequest`s from the files it read last. Runs in the reader frame (Chrome) and
 * in the background page (Firefox), never on the chat page's main thread: both are separate
 * processes from the page, so a slow file cannot jank it.
 */
import { extractDocument, locate, redactDocument, type Extracted, type ExtractOutcome, type PdfExtractor } from '../documents';
import {
  isLocateRequest,
  isReadRequest,
  isRedactRequest,
  isReleaseRequest,
  type LocateReply,
  type LocateRequest,
  type ReadOutcome,
  type ReadReply,
  type ReadRequest,
  type ReadText,
  type RedactReply,
  type RedactRequest,
  type ReleaseReply,
  type ReleaseRequest,
} from './protocol';
import { inParts } from './text-parts';

/**
 * Files whose locations are kept for the guard's questions, at most: the guard asks right after its scan
 * of all the files of one attach, then releases them. A bound for a guard that never does (a page closed
 * mid-way); the Firefox background page serves every tab. It was 4, and the fifth file of one drop lost
 * its places ("page 2") before the guard asked (guard-documents-send e2e).
 */
export const KEPT = 32;

/** The segments of the files read and not yet released, by read-request id (the text is not kept). */
export class ReadFiles {
  private readonly files = new Map<number, Pick<Extracted, 'segments'>>();

  keep(id: number, extracted: Extracted): void {
    this.files.set(id, { segments: extracted.segments });
    if (this.files.size > KEPT) this.files.delete(this.files.keys().next().value!);
  }

  locate(request: LocateRequest): LocateReply {
    const kept = this.files.get(request.doc);
    return { kind: 'document-located', id: request.id, where: request.offsets.map((o) => (kept ? (locate(kept, o) ?? null) : null)) };
  }

  release(request: ReleaseRequest): ReleaseReply {
    for (const doc of request.docs) this.files.delete(doc);
    return { kind: 'documents-released', id: request.id };
  }

  /** How many files' locations are kept (tests). */
  get size(): number {
    return this.files.size;
  }
}

function withoutSegments({ segments: _, ...text }: Extracted): ReadText {
  return text;
}

/** Never throws: a reader that broke answers `unreadable: reader-failed`, so the guard still decides. */
export async function answerRead(request: ReadRequest, extractPdf: () => Promise<PdfExtractor | undefined>, kept: ReadFiles): Promise<ReadReply> {
  const started = performance.now();
  const bytes = request.bytes instanceof Uint8Array ? request.bytes : new Uint8Array(request.bytes);
  let outcome: ExtractOutcome;
  try {
    outcome = await extractDocument(bytes, { name: request.name, mimeType: request.mimeType, limits: request.limits, extractPdf: await extractPdf() });
  } catch {
    outcome = { status: 'unreadable', reason: 'reader-failed' };
  }
  let sent: ReadOutcome = outcome as ReadOutcome;
  if (outcome.status === 'ok') {
    kept.keep(request.id, outcome.extracted);
    sent = { status: 'ok', extracted: withoutSegments(outcome.extracted) };
  } else if (outcome.status === 'too-large' && outcome.partial) {
    kept.keep(request.id, outcome.partial);
    sent = { status: 'too-large', limit: outcome.limit, partial: withoutSegments(outcome.partial) };
  }
  return { kind: 'document-read', id: request.id, outcome: sent, ms: Math.round(performance.now() - started) };
}

/** The same format with the values replaced, verified by reading it back (`redactDocument`). Never throws. */
export async function answerRedact(request: RedactRequest): Promise<RedactReply> {
  const bytes = request.bytes instanceof Uint8Array ? request.bytes : new Uint8Array(request.bytes);
  try {
    const outcome = await redactDocument(bytes, request.replacements, { name: request.name, mimeType: request.mimeType, limits: request.limits });
    if (outcome.status === 'ok') return { kind: 'document-redacted', id: request.id, outcome: { status: 'ok', bytes: outcome.bytes } };
    return { kind: 'document-redacted', id: request.id, outcome: { status: outcome.status === 'unsupported' ? 'unsupported' : outcome.status === 'incomplete' ? 'incomplete' : 'failed' } };
  } catch {
    return { kind: 'document-redacted', id: request.id, outcome: { status: 'failed' } };
  }
}

export type ReaderReply = ReadReply | LocateReply | RedactReply | ReleaseReply;

/** Answers one message of the reader protocol, or undefined when it is none. */
export function answer(message: unknown, extractPdf: () => Promise<PdfExtractor | undefined>, kept: ReadFiles): Promise<ReaderReply> | undefined {
  if (isReadRequest(message)) return answerRead(message, extractPdf, kept);
  if (isLocateRequest(message)) return Promise.resolve(kept.locate(message));
  if (isRedactRequest(message)) return answerRedact(message);
  if (isReleaseRequest(message)) return Promise.resolve(kept.release(message));
  return undefined;
}

/** A redacted copy's buffer moves back by transfer too. */
function transferOf(reply: ReaderReply): Transferable[] {
  if (reply.kind !== 'document-redacted' || reply.outcome.status !== 'ok') return [];
  const { bytes } = reply.outcome;
  return [bytes instanceof Uint8Array ? bytes.buffer : bytes] as Transferable[];
}

/**
 * Serves one MessagePort (the content script's end of the channel): requests in, replies out. Requests
 * are answered one after another, so two large files never hold twice the memory at once.
 */
export function servePort(port: MessagePort, extractPdf: () => Promise<PdfExtractor | undefined>): void {
  const kept = new ReadFiles();
  let queue = Promise.resolve();
  port.onmessage = (event: MessageEvent) => {
    const message: unknown = event.data;
    if (!isReadRequest(message) && !isLocateRequest(message) && !isRedactRequest(message) && !isReleaseRequest(message)) return;
    queue = queue.then(async () => {
      const reply = (await answer(message, extractPdf, kept))!;
      // A long text goes ahead in parts: the page reads each in a task of its own (text-parts.ts).
      if (reply.kind === 'document-read') for (const m of inParts(reply)) port.postMessage(m);
      else port.postMessage(reply, transferOf(reply));
    });
  };
}
