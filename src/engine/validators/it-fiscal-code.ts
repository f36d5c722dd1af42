/** Values of characters in odd positions (1st, 3rd… counting from 1), digits and letters share a row. */
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const MONTHS = 'ABCDEHLMPRST';
/** Omocodia: digits replaced by these letters when two people would share a code. */
const OMOCODE = 'LMNPQRSTUV';

function charValue(c: string, odd: boolean): number {
  const code = c.charCodeAt(0);
  const index = code >= 48 && code <= 57 ? code - 48 : code - 65;
  return odd ? ODD[index]! : index;
}

/**
 * Italian codice fiscale (persons): 6 letters (surname, name), year (2), month letter, day (2;
 * +40 for women), Belfiore place code (letter + 3), check letter. Digits may be replaced by
 * L–V (omocodia). Source: Decreto Ministeriale 23/12/1976; https://it.wikipedia.org/wiki/Codice_fiscale
 */
export function itFiscalCodeValid(value: string): boolean {
  const cf = value.toUpperCase();
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(cf)) return false;
  const digit = (c: string) => (c >= '0' && c <= '9' ? c : String(OMOCODE.indexOf(c)));
  const day = Number(digit(cf[9]!) + digit(cf[10]!));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  if (MONTHS.indexOf(cf[8]!) < 0) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += charValue(cf[i]!, i % 2 === 0);
  return String.fromCharCode(65 + (sum % 26)) === cf[15];
}
