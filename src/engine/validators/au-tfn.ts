/** Weights of the ATO's TFN check: 9-digit and legacy 8-digit forms. */
const WEIGHTS_9 = [1, 4, 3, 7, 5, 8, 6, 9, 10];
const WEIGHTS_8 = [10, 7, 8, 4, 6, 3, 5, 1];

/**
 * Australian Tax File Number: weighted sum ≡ 0 (mod 11).
 * Source: https://en.wikipedia.org/wiki/Tax_file_number#Check_digit (and python-stdnum au.tfn).
 */
export function auTfnValid(digits: string): boolean {
  const weights = digits.length === 9 ? WEIGHTS_9 : digits.length === 8 ? WEIGHTS_8 : undefined;
  if (!weights || !/^\d+$/.test(digits) || /^(\d)\1+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return sum % 11 === 0;
}
