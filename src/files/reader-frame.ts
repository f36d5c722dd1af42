/**
 * The reader frame (Chrome): an extension page the content script embeds, hidden, and talks to over
 * the MessagePort it sends first. It runs `extractDocument` and pdf.js (with its worker, bundled as
 * `pdf.worker.mjs`) in the extension's process, not the chat page's.
 */
import type { PdfExtractor } from '../documents';
import { pdfReader, type PdfJs } from './pdf-text';
import { READER_READY } from './protocol';
import { servePort } from './reader-service';

/** pdf.js, loaded on the first PDF only (474 KB + its worker). */
export function lazyPdfReader(workerUrl: string): () => Promise<PdfExtractor> {
  let reader: Promise<PdfExtractor> | undefined;
  return () =>
    (reader ??= import('pdfjs-dist').then((pdfjs) => {
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
      return pdfReader(pdfjs as unknown as PdfJs);
    }));
}

/** Answers every port a parent window sends. The reader only reads what it is given, so any sender may use it. */
export function startReaderFrame(target: Window, workerUrl: string): void {
  const pdf = lazyPdfReader(workerUrl);
  target.addEventListener('message', (event: MessageEvent) => {
    const port = event.ports[0];
    if (event.data === READER_READY && port) servePort(port, pdf);
  });
}
