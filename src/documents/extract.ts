import { extractDocx } from './docx';
import { extractOdf } from './odf';
import { decodeText } from './plain';
import { extractPptx } from './pptx';
import { extractRtf } from './rtf';
import { sniff } from './sniff';
import { LimitReached, TextBuilder, timeLeftOf } from './text-builder';
import { DEFAULT_LIMITS, type DocumentFormat, type DocumentLimits, type ExtractOptions, type ExtractOutcome } from './types';
import { extractXlsx } from './xlsx';
import { readZip, ZipCorrupt, ZipLimit } from './zip';
import { extractArchive } from './archive';
import { addPdfPages } from './pdf';

/** The parts each ZIP-based format needs: nothing else is inflated (images, themes, fonts stay packed). */
const PARTS: Partial<Record<DocumentFormat, RegExp>> = {
  docx: /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/,
  xlsx: /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml|worksheets\/_rels\/[^/]+\.rels|[^/]*comments[^/]*\.xml)$/,
  pptx: /^ppt\/(presentation\.xml|_rels\/presentation\.xml\.rels|slides\/[^/]+\.xml|slides\/_rels\/[^/]+\.rels|notesSlides\/[^/]+\.xml)$/,
  odt: /^(content|styles)\.xml$/,
  ods: /^(content|styles)\.xml$/,
  odp: /^(content|styles)\.xml$/,
};

/** Everything `extractInto` needs besides the bytes. */
export interface Job {
  readonly limits: DocumentLimits;
  readonly options: ExtractOptions;
  readonly deadline: () => boolean;
  /** Milliseconds left of the file's budget (an archive's entries share it). */
  readonly timeLeft: () => number;
  /** False inside an archive: nested archives are not opened. */
  readonly openArchives: boolean;
}

/**
 * Reads a file's text for the engine, with where each piece came from. Never throws for bad input:
 * every failure is an outcome a policy can act on.
 */
export async function extractDocument(bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractOutcome> {
  const limits: DocumentLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const now = options.now ?? (() => performance.now());
  const timeLeft = timeLeftOf(limits, now);
  const job: Job = { limits, options, deadline: () => timeLeft() < 0, timeLeft, openArchives: true };
  return extractBytes(bytes, options.name ?? '', options.mimeType ?? '', job);
}

/** One file (or one archive entry): sniff, then read into a fresh builder. */
export async function extractBytes(bytes: Uint8Array, name: string, mimeType: string, job: Job): Promise<ExtractOutcome> {
  if (bytes.length > job.limits.maxFileBytes) return { status: 'too-large', limit: 'file-bytes' };
  let out = new TextBuilder(job.limits.maxTextChars, job.deadline);
  let format: DocumentFormat | undefined;
  try {
    const sniffed = sniff(bytes, name, mimeType, job.limits);
    if (sniffed.kind === 'encrypted-office') return { status: 'encrypted' };
    if (sniffed.kind === 'legacy-office') return { status: 'unreadable', reason: 'legacy-office' };
    if (sniffed.kind === 'binary') return { status: 'unreadable', reason: 'unknown-format' };
    format = sniffed.format;
    if (format === 'pdf') {
      if (job.options.extractPdf === undefined) return { status: 'unreadable', reason: 'unsupported-here', format };
      // The reader keeps what is left of the file's budget (a PDF in a ZIP shares the archive's), and
      // stops at the text limit too: past it the text is cut anyway, and pages are what cost.
      const pdf = await job.options.extractPdf(bytes, { maxChars: job.limits.maxTextChars, timeBudgetMs: Math.max(0, job.timeLeft()) });
      if (pdf.status === 'encrypted') return { status: 'encrypted', format };
      if (pdf.status === 'unreadable') return { status: 'unreadable', reason: 'corrupt', format };
      // The PDF reader keeps the time budget itself and stops in time; the pages it read are added
      // whatever the clock says now. Checked against the same budget, a PDF that ran out of time lost
      // every page it had read (a 10 MB PDF: 259 pages read, 0 scanned; bench section g).
      out = new TextBuilder(job.limits.maxTextChars);
      addPdfPages(pdf.pages, out);
      if (pdf.stopped === 'time') return { status: 'too-large', limit: 'time', partial: out.build(format) };
    } else if (format === 'zip') {
      if (!job.openArchives) return { status: 'unreadable', reason: 'unknown-format', format };
      const inner = await extractArchive(bytes, job, out);
      if (inner !== undefined) return inner;
    } else {
      readFormat(bytes, format, job, out);
    }
    return { status: 'ok', extracted: out.build(format) };
  } catch (error) {
    if (error instanceof LimitReached) {
      if (error.limit === 'text') return { status: 'ok', extracted: out.build(format ?? 'text') };
      return { status: 'too-large', limit: 'time', partial: out.build(format ?? 'text') };
    }
    if (error instanceof ZipLimit) return { status: 'too-large', limit: error.limit };
    if (error instanceof ZipCorrupt) return { status: 'unreadable', reason: 'corrupt', ...(format ? { format } : {}) };
    // A malformed part that broke an extractor's assumptions: unreadable, never a crash of the guard.
    return { status: 'unreadable', reason: 'corrupt', ...(format ? { format } : {}) };
  }
}

/** The synchronous formats: everything but PDF (its reader is async) and archives. */
function readFormat(bytes: Uint8Array, format: DocumentFormat, job: Job, out: TextBuilder): void {
  const parts = PARTS[format];
  const files = parts === undefined ? {} : readZip(bytes, (n) => parts.test(n), job.limits);
  switch (format) {
    case 'docx': return extractDocx(files, out);
    case 'xlsx': return extractXlsx(files, out);
    case 'pptx': return extractPptx(files, out);
    case 'odt': case 'ods': case 'odp': return extractOdf(files, format, out);
    case 'rtf': return extractRtf(decodeText(bytes), out);
    default: out.add(decodeText(bytes), { kind: 'text' });
  }
}
