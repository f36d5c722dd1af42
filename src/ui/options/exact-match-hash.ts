/**
 * Exact-match lists hold SHA-256 digests only: the user types the values, they are normalised and
 * hashed here, on the device, and only the digests are stored. The plain values never reach storage.
 */
import { normalizeValue, type Normalization } from '@/src/engine/custom/normalize';

const encoder = new TextEncoder();

/** One value per line; blank lines dropped. */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
}

/**
 * Lower-case hex SHA-256 of each value after `normalize` (the same normalisation the detector applies
 * to candidates in the text, so they hash alike). Values that normalise to nothing are skipped;
 * duplicates are stored once. `crypto.subtle` is asynchronous but native, and the options page is not
 * on any send path, so there is no reason to use the engine's synchronous implementation here.
 */
export async function hashValues(values: readonly string[], normalize: Normalization): Promise<string[]> {
  const out = new Set<string>();
  for (const value of values) {
    const normal = normalizeValue(value, normalize);
    if (normal === '') continue;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(normal)));
    out.add([...digest].map((b) => b.toString(16).padStart(2, '0')).join(''));
  }
  return [...out];
}
