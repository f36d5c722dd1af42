/**
 * Firefox: the background page reads attached documents for the guard (MV2 has no offscreen document,
 * and a content script cannot start pdf.js's worker). `runtime.sendMessage` clones the bytes as a
 * `Uint8Array`; the reply is the extraction outcome. pdf.js is imported on the first PDF only.
 */
import type { browser as wxtBrowser } from 'wxt/browser';
import type { PdfExtractor } from '../documents';
import { pdfReader, type PdfJs } from './pdf-text';
import { extensionUrl, PDF_WORKER_PATH } from './protocol';
import { answer, ReadFiles, type ReaderReply } from './reader-service';

type BrowserApi = typeof wxtBrowser;

/** Answers the reader's messages (read, locate) from this extension's content scripts. Call synchronously at start-up. */
export function serveDocumentReads(api: BrowserApi, extractPdf: () => Promise<PdfExtractor | undefined> = lazyPdf(api)): () => void {
  const kept = new ReadFiles();
  const listener = (message: unknown, sender: { id?: string }): Promise<ReaderReply> | undefined => {
    if (sender.id !== undefined && sender.id !== api.runtime.id) return undefined;
    return answer(message, extractPdf, kept);
  };
  api.runtime.onMessage.addListener(listener as never);
  return () => api.runtime.onMessage.removeListener(listener as never);
}

function lazyPdf(api: BrowserApi): () => Promise<PdfExtractor> {
  let reader: Promise<PdfExtractor> | undefined;
  return () =>
    (reader ??= import('pdfjs-dist').then((pdfjs) => {
      pdfjs.GlobalWorkerOptions.workerSrc = extensionUrl(api.runtime, PDF_WORKER_PATH);
      return pdfReader(pdfjs as unknown as PdfJs);
    }));
}
