/**
 * What reading a document produces: the text the engine scans, where each piece came from, and the
 * outcomes a policy acts on. Pure data: the content script, an extension page and Node tests share it.
 */

/** The formats the sniffer tells apart (see sniff.ts). */
export type DocumentFormat =
  | 'docx' | 'xlsx' | 'pptx'
  | 'odt' | 'ods' | 'odp'
  | 'pdf' | 'rtf' | 'eml' | 'text' | 'zip';

/**
 * Where a piece of extracted text came from, as data: the UI words it in the user's language
 * (`describeLocation` is the English wording for now). Numbers are 1-based, as people count.
 */
export type Location =
  | { readonly kind: 'body' | 'header' | 'footer' | 'comment' | 'footnote' | 'endnote' | 'text' }
  /** A tracked change in a Word document: inserted text, or deleted text still in the file. */
  | { readonly kind: 'inserted' | 'deleted' }
  | { readonly kind: 'table'; readonly table: number; readonly row: number }
  | { readonly kind: 'cell'; readonly sheet: string; readonly cell: string; readonly hidden?: boolean }
  /** A cell's comment or note in a spreadsheet. */
  | { readonly kind: 'cell-note'; readonly sheet: string; readonly cell: string; readonly hidden?: boolean }
  | { readonly kind: 'slide' | 'notes'; readonly slide: number }
  | { readonly kind: 'page'; readonly page: number }
  /** A file inside a ZIP archive, and where inside that file. */
  | { readonly kind: 'entry'; readonly name: string; readonly inner: Location };

/** `text.slice(start, end)` came from `where`. Segments are sorted by start and do not overlap. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly where: Location;
}

/** Something the user or admin should know about a file that was still read. */
export type ExtractWarning =
  | { readonly kind: 'truncated'; readonly limit: number }
  | { readonly kind: 'hidden-sheet'; readonly sheet: string }
  | { readonly kind: 'entry-skipped'; readonly name: string; readonly reason: string }
  | { readonly kind: 'part-unreadable'; readonly part: string };

export interface Extracted {
  readonly format: DocumentFormat;
  /** Parts joined by blank lines; table rows as lines, cells separated by a tab (the engine's table context). */
  readonly text: string;
  readonly segments: readonly Segment[];
  /** The text stopped at `limits.maxTextChars`: the rest of the file was not read. */
  readonly truncated: boolean;
  readonly warnings: readonly ExtractWarning[];
}

/** Which limit a file went over. */
export type LimitKind = 'file-bytes' | 'entries' | 'uncompressed' | 'time';

/** Why a file could not be read. */
export type UnreadableReason =
  | 'corrupt'          // a broken ZIP, XML part or container
  | 'unknown-format'   // binary and none of ours
  | 'legacy-office'    // .doc/.xls/.ppt (CFB without encryption): not read yet
  | 'unsupported-here' // a PDF, and the caller gave no PDF reader (see ExtractOptions.extractPdf)
  | 'empty-archive'
  | 'reader-failed';   // the extension page that reads documents did not answer (set by the browser wiring)

/**
 * What reading a file gives. Bad input never throws: a policy has one action per outcome
 * (`documents.encrypted`, `.unreadable`, `.tooLarge`).
 */
export type ExtractOutcome =
  | { readonly status: 'ok'; readonly extracted: Extracted }
  | { readonly status: 'encrypted'; readonly format?: DocumentFormat }
  | { readonly status: 'unreadable'; readonly reason: UnreadableReason; readonly format?: DocumentFormat }
  /** Over a limit. `partial` is what was read before the limit, when anything was: still worth scanning. */
  | { readonly status: 'too-large'; readonly limit: LimitKind; readonly partial?: Extracted };

export interface DocumentLimits {
  /** Largest file read, in bytes (default 50 MB). */
  readonly maxFileBytes: number;
  /** Longest extracted text, in UTF-16 units (default 10 M): the rest is cut and `truncated` set. */
  readonly maxTextChars: number;
  /**
   * Most parts of a ZIP-based file read (default 10 000; images and other entries a format does not
   * read do not count): the parts after are not, and the file is `too-large: entries` with what was read.
   */
  readonly maxEntries: number;
  /**
   * Most bytes the parts read may inflate to, counted as they are inflated, in reading order (default
   * 200 MB): the part crossing it is read that far, later ones not, and the file is
   * `too-large: uncompressed` with what was read.
   */
  readonly maxUncompressedBytes: number;
  /** Milliseconds a file may take, checked between parts (default 10 s). */
  readonly timeBudgetMs: number;
}

export const DEFAULT_LIMITS: DocumentLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxTextChars: 10 * 1024 * 1024,
  maxEntries: 10_000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  timeBudgetMs: 10_000,
};

/** Text of a PDF, page by page: supplied by an extension page that bundles pdf.js. */
export type PdfExtractor = (bytes: Uint8Array, limits?: PdfLimits) => Promise<PdfText>;

/** The file's limits as they bear on a PDF reader (`extractDocument` passes its own). */
export interface PdfLimits {
  /** Stop once the pages read hold more characters than this: the text is cut there anyway. */
  readonly maxChars?: number;
  /** Milliseconds for the whole file. */
  readonly timeBudgetMs?: number;
}

export type PdfText =
  /**
   * `stopped: 'time'`: the reader ran out of time; `pages` are those read before (outcome `too-large: time`).
   * `stopped: 'text'`: the pages read hold more than `maxChars` (outcome `ok`, truncated at the text limit).
   */
  | { readonly status: 'ok'; readonly pages: readonly string[]; readonly stopped?: 'time' | 'text' }
  | { readonly status: 'encrypted' }
  | { readonly status: 'unreadable' };

export interface ExtractOptions {
  readonly name?: string;
  readonly mimeType?: string;
  readonly limits?: Partial<DocumentLimits>;
  /** Reads a PDF's text layer; without it a PDF is `unreadable: unsupported-here`. */
  readonly extractPdf?: PdfExtractor;
  /** The clock for the time budget (default `performance.now`). */
  readonly now?: () => number;
}
