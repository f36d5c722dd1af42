import { describe, expect, it } from 'vitest';
import { cardIssuer, creditCardValid } from './credit-card';

describe('creditCardValid', () => {
  // Test card numbers published by Stripe (https://docs.stripe.com/testing#cards), one per network.
  it.each([
    ['4242424242424242', 'Visa'],
    ['4000056655665556', 'Visa'],
    ['5555555555554444', 'Mastercard'],
    ['2223003122003222', 'Mastercard'],
    ['378282246310005', 'American Express'],
    ['6011111111111117', 'Discover'],
    ['3056930009020004', 'Diners Club'],
    ['36227206271667', 'Diners Club'],
    ['3566002020360505', 'JCB'],
    ['6200000000000005', 'UnionPay'],
  ])('accepts %s (%s)', (n, issuer) => {
    expect(cardIssuer(n)).toBe(issuer);
    expect(creditCardValid(n)).toBe(true);
  });

  it.each([
    ['4242424242424241', 'fails Luhn'],
    ['1234567812345670', 'passes Luhn but no network starts with 1'],
    ['424242424242424', 'Visa prefix with a length Visa never issues (15)'],
    ['9999999999999995', 'no network'],
    ['0000000000000000', 'no network'],
  ])('rejects %s (%s)', (n) => expect(creditCardValid(n)).toBe(false));
});
