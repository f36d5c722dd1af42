import { describe, expect, it } from 'vitest';
import { esDniValid } from './es-dni';

describe('esDniValid', () => {
  // x-2482300w (valid) and x-2482300a (invalid) are python-stdnum's es.nie doctests (stdnum/es/nie.py);
  // 12345678Z is the usual DNI worked example (12345678 mod 23 = 14 → Z); Y/Z forms computed (Y → 1, Z → 2).
  it.each(['12345678Z', '12.345.678-Z', '12345678-z', 'x-2482300w', 'X1234567L', 'Y1234567X', 'Z1234567R'])('accepts %s', (v) =>
    expect(esDniValid(v)).toBe(true),
  );
  it.each([
    ['12345678A', 'wrong letter'],
    ['x-2482300a', 'wrong letter (doctest)'],
    ['X12345678L', 'NIE with 8 digits'],
    ['1234567L', 'DNI with 7 digits'],
    ['00000000T', 'zeros'],
  ])('rejects %s (%s)', (v) => expect(esDniValid(v)).toBe(false));
});
