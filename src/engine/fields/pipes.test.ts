import { describe, expect, it } from 'vitest';
import { createFieldIndex } from './index';
import { at, cellsOf, columnOf, labelOf, recordOf } from './test-helpers';

describe('pipe tables', () => {
  const markdown = ['Customers:', '', '| Name | NHS number | Phone |', '|:-----|-----------:|-------|', '| Ann | 943 476 5919 | 020 7946 0958 |', '| Bob | 401 023 2137 | |'].join('\n');
  const ascii = ['+----+----------+-----------+', '| id | name     | bsn       |', '+----+----------+-----------+', '|  1 | Ann      | 111222333 |', '|  2 | Bob      | 123456782 |', '+----+----------+-----------+'].join('\n');
  const psql = [' id | name | sin', '----+------+-----------', '  1 | Ann  | 046 454 286', '  2 | Bob  | 130 692 544', '(2 rows)'].join('\n');

  it.each([
    ['Markdown', markdown, '943 476 5919', ' nhs number '],
    ['Markdown', markdown, '401 023 2137', ' nhs number '],
    ['Markdown', markdown, '020 7946 0958', ' phone '],
    ['ASCII (MySQL)', ascii, '123456782', ' bsn '],
    ['ASCII (MySQL)', ascii, 'Bob', ' name '],
    ['psql', psql, '130 692 544', ' sin '],
  ])('%s: labels %j with %j', (_name, text, value, label) => {
    expect(labelOf(text, value)).toBe(label);
  });

  it('Markdown without outer pipes', () => {
    const text = 'name | ssn\n--- | ---\nAnn | 536-90-1234';
    expect(labelOf(text, '536-90-1234')).toBe(' ssn ');
  });

  it('a header row is not a value of its own column, and a rule line is not a row', () => {
    const fields = createFieldIndex(markdown);
    expect(fields.labelAt(at(markdown, 'NHS number'))).toBeUndefined();
    expect(fields.recordAt(at(markdown, ':-----')).table).toBe(false);
  });

  it('columnBelow opens the cells under a header cell', () => {
    expect(columnOf(ascii, 'bsn')).toEqual([' 111222333 ', ' 123456782 ']);
    expect(columnOf(markdown, 'Phone')).toEqual([' 020 7946 0958 ']);
  });

  it('cells and records', () => {
    expect(cellsOf(psql, (l) => l === ' name ')).toEqual(['name=Ann', 'name=Bob']);
    expect(recordOf(markdown, 'Bob')).toEqual({ text: '| Bob | 401 023 2137 | |', table: true });
  });

  it('a pipe in prose, or a lone rule line, is no table', () => {
    expect(labelOf('Use a | b for 111222333\nand c | d here', '111222333')).toBeUndefined();
    expect(labelOf('---\ntitle: x\n---\n111222333', '111222333')).toBeUndefined();
  });
});
