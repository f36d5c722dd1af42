/**
 * UK National Insurance number structure (HMRC National Insurance Manual NIM39110):
 * two prefix letters, six digits, suffix A–D. First letter not D, F, I, Q, U, V; second not D, F, I,
 * O, Q, U, V; prefixes BG, GB, KN, NK, NT, TN, ZZ never allocated. Spaces ignored.
 */
export function ukNinoValid(value: string): boolean {
  const nino = value.replace(/\s/g, '').toUpperCase();
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/.exec(nino);
  if (!m) return false;
  const prefix = m[1]! + m[2]!;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix);
}
