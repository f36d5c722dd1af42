import { describe, expect, it } from 'vitest';
import { inAadhaarValid } from './in-aadhaar';

describe('inAadhaarValid', () => {
  // 2341 2341 2346 and the rejected values marked "doctest" come from python-stdnum's in.aadhaar
  // (stdnum/in_/aadhaar.py); 999941057058 is a UIDAI sandbox test number used in Aadhaar API samples.
  it.each(['999941057058', '234123412346', '499118665246'])('accepts %s', (n) => expect(inAadhaarValid(n)).toBe(true));
  it.each([
    ['234123412347', 'fails Verhoeff (doctest)'],
    ['123412341234', 'first digit 1 is reserved (doctest)'],
    ['034123412346', 'first digit 0 is reserved'],
    ['222222222222', 'palindrome (doctest)'],
    ['23412341234', 'too short'],
  ])('rejects %s (%s)', (n) => expect(inAadhaarValid(n)).toBe(false));
});
