import { describe, expect, it } from 'vitest';
import { createScanner } from '../engine/scan';
import { ALL_DETECTORS } from '../engine/detectors';
import { describeLocation, extractDocument, locate, type Extracted } from '.';
import { xlsx } from './testing/office-files';

const scanner = createScanner(ALL_DETECTORS);

async function read(bytes: Uint8Array): Promise<Extracted> {
  const outcome = await extractDocument(bytes, { name: 'export.xlsx' });
  if (outcome.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
  return outcome.extracted;
}

// A CRM export: a customer sheet (shared strings, some with rich-text runs, an inline string, numbers,
// an empty cell, a gap in the rows), a hidden sheet of cards, and a note on a cell.
const SHARED = ['Name', 'Email', 'IBAN', 'Customer since', 'Ann Lee', 'ann.lee@example.org', 'GB82 WEST 1234 5698 7654 32', 'Card', 'Bo Chan'];
const WORKBOOK = xlsx(SHARED, [
  {
    name: 'Customers',
    rows: {
      1: { A: { s: 0 }, B: { s: 1 }, C: { s: 2 }, D: { s: 3 } },
      2: { A: { s: 4 }, B: { s: 5 }, C: { s: 6 }, D: { n: '2019' } },
      14: { A: { s: 8 }, C: { inline: 'DE89 3704 0044 0532 0130 00' }, D: { n: '2021.5' } },
    },
    comments: { C14: 'old account: sk-proj-Rk3Zq8Tv2Wb5Nd9Fh1Jm4Lc7Px0Sy2AgT3BlbkFJQe6Ur8Ot1Iw3Ey5Ru7Ty9Ui2Op4As6Dk' },
  },
  {
    name: 'Cards &amp; more',
    hidden: true,
    rows: { 1: { A: { s: 0 }, B: { s: 7 } }, 3: { A: { s: 4 }, B: { inline: '4111 1111 1111 1111' } } },
  },
]);

describe('XLSX', () => {
  it('reads every sheet in workbook order as TSV, hidden sheets and notes included', async () => {
    const extracted = await read(WORKBOOK);
    expect(extracted.format).toBe('xlsx');
    expect(extracted.text).toBe(
      [
        'Name\tEmail\tIBAN\tCustomer since',
        'Ann Lee\tann.lee@example.org\tGB82 WEST 1234 5698 7654 32\t2019',
        'Bo Chan\t\tDE89 3704 0044 0532 0130 00\t2021.5',
        '',
        'Jane Auditor: old account: sk-proj-Rk3Zq8Tv2Wb5Nd9Fh1Jm4Lc7Px0Sy2AgT3BlbkFJQe6Ur8Ot1Iw3Ey5Ru7Ty9Ui2Op4As6Dk',
        '',
        'Name\tCard',
        'Ann Lee\t4111 1111 1111 1111',
      ].join('\n'),
    );
    expect(extracted.warnings).toEqual([{ kind: 'hidden-sheet', sheet: 'Cards & more' }]);
  });

  it('names the sheet and cell of any offset', async () => {
    const extracted = await read(WORKBOOK);
    const at = (needle: string) => describeLocation(locate(extracted, extracted.text.indexOf(needle) + 3)!);
    expect(at('Customer since')).toBe('Sheet Customers, cell D1');
    expect(at('ann.lee@')).toBe('Sheet Customers, cell B2');
    expect(at('DE89')).toBe('Sheet Customers, cell C14');
    expect(at('2021.5')).toBe('Sheet Customers, cell D14');
    expect(at('sk-proj')).toBe('Sheet Customers, note on cell C14');
    expect(at('4111')).toBe('Sheet Cards & more (hidden), cell B3');
    expect(locate(extracted, extracted.text.indexOf('4111'))).toEqual({ kind: 'cell', sheet: 'Cards & more', cell: 'B3', hidden: true });
  });

  it('lets the engine find the planted values in their cells', async () => {
    const extracted = await read(WORKBOOK);
    const found = scanner.scan(extracted.text).map((f) => `${f.type} @ ${describeLocation(locate(extracted, f.start)!)}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'EMAIL @ Sheet Customers, cell B2',
        'IBAN @ Sheet Customers, cell C2',
        'IBAN @ Sheet Customers, cell C14',
        'OPENAI_KEY @ Sheet Customers, note on cell C14',
        'CREDIT_CARD @ Sheet Cards & more (hidden), cell B3',
      ]),
    );
  });

  it('reads a benign budget with nothing for the engine to find', async () => {
    const budget = xlsx(['Item', 'Cost', 'Paper'], [{ name: 'Budget', rows: { 1: { A: { s: 0 }, B: { s: 1 } }, 2: { A: { s: 2 }, B: { n: '12.5' } } } }]);
    const extracted = await read(budget);
    expect(extracted.text).toBe('Item\tCost\nPaper\t12.5');
    expect(extracted.warnings).toEqual([]);
    expect(scanner.scan(extracted.text)).toEqual([]);
  });
});
