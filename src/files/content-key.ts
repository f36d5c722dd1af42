/**
 * What identifies an attached file's bytes for "decided once per content hash in the tab" (issue 11):
 * a SHA-256 hash of the bytes through WebCrypto, in memory only, never stored.
 *
 * Hashed in pieces: WebCrypto digests on the calling thread, and one `digest` of a 50 MB file held the
 * chat page's main thread for 100–108 ms (Chromium 156, measured; 10 MB: 21–26 ms). Each 4 MiB piece is
 * read and hashed in its own task (~9 ms), and the key is the SHA-256 of the pieces' hashes in order: a
 * hash list of fixed-size pieces, as collision-resistant as SHA-256 itself. Reading a piece at a time
 * also never holds a 50 MB copy of the file.
 */

/** Bytes hashed per task. */
export const PIECE_BYTES = 4 * 1024 * 1024;

/**
 * The key of `file`: `sha256:<hex>` of its bytes (see above). A file over `maxBytes` (the policy's file
 * limit) is not read to hash it: its reading outcome depends on its size alone (too large), so name,
 * size and time stand in for the bytes. Undefined when the bytes cannot be read or there is no WebCrypto
 * (then the file is decided afresh every time).
 */
export async function contentKey(file: File, maxBytes: number, pieceBytes = PIECE_BYTES): Promise<string | undefined> {
  if (file.size > maxBytes) return `size:${file.size}:${file.lastModified}:${file.name}`;
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  try {
    const pieces = Math.max(1, Math.ceil(file.size / pieceBytes));
    const hashes = new Uint8Array(pieces * 32);
    for (let i = 0; i < pieces; i++) {
      const piece = await file.slice(i * pieceBytes, (i + 1) * pieceBytes).arrayBuffer();
      hashes.set(new Uint8Array(await subtle.digest('SHA-256', piece)), i * 32);
    }
    const key = new Uint8Array(await subtle.digest('SHA-256', hashes));
    return `sha256:${Array.from(key, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  } catch {
    return undefined; // unreadable (a file removed from disk since the pick): no memory for it
  }
}
