import { describe, expect, it } from 'vitest';
import { scan } from '../engine/scan';
import type { Finding } from '../engine/types';
import { CONVERSATION_DETECTOR, withConversationValues } from './conversation-values';

const maria = { tag: '[PERSON_1]', type: 'PERSON', value: 'Maria Schmidt' };
const street = { tag: '[ADDRESS_1]', type: 'POSTAL_ADDRESS', value: 'Hauptstraße 12' };
const card = { tag: '[CREDIT_CARD_1]', type: 'CREDIT_CARD', value: '4111 1111 1111 1111' };
const weaker = (f: Finding) => f.type === 'PERSON';
const summary = (fs: readonly Finding[]) => fs.map((f) => `${f.type}:${f.detector}:${f.start}-${f.end}`);

describe('withConversationValues', () => {
  it('relabels the engine’s own finding of a value sent before when the rules act on it less than by redacting', () => {
    const text = 'Did Maria Schmidt answer?';
    const found = scan(text);
    expect(summary(found)).toEqual(['PERSON:person-name:4-17']);
    const out = withConversationValues(found, text, [maria], weaker);
    expect(summary(out)).toEqual([`PERSON:${CONVERSATION_DETECTOR}:4-17`]);
    expect(out[0]!.reason).toBe('Sent as [PERSON_1] earlier in this conversation');
    expect(out[0]!.preview).toBe(found[0]!.preview);
  });

  it('keeps a finding the rules act on more strongly, and adds values the engine did not find', () => {
    const text = 'Card 4111 1111 1111 1111, street Hauptstraße 12 (again)';
    const found = scan(text);
    const out = withConversationValues(found, text, [card, street], weaker);
    expect(out.filter((f) => f.type === 'CREDIT_CARD').map((f) => f.detector)).not.toContain(CONVERSATION_DETECTOR);
    const added = out.find((f) => f.detector === CONVERSATION_DETECTOR)!;
    expect(text.slice(added.start, added.end)).toBe('Hauptstraße 12');
    expect(added.type).toBe('POSTAL_ADDRESS');
    expect(added.preview).toBe('•• Hauptstraße ••'); // the product's address mask: the house number never shows
    expect(out.map((f) => f.start)).toEqual([...out.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('finds every occurrence, but never inside a longer word or number', () => {
    const text = 'Maria Schmidt, Maria Schmidtke and again Maria Schmidt.';
    const out = withConversationValues([], text, [maria], weaker);
    expect(out.map((f) => f.start)).toEqual([0, 41]);
  });

  it('takes the longest value at a position, and leaves the findings in text order', () => {
    const lang = { tag: '[PERSON_2]', type: 'PERSON', value: 'Maria Schmidt-Lang' };
    const out = withConversationValues([], 'Maria Schmidt-Lang met Maria Schmidt', [maria, lang], weaker);
    expect(out.map((f) => [f.start, f.end, f.reason])).toEqual([
      [0, 18, 'Sent as [PERSON_2] earlier in this conversation'],
      [23, 36, 'Sent as [PERSON_1] earlier in this conversation'],
    ]);
  });

  it('changes nothing without vault values, or for values too short to be told from chance', () => {
    const found = scan('Maria Schmidt');
    expect(withConversationValues(found, 'Maria Schmidt', [], weaker)).toEqual(found);
    expect(withConversationValues([], 'Li and 12', [{ tag: '[PERSON_2]', type: 'PERSON', value: 'Li' }], weaker)).toEqual([]);
  });
});
