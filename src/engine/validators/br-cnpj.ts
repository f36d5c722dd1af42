const W1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const W2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

/**
 * Brazilian CNPJ (company registry): 14 digits (8 base, 4 branch, 2 check), two mod-11 check digits
 * with weights 5..2,9..2 and 6..2,9..2 (remainder < 2 → 0).
 * Source: Receita Federal; https://pt.wikipedia.org/wiki/Cadastro_Nacional_da_Pessoa_Jurídica
 */
export function brCnpjValid(digits: string): boolean {
  if (!/^\d{14}$/.test(digits) || /^(\d)\1{13}$/.test(digits)) return false;
  return check(digits, W1) === digits.charCodeAt(12) - 48 && check(digits, W2) === digits.charCodeAt(13) - 48;
}

function check(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}
