import { describe, expect, it } from 'vitest';
import { brCpfValid } from './br-cpf';

describe('brCpfValid', () => {
  // 390.533.447-05 (valid) and 231.002.999-00 (invalid) are python-stdnum's br.cpf doctests
  // (stdnum/br/cpf.py); 111.444.777-35 is the CPF used in many algorithm tutorials.
  it.each(['39053344705', '11144477735', '52998224725'])('accepts %s', (n) => expect(brCpfValid(n)).toBe(true));
  it.each([
    ['23100299900', 'bad check digits (doctest)'],
    ['11144477736', 'wrong second check digit'],
    ['11144477725', 'wrong first check digit'],
    ['11111111111', 'repeated digit'],
    ['1114447773', 'too short'],
  ])('rejects %s (%s)', (n) => expect(brCpfValid(n)).toBe(false));
});
