import { inflateSync, strFromU8, strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docx, para, run } from './testing/office-files';
import { entry, rawZip } from './testing/raw-zip';
import { entryData, readDirectory, ZipCorrupt, type ZipEntry } from './zip-directory';

const all = () => true;
/** The entries `want` accepts, in directory order. */
const list = (zip: Uint8Array, want: (name: string) => boolean = all, onListed?: (name: string) => void) => [...readDirectory(zip, want, onListed).values()];
const content = (zip: Uint8Array, e: ZipEntry) => strFromU8(e.method === 0 ? entryData(zip, e) : inflateSync(entryData(zip, e)));

describe('the central directory', () => {
  it('lists what fflate wrote: names in order, methods, declared sizes; each entry’s data through its local header', () => {
    const zip = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8('<a>hello</a>'.repeat(50)) });
    const entries = list(zip);
    expect(entries.map((e) => [e.name, e.method, e.size, e.encrypted])).toEqual([['mimetype', 0, 39, false], ['content.xml', 8, 600, false]]);
    expect(entries.map((e) => content(zip, e))).toEqual(['application/vnd.oasis.opendocument.text', '<a>hello</a>'.repeat(50)]);
  });

  it('gives only the entries `want` accepts, and every listed name to `onListed`', () => {
    const zip = zipSync({ 'a.xml': strToU8('a'), 'media/b.png': new Uint8Array(4), 'c.xml': strToU8('c') });
    const listed: string[] = [];
    expect(list(zip, (n) => n.endsWith('.xml'), (n) => listed.push(n)).map((e) => e.name)).toEqual(['a.xml', 'c.xml']);
    expect(listed).toEqual(['a.xml', 'media/b.png', 'c.xml']);
  });

  it('reads entries written with data descriptors (flag bit 3: zeros in the local header, sizes in the directory)', () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    const part = new ZipDeflate('word/document.xml', { level: 6 });
    zip.add(part);
    part.push(strToU8('<w:t>streamed</w:t>'.repeat(100)), true);
    zip.end();
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
    const view = new DataView(bytes.buffer);
    expect(view.getUint16(6, true) & 8).toBe(8); // the local header says: sizes follow the data
    expect(view.getUint32(22, true)).toBe(0);
    const [e] = list(bytes);
    expect(e!.size).toBe(1900);
    expect(content(bytes, e!)).toBe('<w:t>streamed</w:t>'.repeat(100));
  });

  it('reads ZIP64: sizes and offsets in the extra field, counts in the ZIP64 end record', () => {
    const zip = rawZip([entry('xl/workbook.xml', '<workbook/>', { zip64: true }), entry('xl/sharedStrings.xml', '<sst/>', { zip64: true })], { zip64End: true });
    const entries = list(zip);
    expect(entries.map((e) => [e.name, e.size])).toEqual([['xl/workbook.xml', 11], ['xl/sharedStrings.xml', 6]]);
    expect(entries.map((e) => content(zip, e))).toEqual(['<workbook/>', '<sst/>']);
  });

  it('decodes names as UTF-8 with flag bit 11, as CP437 without it', () => {
    const zip = rawZip([entry('Übersicht.txt', 'x', { flags: 0x800 }), entry('caf_.txt', 'y')]);
    zip[zip.lastIndexOf('_'.charCodeAt(0))] = 0x82; // the directory's copy of the name: "café" in CP437
    expect(list(zip).map((e) => e.name)).toEqual(['Übersicht.txt', 'café.txt']);
  });

  it('lists all of 70,000 entries though the end record, without ZIP64, counts them modulo 65,536 (fflate writes 4,464)', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 70_000; i++) files[`f${i}`] = new Uint8Array(0);
    const zip = zipSync(files, { level: 0 });
    expect(new DataView(zip.buffer).getUint16(zip.length - 22 + 10, true)).toBe(70_000 - 65_536);
    expect(list(zip).length).toBe(70_000);
  });

  it('finds the end record behind an archive comment, and flags encrypted entries', () => {
    const zip = rawZip([entry('a.txt', 'a', { flags: 1 })], { comment: 'made by a test, with PK bytes: PK\x01\x02' });
    expect(list(zip).map((e) => [e.name, e.encrypted])).toEqual([['a.txt', true]]);
  });
});

describe('broken and hostile directories: ZipCorrupt, never an out-of-range read', () => {
  const good = docx({ body: para(run('Contract')) });
  const cdAt = (zip: Uint8Array) => new DataView(zip.buffer).getUint32(zip.length - 22 + 16, true);
  const patched = (zip: Uint8Array, patch: (view: DataView, zip: Uint8Array) => void) => {
    const copy = zip.slice();
    patch(new DataView(copy.buffer), copy);
    return copy;
  };
  const readAll = (zip: Uint8Array) => list(zip).map((e) => entryData(zip, e));

  it.each([
    ['cut in half', good.subarray(0, good.length >> 1)],
    ['no end record', good.subarray(0, good.length - 22)],
    ['the directory past the end', patched(good, (v, z) => v.setUint32(z.length - 22 + 16, z.length, true))],
    ['a directory entry past the directory', patched(good, (v, z) => v.setUint16(z.length - 22 + 12, 40, true))],
    ['a name longer than the directory', patched(good, (v, z) => v.setUint16(cdAt(z) + 28, 0xffff, true))],
    ['a local header offset past the end', patched(good, (v, z) => v.setUint32(cdAt(z) + 42, z.length - 10, true))],
    ['a local header offset pointing at no header', patched(good, (v, z) => v.setUint32(cdAt(z) + 42, 7, true))],
    ['a compressed size past the end', patched(good, (v, z) => v.setUint32(cdAt(z) + 20, z.length, true))],
    ['ZIP64 markers without a locator', patched(good, (v, z) => v.setUint16(z.length - 22 + 10, 0xffff, true))],
    ['a ZIP64 size without its extra field', patched(good, (v, z) => v.setUint32(cdAt(z) + 24, 0xffffffff, true))],
    ['a split archive', patched(good, (v, z) => v.setUint16(z.length - 22 + 4, 1, true))],
    ['an end record counting fewer entries than the directory lists', patched(good, (v, z) => v.setUint16(z.length - 22 + 10, v.getUint16(z.length - 22 + 10, true) - 1, true))],
    ['two parts of one name', rawZip([entry('word/document.xml', '<a/>'), entry('word/document.xml', '<b/>')])],
  ])('%s', (_, zip) => {
    expect(() => readAll(zip)).toThrow(ZipCorrupt);
  });

  it('any byte of the directory and end record changed, or any length cut off: read or ZipCorrupt, nothing else', () => {
    const from = cdAt(good);
    for (let i = from; i < good.length; i++) {
      for (const value of [0x00, 0xff, good[i]! ^ 0x10]) {
        const zip = patched(good, (_, z) => (z[i] = value));
        try {
          readAll(zip);
        } catch (error) {
          expect(error, `byte ${i} = ${value}`).toBeInstanceOf(ZipCorrupt);
        }
      }
    }
    for (let n = 0; n < good.length; n += 7) {
      try {
        readAll(good.subarray(0, n));
      } catch (error) {
        expect(error, `cut at ${n}`).toBeInstanceOf(ZipCorrupt);
      }
    }
  });
});
