import { describe, expect, it } from 'vitest';
import { deTaxIdValid, iso7064Mod11_10 } from './de-tax-id';

describe('deTaxIdValid', () => {
  // 36 574 261 809 is python-stdnum's de.idnr doctest value (stdnum/de/idnr.py); 86095742719 is the
  // sample IdNr widely used in German tax-software test data; the others are made up and computed.
  it.each(['36574261809', '86095742719', '47036892816', '65929970489'])('accepts %s', (n) =>
    expect(deTaxIdValid(n)).toBe(true),
  );
  it.each([
    ['86095742718', 'wrong check digit'],
    ['36574261890', 'wrong check digit (python-stdnum doctest)'],
    ['36554266806', 'more than one digit repeated (python-stdnum doctest)'],
    ['12345678903', 'no repeated digit among the first ten'],
    ['11223456789', 'two digits repeated'],
    ['01234567891', 'leading zero'],
    ['1112345678x', 'not digits'],
  ])('rejects %s (%s)', (n) => expect(deTaxIdValid(n)).toBe(false));

  it('computes ISO 7064 MOD 11,10 check digits', () => {
    expect(iso7064Mod11_10('8609574271')).toBe(9);
  });
});
