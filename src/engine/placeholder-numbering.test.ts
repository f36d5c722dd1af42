import { describe, expect, it } from 'vitest';
import { PlaceholderNumbering } from './placeholder-numbering';
import { redact } from './redact';

describe('PlaceholderNumbering', () => {
  it('gives the same value of a type the same tag, and each type its own numbers', () => {
    const n = new PlaceholderNumbering();
    expect(n.tagFor('PERSON', 'Maria Schmidt')).toBe('[PERSON_1]');
    expect(n.tagFor('EMAIL', 'maria@example.de')).toBe('[EMAIL_1]');
    expect(n.tagFor('PERSON', 'Jan de Vries')).toBe('[PERSON_2]');
    expect(n.tagFor('PERSON', 'Maria Schmidt')).toBe('[PERSON_1]');
    expect(n.tagFor('POSTAL_ADDRESS', 'Hauptstraße 12, 10115 Berlin')).toBe('[ADDRESS_1]');
    expect(n.added().map((e) => e.tag)).toEqual(['[PERSON_1]', '[EMAIL_1]', '[PERSON_2]', '[ADDRESS_1]']);
    expect(n.used()).toEqual({ PERSON: 2, EMAIL: 1, POSTAL_ADDRESS: 1 });
  });

  it('keeps a conversation’s known tags and goes on after its highest number', () => {
    const n = new PlaceholderNumbering([
      { tag: '[PERSON_1]', type: 'PERSON', value: 'Maria Schmidt' },
      { tag: '[PERSON_3]', type: 'PERSON', value: 'Jan de Vries' },
    ]);
    expect(n.tagFor('PERSON', 'Jan de Vries')).toBe('[PERSON_3]');
    expect(n.tagFor('PERSON', 'Lucía Fernández')).toBe('[PERSON_4]');
    expect(n.added()).toEqual([{ tag: '[PERSON_4]', type: 'PERSON', value: 'Lucía Fernández' }]);
  });

  it('never gives a number twice, even after the value it stood for expired', () => {
    const n = new PlaceholderNumbering([], { PERSON: 5, EMAIL: 0, BAD: -1 });
    expect(n.tagFor('PERSON', 'Maria Schmidt')).toBe('[PERSON_6]');
    expect(n.tagFor('EMAIL', 'a@b.example')).toBe('[EMAIL_1]');
    expect(n.tagFor('BAD', 'x')).toBe('[BAD_1]');
  });

  it('tells the same value of two types apart', () => {
    const n = new PlaceholderNumbering();
    expect(n.tagFor('PHONE', '0612345678')).toBe('[PHONE_1]');
    expect(n.tagFor('NL_BSN', '0612345678')).toBe('[NL_BSN_1]');
  });

  it('numbers a second message of a conversation on from the first (through redact)', () => {
    const first = redact('Maria Schmidt, maria@example.de', [
      { start: 0, end: 13, type: 'PERSON' },
      { start: 15, end: 31, type: 'EMAIL' },
    ]);
    expect(first.text).toBe('[PERSON_1], [EMAIL_1]');
    const n = new PlaceholderNumbering([{ tag: '[PERSON_1]', type: 'PERSON', value: 'Maria Schmidt' }]);
    const second = redact('Jan de Vries wrote to Maria Schmidt', [
      { start: 0, end: 12, type: 'PERSON' },
      { start: 22, end: 35, type: 'PERSON' },
    ], { kind: 'placeholder' }, n);
    expect(second.text).toBe('[PERSON_2] wrote to [PERSON_1]');
    expect(n.added()).toEqual([{ tag: '[PERSON_2]', type: 'PERSON', value: 'Jan de Vries' }]);
  });
});
