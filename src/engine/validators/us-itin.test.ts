import { describe, expect, it } from 'vitest';
import { usItinValid } from './us-itin';

describe('usItinValid', () => {
  // Group ranges from the IRS ITIN format (IRS Publication 1915, "Understanding your ITIN"; group
  // 50–65 added in 2011, see https://www.irs.gov/individuals/individual-taxpayer-identification-number).
  it.each(['912701234', '900501234', '999991234', '923881234', '945921234'])('accepts %s', (n) =>
    expect(usItinValid(n)).toBe(true),
  );
  it.each([
    ['912691234', 'group 69 not assigned'],
    ['912931234', 'group 93 not assigned'],
    ['912491234', 'group 49 not assigned'],
    ['812701234', 'not in the 9xx area'],
    ['912700000', 'serial 0000'],
  ])('rejects %s (%s)', (n) => expect(usItinValid(n)).toBe(false));
});
