/**
 * A ZIP written field by field, for the tests that need what fflate will not write: sizes that lie,
 * ZIP64 records, the encryption flag, other compression methods, bytes that are not deflate data.
 * Test-only: nothing in src/ imports it.
 */
import { deflateSync, strToU8 } from 'fflate';

export interface RawEntry {
  readonly name: string;
  /** The bytes as the file holds them (deflated already for method 8). */
  readonly data: Uint8Array;
  /** The uncompressed size the headers declare. */
  readonly size: number;
  /** 8 deflate (default), 0 stored, 99 AES … */
  readonly method?: number;
  readonly flags?: number;
  /** Sizes and offset in a ZIP64 extra field, 0xFFFFFFFF in the fixed fields. */
  readonly zip64?: boolean;
}

/** `text` deflated raw, with its true size: a ZIP entry's data. */
export function deflated(text: string | Uint8Array): { data: Uint8Array; size: number } {
  const bytes = typeof text === 'string' ? strToU8(text) : text;
  return { data: deflateSync(bytes, { level: 6 }), size: bytes.length };
}

/** A deflate entry of `text`, its true size declared (override any field after). */
export function entry(name: string, text: string | Uint8Array, fields: Partial<RawEntry> = {}): RawEntry {
  return { name, ...deflated(text), ...fields };
}

/** Little-endian fields, appended in order. */
class Writer {
  readonly out: number[] = [];
  get length(): number {
    return this.out.length;
  }
  u16(v: number): this {
    this.out.push(v & 0xff, (v >>> 8) & 0xff);
    return this;
  }
  u32(v: number): this {
    return this.u16(v & 0xffff).u16(Math.floor(v / 0x10000) & 0xffff);
  }
  u64(v: number): this {
    return this.u32(v % 2 ** 32).u32(Math.floor(v / 2 ** 32));
  }
  bytes(b: Uint8Array): this {
    for (const x of b) this.out.push(x);
    return this;
  }
}

const FF = 0xffffffff;

/** Local headers and data, the central directory, then the end record (ZIP64 ones when asked). */
export function rawZip(entries: readonly RawEntry[], opts: { zip64End?: boolean; comment?: string } = {}): Uint8Array {
  const w = new Writer();
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(w.length);
    const name = strToU8(e.name);
    // Signature, version needed, flags, method, time, date, CRC (not checked by readers of ours).
    w.u32(0x04034b50).u16(e.zip64 ? 45 : 20).u16(e.flags ?? 0).u16(e.method ?? 8).u16(0).u16(0x21).u32(0);
    if (e.zip64) w.u32(FF).u32(FF).u16(name.length).u16(20).bytes(name).u16(1).u16(16).u64(e.size).u64(e.data.length);
    else w.u32(e.data.length).u32(e.size).u16(name.length).u16(0).bytes(name);
    w.bytes(e.data);
  }
  const directory = w.length;
  entries.forEach((e, i) => {
    const name = strToU8(e.name);
    w.u32(0x02014b50).u16(45).u16(e.zip64 ? 45 : 20).u16(e.flags ?? 0).u16(e.method ?? 8).u16(0).u16(0x21).u32(0);
    if (e.zip64) w.u32(FF).u32(FF);
    else w.u32(e.data.length).u32(e.size);
    // Name, extra and comment lengths, disk, internal and external attributes, local header offset.
    w.u16(name.length).u16(e.zip64 ? 28 : 0).u16(0).u16(0).u16(0).u32(0).u32(e.zip64 ? FF : offsets[i]!).bytes(name);
    if (e.zip64) w.u16(1).u16(24).u64(e.size).u64(e.data.length).u64(offsets[i]!);
  });
  const directorySize = w.length - directory;
  if (opts.zip64End) {
    const record = w.length;
    w.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0).u64(entries.length).u64(entries.length).u64(directorySize).u64(directory);
    w.u32(0x07064b50).u32(0).u64(record).u32(1);
  }
  const comment = strToU8(opts.comment ?? '');
  w.u32(0x06054b50).u16(0).u16(0);
  if (opts.zip64End) w.u16(0xffff).u16(0xffff).u32(FF).u32(FF);
  else w.u16(entries.length).u16(entries.length).u32(directorySize).u32(directory);
  w.u16(comment.length).bytes(comment);
  return new Uint8Array(w.out);
}
