import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../engine/scan';
import { ALL_DETECTORS } from '../engine/detectors';
import { describeLocation, extractDocument, locate, type ExtractOutcome, type Extracted, type PdfExtractor, type PdfLimits } from '.';
import { docx, encryptedOoxml, para, run, table } from './testing/office-files';

const scanner = createScanner(ALL_DETECTORS);

function ok(outcome: ExtractOutcome): Extracted {
  if (outcome.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
  return outcome.extracted;
}

const CONTRACT = docx({ body: para(run('Contract')) + table([['Name', 'Card'], ['Ann Lee', '4111 1111 1111 1111']]) });

describe('sniffing: magic bytes before names', () => {
  it('reads a Word file named .txt as Word, and a CSV named .docx as text', async () => {
    expect(ok(await extractDocument(CONTRACT, { name: 'notes.txt', mimeType: 'text/plain' })).format).toBe('docx');
    const csv = ok(await extractDocument(strToU8('name,email\nAnn,ann@example.org\n'), { name: 'report.docx' }));
    expect(csv.format).toBe('text');
    expect(csv.text).toBe('name,email\nAnn,ann@example.org\n');
    expect(csv.segments).toEqual([{ start: 0, end: csv.text.length, where: { kind: 'text' } }]);
  });

  it('reads UTF-16 text by its byte-order mark, and .eml as mail text', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'key=ghp_x'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(ok(await extractDocument(utf16, { name: 'a.log' })).text).toBe('key=ghp_x');
    const mail = 'From: ann@example.org\r\nSubject: card\r\n\r\n4111 1111 1111 1111\r\n';
    const eml = ok(await extractDocument(strToU8(mail), { name: 'fwd.eml' }));
    expect(eml.format).toBe('eml');
    expect(scanner.scan(eml.text).map((f) => f.type)).toEqual(['EMAIL', 'CREDIT_CARD']);
  });

  it('calls an encrypted Office file (a CFB container with EncryptionInfo) encrypted, a legacy .doc unreadable', async () => {
    expect(await extractDocument(encryptedOoxml(), { name: 'salaries.xlsx' })).toEqual({ status: 'encrypted' });
    const legacy = encryptedOoxml();
    legacy.fill(0, 1024); // no directory names: an old .doc, not encrypted
    expect(await extractDocument(legacy, { name: 'old.doc' })).toEqual({ status: 'unreadable', reason: 'legacy-office' });
  });

  it('calls a binary it does not know unreadable', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await extractDocument(png, { name: 'photo.png' })).toEqual({ status: 'unreadable', reason: 'unknown-format' });
  });
});

describe('PDF through the caller’s reader', () => {
  const PDF = strToU8('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');

  it('is unsupported here without a reader (the content script has none)', async () => {
    expect(await extractDocument(PDF, { name: 'scan.pdf' })).toEqual({ status: 'unreadable', reason: 'unsupported-here', format: 'pdf' });
  });

  it('a PDF whose reader ran out of time: the pages it read are scanned (too large: time, with them)', async () => {
    let clock = 0;
    const slow: PdfExtractor = async () => {
      clock += 12_000; // past the 10 s budget, as the reader stops at it
      return { status: 'ok', pages: ['cover', 'IBAN DE89 3704 0044 0532 0130 00'], stopped: 'time' };
    };
    const outcome = await extractDocument(PDF, { name: 'big.pdf', extractPdf: slow, now: () => clock });
    expect(outcome.status === 'too-large' && outcome.limit).toBe('time');
    expect(outcome.status === 'too-large' && outcome.partial?.text).toBe('cover\n\nIBAN DE89 3704 0044 0532 0130 00');
  });

  it('hands the reader the text limit and what is left of the budget (a PDF in a ZIP shares the archive\'s)', async () => {
    const seen: (PdfLimits | undefined)[] = [];
    const reader: PdfExtractor = async (_, limits) => (seen.push(limits), { status: 'ok', pages: ['x'] });
    let clock = 0;
    await extractDocument(PDF, { name: 'a.pdf', extractPdf: reader, limits: { maxTextChars: 123, timeBudgetMs: 5000 }, now: () => clock });
    expect(seen[0]).toEqual({ maxChars: 123, timeBudgetMs: 5000 });
    // Every look at the clock costs 1 s: the PDF, read after the archive's first entry, gets less than 5 s.
    const archive = zipSync({ 'a.txt': strToU8('notes'), 'b.pdf': PDF });
    await extractDocument(archive, { name: 'both.zip', extractPdf: reader, limits: { timeBudgetMs: 5000 }, now: () => (clock += 1000) });
    expect(seen[1]!.timeBudgetMs).toBeLessThan(5000);
    expect(seen[1]!.timeBudgetMs).toBeGreaterThanOrEqual(0);
  });

  it('a reader that stopped at the text limit: cut there, ok and truncated (not too large)', async () => {
    const reader: PdfExtractor = async () => ({ status: 'ok', pages: ['a'.repeat(60), 'b'.repeat(60)], stopped: 'text' });
    const extracted = ok(await extractDocument(PDF, { name: 'long.pdf', extractPdf: reader, limits: { maxTextChars: 100 } }));
    expect(extracted.truncated).toBe(true);
    expect(extracted.text).toHaveLength(100);
  });

  it('locates text by page with a reader, and passes encrypted through', async () => {
    const reader: PdfExtractor = async (bytes) => ({ status: 'ok', pages: [`${bytes.length} bytes`, 'IBAN DE89 3704 0044 0532 0130 00', 'end'] });
    const extracted = ok(await extractDocument(PDF, { name: 'scan.pdf', extractPdf: reader }));
    expect(extracted.text).toBe(`${PDF.length} bytes\n\nIBAN DE89 3704 0044 0532 0130 00\n\nend`);
    const [iban] = scanner.scan(extracted.text);
    expect(describeLocation(locate(extracted, iban!.start)!)).toBe('page 2');
    expect(await extractDocument(PDF, { extractPdf: async () => ({ status: 'encrypted' }) })).toEqual({ status: 'encrypted', format: 'pdf' });
  });
});

describe('RTF', () => {
  it('strips control words, skips font/colour/info groups, decodes \\uN and \\\'hh', async () => {
    const rtf =
      '{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Helvetica;}}{\\colortbl;\\red0\\green0\\blue0;}' +
      '{\\info{\\author Jane Auditor}}{\\*\\generator Riched20 10.0;}\\viewkind4\\uc1 \\pard\\f0\\fs22 ' +
      'Stra\\u223?e 5, M\\\'fcnchen\\par Card: {\\b 4111 1111}\\~1111 1111\\par\\u8364? 5\\tab done\\par}';
    const extracted = ok(await extractDocument(strToU8(rtf), { name: 'letter.rtf' }));
    expect(extracted.format).toBe('rtf');
    expect(extracted.text).toBe('Straße 5, München\nCard: 4111 1111 1111 1111\n€ 5\tdone');
    expect(scanner.scan(extracted.text).map((f) => f.type)).toContain('CREDIT_CARD');
  });
});

describe('ZIP archives, one level deep', () => {
  it('reads each entry with its name in the location, skips nested archives and binaries with a warning', async () => {
    const nested = zipSync({ 'inner.txt': strToU8('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') });
    const archive = zipSync({
      'export/contract.docx': CONTRACT,
      'export/contacts.csv': strToU8('name,email\nBo,bo.chan@example.org'),
      'export/old.zip': nested,
      'export/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      'export/': new Uint8Array(0),
    });
    const extracted = ok(await extractDocument(archive, { name: 'export.zip' }));
    expect(extracted.format).toBe('zip');
    expect(extracted.text).toBe('Contract\nName\tCard\nAnn Lee\t4111 1111 1111 1111\n\nname,email\nBo,bo.chan@example.org');
    const found = scanner.scan(extracted.text).map((f) => `${f.type} @ ${describeLocation(locate(extracted, f.start)!)}`);
    expect(found).toEqual([
      'PERSON @ export/contract.docx: table 1, row 2',
      'CREDIT_CARD @ export/contract.docx: table 1, row 2',
      'EMAIL @ export/contacts.csv: text',
    ]);
    expect(extracted.warnings).toEqual([
      { kind: 'entry-skipped', name: 'export/old.zip', reason: 'nested-archive' },
      { kind: 'entry-skipped', name: 'export/logo.png', reason: 'unknown-format' },
    ]);
  });

  it('is encrypted when an entry is', async () => {
    const archive = zipSync({ 'a.txt': strToU8('hello'), 'salaries.xlsx': encryptedOoxml() });
    expect(await extractDocument(archive)).toEqual({ status: 'encrypted', format: 'zip' });
  });
});

describe('limits and broken files', () => {
  it('refuses a file over the byte limit before reading it', async () => {
    expect(await extractDocument(CONTRACT, { limits: { maxFileBytes: 100 } })).toEqual({ status: 'too-large', limit: 'file-bytes' });
  });

  it('cuts the text at the character limit and says so', async () => {
    const extracted = ok(await extractDocument(CONTRACT, { limits: { maxTextChars: 20 } }));
    expect(extracted.text).toBe('Contract\nName\tCard\nA');
    expect(extracted.truncated).toBe(true);
    expect(extracted.warnings).toEqual([{ kind: 'truncated', limit: 20 }]);
  });

  it('calls a truncated or mangled ZIP corrupt', async () => {
    expect(await extractDocument(CONTRACT.subarray(0, CONTRACT.length >> 1), { name: 'cut.docx' })).toEqual({ status: 'unreadable', reason: 'corrupt' });
    const mangled = CONTRACT.slice();
    // Overwrite the deflated body of word/document.xml (after its local header): the central directory
    // still names the parts, inflating fails.
    const at = Buffer.from(mangled).indexOf('word/document.xml') + 'word/document.xml'.length;
    mangled.fill(0xff, at, at + 200);
    const outcome = await extractDocument(mangled, { name: 'mangled.docx' });
    expect(outcome.status).toBe('unreadable');
  });

  it('an archive of more entries than maxEntries: the first are read and scanned, then too large: entries', async () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 1; i <= 101; i++) many[`f${i}.txt`] = strToU8(`line ${i}`);
    const outcome = await extractDocument(zipSync(many), { name: 'many.zip', limits: { maxEntries: 100 } });
    expect(outcome.status === 'too-large' && outcome.limit).toBe('entries');
    expect(outcome.status === 'too-large' && outcome.partial?.text.split('\n\n').slice(-2)).toEqual(['line 99', 'line 100']);
  });

  it('a zip bomb of 20 MB of zeros in 20 KB: inflated only as far as the budget, and said to be over it', async () => {
    const big = zipSync({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024), '[Content_Types].xml': strToU8('<Types/>') });
    expect(big.length).toBeLessThan(40_000);
    expect(await extractDocument(big, { limits: { maxUncompressedBytes: 1024 * 1024 } })).toEqual({ status: 'too-large', limit: 'uncompressed' });
  });

  it('a central directory claiming 2 GB per part is only a bound: the parts are read as they are', async () => {
    const lying = docx({ body: para(run('x')) });
    // Patch every central-directory entry's uncompressed size (offset 24 from its signature) to 2 GB.
    const view = new DataView(lying.buffer, lying.byteOffset, lying.byteLength);
    for (let i = 0; i < lying.length - 4; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0x7fffffff, true);
    expect(ok(await extractDocument(lying)).text).toBe('x');
  });

  it('stops at the time budget between parts and keeps what was read', async () => {
    const doc = docx({ header: para(run('Head')), body: para(run('Body')) });
    let t = 0;
    const clock = () => (t += 600); // each part takes 600 ms on this clock
    const outcome = await extractDocument(doc, { limits: { timeBudgetMs: 1000 }, now: clock });
    expect(outcome.status).toBe('too-large');
    if (outcome.status !== 'too-large') return;
    expect(outcome.limit).toBe('time');
    expect(outcome.partial?.text).toBe('Head');
  });
});
