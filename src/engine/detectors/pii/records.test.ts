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
