import { strToU8, unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../engine/scan';
import { ALL_DETECTORS } from '../engine/detectors';
import { extractDocument, redactDocument, type Extracted, type Replacement } from '.';
import { comment, docx, odf, para, pptx, run, table, xlsx } from './testing/office-files';

const scanner = createScanner(ALL_DETECTORS);

async function read(bytes: Uint8Array, name: string): Promise<Extracted> {
  const outcome = await extractDocument(bytes, { name });
  if (outcome.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
  return outcome.extracted;
}

/** What the panel's "Upload a redacted copy" will do: every finding of the listed types → `[TYPE_n]`. */
async function placeholders(extracted: Extracted, types: readonly string[]): Promise<Replacement[]> {
  const counts = new Map<string, number>();
  return scanner
    .scan(extracted.text)
    .filter((f) => types.includes(f.type))
    .map((f) => {
      const n = (counts.get(f.type) ?? 0) + 1;
      counts.set(f.type, n);
      return { start: f.start, end: f.end, text: `[${f.type}_${n}]` };
    });
}

const TYPES = ['EMAIL', 'IBAN', 'CREDIT_CARD', 'GITHUB_TOKEN', 'OPENAI_KEY'];

describe('redacted copies', () => {
  it('DOCX: replaces values split across runs, in the header, a table and a comment; formatting stays', async () => {
    const original = docx({
      header: para(run('Contact '), run('legal@acme-'), run('corp.co.uk', '<w:i/>')),
      body:
        para(run('Pay to IBAN '), run('DE89 3704 0044 ', '<w:b/>'), run('0532 0130 00'), run(' &amp; thanks.')) +
        table([['Name', 'Card'], ['Ann Lee', '4111 1111 1111 1111']]),
      comments: comment(0, 'key 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'),
    });
    const extracted = await read(original, 'c.docx');
    const result = await redactDocument(original, await placeholders(extracted, TYPES), { name: 'c.docx' });
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.extracted.text).toBe(
      'Contact [EMAIL_1]\n\nPay to IBAN [IBAN_1] & thanks.\nName\tCard\nAnn Lee\t[CREDIT_CARD_1]\n\nkey [GITHUB_TOKEN_1]',
    );
    expect(scanner.scan(result.extracted.text).filter((f) => TYPES.includes(f.type))).toEqual([]);
    // The runs and their formatting are still there: the placeholder took the first run's place.
    const xml = strFromU8(unzipSync(result.bytes)['word/document.xml']!);
    expect(xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">[IBAN_1]</w:t></w:r><w:r><w:t></w:t></w:r>');
    expect(xml.split('<w:r>').length).toBe(strFromU8(unzipSync(original)['word/document.xml']!).split('<w:r>').length);
    // Parts we did not touch are byte for byte the same.
    expect(unzipSync(result.bytes)['word/styles.xml']).toEqual(unzipSync(original)['word/styles.xml']);
  });

  it('XLSX: rewrites shared strings (once for every cell using them) and inline strings, hidden sheets too', async () => {
    const original = xlsx(['Name', 'Email', 'Ann Lee', 'ann.lee@example.org'], [
      { name: 'Customers', rows: { 1: { A: { s: 0 }, B: { s: 1 } }, 2: { A: { s: 2 }, B: { s: 3 } }, 3: { A: { s: 2 }, B: { s: 3 } } } },
      { name: 'Cards', hidden: true, rows: { 1: { A: { inline: 'Card 4111 1111 1111 1111' } } } },
    ]);
    const extracted = await read(original, 'x.xlsx');
    const result = await redactDocument(original, await placeholders(extracted, TYPES));
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.extracted.text).toBe('Name\tEmail\nAnn Lee\t[EMAIL_1]\nAnn Lee\t[EMAIL_1]\n\nCard [CREDIT_CARD_1]');
  });

  it('XLSX: a card stored as a number cannot be replaced in place: incomplete, never a leaky copy', async () => {
    const original = xlsx(['Card'], [{ name: 'S', rows: { 1: { A: { s: 0 } }, 2: { A: { n: '4111111111111111' } } } }]);
    const extracted = await read(original, 'n.xlsx');
    const replacements = await placeholders(extracted, TYPES);
    expect(replacements).toHaveLength(1);
    expect(await redactDocument(original, replacements)).toEqual({ status: 'incomplete' });
  });

  it('PPTX: replaces a token in speaker notes', async () => {
    const original = pptx([{ texts: ['Demo'], notes: 'Use 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' }]);
    const result = await redactDocument(original, await placeholders(await read(original, 'd.pptx'), TYPES));
    expect(result.status === 'ok' && result.extracted.text).toBe('Demo\n\nUse [GITHUB_TOKEN_1]');
  });

  it('text: replaces in place; a benign file with nothing to replace comes back with the same text', async () => {
    const csv = strToU8('name,email\nBo,bo.chan@example.org\n');
    const result = await redactDocument(csv, await placeholders(await read(csv, 'a.csv'), TYPES));
    expect(result.status === 'ok' && strFromU8(result.bytes)).toBe('name,email\nBo,[EMAIL_1]\n');
    const benign = docx({ body: para(run('Nothing here.')) });
    const same = await redactDocument(benign, []);
    expect(same.status === 'ok' && same.extracted.text).toBe('Nothing here.');
  });

  it('ODT and ODS: replaces values in paragraphs (split across spans), headers and cells; mimetype stays first and stored', async () => {
    const letter = odf('text', '<office:text><text:p>Pay DE89 <text:span text:style-name="T1">3704 0044</text:span> 0532 0130 00 now</text:p></office:text>', { header: 'legal@acme-corp.co.uk' });
    const result = await redactDocument(letter, await placeholders(await read(letter, 'l.odt'), TYPES));
    expect(result.status === 'ok' && result.extracted.text).toBe('[EMAIL_1]\n\nPay [IBAN_1] now');
    if (result.status !== 'ok') return;
    expect(strFromU8(unzipSync(result.bytes)['content.xml']!)).toContain('Pay [IBAN_1]<text:span text:style-name="T1"></text:span> now');
    // The first entry's local header: name "mimetype", method 0 (stored), as ODF requires.
    expect(strFromU8(result.bytes.subarray(30, 38))).toBe('mimetype');
    expect(result.bytes[8]).toBe(0);

    const sheet = odf('spreadsheet', '<office:spreadsheet><table:table table:name="S"><table:table-row><table:table-cell><text:p>Email</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p> bo.chan@example.org </text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>');
    const redacted = await redactDocument(sheet, await placeholders(await read(sheet, 's.ods'), TYPES));
    expect(redacted.status === 'ok' && redacted.extracted.text).toBe('Email\n[EMAIL_1]');
  });

  it('a value only in an ODF comment is not rewritten yet: incomplete; RTF is unsupported', async () => {
    const doc = odf('text', '<office:text><text:p>See<office:annotation><dc:creator>J</dc:creator><text:p>ann@example.org</text:p></office:annotation></text:p></office:text>');
    expect(await redactDocument(doc, await placeholders(await read(doc, 'c.odt'), TYPES))).toEqual({ status: 'incomplete' });
    const rtf = strToU8('{\\rtf1\\ansi ann@example.org\\par}');
    expect(await redactDocument(rtf, [{ start: 0, end: 15, text: '[EMAIL_1]' }])).toEqual({ status: 'unsupported', format: 'rtf' });
  });
});
