import { describe, expect, it } from 'vitest';
import { mayHoldPlaceholders, placeholdersIn, restoreText } from './restore-text';

const VALUES = new Map([
  ['[PERSON_1]', 'Maria Schmidt'],
  ['[EMAIL_1]', 'maria@example.de'],
  ['[ADDRESS_1]', 'Hauptstraße 12, 10115 Berlin'],
]);
const plain = (text: string) => restoreText(text, VALUES).parts.map((p) => (typeof p === 'string' ? p : `<${p.value}>`)).join('');

describe('restoreText', () => {
  it('shows each known placeholder as its value and counts them', () => {
    const out = restoreText('Dear [PERSON_1], we wrote to [EMAIL_1].', VALUES);
    expect(out.restored).toBe(2);
    expect(plain('Dear [PERSON_1], we wrote to [EMAIL_1].')).toBe('Dear <Maria Schmidt>, we wrote to <maria@example.de>.');
  });

  it('restores inside markdown, code blocks and tables', () => {
    expect(plain('**[PERSON_1]** lives at _[ADDRESS_1]_')).toBe('**<Maria Schmidt>** lives at _<Hauptstraße 12, 10115 Berlin>_');
    expect(plain('```\nsend_mail("[EMAIL_1]")\n```')).toBe('```\nsend_mail("<maria@example.de>")\n```');
    expect(plain('| name | mail |\n|---|---|\n| [PERSON_1] | [EMAIL_1] |')).toBe('| name | mail |\n|---|---|\n| <Maria Schmidt> | <maria@example.de> |');
  });

  it('leaves unknown, invented and half-streamed placeholders as they are', () => {
    expect(plain('[PERSON_2] and [PERSON_1] and [EMAIL_')).toBe('[PERSON_2] and <Maria Schmidt> and [EMAIL_');
    expect(plain('[PERSON_1')).toBe('[PERSON_1');
    expect(plain('[person_1] [PERSON_1x]')).toBe('[person_1] [PERSON_1x]');
    expect(restoreText('no tags here', VALUES).restored).toBe(0);
  });

  it('says cheaply whether a text may hold placeholders, and which', () => {
    expect(mayHoldPlaceholders('plain [text] here')).toBe(false);
    expect(mayHoldPlaceholders('see [US_SSN_3]')).toBe(true);
    expect(placeholdersIn('[PERSON_1] [EMAIL_1] [PERSON_1]')).toEqual(['[PERSON_1]', '[EMAIL_1]']);
  });
});
