import { describe, expect, it } from 'vitest';
import { createFieldIndex } from './index';
import { at, cellsOf, columnOf, labelOf, recordOf } from './test-helpers';

describe('CSV and other delimited text', () => {
  const csv = ['id,full_name,bsn,phone', '1,Ann de Vries,111222333,0612345678', '2,"Smith, Bob",123456782,"+31 6 1234 5678"', '3,"Jo ""JJ"" Lee",,0687654321'].join('\n');

  it.each([
    ['111222333', ' bsn '],
    ['0612345678', ' phone '],
    ['Ann de Vries', ' full name '],
    ['Bob', ' full name '],
    ['123456782', ' bsn '],
    ['+31 6 1234 5678', ' phone '],
    ['0687654321', ' phone '],
    ['JJ', ' full name '],
  ])('labels %j with its column %j (quoted commas and "" escapes included)', (value, label) => {
    expect(labelOf(csv, value)).toBe(label);
  });

  it('finds the header 5,000 rows up, and later lookups in the table are cheap', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},Person ${i},${100000000 + i}`);
    const text = ['id,name,nhs_number', ...rows, '5000,Last One,9434765919'].join('\n');
    const fields = createFieldIndex(text);
    expect(fields.labelAt(at(text, '9434765919'))).toBe(' nhs number ');
    const positions = Array.from({ length: 715 }, (_, k) => at(text, `${100000000 + 7 * k}`));
    const started = performance.now();
    let labelled = 0;
    for (const p of positions) if (fields.labelAt(p) === ' nhs number ') labelled++;
    const elapsed = performance.now() - started;
    expect(labelled).toBe(715);
    expect(elapsed).toBeLessThan(100);
  });

  it('labels ragged rows by position (fewer cells, or more than the header)', () => {
    const text = 'id,name,ssn,dob\n1,Ann,536901234\n2,Bob,536901235,1985-03-15,extra\n3';
    expect(labelOf(text, '536901234')).toBe(' ssn ');
    expect(labelOf(text, '1985-03-15')).toBe(' dob ');
    expect(labelOf(text, 'extra')).toBeUndefined();
  });

  it.each([
    ['TSV', 'id\tname\ttfn\n1\tAnn\t123456782', '123456782', ' tfn '],
    ['semicolons with decimal commas', 'id;name;montant;sin\n1;Ann;12,50;046454286', '046454286', ' sin '],
    ['pipe-separated export', 'id|name|bsn\n1|Ann|111222333\n2|Bob|123456782', '123456782', ' bsn '],
    ['CRLF line endings', 'id,name,bsn\r\n1,Ann,111222333\r\n', '111222333', ' bsn '],
    ['camelCase and accents in the header', 'id,lastLoginIp,Téléphone\n1,10.0.0.5,0612345678', '0612345678', ' téléphone '],
    ['a title line above the header', 'Customers, as of today\nid,name,bsn\n1,Ann,111222333', '111222333', ' bsn '],
    ['header cells that end in an abbreviation', 'Kunden-Nr.,Name,Steuer-IdNr.,Straße/Nr.\n1,Ann,12345678903,Hauptstr. 5', '12345678903', ' steuer id nr '],
    ['a header cell that ends in a short abbreviation', 'patient_id,Name,NHS No.,IBAN\n1,Ann,943 476 5919,GB82WEST12345698765432', '943 476 5919', ' nhs no '],
  ])('%s', (_name, text, value, label) => {
    expect(labelOf(text, value)).toBe(label);
  });

  it('reads a quoted field that runs over lines (an address cell)', () => {
    const text = 'id,address,bsn\n1,"12 Main St\nApt 4\nSpringfield",111222333\n2,"1 High St",123456782';
    const fields = createFieldIndex(text);
    expect(labelOf(text, '111222333', 0, fields)).toBe(' bsn ');
    // A continuation line has no delimiter of its own: it is read as part of the table found around it.
    expect(labelOf(text, 'Apt 4', 0, fields)).toBe(' address ');
    expect(recordOf(text, 'Apt 4', fields).text).toBe('1,"12 Main St\nApt 4\nSpringfield",111222333');
    expect(labelOf(text, '123456782', 0, fields)).toBe(' bsn ');
  });

  it('two tables separated by a blank line keep their own headers', () => {
    const text = 'id,bsn\n1,111222333\n\nid,ssn\n1,536901234';
    expect(labelOf(text, '111222333')).toBe(' bsn ');
    expect(labelOf(text, '536901234')).toBe(' ssn ');
  });

  it.each([
    ['prose with commas', 'Yes, I know, it is late.\nBut, honestly, 111222333 is mine.'],
    ['a paragraph and a number', 'Hi team, as discussed, here it is:\n111222333, 123456782 and, finally, 046454286'],
    ['code that is not a table', 'foo(a, b, c);\nbar(d, 111222333, f);\nconst x = [1, 2, 3];'],
    ['a headerless CSV', '1,111222333,Ann\n2,123456782,Bob'],
    ['a single line', 'bsn,111222333'],
  ])('gives no column label in %s', (_name, text) => {
    expect(labelOf(text, '111222333')).toBeUndefined();
  });

  it('columnBelow: a header cell opens the cells of its column; a body cell does not', () => {
    const text = 'Export:\n\nid,name,phone\n1,Ann,0612345678\n2,Bob,\n3,Cy,"0687654321"\n\nThanks';
    const fields = createFieldIndex(text);
    expect(columnOf(text, 'phone', fields)).toEqual(['0612345678', '"0687654321"']);
    expect(fields.columnBelow(at(text, '0612345678'))).toBeUndefined();
    expect(fields.columnBelow(at(text, 'Thanks'))).toBeUndefined();
  });

  it('cells: every value of the columns whose label passes, lower-case and ALL-CAPS included', () => {
    const text = 'ID,NAME,CITY,NAME_2\n1,MARIA SCHMIDT,BERLIN,\n2,jean dupont,Lyon,"García López, Ana"';
    const calls: string[] = [];
    const cells = cellsOf(text, (label) => {
      calls.push(label);
      return /\bname\b/.test(label);
    });
    expect(cells).toEqual(['name=MARIA SCHMIDT', 'name=jean dupont', 'name 2=García López, Ana']);
    // The test runs once per label, not once per cell.
    expect(calls.filter((l) => l === ' name ')).toHaveLength(1);
  });

  it('recordAt: the row of a table cell', () => {
    const text = 'id,name,email\n1,Ann,ann@example.com\n2,Bob,bob@example.com';
    expect(recordOf(text, 'Bob')).toEqual({ text: '2,Bob,bob@example.com', table: true });
    expect(recordOf(text, 'bob@')).toEqual({ text: '2,Bob,bob@example.com', table: true });
  });
});
