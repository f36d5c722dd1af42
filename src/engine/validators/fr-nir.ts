/**
 * French NIR (numéro de sécurité sociale, "numéro INSEE"): 13 characters + a 2-digit key.
 * Layout: sex (1, 2; 3, 4, 7, 8 for provisional numbers), birth year (2), month (01–12, 20–42 and
 * 50–99 when unknown), département (2 digits, or 2A/2B for Corsica), commune (3), order (3), key (2).
 * Key = 97 − (n mod 97), where Corsica's 2A/2B count as 19/18.
 * Source: https://fr.wikipedia.org/wiki/Numéro_de_sécurité_sociale_en_France
 */
export function frNirValid(value: string): boolean {
  const nir = value.replace(/[\s.\-]/g, '').toUpperCase();
  const m = /^([123478])(\d{2})(\d{2})(\d{2}|2A|2B)(\d{3})(\d{3})(\d{2})$/.exec(nir);
  if (!m) return false;
  const month = Number(m[3]);
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false;
  if (m[4] === '00' || m[6] === '000') return false;
  let body = nir.slice(0, 13);
  if (m[4] === '2A') body = body.replace('2A', '19');
  else if (m[4] === '2B') body = body.replace('2B', '18');
  let rest = 0;
  for (let i = 0; i < body.length; i++) rest = (rest * 10 + (body.charCodeAt(i) - 48)) % 97;
  return 97 - rest === Number(m[7]);
}
