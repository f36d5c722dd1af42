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
});
