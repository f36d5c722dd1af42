/**
 * Password-protected PDFs for the tests, written out by hand because pdf-lib cannot encrypt. The
 * standard security handler of PDF 1.7 (ISO 32000-1 §7.6.3): RC4 with a 40-bit key (revision 2) or a
 * 128-bit key (revision 3); the O and U entries and the file key come from MD5 and RC4 (Algorithms 2–5),
 * and each content stream is encrypted with its own object's key (Algorithm 1). Node's OpenSSL 3 keeps
 * RC4 in the legacy provider (`createCipheriv('rc4')` throws "unsupported"), so RC4 is written out here.
 * Test-only: nothing in src/ imports it.
 */
import { createHash } from 'node:crypto';

export interface PdfPasswords {
  /** The password that opens the file (non-empty: a reader must ask for it). */
  readonly user: string;
  /** The owner password (permissions); defaults to the user password. */
  readonly owner?: string;
  /** 2: RC4 40-bit; 3: RC4 128-bit. */
  readonly revision: 2 | 3;
}

/** Algorithm 2's padding string. */
const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

/** Every permission granted (bits 1–2 must be 0). */
const PERMISSIONS = -4;

/** RC4: the same call encrypts and decrypts. */
export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256).map((_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

function md5(...parts: Uint8Array[]): Uint8Array {
  const hash = createHash('md5');
  for (const p of parts) hash.update(p);
  return new Uint8Array(hash.digest());
}

const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

/** A password as 32 bytes: its first 32 bytes, completed from the padding string. */
function padded(password: string): Uint8Array {
  const out = new Uint8Array(32);
  const bytes = latin1(password).subarray(0, 32);
  out.set(bytes);
  out.set(PAD.subarray(0, 32 - bytes.length), bytes.length);
  return out;
}

/** RC4 with `key`, then (revision 3) 19 more times with each key byte XORed with 1…19. */
function rc4Rounds(key: Uint8Array, data: Uint8Array, revision: 2 | 3): Uint8Array {
  let out = rc4(key, data);
  if (revision === 3) for (let i = 1; i <= 19; i++) out = rc4(key.map((b) => b ^ i), out);
  return out;
}

/** The O entry (Algorithm 3). */
function ownerEntry(p: PdfPasswords, n: number): Uint8Array {
  let hash = md5(padded(p.owner ?? p.user));
  if (p.revision === 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, n));
  return rc4Rounds(hash.subarray(0, n), padded(p.user), p.revision);
}

/** The file's encryption key (Algorithm 2). */
function fileKey(p: PdfPasswords, n: number, owner: Uint8Array, id: Uint8Array): Uint8Array {
  const permissions = new Uint8Array(4);
  new DataView(permissions.buffer).setInt32(0, PERMISSIONS, true);
  let hash = md5(padded(p.user), owner, permissions, id);
  if (p.revision === 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, n));
  return hash.slice(0, n);
}

/** The U entry (Algorithm 4 for revision 2, Algorithm 5 for revision 3: 16 bytes, then any 16). */
function userEntry(p: PdfPasswords, key: Uint8Array, id: Uint8Array): Uint8Array {
  if (p.revision === 2) return rc4(key, PAD);
  const out = new Uint8Array(32);
  out.set(rc4Rounds(key, md5(PAD, id), 3));
  return out;
}

/** The key for one object's strings and streams (Algorithm 1). */
function objectKey(key: Uint8Array, num: number, gen = 0): Uint8Array {
  const salt = Uint8Array.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, gen & 255, (gen >> 8) & 255]);
  return md5(key, salt).subarray(0, Math.min(key.length + 5, 16));
}

const hex = (bytes: Uint8Array) => `<${Buffer.from(bytes).toString('hex')}>`;
const pdfString = (text: string) => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/**
 * A PDF of `pages` (one array per page, a string per line, Helvetica 12) that opens only with
 * `passwords.user`. Its content streams are encrypted; it has no other strings to encrypt.
 */
export function encryptedPdfOf(pages: readonly (readonly string[])[], passwords: PdfPasswords): Uint8Array {
  const n = passwords.revision === 2 ? 5 : 16;
  const id = md5(latin1(`promptfence test ${pages.flat().join('\n')}`));
  const owner = ownerEntry(passwords, n);
  const key = fileKey(passwords, n, owner, id);
  const user = userEntry(passwords, key, id);

  // 1 catalog, 2 pages, 3 font, 4 encryption dictionary, then a page and its content per page.
  const objects: Uint8Array[][] = [];
  const pageNums = pages.map((_, i) => 5 + i * 2);
  objects[1] = [latin1('<< /Type /Catalog /Pages 2 0 R >>')];
  objects[2] = [latin1(`<< /Type /Pages /Kids [${pageNums.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages.length} >>`)];
  objects[3] = [latin1('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')];
  const lengthEntry = passwords.revision === 3 ? ' /Length 128' : '';
  objects[4] = [latin1(`<< /Filter /Standard /V ${passwords.revision === 2 ? 1 : 2} /R ${passwords.revision}${lengthEntry} /O ${hex(owner)} /U ${hex(user)} /P ${PERMISSIONS} >>`)];
  pages.forEach((lines, i) => {
    const pageNum = pageNums[i]!;
    const contentNum = pageNum + 1;
    objects[pageNum] = [latin1(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentNum} 0 R >>`)];
    const text = `BT /F1 12 Tf 14 TL 50 780 Td ${lines.map((l) => `${pdfString(l)} Tj T*`).join(' ')} ET`;
    const stream = rc4(objectKey(key, contentNum), latin1(text));
    objects[contentNum] = [latin1(`<< /Length ${stream.length} >>\nstream\n`), stream, latin1('\nendstream')];
  });

  const chunks: Uint8Array[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let at = chunks[0]!.length;
  const offsets: number[] = [];
  for (let num = 1; num < objects.length; num++) {
    offsets[num] = at;
    for (const part of [latin1(`${num} 0 obj\n`), ...objects[num]!, latin1('\nendobj\n')]) {
      chunks.push(part);
      at += part.length;
    }
  }
  const xref = [`xref\n0 ${objects.length}\n`, '0000000000 65535 f \n', ...offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  const trailer = `trailer\n<< /Size ${objects.length} /Root 1 0 R /Encrypt 4 0 R /ID [${hex(id)} ${hex(id)}] >>\nstartxref\n${at}\n%%EOF\n`;
  chunks.push(latin1(xref + trailer));
  return Uint8Array.from(Buffer.concat(chunks));
}
