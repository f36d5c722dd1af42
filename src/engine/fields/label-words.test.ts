import { describe, expect, it } from 'vitest';
import { prompt2k, realisticText } from '../../../bench/realistic-text';
import { createRng } from '../../../bench/prng';
import { ADDRESS_LABEL_WORDS } from '../addresses/label-words';
import { CONTACT_LABEL_WORDS, NAME_LABEL_WORDS } from '../people/label-words';
import { LabelWordHits, labelWords, searchLabelWords, type LabelWords } from './label-words';

/** What one list's own search finds in [from, to). */
function alone(text: string, words: LabelWords, from: number, to: number): number[] {
  const out: number[] = [];
  searchLabelWords(text, words, from, to, (pos) => out.push(pos));
  return out;
}

function shared(hits: LabelWordHits, words: LabelWords, from: number, to: number): number[] {
  const out: number[] = [];
  hits.search(words, from, to, (pos) => out.push(pos));
  return out;
}

describe('LabelWordHits (one search for the words of every list)', () => {
  const LISTS = [NAME_LABEL_WORDS, ADDRESS_LABEL_WORDS, CONTACT_LABEL_WORDS];

  it('finds what each list finds alone, in whole texts and in ranges asked in any order', () => {
    const rng = createRng(7);
    const pieces = ['name', 'Nom', 'nombre', 'to', 'To:', 'de :', 'à', 'From:', 'address', 'Straße', 'STRASSE', 'rue ', 'rue:', 'via', 'data,', 'street', 'e-mail', 'Tél', 'phone', ' ', '\n', ':', '=', '|', ',', 'x', 'customer_name', 'addr1', 'line_1'];
    const texts = [prompt2k(3), realisticText(64 * 1024, 5)];
    for (let n = 0; n < 300; n++) texts.push(Array.from({ length: rng.int(1, 40) }, () => pieces[rng.int(0, pieces.length - 1)]).join(''));
    for (const text of texts) {
      const hits = new LabelWordHits(text);
      for (let k = 0; k < 6; k++) {
        const words = LISTS[rng.int(0, LISTS.length - 1)]!;
        const from = k === 0 ? 0 : rng.int(0, text.length);
        const to = k === 0 ? text.length : rng.int(from, text.length);
        expect(shared(hits, words, from, to), `${from}-${to}`).toEqual(alone(text, words, from, to));
      }
    }
  });

  it('finds the words of a list made after the text was first searched', () => {
    const text = 'Name: Ann\nkennzeichen: B-XY 12\nStraße: Hauptstraße 5\n';
    const hits = new LabelWordHits(text);
    expect(shared(hits, NAME_LABEL_WORDS, 0, text.length)).toEqual(alone(text, NAME_LABEL_WORDS, 0, text.length));
    const late = labelWords(['kennzeichen']);
    expect(shared(hits, late, 0, text.length)).toEqual([10]);
  });
});
