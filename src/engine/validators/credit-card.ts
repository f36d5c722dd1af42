import { luhnValid } from './luhn';

/** A card network with its IIN (prefix) ranges and allowed PAN lengths. */
interface Issuer {
  readonly name: string;
  /** Inclusive prefix ranges, compared on the first `lo.length` digits. */
  readonly ranges: readonly (readonly [string, string])[];
  readonly lengths: readonly number[];
}

/**
 * IIN ranges and lengths per network, from the networks' public ranges as summarised by
 * https://en.wikipedia.org/wiki/Payment_card_number#Issuer_identification_number_(IIN).
 * Deliberately narrow (no catch-all "Maestro 5/6"): a 16-digit ID that merely passes Luhn is not a card.
 */
const ISSUERS: readonly Issuer[] = [
  { name: 'Visa', ranges: [['4', '4']], lengths: [13, 16, 19] },
  { name: 'Mastercard', ranges: [['51', '55'], ['2221', '2720']], lengths: [16] },
  { name: 'American Express', ranges: [['34', '34'], ['37', '37']], lengths: [15] },
  { name: 'Discover', ranges: [['6011', '6011'], ['644', '649'], ['65', '65'], ['622126', '622925']], lengths: [16, 17, 18, 19] },
  { name: 'Diners Club', ranges: [['300', '305'], ['3095', '3095'], ['36', '36'], ['38', '39']], lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'JCB', ranges: [['3528', '3589']], lengths: [16, 17, 18, 19] },
  { name: 'UnionPay', ranges: [['62', '62'], ['81', '81']], lengths: [16, 17, 18, 19] },
  { name: 'Mir', ranges: [['2200', '2204']], lengths: [16, 17, 18, 19] },
  { name: 'Maestro', ranges: [['5018', '5018'], ['5020', '5020'], ['5038', '5038'], ['5893', '5893'], ['6304', '6304'], ['6759', '6759'], ['6761', '6763']], lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
];

/** The card network whose IIN range and length fit `digits`, or undefined. */
export function cardIssuer(digits: string): string | undefined {
  for (const issuer of ISSUERS) {
    if (!issuer.lengths.includes(digits.length)) continue;
    for (const [lo, hi] of issuer.ranges) {
      const prefix = digits.slice(0, lo.length);
      if (prefix >= lo && prefix <= hi) return issuer.name;
    }
  }
  return undefined;
}

/** A plausible payment card number: known network prefix, a length that network issues, and Luhn. */
export function creditCardValid(digits: string): boolean {
  return /^\d{12,19}$/.test(digits) && cardIssuer(digits) !== undefined && luhnValid(digits);
}
