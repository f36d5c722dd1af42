/** Check letters indexed by number mod 23 (Ministerio del Interior, Real Decreto 1553/2005). */
const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/**
 * Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter, X=0 Y=1 Z=2):
 * letter = LETTERS[number mod 23]. Separators (space, dot, dash) ignored.
 * Source: https://www.interior.gob.es/opencms/es/servicios-al-ciudadano/tramites-y-gestiones/dni/calculo-del-digito-de-control-del-nif-nie/
 */
export function esDniValid(value: string): boolean {
  const id = value.replace(/[\s.\-]/g, '').toUpperCase();
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(id);
  if (!m) return false;
  const prefix = m[1]!;
  const digits = m[2]!;
  if (prefix ? digits.length !== 7 : digits.length !== 8) return false;
  const number = Number(('XYZ'.indexOf(prefix) >= 0 && prefix ? String('XYZ'.indexOf(prefix)) : '') + digits);
  if (!prefix && /^0+$/.test(digits)) return false;
  return LETTERS[number % 23] === m[3];
}
