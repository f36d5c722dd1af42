import { isCountryCode } from './iso-countries';

/**
 * SWIFT/BIC structure (ISO 9362): bank code (4 letters), ISO country (2 letters), location (2
 * alphanumerics; the first is not 0 or 1, the second is not the letter O), optional branch (3
 * alphanumerics; XXX for the head office, otherwise not starting with X).
 * Source: https://en.wikipedia.org/wiki/ISO_9362
 */
export function swiftBicValid(value: string): boolean {
  const m = /^([A-Z]{4})([A-Z]{2})([A-Z2-9][A-NP-Z0-9])([A-Z0-9]{3})?$/.exec(value);
  if (!m) return false;
  if (!isCountryCode(m[2]!)) return false;
  const branch = m[4];
  return !branch || branch === 'XXX' || branch[0] !== 'X';
}
