import { describe, expect, it } from 'vitest';
import { createFieldIndex } from './index';
import { cellsOf, columnOf, labelOf, recordOf } from './test-helpers';

describe('SQL', () => {
  const insert = [
    'INSERT INTO `crm`.`customers` (`id`, `full_name`, "tax_file_number", notes, created_at)',
    'VALUES',
    "  (1, 'O''Brien, Ann', '123 456 782', 'call (after 5)', NOW()),",
    "  (2, 'Bob \\'Bobby\\' Lee', '876543210', NULL, CURRENT_TIMESTAMP),",
    "  (3, 'Cy', '37118629', 'a, b, c', '2024-01-01');",
  ].join('\n');

  it.each([
    ['123 456 782', ' tax file number '],
    ['876543210', ' tax file number '],
    ['37118629', ' tax file number '],
    ["O''Brien", ' full name '],
    ['Bobby', ' full name '],
    ['a, b, c', ' notes '],
    ['2024-01-01', ' created at '],
  ])('INSERT with a column list over many lines: %j is under %j', (value, label) => {
    expect(labelOf(insert, value)).toBe(label);
  });

  it('mysqldump extended insert on one line', () => {
    const text = "INSERT INTO `users` (`id`,`email`,`ssn`) VALUES (1,'a@example.com','536901234'),(2,'b@example.com','536901235');";
    expect(labelOf(text, '536901235')).toBe(' ssn ');
    expect(recordOf(text, '536901235')).toEqual({ text: "(2,'b@example.com','536901235')", table: true });
  });

  it('INSERT without columns takes them from an earlier CREATE TABLE', () => {
    const text = [
      'CREATE TABLE IF NOT EXISTS public.patients (',
      '  id SERIAL PRIMARY KEY,',
      '  nhs_number CHAR(10) NOT NULL,',
      '  dob DATE,',
      '  CONSTRAINT uq UNIQUE (nhs_number)',
      ');',
      '',
      'insert into patients values (1, \'9434765919\', \'1985-03-15\');',
      "INSERT INTO patients VALUES (2, '4010232137', '1990-07-12');",
    ].join('\n');
    expect(labelOf(text, '9434765919')).toBe(' nhs number ');
    expect(labelOf(text, '1990-07-12')).toBe(' dob ');
    // The CREATE TABLE's column opens its values in the INSERTs into that table.
    expect(columnOf(text, 'dob DATE')).toEqual(["'1985-03-15'", "'1990-07-12'"]);
  });

  it('columnBelow from an INSERT column list', () => {
    expect(columnOf(insert, 'tax_file_number')).toEqual(["'123 456 782'", "'876543210'", "'37118629'"]);
  });

  it('cells of a column, values without their quotes', () => {
    expect(cellsOf(insert, (l) => l === ' full name ')).toEqual(["full name=O''Brien, Ann", "full name=Bob \\'Bobby\\' Lee", 'full name=Cy']);
  });

  it.each([
    ['INSERT … SELECT', 'INSERT INTO t (bsn) SELECT bsn FROM s WHERE x = 111222333;'],
    ['no CREATE TABLE for an INSERT without columns', "INSERT INTO t VALUES (1, '111222333');"],
    ['an unbalanced quote', "INSERT INTO t (a, bsn) VALUES (1, 'oops, 111222333);"],
    ['a tuple-looking line in prose', '(see above), 111222333'],
  ])('no column label: %s', (_name, text) => {
    expect(labelOf(text, '111222333')).toBeUndefined();
  });

  it('UPDATE … SET and WHERE read as key = value', () => {
    const text = "UPDATE customers SET phone = '0612345678' WHERE ssn = '536-90-1234';";
    expect(labelOf(text, '0612345678')).toBe(' phone ');
    expect(labelOf(text, '536-90-1234')).toBe(' ssn ');
  });
});
