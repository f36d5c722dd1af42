import { describe, expect, it } from 'vitest';
import { ukNinoValid } from './uk-nino';

describe('ukNinoValid', () => {
  // Prefix rules from HMRC NIM39110 (https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim39110).
  it.each(['AB123456C', 'AB 12 34 56 C', 'JG103759A', 'ce123456d'])('accepts %s', (v) => expect(ukNinoValid(v)).toBe(true));
  it.each([
    ['QQ123456C', 'QQ is HMRC’s documentation sample, Q never a first letter'],
    ['DA123456C', 'D never a first letter'],
    ['AO123456C', 'O never a second letter'],
    ['GB123456A', 'GB never allocated'],
    ['NK123456A', 'NK never allocated'],
    ['AB123456E', 'suffix must be A–D'],
    ['AB12345C', 'five digits'],
  ])('rejects %s (%s)', (v) => expect(ukNinoValid(v)).toBe(false));
});
