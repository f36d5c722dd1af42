import { describe, expect, it } from 'vitest';
import { auTfnValid } from './au-tfn';

describe('auTfnValid', () => {
  // 123 456 782 is python-stdnum's au.tfn doctest value (stdnum/au/tfn.py); 876 543 210 is computed.
  // 8-digit TFNs use weights 10,7,8,4,6,3,5,1 (en.wikipedia "Tax file number"); 37118629 and 37118705
  // are the 8-digit examples given there.
  it.each(['123456782', '876543210', '37118629', '37118705'])('accepts %s', (n) => expect(auTfnValid(n)).toBe(true));
  it.each([
    ['123456789', 'fails the weighted sum'],
    ['876543211', 'fails the weighted sum'],
    ['999999999', 'python-stdnum doctest: invalid checksum'],
    ['000000000', 'zeros'],
    ['1234567', 'too short'],
  ])('rejects %s (%s)', (n) => expect(auTfnValid(n)).toBe(false));
});
