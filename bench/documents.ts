/**
 * Extraction time per document format and size (issue 11), in Node:
 *   node --import tsx bench/documents.ts [--sizes=1,10] [--runs=5]
 * Documents come from bench/document-makers.ts; PDFs are read by pdf.js's legacy build (Node). Prints the file size,
 * the extracted characters and the median time of `extractDocument` per format and size.
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractDocument } from '../src/documents';
import { pdfReader, type PdfJs } from '../src/files/pdf-text';
import { makePdf, MAKERS } from './document-makers';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const sizes = (args.get('sizes') ?? '1,10').split(',').map(Number);
const runs = Number(args.get('runs') ?? 5);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

console.log('format | text MB | file | chars out | median ms (runs)');
const extractPdf = pdfReader(pdfjs as unknown as PdfJs, { timeBudgetMs: 120_000 });
const ALL: Record<string, (mb: number) => Uint8Array | Promise<Uint8Array>> = { ...MAKERS, pdf: makePdf };
for (const mb of sizes) {
  for (const [format, make] of Object.entries(ALL)) {
    const bytes = await make(mb);
    const times: number[] = [];
    let chars = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const outcome = await extractDocument(bytes, { name: `bench.${format}`, extractPdf, limits: { timeBudgetMs: 120_000 } });
      times.push(performance.now() - t0);
      if (outcome.status !== 'ok') throw new Error(`${format}: ${JSON.stringify(outcome)}`);
      chars = outcome.extracted.text.length;
    }
    const kb = bytes.length / 1024;
    const file = kb > 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${kb.toFixed(0)} KB`;
    console.log(`${format} | ${mb} | ${file} | ${(chars / 1e6).toFixed(2)} M | ${median(times).toFixed(0)} (${times.map((t) => t.toFixed(0)).join(', ')})`);
  }
}
