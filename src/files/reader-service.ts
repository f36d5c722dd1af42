/**
 * The extension side of the document reader: answers `ReadRequest`s with `extractDocument` (plus the
 * PDF reader). Runs in the reader frame (Chrome) and in the background page (Firefox), never on the
 * chat page's main thread. Both are separate processes from the page, so a slow file cannot jank it.
 */
import { extractDocument, type ExtractOutcome, type PdfExtractor } from '../documents';
import { isReadRequest, type ReadReply, type ReadRequest } from './protocol';

/** Never throws: a reader that broke answers `unreadable: reader-failed`, so the guard still decides. */
export async function answerRead(request: ReadRequest, extractPdf: () => Promise<PdfExtractor | undefined>): Promise<ReadReply> {
  const started = performance.now();
  const bytes = request.bytes instanceof Uint8Array ? request.bytes : new Uint8Array(request.bytes);
  let outcome: ExtractOutcome;
  try {
    outcome = await extractDocument(bytes, { name: request.name, mimeType: request.mimeType, limits: request.limits, extractPdf: await extractPdf() });
  } catch {
    outcome = { status: 'unreadable', reason: 'reader-failed' };
  }
  return { kind: 'document-read', id: request.id, outcome, ms: Math.round(performance.now() - started) };
}

/**
 * Serves one MessagePort (the content script's end of the channel): requests in, replies out. Requests
 * are read one after another, so two large files never hold twice the memory at once.
 */
export function servePort(port: MessagePort, extractPdf: () => Promise<PdfExtractor | undefined>): void {
  let queue = Promise.resolve();
  port.onmessage = (event: MessageEvent) => {
    const request = event.data;
    if (!isReadRequest(request)) return;
    queue = queue.then(async () => port.postMessage(await answerRead(request, extractPdf)));
  };
}
