import { describe, expect, it } from 'vitest';
import { createScanner } from '../engine/scan';
import { ALL_DETECTORS } from '../engine/detectors';
import { describeLocation, extractDocument, locate, type Extracted } from '.';
import { odf } from './testing/office-files';

const scanner = createScanner(ALL_DETECTORS);

async function read(bytes: Uint8Array, name: string): Promise<Extracted> {
  const outcome = await extractDocument(bytes, { name });
  if (outcome.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
  return outcome.extracted;
}

const where = (extracted: Extracted, needle: string) => describeLocation(locate(extracted, extracted.text.indexOf(needle))!);
const found = (extracted: Extracted) => scanner.scan(extracted.text).map((f) => `${f.type} @ ${describeLocation(locate(extracted, f.start)!)}`);

// LibreOffice Writer: spans split a word, `text:s` runs of spaces, a table, a comment with its author
// and date, a footnote, a tracked deletion, a header and a footer in styles.xml.
const LETTER = odf(
  'text',
  '<office:text><text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Jane</dc:creator><dc:date>2026-11-30T10:00:00</dc:date></office:change-info><text:p>old IBAN GB82 WEST 1234 5698 7654 32</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
    '<text:h text:outline-level="1">Refund</text:h>' +
    '<text:p text:style-name="P1">Pay <text:span text:style-name="T1">Mar</text:span>ia<text:s text:c="2"/>at DE89 3704 0044 0532 0130 00<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Verified by phone.</text:p></text:note-body></text:note>.</text:p>' +
    '<text:p>See<office:annotation><dc:creator>Jane</dc:creator><dc:date>2026-11-30T10:00:00</dc:date><text:p>mail jane@acme-corp.co.uk</text:p></office:annotation> table.</text:p>' +
    '<table:table table:name="Table1"><table:table-column table:number-columns-repeated="2"/><table:table-row><table:table-cell office:value-type="string"><text:p>Name</text:p></table:table-cell><table:table-cell><text:p>Card</text:p></table:table-cell></table:table-row>' +
    '<table:table-row><table:table-cell><text:p>Ann Lee</text:p></table:table-cell><table:table-cell><text:p>4111 1111 1111 1111</text:p></table:table-cell></table:table-row></table:table>' +
    '</office:text>',
  { header: 'Acme Ltd', footer: 'Confidential' },
);

// LibreOffice Calc: a visible sheet with repeated empty cells and rows, a hidden sheet (its table style
// says display=false), a cell annotation.
const SHEETS = odf(
  'spreadsheet',
  '<office:spreadsheet><table:table table:name="Customers" table:style-name="ta1"><table:table-column table:number-columns-repeated="3"/>' +
    '<table:table-row><table:table-cell office:value-type="string"><text:p>Name</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1"><text:p>Email</text:p></table:table-cell><table:table-cell><text:p>Balance</text:p></table:table-cell></table:table-row>' +
    '<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="3"/></table:table-row>' +
    '<table:table-row><table:table-cell><text:p>Bo Chan</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1"/><table:table-cell office:value-type="float" office:value="12.5"><office:annotation><dc:creator>Jane</dc:creator><text:p>card 5500 0000 0000 0004</text:p></office:annotation><text:p>12.5</text:p></table:table-cell></table:table-row>' +
    '<table:table-row table:number-rows-repeated="1048571"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>' +
    '<table:table table:name="Secret" table:style-name="ta2"><table:table-row><table:table-cell table:number-columns-repeated="2"/><table:table-cell><text:p>bo.chan@example.org</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>',
  { autoStyles: '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>' },
);

// LibreOffice Impress: two slides, the second with speaker notes.
const SLIDES = odf(
  'presentation',
  '<office:presentation><draw:page draw:name="page1"><draw:frame><draw:text-box><text:p>Welcome</text:p></draw:text-box></draw:frame></draw:page>' +
    '<draw:page draw:name="page2"><draw:frame><draw:text-box><text:p>Contact</text:p><text:p>Refunds team</text:p></draw:text-box></draw:frame><presentation:notes><draw:page-thumbnail draw:page-number="2"/><draw:frame><draw:text-box><text:p>Token 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</text:p></draw:text-box></draw:frame></presentation:notes></draw:page></office:presentation>',
);

describe('ODT', () => {
  it('reads header, body, table, footer, then the tracked deletion, footnote and comment', async () => {
    const extracted = await read(LETTER, 'letter.odt');
    expect(extracted.format).toBe('odt');
    expect(extracted.text).toBe(
      [
        'Acme Ltd',
        'Refund\nPay Maria  at DE89 3704 0044 0532 0130 00.\nSee table.\nName\tCard\nAnn Lee\t4111 1111 1111 1111',
        'Confidential',
        'old IBAN GB82 WEST 1234 5698 7654 32',
        'Verified by phone.',
        'mail jane@acme-corp.co.uk',
      ].join('\n\n'),
    );
    expect(where(extracted, 'Acme')).toBe('header');
    expect(where(extracted, 'Maria')).toBe('body');
    expect(where(extracted, 'Ann Lee')).toBe('table 1, row 2');
    expect(where(extracted, 'Confidential')).toBe('footer');
    expect(where(extracted, 'old IBAN')).toBe('tracked deletion');
    expect(where(extracted, 'Verified')).toBe('footnote');
    expect(found(extracted)).toEqual(
      expect.arrayContaining(['IBAN @ body', 'CREDIT_CARD @ table 1, row 2', 'IBAN @ tracked deletion', 'EMAIL @ comment']),
    );
  });
});

describe('ODS', () => {
  it('reads sheets as TSV with cell references across repeated rows and columns, hidden sheets and notes', async () => {
    const extracted = await read(SHEETS, 'export.ods');
    expect(extracted.format).toBe('ods');
    expect(extracted.text).toBe(['Name\tEmail\tBalance\nBo Chan\t\t12.5', '\t\tbo.chan@example.org', 'card 5500 0000 0000 0004'].join('\n\n'));
    expect(where(extracted, 'Bo Chan')).toBe('Sheet Customers, cell A5');
    expect(where(extracted, '12.5')).toBe('Sheet Customers, cell C5');
    expect(where(extracted, 'bo.chan')).toBe('Sheet Secret (hidden), cell C1');
    expect(where(extracted, 'card 5500')).toBe('Sheet Customers, note on cell C5');
    expect(extracted.warnings).toEqual([{ kind: 'hidden-sheet', sheet: 'Secret' }]);
    expect(found(extracted)).toEqual(
      expect.arrayContaining(['EMAIL @ Sheet Secret (hidden), cell C1', 'CREDIT_CARD @ Sheet Customers, note on cell C5']),
    );
  });
});

describe('ODP', () => {
  it('reads slides and their notes', async () => {
    const extracted = await read(SLIDES, 'deck.odp');
    expect(extracted.format).toBe('odp');
    expect(extracted.text).toBe('Welcome\n\nContact\nRefunds team\n\nToken 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');
    expect(where(extracted, 'Welcome')).toBe('slide 1');
    expect(where(extracted, 'Refunds')).toBe('slide 2');
    expect(found(extracted)).toEqual(['GITHUB_TOKEN @ slide 2 notes']);
  });

  it('reads a benign OpenDocument text with nothing for the engine to find', async () => {
    const extracted = await read(odf('text', '<office:text><text:p>Lunch is at noon.</text:p></office:text>'), 'note.odt');
    expect(extracted.text).toBe('Lunch is at noon.');
    expect(scanner.scan(extracted.text)).toEqual([]);
  });
});
