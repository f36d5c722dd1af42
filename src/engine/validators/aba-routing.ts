/**
 * ABA routing transit number (US): 9 digits, weights 3-7-1 repeated, sum ≡ 0 (mod 10), and the
 * first two digits (Federal Reserve routing symbol) in 00–12, 21–32, 61–72 or 80.
 * Source: https://en.wikipedia.org/wiki/ABA_routing_transit_number#Check_digit
 */
export function abaRoutingValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  const prefix = Number(digits.slice(0, 2));
  const prefixOk = prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
  if (!prefixOk) return false;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return sum % 10 === 0;
}
