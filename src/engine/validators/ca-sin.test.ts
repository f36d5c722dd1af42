import { describe, expect, it } from 'vitest';
import { caSinValid } from './ca-sin';

describe('caSinValid', () => {
  // 123-456-782 and the rejected 823456785 / 999-999-999 are python-stdnum's ca.sin doctests
  // (stdnum/ca/sin.py). 046 454 286 is en.wikipedia's Luhn example; first digit 0 marks a fictitious
  // number, so it is rejected. 946454287 (temporary resident) is computed.
  it.each(['123456782', '130692544', '946454287'])('accepts %s', (n) => expect(caSinValid(n)).toBe(true));
  it.each([
    ['046454286', 'first digit 0: fictitious'],
    ['823456785', 'first digit 8: business numbers (python-stdnum doctest)'],
    ['999999999', 'fails Luhn (python-stdnum doctest)'],
    ['130692545', 'fails Luhn'],
    ['13069254', 'too short'],
  ])('rejects %s (%s)', (n) => expect(caSinValid(n)).toBe(false));
});
