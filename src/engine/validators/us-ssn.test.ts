import { describe, expect, it } from 'vitest';
import { usSsnValid } from './us-ssn';

describe('usSsnValid', () => {
  it.each(['536901234', '001010001', '665123456', '899991234', '772345678'])('accepts %s', (n) =>
    expect(usSsnValid(n)).toBe(true),
  );

  // Invalid ranges per SSA "Social Security Number Randomization" (https://www.ssa.gov/employer/randomization.html);
  // 078-05-1120 is the Woolworth wallet-card number (https://www.ssa.gov/history/ssn/misused.html).
  it.each([
    ['000123456', 'area 000'],
    ['666123456', 'area 666'],
    ['912701234', 'area 9xx (ITIN space)'],
    ['536001234', 'group 00'],
    ['536900000', 'serial 0000'],
    ['078051120', 'Woolworth sample'],
    ['219099999', 'SSA pamphlet sample'],
    ['123456789', 'placeholder'],
    ['53690123', 'too short'],
  ])('rejects %s (%s)', (n) => expect(usSsnValid(n)).toBe(false));
});
