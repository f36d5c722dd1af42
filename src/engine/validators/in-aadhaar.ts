import { verhoeffValid } from './verhoeff';

/**
 * Aadhaar number (India): 12 digits, first digit 2–9 (0 and 1 are reserved), Verhoeff check digit.
 * Source: UIDAI, "Aadhaar number" structure; https://en.wikipedia.org/wiki/Aadhaar
 */
export function inAadhaarValid(digits: string): boolean {
  if (!/^[2-9]\d{11}$/.test(digits)) return false;
  // Palindromes and repeated digits are not issued (UIDAI excludes them; they are test fillers).
  if (/^(\d)\1{11}$/.test(digits) || digits === [...digits].reverse().join('')) return false;
  return verhoeffValid(digits);
}
