import type { DocumentFormat, DocumentLimits } from './types';
import { openZip } from './zip';

/** What the first bytes (then the name and MIME type) say a file is. */
export type Sniffed =
  | { readonly kind: 'format'; readonly format: DocumentFormat }
  | { readonly kind: 'encrypted-office' }
  | { readonly kind: 'legacy-office' }
  | { readonly kind: 'binary' };

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const ODF_TYPES: Record<string, DocumentFormat> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

/**
 * Magic bytes first, because names lie (a `.txt` that is a zip, a `.docx` renamed `.bin`); the name and
 * MIME type only tell text kinds apart. ZIP-based files are recognised by their parts, so a `.docx`
 * named `.zip` is still read as Word.
 */
export function sniff(bytes: Uint8Array, name: string, mimeType: string, limits: DocumentLimits): Sniffed {
  if (startsWith(bytes, CFB)) {
    // Encrypted OOXML is a CFB container with an "EncryptionInfo" stream; a CFB without it is a
    // legacy .doc/.xls/.ppt.
    return containsUtf16(bytes, 'EncryptionInfo') ? { kind: 'encrypted-office' } : { kind: 'legacy-office' };
  }
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return { kind: 'format', format: 'pdf' };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)) {
    return { kind: 'format', format: zipFormat(bytes, limits) };
  }
  if (indexOfAscii(bytes, '{\\rtf', 8) >= 0) return { kind: 'format', format: 'rtf' };
  if (!looksLikeText(bytes)) return { kind: 'binary' };
  const lower = name.toLowerCase();
  if (lower.endsWith('.eml') || mimeType === 'message/rfc822') return { kind: 'format', format: 'eml' };
  return { kind: 'format', format: 'text' };
}

/** OOXML by its main part, ODF by its `mimetype` entry, anything else is an archive. */
function zipFormat(bytes: Uint8Array, limits: DocumentLimits): DocumentFormat {
  const names = new Set<string>();
  // `mimetype` is one short line: a larger one is no ODF, and is not inflated past 256 bytes to find out.
  const pkg = openZip(bytes, (n) => n === 'mimetype', { ...limits, maxUncompressedBytes: 256 }, (n) => names.add(n));
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  const odf = ODF_TYPES[pkg.text('mimetype').trim()];
  return odf ?? 'zip';
}

/** Text has no NUL bytes in its first 8 KB, or starts with a UTF-16 byte-order mark. */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return false;
  return true;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function indexOfAscii(bytes: Uint8Array, text: string, within: number): number {
  const n = Math.min(bytes.length, within + text.length) - text.length;
  outer: for (let i = 0; i <= n; i++) {
    for (let j = 0; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/** Whether `text` occurs in `bytes` as UTF-16LE (CFB directory entry names). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  const n = bytes.length - text.length * 2;
  outer: for (let i = 0; i <= n; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < text.length; j++) {
      if (bytes[i + 2 * j] !== text.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}
