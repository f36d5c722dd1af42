/**
 * What identifies an attached file's bytes for "decided once per content hash in the tab" (issue 11):
 * SHA-256 of the bytes, through WebCrypto (the digest runs off the page's main thread in Chrome). In
 * memory only, never stored.
 */

/**
 * The key of `file`: `sha256:<hex>` of its bytes. A file over `maxBytes` (the policy's file limit) is not
 * read to hash it: its reading outcome depends on its size alone (too large), so name, size and time
 * stand in for the bytes. Undefined when the bytes cannot be read or there is no WebCrypto (then the
 * file is decided afresh every time).
 */
export async function contentKey(file: File, maxBytes: number): Promise<string | undefined> {
  if (file.size > maxBytes) return `size:${file.size}:${file.lastModified}:${file.name}`;
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', await file.arrayBuffer()));
    return `sha256:${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  } catch {
    return undefined; // unreadable (a file removed from disk since the pick): no memory for it
  }
}
