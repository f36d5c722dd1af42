/**
 * Documents read on the device: a file's bytes → text the engine scans, with where each piece came
 * from (issue 11). Pure: no DOM, no browser API; runs in an extension page and in Node.
 */
export { extractDocument } from './extract';
export { locate, describeLocation } from './location';
export { DEFAULT_LIMITS } from './types';
export type {
  DocumentFormat, DocumentLimits, Extracted, ExtractOptions, ExtractOutcome, ExtractWarning, LimitKind,
  Location, PdfExtractor, PdfLimits, PdfText, Segment, UnreadableReason,
} from './types';
export { redactDocument, type Replacement, type RedactOutcome } from './redact';
