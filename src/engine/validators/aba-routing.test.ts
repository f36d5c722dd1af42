import { describe, expect, it } from 'vitest';
import { abaRoutingValid } from './aba-routing';

describe('abaRoutingValid', () => {
  // Public routing numbers printed on cheques and listed in the Federal Reserve E-Payments directory
  // (JPMorgan Chase NY 021000021, Wells Fargo 121000248, Federal Reserve Bank of Boston 011000015).
  it.each(['021000021', '121000248', '011000015', '111000025'])('accepts %s', (n) => expect(abaRoutingValid(n)).toBe(true));
  it.each([
    ['021000022', 'bad checksum'],
    ['123456789', 'bad checksum'],
    ['501000025', 'prefix 50 not a Federal Reserve symbol'],
    ['000000000', 'zeros'],
    ['02100002', 'too short'],
  ])('rejects %s (%s)', (n) => expect(abaRoutingValid(n)).toBe(false));
});
