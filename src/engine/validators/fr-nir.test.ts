import { describe, expect, it } from 'vitest';
import { frNirValid } from './fr-nir';

describe('frNirValid', () => {
  // 2 95 10 99 126 111 93, 253072B07300470 and 253072A07300443 are python-stdnum's fr.nir doctests
  // (stdnum/fr/nir.py, Corsica 2A → 19, 2B → 18); the others are made up and keyed with 97 − (n mod 97).
  it.each(['2 95 10 99 126 111 93', '253072B07300470', '253072A07300443', '255081416802538', '1 84 02 2A 123 456 34'])(
    'accepts %s',
    (v) => expect(frNirValid(v)).toBe(true),
  );
  it.each([
    ['295109912611199', 'wrong key (python-stdnum doctest)'],
    ['253072C07300443', 'no département 2C (python-stdnum doctest)'],
    ['555081416802538', 'sex digit 5'],
    ['255131416802538', 'month 13'],
    ['184022B12345634', 'key computed for 2A, not 2B'],
    ['25508141680253', 'too short'],
  ])('rejects %s (%s)', (v) => expect(frNirValid(v)).toBe(false));
});
