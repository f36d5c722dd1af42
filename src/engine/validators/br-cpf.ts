/**
 * Brazilian CPF: 11 digits, two mod-11 check digits (weights 10..2 then 11..2; remainder < 2 → 0).
 * Numbers made of one repeated digit pass the arithmetic but are invalid.
 * Source: Receita Federal; https://pt.wikipedia.org/wiki/Cadastro_de_pessoas_físicas
 */
export function brCpfValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  return checkDigit(digits, 9) === digits.charCodeAt(9) - 48 && checkDigit(digits, 10) === digits.charCodeAt(10) - 48;
}

function checkDigit(digits: string, length: number): number {
  let sum = 0;
  for (let i = 0; i < length; i++) sum += (digits.charCodeAt(i) - 48) * (length + 1 - i);
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}
