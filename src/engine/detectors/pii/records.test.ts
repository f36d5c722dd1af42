import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan';
import { ALL_DETECTORS } from '../index';

/**
 * PII in customer records as people paste them: values whose context is a column name spelt the way
 * exports spell it, birth verbs in the four languages, numbers written in their country's own format.
 * Each case names the exact value that must (or must not) be found with its type.
 */
const scanner = createScanner(ALL_DETECTORS);
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));

describe('dates of birth', () => {
  it.each([
    ['Nací el 1999-01-11, ¿cuándo podré jubilarme?', ['1999-01-11']],
    ['Mi madre nació el 16/07/1952 en Cádiz.', ['16/07/1952']],
    ['Je suis née à Lyon le 12/03/1985.', ['12/03/1985']],
    ['Sono nato a Roma il 04/05/1977.', ['04/05/1977']],
    // Column names as exports spell them (a header only counts when one of its spellings is a keyword).
    ['CREATE TABLE c (\n  id INT,\n  nombre VARCHAR(80),\n  fecha_nac DATE\n);\nINSERT INTO c VALUES (1, \'Ana\', \'1968-12-26\');\nINSERT INTO c VALUES (2, \'Luis\', \'1951-06-08\');', ['1968-12-26', '1951-06-08']],
    ['| id | vorname | geb_datum  |\n|----|---------|------------|\n| 1  | Felix   | 1979-04-05 |\n| 2  | Heike   | 2004-09-13 |', ['1979-04-05', '2004-09-13']],
    ['mitarbeiter:\n- id: 1\n  kunde: KAYA Zeynep\n  geb_datum: "12.06.1979"\n  idnr: "80034265918"', ['12.06.1979']],
    ['Kunden-Nr.,Name,Geb.-Datum,Steuer-IdNr.\n1,Joost Visser,16.01.1992,74382671501\n2,Noor Hendriks,02.08.1991,25931448072', ['16.01.1992', '02.08.1991']],
    ['klantnr;naam;geboortedatum\n1;Sanne de Jong;14-02-1988', ['14-02-1988']],
  ])('%j', (text, dates) => expect(found(text, 'DATE_OF_BIRTH')).toEqual(dates));

  it.each([
    'Día de la nación: 12/03/1985',
    'La internacional 12/03/1985',
    'Kunden-Nr.,Name,Kunde seit\n1,Joost Visser,16.01.1992',
    'fnac_order,date\n1,2021-03-04',
  ])('no birth date in %j', (text) => expect(found(text, 'DATE_OF_BIRTH')).toEqual([]));
});

describe('phone numbers', () => {
  it.each([
    // Trunk numbers in libphonenumber's national format for NL and DE (3-3-4): not NANP numbers.
    ['Bel me op 020 997 5625 of mail.', ['020 997 5625']],
    ['Zentrale Berlin: 030 350 9014', ['030 350 9014']],
    ['kundennr;name;handy\n1;Pieter;010 819 2355\n2;Lotte;020 403 7292', ['010 819 2355', '020 403 7292']],
    // NANP and Italian mobiles (also written 3-3-4).
    ['US office: (415) 555-2671', ['(415) 555-2671']],
    ['| id | movil |\n|----|-------|\n| 1 | 320 046 1387 |', ['320 046 1387']],
    // Possible numbers in columns named like phones (contact number, mobil, telefoon).
    [
      'id,name,contact_number,dob\n1,Niamh,+1 721 944 8576,2004-10-14\n2,Sarah,4155550177,1975-07-08\n3,Omar,991.731.2074,1990-04-17',
      ['+1 721 944 8576', '4155550177', '991.731.2074'],
    ],
    ['INSERT INTO k (id, naam, mobil) VALUES\n  (1, \'Felix\', \'017683631679\'),\n  (2, \'Jutta\', \'031216 8357\');', ['017683631679', '031216 8357']],
    ['CREATE TABLE klanten (\n  id integer,\n  naam varchar(80),\n  telefoon varchar(15)\n);\nINSERT INTO klanten VALUES (1, \'Sanne\', \'0626789286\');', ['0626789286']],
  ])('%j', (text, phones) => expect(found(text, 'PHONE')).toEqual(phones));

  it.each([
    'epoch 1700000000 and order 4155552671',
    'value 123-456-7890 (not a real area code)',
  ])('no phone in %j', (text) => expect(found(text, 'PHONE')).toEqual([]));

  it('a contact_id column holds no phones (rows beyond the header\'s context window)', () => {
    const text = `id,contact_id,name\n${Array.from({ length: 8 }, (_, i) => `${i},415555017${i},Ann Smith`).join('\n')}`;
    expect(found(text, 'PHONE').filter((v) => text.indexOf(v) > 80)).toEqual([]);
  });
});
