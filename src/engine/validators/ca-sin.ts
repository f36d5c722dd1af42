import { luhnValid } from './luhn';

/**
 * Canadian Social Insurance Number: 9 digits, Luhn. The first digit is the province of issue
 * (1–7) or 9 for temporary residents; 0 is for fictitious/CRA-internal numbers and 8 for business
 * numbers, so neither is a person's SIN. Source: https://en.wikipedia.org/wiki/Social_insurance_number
 */
export function caSinValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  if (digits[0] === '0' || digits[0] === '8') return false;
  return luhnValid(digits);
}
