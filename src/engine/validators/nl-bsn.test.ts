import { describe, expect, it } from 'vitest';
import { nlBsnValid } from './nl-bsn';

describe('nlBsnValid', () => {
  // 1112.22.333 is python-stdnum's nl.bsn doctest value (stdnum/nl/bsn.py); 123456782 and 010000008
  // are computed with the 11-proof.
  it.each(['111222333', '123456782', '010000008'])('accepts %s', (n) => expect(nlBsnValid(n)).toBe(true));
  it.each([
    ['111252333', 'fails 11-proof (python-stdnum doctest 1112.52.333)'],
    ['123456789', 'fails 11-proof'],
    ['000000000', 'all zeros'],
    ['12345678', 'too short'],
  ])('rejects %s (%s)', (n) => expect(nlBsnValid(n)).toBe(false));
});
