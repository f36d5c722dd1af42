import { deflateRawSync, constants } from 'node:zlib';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { entry, rawZip } from './testing/raw-zip';
import { DEFAULT_LIMITS } from './types';
import type { XmlSource } from './xml';
import { openZip, ZipCorrupt, ZipEncrypted } from './zip';

/** A source's pieces joined, as `walkXml` sees them. */
function walked(source: XmlSource): string {
  if (typeof source === 'string') return source;
  const pieces: string[] = [];
  for (let piece = source.next(); piece !== undefined; piece = source.next()) pieces.push(piece);
  return pieces.join('');
}

const limits = (maxUncompressedBytes: number, maxEntries = DEFAULT_LIMITS.maxEntries) => ({ ...DEFAULT_LIMITS, maxUncompressedBytes, maxEntries });
const all = () => true;

let block: Buffer | undefined;

/**
 * `mb` MB of zeros as raw deflate data in ~1 KB per MB, made without holding them: a zlib full flush
 * ends a block on a byte boundary with no reference back, so the flushed 16 MB can be repeated, and
 * an empty fixed-Huffman block (bits 1, 01, then end-of-block) ends the stream.
 */
function zeros(mb: number): Uint8Array {
  block ??= deflateRawSync(Buffer.alloc(16 << 20), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const out = new Uint8Array(block.length * (mb / 16) + 2);
  for (let i = 0; i < mb / 16; i++) out.set(block, i * block.length);
  out.set([0x03, 0x00], out.length - 2);
  return out;
}

describe('a package: parts inflated when asked, within the budget', () => {
  const zip = rawZip([entry('a.xml', 'A'.repeat(100)), entry('media/x.png', new Uint8Array(50)), entry('b.xml', 'B'.repeat(100)), entry('c.xml', 'C'.repeat(100))]);

  it('lists the wanted parts in directory order and inflates nothing until asked', () => {
    const pkg = openZip(zip, (n) => n.endsWith('.xml'), limits(1000));
    expect(pkg.names).toEqual(['a.xml', 'b.xml', 'c.xml']);
    expect(pkg.inflations).toBe(0);
    expect(pkg.text('b.xml')).toBe('B'.repeat(100));
    expect(pkg.text('media/x.png')).toBe('');
    expect([pkg.inflations, pkg.cut]).toEqual([1, undefined]);
  });

  it('counts the budget in the order parts are asked for: the part that crosses it is cut there, the rest are empty', () => {
    const pkg = openZip(zip, all, limits(150));
    expect(pkg.text('c.xml')).toBe('C'.repeat(100));
    expect(pkg.cut).toBe(undefined);
    expect(pkg.text('a.xml')).toBe('A'.repeat(50));
    expect(pkg.cut).toBe('uncompressed');
    expect(pkg.text('b.xml')).toBe('');
    // Asked again, a part is the same and not counted twice.
    expect([pkg.text('c.xml'), pkg.text('a.xml')]).toEqual(['C'.repeat(100), 'A'.repeat(50)]);
    expect(pkg.inflations).toBe(4); // b.xml, past the budget, was not inflated at all
  });

  it('a part opened as a source takes its share of the budget when opened, and gives back what it did not use', () => {
    const pkg = openZip(zip, all, limits(150));
    const a = pkg.source('a.xml');
    expect(pkg.text('b.xml')).toBe('B'.repeat(50)); // opened later, read first: what a.xml left
    expect(walked(a)).toBe('A'.repeat(100));
    const lying = openZip(rawZip([entry('a.xml', 'A'.repeat(100), { size: 1000 }), entry('b.xml', 'B'.repeat(100))]), all, limits(1050));
    expect(walked(lying.source('a.xml'))).toBe('A'.repeat(100));
    expect([lying.text('b.xml'), lying.cut]).toEqual(['B'.repeat(100), undefined]); // 950 came back
  });

  // A small part is inflated in one call, a large one (over 64 KB packed) in steps: both are cut alike.
  it.each([['small', 2_000], ['large', 2_000_000]])('a %s part cut inside a character ends at the last whole one', (_, chars) => {
    let seed = 1;
    const text = Array.from({ length: chars }, () => ((seed = (seed * 48271) % 2147483647) & 1 ? 'é' : 'a')).join('');
    const bytes = strToU8(text);
    const at = bytes.indexOf(0xc3, bytes.length >> 1); // the first byte of an é
    const zip = rawZip([entry('s.xml', text)]);
    expect(zip.length > 64 * 1024).toBe(chars > 1_000_000);
    const pkg = openZip(zip, all, limits(at + 1));
    expect(pkg.text('s.xml')).toBe(strFromU8(bytes.subarray(0, at)));
    expect(pkg.bytes('s.xml').length).toBe(at + 1);
    expect(pkg.cut).toBe('uncompressed');
    // In pieces, each cut anywhere: the same text.
    expect(walked(openZip(zip, all, limits(at + 1)).source('s.xml'))).toBe(strFromU8(bytes.subarray(0, at)));
    expect(walked(openZip(zip, all, limits(1 << 30)).source('s.xml'))).toBe(text);
  });

  it('stored parts are cut the same way, without a copy', () => {
    const stored = zipSync({ 'a.txt': [strToU8('x'.repeat(1000)), { level: 0 }] });
    const pkg = openZip(stored, all, limits(10));
    expect(pkg.bytes('a.txt').buffer).toBe(stored.buffer);
    expect([pkg.text('a.txt'), pkg.cut]).toEqual(['x'.repeat(10), 'uncompressed']);
  });
});

describe('zip bombs and lies', () => {
  // 32 MB of zeros pack into 32 KB (inflated in one call), 1 GB into 1 MB (in steps).
  it.each([[32], [1024]])('a part declaring 1 KB that inflates to %i MB gives 1 KB, and says it was cut', (mb) => {
    const bomb = zeros(mb);
    expect(bomb.length).toBeLessThan(1.1 * mb * 1024);
    const pkg = openZip(rawZip([{ name: 'xl/worksheets/sheet1.xml', data: bomb, size: 1024 }]), all, limits(200 << 20));
    expect(pkg.bytes('xl/worksheets/sheet1.xml').length).toBe(1024);
    expect(pkg.cut).toBe('uncompressed');
  });

  it('a small text part declaring less than it holds is cut at what it declares', () => {
    const text = '<row>1</row>'.repeat(10_000);
    const pkg = openZip(rawZip([entry('a.xml', text, { size: 1000 })]), all, limits(200 << 20));
    expect([pkg.text('a.xml'), pkg.cut]).toEqual([text.slice(0, 1000), 'uncompressed']);
  });

  it('a part declaring its true 1 GB gives the budget, not more', () => {
    const pkg = openZip(rawZip([{ name: 'content.xml', data: zeros(1024), size: 2 ** 30 }]), all, limits(10 << 20));
    expect(pkg.bytes('content.xml').length).toBe(10 << 20);
    expect(pkg.cut).toBe('uncompressed');
  });

  it('counts the parts read against maxEntries, not the entries listed: the parts after the limit are empty', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 20_000; i++) files[`ppt/slides/slide${i}.xml`] = strToU8(`<p:sld>${i}</p:sld>`);
    const pkg = openZip(zipSync(files, { level: 0 }), all, limits(1 << 20, 10_000));
    expect(pkg.names.length).toBe(20_000);
    const read = pkg.names.map((n) => pkg.text(n));
    expect([read[9_999], read[10_000], pkg.cut]).toEqual(['<p:sld>9999</p:sld>', '', 'entries']);
    expect(pkg.inflations).toBe(10_000);
  });

  it('a wanted part encrypted (flag bit 0, ZIP 2.0 or AES method 99) is ZipEncrypted; other methods are listed as unsupported', () => {
    expect(() => openZip(rawZip([entry('word/document.xml', '<w/>', { flags: 1 })]), all, limits(1000))).toThrow(ZipEncrypted);
    expect(() => openZip(rawZip([entry('word/document.xml', '<w/>', { flags: 1, method: 99 })]), all, limits(1000))).toThrow(ZipEncrypted);
    const pkg = openZip(rawZip([entry('a.xml', 'a'), entry('b.xml', 'b', { method: 12 })]), all, limits(1000));
    expect([pkg.names, pkg.unsupported]).toEqual([['a.xml'], ['b.xml']]);
  });

  it('bad deflate data is ZipCorrupt when the part is asked for', () => {
    const pkg = openZip(rawZip([{ name: 'a.xml', data: new Uint8Array(64).fill(0xff), size: 1000 }]), all, limits(1000));
    expect(() => pkg.text('a.xml')).toThrow(ZipCorrupt);
  });
});
