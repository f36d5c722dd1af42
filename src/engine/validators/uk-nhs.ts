/**
 * NHS number (England, Wales, Isle of Man): 10 digits, weights 10..2 over the first nine,
 * check = 11 − (sum mod 11); 11 → 0; 10 means the number was never issued.
 * Source: NHS Data Dictionary, "NHS Number" (https://www.datadictionary.nhs.uk/attributes/nhs_number.html).
 */
export function ukNhsValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  // 000… and repeated digits pass the arithmetic but are test fillers.
  if (/^(\d)\1{9}$/.test(digits)) return false;
  return check === digits.charCodeAt(9) - 48;
}
