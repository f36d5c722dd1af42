/** `Finding.why`: the engine's explanation as data (src/ui/shared/explain.ts words it per language). */
import { describe, expect, it } from 'vitest';
import { compileCustomDetectors } from './custom';
import { createScanner, scan } from './scan';

describe('Finding.why', () => {
  it('names the detector and pattern, says the validator passed and gives the context word', () => {
    // 4111 1111 1111 1111: the Visa test number of the card networks' published test data (passes Luhn).
    const [f] = scan('charge my card 4111 1111 1111 1111');
    expect(f?.why).toEqual({ detector: 'credit-card', pattern: 'grouped-16', checked: true, near: 'card' });
    // The English reason says the same thing.
    expect(f!.reason).toBe('Payment card number (network prefix, length and Luhn check) (pattern "grouped-16"); passed its check; near "card"');
    expect(f!.why).not.toHaveProperty('customLabel');
  });

  it('leaves out what did not happen (no validator, no context word), and carries an admin rule’s label', () => {
    const set = compileCustomDetectors({ customTerms: [{ id: 'projects', label: 'Code names', terms: ['Falcon'] }] });
    const [f] = createScanner(set.detectors).scan('ship Falcon today');
    expect(f?.why).toEqual({ detector: 'custom-term-projects', pattern: 'whole word', checked: false, customLabel: 'Code names' });
  });
});
