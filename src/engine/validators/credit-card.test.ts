import { describe, expect, it } from 'vitest';
import { cardIssuer, cardNumberLength, creditCardValid } from './credit-card';
import { digitsOf } from './digits';

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

describe('cardNumberLength', () => {
  it('gives the digit count exactly when creditCardValid accepts the digits (any separators)', () => {
    let a = 12345;
    const next = () => {
      a = (Math.imul(a, 1103515245) + 12345) >>> 0;
      return a / 4294967296;
    };
    const prefixes = ['4', '51', '55', '2221', '2720', '34', '37', '6011', '644', '65', '622126', '622925', '300', '3095', '36', '38', '3528', '3589', '62', '81', '2200', '5018', '6763', '1', '9', '0', '56', '2721'];
    let valid = 0;
    for (let k = 0; k < 20000; k++) {
      const length = 11 + Math.floor(next() * 10);
      let digits = prefixes[Math.floor(next() * prefixes.length)]!;
      while (digits.length < length) digits += String(Math.floor(next() * 10));
      digits = digits.slice(0, length);
      // Fix the Luhn digit half of the time.
      if (next() < 0.5) for (let d = 0; d <= 9 && !creditCardValid(digits); d++) digits = digits.slice(0, -1) + d;
      const sep = ['', ' ', '-', '.', '\u00a0'][Math.floor(next() * 5)]!;
      const value = sep ? digits.replace(/(\d{4})(?=\d)/g, `$1${sep}`) : digits;
      const expected = creditCardValid(digitsOf(value)) ? digits.length : 0;
      if (expected) valid++;
      if (cardNumberLength(value) !== expected) expect(cardNumberLength(value), value).toBe(expected);
    }
    expect(valid).toBeGreaterThan(2000);
  });
});
