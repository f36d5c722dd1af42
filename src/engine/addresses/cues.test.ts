import { describe, expect, it } from 'vitest';
import { createScanner } from '../scan';
import { addressLabelWord, textCueBefore } from './cues';
import { postalAddress } from './detector';

describe('address labels', () => {
  it.each([
    [' address ', 'address'],
    [' shipping address ', 'address'],
    [' street address ', 'street'],
    [' address line 1 ', 'address'],
    [' addr1 ', 'addr'],
    [' lieferadresse ', 'adresse'],
    [' anschrift ', 'anschrift'],
    [' straße ', 'straße'],
    [' dirección ', 'dirección'],
    [' indirizzo ', 'indirizzo'],
    [' bezorgadres ', 'adres'],
  ])('%s is an address field (%s)', (label, word) => {
    expect(addressLabelWord(label)).toBe(word);
  });

  it.each([' email address ', ' e mail adresse ', ' emailadresse ', ' ip address ', ' mac address ', ' wallet address ', ' mailadres ', ' city ', ' zip ', ' name '])(
    '%s is not',
    (label) => {
      expect(addressLabelWord(label)).toBeUndefined();
    },
  );
});

describe('prose cues', () => {
  it.each([
    ['Address: ', 'address'],
    ['Please ship to ', 'ship to'],
    ['Er wohnt in der ', 'wohnt'],
    ['Le client habite au ', 'habite'],
    ['Anschrift:\nHerrn Peter Müller\n', 'anschrift'],
    ['Notes from the call\n\nWe met on Monday.\n', undefined],
    ['Anschrift:\n', 'anschrift'],
    ['My email address is a@b.c, and ', undefined],
  ])('%j → %s', (before, cue) => {
    expect(textCueBefore(`${before}Hauptstraße 12`, before.length)).toBe(cue);
  });
});

/** The detector alone, with the scan's own field index (`createFieldIndex`, src/engine/fields). */
const scanner = createScanner([postalAddress]);
function scanWithFields(text: string, withPreview = false) {
  return scanner
    .scan(text)
    .map((f) => ({ value: text.slice(f.start, f.end), pattern: f.why?.pattern, near: f.why?.near, score: f.score, ...(withPreview && { preview: f.preview }) }));
}

describe('address columns', () => {
  it('reads an address column without street types', () => {
    const text = 'name,address,phone\nAna Ruiz,Flat 3 12 Acacia,555 0101\nJan Bos,Damrak 1 Amsterdam,555 0102';
    expect(scanWithFields(text)).toEqual([
      { value: 'Flat 3 12 Acacia', pattern: 'column', near: 'address', score: 0.85 },
      { value: 'Damrak 1 Amsterdam', pattern: 'column', near: 'address', score: 0.85 },
    ]);
  });

  it('masks a cell without a type word down to the word by its house number', () => {
    const text = 'name,address\nJan Bos,Damrak 1 Amsterdam\nAna Ruiz,12 Acacia\nBo Li,Flat 3 12 Acacia';
    expect(scanWithFields(text, true).map((f) => f.preview)).toEqual(['•• Damrak ••', '••••', '•• Flat ••']);
  });

  it('raises a street found in a street column to the label cue', () => {
    const text = 'kunde,straße,plz\nMüller,Hauptstraße 12,10115';
    expect(scanWithFields(text)).toEqual([{ value: 'Hauptstraße 12', pattern: 'street+cue', near: 'straße', score: 0.85 }]);
  });

  it('leaves other columns and cells without a house number alone', () => {
    const text = 'name,email_address,note,address\nAna,ana 12 x@y.io,met at 12 Acacia Lane,Springfield\nBo,bo@y.io,room 4,Hauptstraße';
    expect(scanWithFields(text)).toEqual([{ value: '12 Acacia Lane', pattern: 'street', near: undefined, score: 0.6 }]);
  });

  it.each([
    ['JSON key, ordinal street', '{"street_address": "653 14th Pl", "postcode": 37221}', '653 14th Pl', 'street'],
    ['XML tag, French street', '<client>\n  <voie>8 rue du Général Leclerc</voie>\n  <code_postal>64100</code_postal>\n</client>', '8 rue du Général Leclerc', 'voie'],
    ['SQL INSERT, Spanish floor', "INSERT INTO clientes (nombre, direccion, cp) VALUES ('Ana', 'Calle San Francisco, nº 32, 2º A', '26005');", 'Calle San Francisco, nº 32, 2º A', 'direccion'],
    ['YAML key, no type word', 'kunde:\n  str_hausnr: Damrak 287\n  plz: 2625 SR', 'Damrak 287', 'str'],
    ['TSV via column', 'nome\tvia\tcap\nLuca\tVia Toledo, 31\t80142', 'Via Toledo, 31', 'via'],
    ['Australian flat and house', 'name,address_line1,postcode\nKim,10/59 Murray Crescent,3220', '10/59 Murray Crescent', 'address'],
    ['directional', 'name|street|zip\nWalker|2368 W Hickory Ct|87122', '2368 W Hickory Ct', 'street'],
    ['French letter suffix', 'nom;rue;cp\nRoux;147 B rue Paul Bert;87016', '147 B rue Paul Bert', 'rue'],
    ['CREATE TABLE rue column, INSERT without columns', "CREATE TABLE clients (\n  id INT,\n  rue VARCHAR(120),\n  cp VARCHAR(10)\n);\nINSERT INTO clients VALUES\n(1, '73 rue Jules Ferry', '69005');", '73 rue Jules Ferry', 'rue'],
    ['Dutch addition', 'naam,adres,postcode\nBos,Damrak 18-hs,2619 RZ', 'Damrak 18-hs', 'adres'],
    ['Stripe-style line1 with a street type', '{"shipping": {"line1": "12 Main St", "city": "Boston"}}', '12 Main St', 'line'],
  ])('reads an address cell: %s', (_name, text, value, near) => {
    expect(scanWithFields(text).map((f) => [f.value, f.near])).toEqual([[value, near]]);
  });

  it.each([
    ['code under a key named street', 'const street = rows[12].main; // 12 Main'],
    ['a member access', '{"address": "user.address.street1"}'],
    ['a call', 'street = getStreet(12, opts)'],
    ['a memory address', 'address: 0x7ffd5e8c 12'],
    ['an identifier and a number', '{"street": "streetName 12"}'],
    ['a template', 'address = "${street} 12"'],
    ['a postcode and city alone', 'name,address\nAna,10115 Berlin'],
    ['a PO box alone', 'name,address\nAna,PO Box 12'],
    ['a time', 'name,address\nAna,Meet 10:30 Lobby'],
    ['a decimal', 'name,address\nAna,Total 12.5 Euro'],
    ['a line1 field without a street type', '{"log": {"line1": "Error 12 Main thread"}}'],
  ])('leaves a value that is no street line alone: %s', (_name, text) => {
    expect(scanWithFields(text)).toEqual([]);
  });
});
