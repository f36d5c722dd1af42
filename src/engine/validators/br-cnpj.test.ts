import { describe, expect, it } from 'vitest';
import { brCnpjValid } from './br-cnpj';

describe('brCnpjValid', () => {
  // 16.727.230/0001-97 (valid) and …-98 (invalid) are python-stdnum's br.cnpj doctests (stdnum/br/cnpj.py);
  // 11.222.333/0001-81 is the CNPJ used in many algorithm tutorials.
  it.each(['16727230000197', '11222333000181', '11444777000161'])('accepts %s', (n) => expect(brCnpjValid(n)).toBe(true));
  it.each([
    ['16727230000198', 'wrong second check digit (doctest)'],
    ['11222333000191', 'wrong first check digit'],
    ['00000000000000', 'repeated digit'],
    ['1122233300018', 'too short'],
  ])('rejects %s (%s)', (n) => expect(brCnpjValid(n)).toBe(false));
});
