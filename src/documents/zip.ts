import { unzipSync } from 'fflate';
import type { DocumentLimits, LimitKind } from './types';

/** A ZIP went over a limit before anything was inflated past it. */
export class ZipLimit extends Error {
  constructor(readonly limit: LimitKind) {
    super(limit);
  }
}

/** The ZIP is broken (no end record, bad deflate data, an unknown compression method). */
export class ZipCorrupt extends Error {}

/**
 * Inflates the entries `want` accepts, with fflate's synchronous API (its async one starts Blob-URL
 * workers, which the MV3 extension CSP and strict page CSPs block). Zip bombs: the central directory's
 * declared sizes are checked in fflate's `filter` before any entry is inflated, and fflate inflates into
 * a buffer of exactly the declared size, so a lying size cannot make it grow past the cap.
 */
export function readZip(bytes: Uint8Array, want: (name: string) => boolean, limits: DocumentLimits): Record<string, Uint8Array> {
  let entries = 0;
  let inflated = 0;
  try {
    return unzipSync(bytes, {
      filter(file) {
        if (++entries > limits.maxEntries) throw new ZipLimit('entries');
        if (!want(file.name)) return false;
        if (file.compression !== 0 && file.compression !== 8) return false; // fflate would throw
        inflated += file.originalSize;
        if (inflated > limits.maxUncompressedBytes) throw new ZipLimit('uncompressed');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ZipLimit) throw error;
    throw new ZipCorrupt(error instanceof Error ? error.message : String(error));
  }
}

const utf8 = new TextDecoder('utf-8');

/** An XML part as text (UTF-8, BOM dropped); empty when the part is missing. */
export function partText(files: Record<string, Uint8Array>, name: string): string {
  const bytes = files[name];
  return bytes === undefined ? '' : utf8.decode(bytes);
}
