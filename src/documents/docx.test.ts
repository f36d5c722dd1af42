import { describe, expect, it } from 'vitest';
import { createScanner } from '../engine/scan';
import { ALL_DETECTORS } from '../engine/detectors';
import { describeLocation, extractDocument, locate, type Extracted } from '.';
import { comment, docx, para, run, table } from './testing/office-files';

const scanner = createScanner(ALL_DETECTORS);

async function read(bytes: Uint8Array, name: string): Promise<Extracted> {
  const outcome = await extractDocument(bytes, { name });
  if (outcome.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
  return outcome.extracted;
}

/** Each finding's entity type and the English words for where it is. */
function findingsWithPlace(extracted: Extracted): string[] {
  return scanner.scan(extracted.text).map((f) => `${f.type} @ ${describeLocation(locate(extracted, f.start)!)}`);
}

// A contract as Word saves it: runs split mid-word (spell-check and revision ids do that), a table of
// customers, a header with a contact e-mail, a comment holding an API key, a footnote, tracked changes.
const CONTRACT = docx({
  header: para(run('Acme Ltd — contact '), run('legal@acme-'), run('corp.co.uk')),
  body: [
    para(run('Service agreement', '<w:b/>')),
    para(run('The customer Mar'), run('ia Rossi pays to IBAN '), run('DE89 3704 0044 '), run('0532 0130 00'), run('.')),
    para(run('Line one'), '<w:r><w:br/></w:r>', run('line two'), '<w:r><w:tab/></w:r>', run('tabbed')),
    table([
      ['Name', 'Email', 'Card'],
      ['Ann Lee', 'ann.lee@example.org', '4111 1111 1111 1111'],
      ['Bo Chan', '', '5500 0000 0000 0004'],
    ]),
    para(
      run('Price: '),
      '<w:del w:id="3" w:author="Jane" w:date="2026-11-30T10:00:00Z"><w:r><w:delText>100 EUR</w:delText></w:r></w:del>',
      '<w:ins w:id="4" w:author="Jane" w:date="2026-11-30T10:00:00Z"><w:r><w:t>120 EUR</w:t></w:r></w:ins>',
    ),
    para(run('Fish &amp; chips &lt;3 &#x41;&#66;'), '<w:commentRangeStart w:id="0"/>', run(' end'), '<w:commentRangeEnd w:id="0"/>'),
  ].join(''),
  footer: para(run('Page footer — confidential')),
  comments: comment(0, 'key 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 rotate it'),
  footnotes: '<w:footnote w:id="1"><w:p><w:r><w:t>See the annex.</w:t></w:r></w:p></w:footnote>',
});

describe('DOCX', () => {
  it('reads header, body, tables, tracked changes, footer, footnotes and comments in order', async () => {
    const extracted = await read(CONTRACT, 'contract.docx');
    expect(extracted.format).toBe('docx');
    expect(extracted.text).toBe(
      [
        'Acme Ltd — contact legal@acme-corp.co.uk',
        '',
        'Service agreement',
        'The customer Maria Rossi pays to IBAN DE89 3704 0044 0532 0130 00.',
        'Line one',
        'line two\ttabbed',
        'Name\tEmail\tCard',
        'Ann Lee\tann.lee@example.org\t4111 1111 1111 1111',
        'Bo Chan\t\t5500 0000 0000 0004',
        'Price: 100 EUR 120 EUR',
        'Fish & chips <3 AB end',
        '',
        'Page footer — confidential',
        '',
        'See the annex.',
        '',
        'key 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 rotate it',
      ].join('\n'),
    );
    expect(extracted.truncated).toBe(false);
  });

  it('locates each piece: header, body, table row, tracked deletion and insertion, footer, footnote, comment', async () => {
    const extracted = await read(CONTRACT, 'contract.docx');
    const at = (needle: string) => describeLocation(locate(extracted, extracted.text.indexOf(needle))!);
    expect(at('legal@')).toBe('header');
    expect(at('Maria')).toBe('body');
    expect(at('Ann Lee')).toBe('table 1, row 2');
    expect(at('5500')).toBe('table 1, row 3');
    expect(at('100 EUR')).toBe('tracked deletion');
    expect(at('120 EUR')).toBe('tracked insertion');
    expect(at('Page footer')).toBe('footer');
    expect(at('See the annex')).toBe('footnote');
    expect(at('ghp_')).toBe('comment');
  });

  it('lets the engine find the planted values and say where they are', async () => {
    const found = findingsWithPlace(await read(CONTRACT, 'contract.docx'));
    expect(found).toEqual(
      expect.arrayContaining([
        'EMAIL @ header',
        'IBAN @ body',
        'EMAIL @ table 1, row 2',
        'CREDIT_CARD @ table 1, row 2',
        'CREDIT_CARD @ table 1, row 3',
        'GITHUB_TOKEN @ comment',
      ]),
    );
  });

  it('reads a benign letter with nothing for the engine to find', async () => {
    const letter = docx({ body: para(run('Dear team,')) + para(run('the meeting moves to Th'), run('ursday.')) });
    const extracted = await read(letter, 'letter.docx');
    expect(extracted.text).toBe('Dear team,\nthe meeting moves to Thursday.');
    expect(extracted.segments).toEqual([{ start: 0, end: extracted.text.length, where: { kind: 'body' } }]);
    expect(scanner.scan(extracted.text)).toEqual([]);
  });

  it('reads text boxes once: mc:Fallback repeats mc:Choice', async () => {
    const box = (t: string) => `<w:txbxContent>${para(run(t))}</w:txbxContent>`;
    const body = para(`<w:r><mc:AlternateContent><mc:Choice Requires="wps">${box('boxed text')}</mc:Choice><mc:Fallback><w:pict>${box('boxed text')}</w:pict></mc:Fallback></mc:AlternateContent></w:r>`);
    expect((await read(docx({ body }), 'box.docx')).text).toBe('boxed text');
  });
});
