/**
 * Dutch burgerservicenummer "11-proof" (elfproef): 9 digits d1..d9,
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11). 8-digit BSNs are written with a leading 0.
 * Source: https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef
 */
export function nlBsnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^(\d)\1{8}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (digits.charCodeAt(i) - 48) * (9 - i);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0;
}
