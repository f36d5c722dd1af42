/**
 * The ZIP central directory, read by hand (PKWARE APPNOTE 6.3.10, sections 4.3.7–4.3.16 and 4.5.3):
 * what each entry is and where its data lies, without inflating anything. fflate's `unzipSync` only
 * reads what it inflates at once, by declared sizes, so a 50 MB workbook whose sheets inflate past the
 * budget could only be refused unread; knowing where each part's data is lets zip.ts inflate parts one
 * at a time, in the order an extractor asks, and stop part-way. Every offset and length is checked
 * against the bytes: a broken or hostile file is `ZipCorrupt`, never an out-of-range read.
 */

/** The ZIP is broken (no end record, offsets outside the file, bad deflate data). */
export class ZipCorrupt extends Error {}

/** One entry of the central directory, and where its (compressed) data starts. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is not read. */
  readonly method: number;
  /** General-purpose bit 0: the entry is encrypted (ZIP 2.0 or AES). */
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** The size the directory declares: not trusted beyond bounding what is inflated. */
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record is 22 bytes and may be followed by a comment of up to 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

/**
 * The entries `want` accepts, by name, in directory order. Every entry listed is parsed (the name must
 * be read to be judged): how many there can be is bounded by the file, an entry taking at least 76 bytes
 * (46 in the directory, 30 for its local header), so a 50 MB file lists at most ~690,000. `onListed`
 * sees every name (the sniffer's part names).
 */
export function readDirectory(bytes: Uint8Array, want: (name: string) => boolean, onListed?: (name: string) => void): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  let count = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) throw new ZipCorrupt('split archives are not read');
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) ({ count, size, offset } = zip64End(view, end));
  if (offset + size > end) throw new ZipCorrupt('central directory outside the file');
  const entries = new Map<string, ZipEntry>();
  // Walked to the directory's end, not by its count: the count is 16 bits without ZIP64, and writers
  // (fflate among them) store a count of 70,000 as 4,464. It must still agree modulo 65,536.
  let listed = 0;
  for (let at = offset; at < offset + size; listed++) {
    if (at + 46 > offset + size || view.getUint32(at, true) !== CENTRAL) throw new ZipCorrupt('bad central directory entry');
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
    if (next > offset + size) throw new ZipCorrupt('central directory entry past its end');
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
    onListed?.(name);
    if (want(name)) {
      // Two entries of one name: which one a reader takes is up to the reader (a way to show us one
      // part and Office another), so the file is not read at all.
      if (entries.has(name)) throw new ZipCorrupt(`two entries named ${name}`);
      const entry: ZipEntry = {
        name,
        method: view.getUint16(at + 10, true),
        encrypted: (flags & 1) !== 0,
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        localOffset: view.getUint32(at + 42, true),
      };
      entries.set(name, withZip64(view, at + 46 + nameLength, extraLength, entry));
    }
    at = next;
  }
  if (listed % 0x10000 !== count % 0x10000) throw new ZipCorrupt(`the directory lists ${listed} entries, its end record ${count}`);
  return entries;
}

/**
 * An entry's compressed bytes, found through its local header (whose own name and extra field lengths
 * may differ from the directory's; its sizes are zeros when a data descriptor follows, bit 3).
 */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > bytes.length) throw new ZipCorrupt(`${entry.name}: local header outside the file`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL) throw new ZipCorrupt(`${entry.name}: no local header`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipCorrupt(`${entry.name}: data outside the file`);
  return bytes.subarray(start, start + entry.compressedSize);
}

function findEnd(view: DataView): number {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - EOCD_SEARCH); i--) {
    if (view.getUint32(i, true) === EOCD && i + 22 + view.getUint16(i + 20, true) <= view.byteLength) return i;
  }
  throw new ZipCorrupt('no end of central directory');
}

/** The ZIP64 end record, through its locator just before the classic one (APPNOTE 4.3.14–4.3.15). */
function zip64End(view: DataView, end: number): { count: number; size: number; offset: number } {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw new ZipCorrupt('ZIP64 sizes without a ZIP64 locator');
  const record = uint64(view, locator + 8);
  if (record + 56 > locator || view.getUint32(record, true) !== ZIP64_EOCD) throw new ZipCorrupt('no ZIP64 end record');
  return { count: uint64(view, record + 32), size: uint64(view, record + 40), offset: uint64(view, record + 48) };
}

/**
 * The ZIP64 extra field (id 1) holds, in this order, only the values the directory entry marks with
 * 0xFFFFFFFF: size, compressed size, local header offset (APPNOTE 4.5.3).
 */
function withZip64(view: DataView, from: number, length: number, entry: ZipEntry): ZipEntry {
  if (entry.size !== 0xffffffff && entry.compressedSize !== 0xffffffff && entry.localOffset !== 0xffffffff) return entry;
  const marked = (['size', 'compressedSize', 'localOffset'] as const).filter((k) => entry[k] === 0xffffffff);
  for (let at = from; at + 4 <= from + length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 1) continue;
    if (view.getUint16(at + 2, true) < marked.length * 8 || at + 4 + marked.length * 8 > from + length) break;
    const out = { ...entry };
    marked.forEach((k, i) => (out[k] = uint64(view, at + 4 + i * 8)));
    return out;
  }
  throw new ZipCorrupt('ZIP64 sizes without a ZIP64 extra field');
}

/** A little-endian 64-bit value; past 2^53 it cannot be an offset into a file we hold. */
function uint64(view: DataView, at: number): number {
  if (at + 8 > view.byteLength) throw new ZipCorrupt('ZIP64 field outside the file');
  const high = view.getUint32(at + 4, true);
  if (high >= 0x200000) throw new ZipCorrupt('ZIP64 value out of range');
  return high * 2 ** 32 + view.getUint32(at, true);
}

const utf8 = new TextDecoder('utf-8');

/** Bit 11 says UTF-8; without it the name is CP437, which for ASCII (every Office part name) is the same. */
function decodeName(raw: Uint8Array, isUtf8: boolean): string {
  if (isUtf8 || raw.every((b) => b < 0x80)) return utf8.decode(raw);
  return Array.from(raw, (b) => (b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80]!)).join('');
}

/** CP437 bytes 0x80–0xFF (the IBM PC character set), which old ZIP tools write names in. */
const CP437_HIGH = [
  ...'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀',
  ...'αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0',
];
