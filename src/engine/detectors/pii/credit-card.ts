import type { Detector } from '../../types';
import { cardNumberLength } from '../../validators/credit-card';
import { afterIbanGroups, isolated, unglued } from './shared';

// Card numbers are printed compact or in groups split by one repeated separator. Each grouping is
// its own pattern so a longer reading that fails Luhn (a card followed by its CVV) does not hide the
// card: every reading becomes a candidate and overlap resolution keeps the valid one.
// Commas are field separators in CSV, so they are allowed around the number.
/**
 * The first digit, not glued to a word, a dot or a dash before it: the look-behind comes after the
 * digit (`\d(?<![\w.\-]\d)`, the same test as `(?<![\w.\-])\d`), so V8 tries it only where a digit
 * stands instead of at every position of a numeric window (the four grouped patterns ran twice as fast
 * on the bench's customer table).
 */
const D = String.raw`\d(?<![\w.\-]\d)`;
const E = String.raw`(?![\w]|[.\-]\d)`;
const SEP = String.raw`([ .\-\u00a0])`;

/** Payment card numbers (PAN): known network prefix and length, Luhn check, any separators. */
export const creditCard: Detector = {
  id: 'credit-card',
  type: 'CREDIT_CARD',
  category: 'FINANCIAL',
  severity: 'high',
  description: 'Payment card number (network prefix, length and Luhn check)',
  // 13–19 digits (the engine also offers longer spans, e.g. a card merged with its expiry "… 1111 12/26").
  anchor: { numeric: { minDigits: 13, maxDigits: 19, offer: unglued } },
  patterns: [
    // Each pattern matches whole digit groups (no digit before or after): in a table row, whose window
    // every card pattern is offered, each runs only if a span has its groups.
    { name: 'compact', regex: new RegExp(`${D}\\d{12,18}${E}`, 'g'), score: 0.9, groups: [[13], [14], [15], [16], [17], [18], [19]] },
    { name: 'grouped-16', regex: new RegExp(`${D}\\d{3}${SEP}\\d{4}\\1\\d{4}\\1\\d{4}${E}`, 'g'), score: 0.9, groups: [[4, 4, 4, 4]] },
    { name: 'grouped-19', regex: new RegExp(`${D}\\d{3}${SEP}\\d{4}\\1\\d{4}\\1\\d{4}\\1\\d{3}${E}`, 'g'), score: 0.9, groups: [[4, 4, 4, 4, 3]] },
    { name: 'grouped-15', regex: new RegExp(`${D}\\d{3}${SEP}\\d{6}\\1\\d{5}${E}`, 'g'), score: 0.9, groups: [[4, 6, 5]] },
    { name: 'grouped-14', regex: new RegExp(`${D}\\d{3}${SEP}\\d{6}\\1\\d{4}${E}`, 'g'), score: 0.9, groups: [[4, 6, 4]] },
  ],
  validate: (value, info) => {
    const length = cardNumberLength(value);
    // "IBAN PT97 2493 9401 0539 2192 9844 6": the groups of a (mistyped) IBAN, not a card.
    if (length === 0 || !isolated(info) || afterIbanGroups(info.before)) return false;
    // 13-digit cards (old Visa) are no longer issued, while 13-digit EAN barcodes are everywhere:
    // only next to a card word.
    return length === 13 ? 0.45 : 0.9;
  },
  context: { words: ['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'cvv', 'carte', 'tarjeta', 'karte', 'kreditkarte', 'cb '], boost: 0.1 },
  maxLength: 23,
  examples: {
    match: [
      'card 4242 4242 4242 4242 exp 12/26',
      'Visa: 4111-1111-1111-1111',
      'amex 3782 822463 10005',
      'paid with 5555555555554444 yesterday',
      'num 4242.4242.4242.4242',
      'Karte 4111 1111 1111 1111 12/26 123',
    ],
    noMatch: [
      'order 4242 4242 4242 4241 (fails Luhn)',
      'tracking 1234567812345670',
      'trace id 9999999999999995',
      'ts 1700000000000 and 1700000000001',
      'mixed 4242-4242 4242.4242',
      'SKU,4000254170760,Office chair',
      'The form rejects IBAN PT97 4242 4242 4242 4242 9844 6',
    ],
  },
};
