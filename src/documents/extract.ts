import { extractDocx } from './docx';
import { extractOdf, odfEncrypted } from './odf';
import { decodeText } from './plain';
import { extractPptx } from './pptx';
import { extractRtf } from './rtf';
import { sniff } from './sniff';
import { LimitReached, TextBuilder, timeLeftOf } from './text-builder';
import { DEFAULT_LIMITS, type DocumentFormat, type DocumentLimits, type ExtractOptions, type ExtractOutcome, type LimitKind } from './types';
import { extractXlsx } from './xlsx';
import { openZip, ZipCorrupt, ZipEncrypted, type ZipPackage } from './zip';
import { extractArchive } from './archive';
import { addPdfPages } from './pdf';

/** OpenDocument: the manifest says whether the parts are encrypted. */
const ODF_PARTS = /^(content|styles)\.xml$|^META-INF\/manifest\.xml$/;

/**
 * The parts each ZIP-based format needs: nothing else is inflated (images, themes, fonts stay packed),
 * and only these count against `maxEntries`.
 */
const PARTS: Partial<Record<DocumentFormat, RegExp>> = {
  docx: /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/,
  xlsx: /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml|worksheets\/_rels\/[^/]+\.rels|[^/]*comments[^/]*\.xml)$/,
  pptx: /^ppt\/(presentation\.xml|_rels\/presentation\.xml\.rels|slides\/[^/]+\.xml|slides\/_rels\/[^/]+\.rels|notesSlides\/[^/]+\.xml)$/,
  odt: ODF_PARTS,
  ods: ODF_PARTS,
  odp: ODF_PARTS,
};

/** Everything `extractInto` needs besides the bytes. */
export interface Job {
  readonly limits: DocumentLimits;
  readonly options: ExtractOptions;
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
  const job: Job = { limits, options, timeLeft, openArchives: true };
  return extractBytes(bytes, options.name ?? '', options.mimeType ?? '', job);
}

/** One file (or one archive entry): sniff, then read into a fresh builder. */
export async function extractBytes(bytes: Uint8Array, name: string, mimeType: string, job: Job): Promise<ExtractOutcome> {
  if (bytes.length > job.limits.maxFileBytes) return { status: 'too-large', limit: 'file-bytes' };
  let out = new TextBuilder(job.limits.maxTextChars, () => job.timeLeft() < 0);
  let format: DocumentFormat | undefined;
  let pkg: ZipPackage | undefined;
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
      const parts = PARTS[format];
      if (parts === undefined) readText(bytes, format, out);
      else readPackage((pkg = openZip(bytes, (n) => parts.test(n), job.limits)), format, out);
    }
    // Parts past the inflation budget or the entry count were read in part or not at all: what was read is scanned.
    if (pkg?.cut) return tooLarge(pkg.cut, out, format);
    return { status: 'ok', extracted: out.build(format) };
  } catch (error) {
    if (error instanceof LimitReached) {
      // The text is full and nothing was inflated after it: `truncated` already says the rest was not read.
      if (error.limit === 'text') return { status: 'ok', extracted: out.build(format ?? 'text') };
      return { status: 'too-large', limit: 'time', partial: out.build(format ?? 'text') };
    }
    if (error instanceof ZipEncrypted) return { status: 'encrypted', ...(format ? { format } : {}) };
    if (error instanceof ZipCorrupt) return { status: 'unreadable', reason: 'corrupt', ...(format ? { format } : {}) };
    // A malformed part that broke an extractor's assumptions: unreadable, never a crash of the guard.
    return { status: 'unreadable', reason: 'corrupt', ...(format ? { format } : {}) };
  }
}

/** Over `limit`, with the text read before it (when there is any): that text is still scanned. */
export function tooLarge(limit: LimitKind, out: TextBuilder, format: DocumentFormat): ExtractOutcome {
  const partial = out.build(format);
  return { status: 'too-large', limit, ...(partial.text === '' ? {} : { partial }) };
}

/** The zipped formats, from the parts their package gives as they are asked for. */
function readPackage(pkg: ZipPackage, format: DocumentFormat, out: TextBuilder): void {
  switch (format) {
    case 'docx': return extractDocx(pkg, out);
    case 'xlsx': return extractXlsx(pkg, out);
    case 'pptx': return extractPptx(pkg, out);
    case 'odt': case 'ods': case 'odp':
      if (odfEncrypted(pkg)) throw new ZipEncrypted('content.xml');
      return extractOdf(pkg, format, out);
  }
}

/** RTF, mail and plain text. */
function readText(bytes: Uint8Array, format: DocumentFormat, out: TextBuilder): void {
  if (format === 'rtf') extractRtf(decodeText(bytes), out);
  else out.add(decodeText(bytes), { kind: 'text' });
}
