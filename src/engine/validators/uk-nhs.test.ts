import { describe, expect, it } from 'vitest';
import { ukNhsValid } from './uk-nhs';

describe('ukNhsValid', () => {
  // 943-476-5870 (valid) and 9434765871 (invalid) are python-stdnum's gb.nhs doctests (stdnum/gb/nhs.py);
  // 943 476 5919 and 401 023 2137 are test numbers widely used in NHS software test suites.
  it.each(['9434765870', '9434765919', '4010232137'])('accepts %s', (n) => expect(ukNhsValid(n)).toBe(true));
  it.each([
    ['9434765871', 'bad check digit (doctest)'],
    ['9434765910', 'bad check digit'],
    ['1111111111', 'repeated filler'],
    ['943476591', 'too short'],
  ])('rejects %s (%s)', (n) => expect(ukNhsValid(n)).toBe(false));
});
