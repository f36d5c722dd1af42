import { describe, expect, it } from 'vitest';
import { itFiscalCodeValid } from './it-fiscal-code';

describe('itFiscalCodeValid', () => {
  // RCCMNL83S18D969H and CNTCHR83T41D969D (a woman: day + 40) are python-stdnum's it.codicefiscale
  // doctests (stdnum/it/codicefiscale.py); RSSMRA85T10A562S is it.wikipedia's "Codice fiscale" example.
  it.each(['RCCMNL83S18D969H', 'CNTCHR83T41D969D', 'RSSMRA85T10A562S', 'rssmra85t10a562s'])('accepts %s', (v) =>
    expect(itFiscalCodeValid(v)).toBe(true),
  );
  it.each([
    ['RSSMRA85T10A562T', 'wrong check letter'],
    ['RSSMRA85Z10A562S', 'Z is not a month letter'],
    ['RSSMRA85T32A562S', 'day 32'],
    ['RCCMNL83S18D969', 'too short (python-stdnum doctest)'],
  ])('rejects %s (%s)', (v) => expect(itFiscalCodeValid(v)).toBe(false));
});
