import { describe, expect, it } from 'vitest';
import type { FieldIndex, LabelledCell } from '../fields';
import { normaliseLabel } from '../fields';
import { createScanner } from '../scan';
import type { Detector } from '../types';
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

/**
 * A hand-built field index over a comma-separated table (header on the first line), standing in for
 * the real one (src/engine/fields) so the column cues can be tested on this branch.
 */
function csvFields(text: string): FieldIndex {
  const lines: { start: number; end: number }[] = [];
  for (let s = 0; s <= text.length; ) {
    const e = text.indexOf('\n', s);
    const end = e < 0 ? text.length : e;
    lines.push({ start: s, end });
    s = end + 1;
  }
  const cellsOf = ({ start, end }: { start: number; end: number }) => {
    const out: { start: number; end: number }[] = [];
    for (let s = start; s <= end; ) {
      const c = text.indexOf(',', s);
      const e = c < 0 || c > end ? end : c;
      out.push({ start: s, end: e });
      s = e + 1;
    }
    return out;
  };
  const header = cellsOf(lines[0]!).map((c) => normaliseLabel(text.slice(c.start, c.end)));
  const all: LabelledCell[] = lines.slice(1).flatMap((line) => cellsOf(line).map((c, i) => ({ ...c, label: header[i] ?? '' })));
  return {
    labelAt: (pos) => all.find((c) => c.start <= pos && pos < c.end)?.label,
    columnBelow: () => undefined,
    logLine: () => false,
    cells: (test, start, end) => all.filter((c) => c.start < end && c.end > start && test(c.label)),
    recordAt: (pos) => lines.find((l) => l.start <= pos && pos <= l.end)! && { ...lines.find((l) => l.start <= pos && pos <= l.end)!, table: true },
  };
}

/** The detector with the hand-built index in place of the scan's own. */
function scanWithFields(text: string, withPreview = false) {
  const fields = csvFields(text);
  const d: Detector = { ...postalAddress, find: (t, scope) => postalAddress.find!(t, { ...scope, fields }) };
  return createScanner([d])
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
