import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDocument, redactDocument, type ExtractOutcome } from '.';
import { docx, odf, para, pptx, run, xlsx, type Sheet } from './testing/office-files';
import { entry, rawZip, type RawEntry } from './testing/raw-zip';
import { LimitReached, TextBuilder } from './text-builder';
import { DEFAULT_LIMITS } from './types';
import { extractXlsx } from './xlsx';
import { openZip } from './zip';

/** `rows` rows of inline strings `${label} row N`, so each sheet's text is its own. */
function sheet(name: string, label: string, rows: number): Sheet {
  const out: Sheet['rows'] = {};
  for (let r = 1; r <= rows; r++) out[r] = { A: { inline: `${label} row ${r}` } };
  return { name, rows: out };
}

const BOOK = xlsx([], [sheet('One', 'first', 200), sheet('Two', 'second', 200), sheet('Three', 'third', 200)]);
const PARTS = unzipSync(BOOK);
/** Sheet files are numbered in reverse (see office-files): "One" is sheet3.xml. */
const [ONE, TWO, THREE] = ['xl/worksheets/sheet3.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet1.xml'];
const size = (name: string) => PARTS[name]!.length;
const BEFORE_SHEETS = size('xl/_rels/workbook.xml.rels') + size('xl/workbook.xml') + size('xl/sharedStrings.xml');

function partial(outcome: ExtractOutcome): string {
  if (outcome.status !== 'too-large') throw new Error(`expected too-large, got ${JSON.stringify(outcome).slice(0, 200)}`);
  return outcome.partial?.text ?? '';
}

describe('a file whose parts inflate past the budget: the first parts are read and scanned', () => {
  it('XLSX: the workbook, then sheets in order until the budget; the sheet crossing it in part, later ones not', async () => {
    const budget = BEFORE_SHEETS + size(ONE) + (size(TWO) >> 1);
    const outcome = await extractDocument(BOOK, { limits: { maxUncompressedBytes: budget } });
    expect(outcome.status === 'too-large' && outcome.limit).toBe('uncompressed');
    const text = partial(outcome);
    expect(text).toContain('first row 200');
    expect(text).toContain('second row 1\n');
    expect(text).not.toContain('second row 200');
    expect(text).not.toContain('third');
    // With room for all of it, the same file is read in full.
    expect((await extractDocument(BOOK, { limits: { maxUncompressedBytes: BEFORE_SHEETS + size(ONE) + size(TWO) + size(THREE) } })).status).toBe('ok');
  });

  it('DOCX: the body has the budget before the headers', async () => {
    const file = docx({ header: para(run('Header text')), body: para(run('Body text')) });
    const body = unzipSync(file)['word/document.xml']!.length;
    expect(partial(await extractDocument(file, { limits: { maxUncompressedBytes: body + 100 } }))).toBe('Body text');
  });

  it('a ZIP archive: entries in order until the budget; the one crossing it read as far as it goes', async () => {
    const archive = zipSync({ 'a.txt': strToU8('alpha '.repeat(100)), 'b.txt': strToU8('beta '.repeat(100)), 'c.txt': strToU8('gamma') });
    const outcome = await extractDocument(archive, { name: 'export.zip', limits: { maxUncompressedBytes: 600 + 250 } });
    expect(outcome.status === 'too-large' && outcome.limit).toBe('uncompressed');
    expect(partial(outcome)).toBe(`${'alpha '.repeat(100)}\n\n${'beta '.repeat(50)}`);
  });

  it('no redacted copy of a file not read to its end (the copy would carry its unread part as it is)', async () => {
    const budget = BEFORE_SHEETS + size(ONE) + (size(TWO) >> 1);
    expect(await redactDocument(BOOK, [], { limits: { maxUncompressedBytes: budget } })).toEqual({ status: 'failed' });
    expect((await redactDocument(BOOK, [])).status).toBe('ok');
  });
});

describe('the text limit stops inflation', () => {
  /** The workbook with its second and third sheets replaced by bytes that are no deflate data. */
  const broken = rawZip(Object.entries(PARTS).map(([name, data]): RawEntry => (name === TWO || name === THREE ? { name, data: new Uint8Array(64).fill(0xff), size: 5000 } : entry(name, data))));

  it('sheets after the text is full are never inflated (they would be corrupt)', async () => {
    expect(await extractDocument(broken)).toEqual({ status: 'unreadable', reason: 'corrupt', format: 'xlsx' });
    const outcome = await extractDocument(broken, { limits: { maxTextChars: 1000 } });
    expect(outcome.status === 'ok' && outcome.extracted.truncated).toBe(true);
  });

  it('within a part too: a body broken near its end is never inflated that far when the text fills first', async () => {
    let seed = 7;
    const word = () => (seed = (seed * 48271) % 2147483647).toString(36);
    const body = Array.from({ length: 20_000 }, () => para(run(Array.from({ length: 12 }, word).join(' ')))).join('');
    const parts = unzipSync(docx({ body }));
    const broken = rawZip(Object.entries(parts).map(([name, data]): RawEntry => {
      if (name !== 'word/document.xml') return entry(name, data);
      const packed = entry(name, data);
      expect(packed.data.length).toBeGreaterThan(1 << 20); // inflated in 64 KB steps
      packed.data.fill(0xff, packed.data.length - 4096);
      return packed;
    }));
    expect(await extractDocument(broken)).toEqual({ status: 'unreadable', reason: 'corrupt', format: 'docx' });
    const outcome = await extractDocument(broken, { limits: { maxTextChars: 100_000 } });
    expect(outcome.status === 'ok' && outcome.extracted.truncated).toBe(true);
  });

  it('the package counts the inflations: workbook relationships, workbook, the first sheet (no cell uses the shared strings)', () => {
    const pkg = openZip(BOOK, (n) => n.startsWith('xl/'), DEFAULT_LIMITS);
    expect(() => extractXlsx(pkg, new TextBuilder(1000))).toThrow(LimitReached);
    expect(pkg.inflations).toBe(3);
  });

  it('the shared strings are read only as far as the cells refer (their end broken: never reached)', async () => {
    let seed = 11;
    const strings = Array.from({ length: 60_000 }, () => `${(seed = (seed * 48271) % 2147483647).toString(36)} ${(seed = (seed * 48271) % 2147483647).toString(36)}`);
    const rows: Sheet['rows'] = {};
    strings.forEach((_, i) => (rows[i + 1] = { A: { s: i } }));
    const broken = rawZip(Object.entries(unzipSync(xlsx(strings, [{ name: 'S', rows }]))).map(([name, data]): RawEntry => {
      const packed = entry(name, data);
      if (name !== 'xl/sharedStrings.xml') return packed;
      expect(packed.data.length).toBeGreaterThan(256 * 1024);
      packed.data.fill(0xff, packed.data.length - 4096);
      return packed;
    }));
    expect(await extractDocument(broken)).toEqual({ status: 'unreadable', reason: 'corrupt', format: 'xlsx' });
    const outcome = await extractDocument(broken, { limits: { maxTextChars: 100_000 } });
    expect(outcome.status === 'ok' && outcome.extracted.text.startsWith(`${strings[0]}\n${strings[1]}\n`)).toBe(true);
  });
});

describe('entries the format does not read', () => {
  it('a presentation with 20,000 images is read (only its slides count against maxEntries)', async () => {
    const files: Record<string, Uint8Array> = unzipSync(pptx([{ texts: ['Quarterly numbers'] }]));
    for (let i = 0; i < 20_000; i++) files[`ppt/media/image${i}.png`] = new Uint8Array(1);
    const outcome = await extractDocument(zipSync(files, { level: 0 }), { name: 'deck.pptx' });
    expect(outcome.status === 'ok' && outcome.extracted.text).toBe('Quarterly numbers');
  });
});

describe('encrypted parts', () => {
  it('an OOXML part with the ZIP encryption flag: encrypted, with its format', async () => {
    const file = rawZip(Object.entries(unzipSync(docx({ body: para(run('x')) }))).map(([name, data]) => entry(name, data, name === 'word/document.xml' ? { flags: 1 } : {})));
    expect(await extractDocument(file)).toEqual({ status: 'encrypted', format: 'docx' });
  });

  it('an OpenDocument file whose manifest declares content.xml encrypted: encrypted, not corrupt', async () => {
    const files = unzipSync(odf('text', '<office:text><text:p>x</text:p></office:text>'));
    files['META-INF/manifest.xml'] = strToU8('<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>');
    files['content.xml'] = new Uint8Array(200).fill(0xa5); // what encryption leaves: no XML
    expect(await extractDocument(zipSync(files))).toEqual({ status: 'encrypted', format: 'odt' });
  });

  it('a ZIP archive with a ZIP-encrypted entry: encrypted', async () => {
    expect(await extractDocument(rawZip([entry('a.txt', 'a'), entry('secret.txt', 'b', { flags: 1 })]))).toEqual({ status: 'encrypted', format: 'zip' });
  });
});
