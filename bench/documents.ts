/**
 * Extraction time per document format and file size (issue 11), in Node, with the product's limits
 * (50 MB per file, 10 M characters of text, 10 s per file): what `extractDocument` does with each file in
 * the reader frame, minus the browser. Run by `npm run bench -- --only=documents` (bench/documents-section.ts),
 * or alone:
 *   node --import tsx bench/documents.ts [--sizes=1,10] [--formats=pdf,docx] [--runs=3] [--dir=D] [--out=F]
 * Documents come from bench/document-makers.ts, sized by their file; with `--dir` each file is also
 * written there (the browser part reads the same files); with `--out` the rows go to F as JSON. PDFs are
 * read by pdf.js's legacy build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DEFAULT_LIMITS, extractDocument, type ExtractOutcome } from '../src/documents';
import { pdfReader, type PdfJs } from '../src/files/pdf-text';
import { FORMATS, makeDocumentOfFileSize, type BenchFormat } from './document-makers';
import { listArg } from './documents-section';
import { median } from './stats';

/**
 * Files are made at most this large: the limit is 50 MB a file (`DEFAULT_LIMITS.maxFileBytes`), and a
 * "50 MB" file that comes out a little over it would be refused unread (`too large: file-bytes`, 0 ms).
 */
const LARGEST_MB = (DEFAULT_LIMITS.maxFileBytes / 2 ** 20) * 0.96;

/** One format at one size: the file, what reading it gave, and how long it took. */
export interface ExtractionRow {
  readonly format: BenchFormat;
  /** The file size asked for, MB (a 50 MB file is made just under the 50 MB limit). */
  readonly mb: number;
  /** The file's actual size, bytes, and where it was written (with `--dir`). */
  readonly bytes: number;
  readonly path?: string;
  /** Characters of text read, and the outcome (`ok`, `ok, truncated`, `too-large: time` …). */
  readonly chars: number;
  readonly outcome: string;
  /** Wall time of each `extractDocument` run, ms, and their median. */
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  /** CPU time of the process (all its threads: GC helpers too) per run, ms, median: moves less than wall time on a shared machine. */
  readonly cpuMedianMs: number;
  /** Time to make the file (not measured against anything; says what the 50 MB cases cost). */
  readonly makeMs: number;
}

/** `ok`, `ok, truncated`, `too-large: time (partial)`, `encrypted` …: what the guard acts on. */
function describeOutcome(outcome: ExtractOutcome): { chars: number; outcome: string } {
  switch (outcome.status) {
    case 'ok':
      return { chars: outcome.extracted.text.length, outcome: outcome.extracted.truncated ? 'ok, truncated at the text limit' : 'ok' };
    case 'too-large':
      return { chars: outcome.partial?.text.length ?? 0, outcome: `too large: ${outcome.limit}${outcome.partial ? ' (what was read is scanned)' : ''}` };
    case 'unreadable':
      return { chars: 0, outcome: `unreadable: ${outcome.reason}` };
    case 'encrypted':
      return { chars: 0, outcome: 'encrypted' };
  }
}

/** Makes each file, reads it `runs` times (the product's limits), and gives the rows (`onRow` as each is done). */
export async function measureExtraction(options: {
  readonly sizes: readonly number[];
  readonly formats: readonly BenchFormat[];
  readonly runs: number;
  readonly dir?: string;
  readonly onRow?: (row: ExtractionRow) => void;
}): Promise<ExtractionRow[]> {
  const extractPdf = pdfReader(pdfjs as unknown as PdfJs);
  if (options.dir) mkdirSync(options.dir, { recursive: true });
  const rows: ExtractionRow[] = [];
  for (const mb of options.sizes) {
    for (const format of options.formats) {
      const t0 = performance.now();
      let bytes: Uint8Array | undefined = await makeDocumentOfFileSize(format, Math.min(mb, LARGEST_MB));
      const makeMs = performance.now() - t0;
      const path = options.dir ? join(options.dir, `bench-${mb}mb.${format === 'text' ? 'txt' : format}`) : undefined;
      if (path) writeFileSync(path, bytes);
      const runsMs: number[] = [];
      const cpuMs: number[] = [];
      let described = { chars: 0, outcome: '' };
      for (let i = 0; i < options.runs; i++) {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const outcome = await extractDocument(bytes, { name: `bench.${format}`, extractPdf });
        runsMs.push(performance.now() - started);
        const used = process.cpuUsage(cpu);
        cpuMs.push((used.user + used.system) / 1000);
        described = describeOutcome(outcome);
      }
      const row: ExtractionRow = { format, mb, bytes: bytes.length, ...(path ? { path } : {}), ...described, runsMs, medianMs: median(runsMs), cpuMedianMs: median(cpuMs), makeMs };
      bytes = undefined;
      rows.push(row);
      options.onRow?.(row);
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sizes = listArg(args, 'sizes', '1,10').map(Number);
  const formats = listArg(args, 'formats', FORMATS.join(',')) as BenchFormat[];
  const runs = Number(listArg(args, 'runs', '3')[0]);
  const dir = listArg(args, 'dir', '')[0];
  const out = listArg(args, 'out', '')[0];
  if (!out) console.log(`format | file MB | chars read | outcome | median ms (runs) | CPU ms (median) — load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const rows = await measureExtraction({
    sizes, formats, runs, ...(dir ? { dir } : {}),
    onRow: (r) => {
      if (out) process.stderr.write(`  extracted ${r.format} ${r.mb} MB: ${Math.round(r.medianMs)} ms\n`);
      else console.log(`${r.format} | ${(r.bytes / 2 ** 20).toFixed(1)} | ${(r.chars / 1e6).toFixed(2)} M | ${r.outcome} | ${r.medianMs.toFixed(0)} (${r.runsMs.map((t) => t.toFixed(0)).join(', ')}) | ${r.cpuMedianMs.toFixed(0)}`);
    },
  });
  if (out) writeFileSync(out, JSON.stringify(rows));
  else console.log(`load after: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
}

if (process.argv[1]?.endsWith('documents.ts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
