import { describe, expect, it } from 'vitest';
import { createScanner } from '../engine/scan';
import { ALL_DETECTORS } from '../engine/detectors';
import { describeLocation, extractDocument, locate, type Extracted } from '.';
import { pptx } from './testing/office-files';

const scanner = createScanner(ALL_DETECTORS);

async function read(bytes: Uint8Array): Promise<Extracted> {
  const outcome = await extractDocument(bytes, { name: 'deck.pptx' });
  if (outcome.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
  return outcome.extracted;
}

// A sales deck: five slides (files numbered in reverse of the show order), a card on slide 2, an API
// key in slide 5's speaker notes.
const DECK = pptx([
  { texts: ['Q4 review', 'Revenue up 12%'] },
  { texts: ['Customer issue', 'Refund card 4242 4242 4242 4242 today'] },
  { texts: ['Roadmap'], notes: 'Ask Priya about the launch date' },
  { texts: ['Team'] },
  { texts: ['Demo', 'Live demo of the API'], notes: 'Use key 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 for the demo' },
]);

describe('PPTX', () => {
  it('reads slides in show order, each followed by its speaker notes (not the slide-number placeholder)', async () => {
    const extracted = await read(DECK);
    expect(extracted.format).toBe('pptx');
    expect(extracted.text).toBe(
      [
        'Q4 review\nRevenue up 12%',
        'Customer issue\nRefund card 4242 4242 4242 4242 today',
        'Roadmap',
        'Ask Priya about the launch date',
        'Team',
        'Demo\nLive demo of the API',
        'Use key 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 for the demo',
      ].join('\n\n'),
    );
  });

  it('lets the engine find the card on slide 2 and the token in slide 5 notes', async () => {
    const extracted = await read(DECK);
    const found = scanner.scan(extracted.text).map((f) => `${f.type} @ ${describeLocation(locate(extracted, f.start)!)}`);
    expect(found).toEqual(expect.arrayContaining(['CREDIT_CARD @ slide 2', 'GITHUB_TOKEN @ slide 5 notes']));
    expect(describeLocation(locate(extracted, extracted.text.indexOf('Priya'))!)).toBe('slide 3 notes');
    expect(describeLocation(locate(extracted, extracted.text.indexOf('Team'))!)).toBe('slide 4');
  });

  it('reads a benign deck with nothing for the engine to find', async () => {
    const extracted = await read(pptx([{ texts: ['Welcome', 'Agenda for today'] }]));
    expect(extracted.text).toBe('Welcome\nAgenda for today');
    expect(scanner.scan(extracted.text)).toEqual([]);
  });
});
