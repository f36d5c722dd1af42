/**
 * German Steuerliche Identifikationsnummer (Steuer-IdNr): 11 digits, first digit not 0.
 * Among the first 10 digits exactly one digit occurs twice or three times (three only if not all
 * adjacent) and every other digit at most once. Check digit: ISO 7064 MOD 11,10.
 * Source: BZSt, "Aufbau der Steuerlichen Identifikationsnummer" and https://de.wikipedia.org/wiki/Steuerliche_Identifikationsnummer
 */
export function deTaxIdValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[digits.charCodeAt(i) - 48]!++;
  const repeated = counts.filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  if (repeated[0] === 3 && /(\d)\1\1/.test(digits.slice(0, 10))) return false;
  return iso7064Mod11_10(digits.slice(0, 10)) === digits.charCodeAt(10) - 48;
}

/** ISO 7064 MOD 11,10 check digit of a digit string. */
export function iso7064Mod11_10(digits: string): number {
  let product = 10;
  for (let i = 0; i < digits.length; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}
