import type { Detector } from '../../types';
import { ibanValidLoose } from '../../validators/iban';
import { isAsciiLetter } from '../../numeric-spans';
import { isolated } from './shared';

/**
 * `offer` rule: inside an IBAN a digit run follows a letter, or a blank or dash after a letter (after a
 * digit the lexer would have joined the two runs), and so does the run of ≥ 10 digits every IBAN has.
 */
function ibanSpan(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return isAsciiLetter(c === 32 || c === 45 ? text.charCodeAt(start - 2) : c);
}

/** IBANs, electronic (compact) or printed in groups of four, checked by country length and mod 97. */
export const iban: Detector = {
  id: 'iban',
  type: 'IBAN',
  category: 'FINANCIAL',
  severity: 'high',
  description: 'IBAN bank account number (country length and mod-97 check)',
  // Every IBAN has a digit run of ≥ 10 digits (NL: ABNA 0417 1643 00); the window reaches the
  // country code and the letter groups around it.
  anchor: { numeric: { minDigits: 10, maxDigits: 34, offer: ibanSpan } },
  patterns: [
    // Case-insensitive: people type IBANs in lower case too; the country length and mod-97 decide. The
    // look-behind (no letter or digit before) comes after the first letter, so V8 tries it only there.
    // The end test counts accented letters as letters: in "… 0181 zurück" the last group must not be
    // read as " zur" (then the whole reading fails the check and the IBAN is lost).
    { name: 'compact', regex: /[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{2}[A-Z0-9]{11,30}(?![A-Za-z0-9\u00c0-\u024f])/gi, score: 0.95 },
    {
      name: 'grouped',
      regex: /[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{2}(?:[ \-][A-Z0-9]{4}){2,7}(?:[ \-][A-Z0-9]{1,3})?(?![A-Za-z0-9\u00c0-\u024f])/gi,
      score: 0.95,
    },
    {
      // The same without the short last group: in "AT61 1904 3002 3457 3201 an Herrn" the reading above
      // takes " an" and fails the check; every reading is a candidate and the valid one is kept.
      name: 'grouped-whole',
      regex: /[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{2}(?:[ \-][A-Z0-9]{4}){2,7}(?=[ \-][A-Za-z]{1,3}(?![A-Za-z0-9\u00c0-\u024f]))/gi,
      score: 0.95,
    },
  ],
  validate: (value, info) => isolated(info) && ibanValidLoose(value),
  context: { words: ['iban', 'bank', 'account', 'konto', 'compte', 'cuenta', 'virement', 'überweisung', 'transferencia'], boost: 0.05 },
  maxLength: 42,
  examples: {
    match: [
      'IBAN: DE89 3704 0044 0532 0130 00',
      'pay to GB82WEST12345698765432 today',
      'FR14 2004 1010 0505 0001 3M02 606',
      'Cuenta ES91 2100 0418 4502 0005 1332.',
      'NL91ABNA0417164300',
      'my iban is at61 1904 3002 3457 3201',
      'bitte auf mein Konto AT37 9207 8171 3530 0181 zurücküberweisen',
      'Überweisung auf AT61 1904 3002 3457 3201 an Herrn Huber',
    ],
    noMatch: [
      'IBAN: DE89 3704 0044 0532 0130 01',
      'GB82WEST12345698765433',
      'iban gb82 west 1234 5698 7654 33',
      'ref XX82WEST12345698765432',
      'SKU AB12CDEF34567890',
      'hash 5d41402abc4b2a76b9719d911017c592',
    ],
  },
};
