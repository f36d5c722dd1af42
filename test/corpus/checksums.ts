/**
 * Checksum rules for the labelled corpus, written from the public specifications (not from our
 * detectors), so the corpus checks the detectors instead of mirroring them. The generator uses these to
 * compute check digits; the corpus soundness test uses them to verify every labelled value.
 */

const onlyDigits = (s: string): string => s.replace(/\D/g, '');
const digitsOf = (s: string): number[] => [...s].map(Number);

/** Luhn (ISO/IEC 7812): cards, Canadian SIN. */
export function luhnValid(value: string): boolean {
  const d = onlyDigits(value);
  if (d.length < 2) return false;
  let sum = 0;
  for (let i = d.length - 1, double = false; i >= 0; i--, double = !double) {
    let n = d.charCodeAt(i) - 48;
    if (double) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** Digit that makes `partial + digit` pass Luhn. */
export function luhnCheckDigit(partial: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(partial + c)) return String(c);
  throw new Error('unreachable');
}

/** Remainder of a long decimal string modulo `m`, without BigInt precision worries. */
export function modDecimal(digits: string, m: number): number {
  let r = 0;
  for (const ch of digits) r = (r * 10 + (ch.charCodeAt(0) - 48)) % m;
  return r;
}

/** IBAN letters → numbers (A=10 … Z=35). */
function ibanNumeric(s: string): string {
  let out = '';
  for (const ch of s) out += /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
  return out;
}

/** Expected IBAN length per country (subset the corpus uses, from the SWIFT IBAN registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AT: 20, BE: 16, CH: 21, DE: 22, ES: 24, FR: 27, GB: 22, IE: 22, IT: 27, LU: 20, NL: 18, PT: 25,
};

/** ISO 13616 mod-97 plus the country's length. */
export function ibanValid(value: string): boolean {
  const s = value.replace(/[\s-]/g, '').toUpperCase();
  const len = IBAN_LENGTHS[s.slice(0, 2)];
  if (!len || s.length !== len || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  return modDecimal(ibanNumeric(s.slice(4) + s.slice(0, 4)), 97) === 1;
}

/** The two IBAN check digits for a country and BBAN. */
export function ibanCheckDigits(country: string, bban: string): string {
  const r = modDecimal(ibanNumeric(bban + country + '00'), 97);
  return String(98 - r).padStart(2, '0');
}

// Verhoeff (Aadhaar): dihedral group D5 tables.
const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

export function verhoeffValid(value: string): boolean {
  const d = onlyDigits(value);
  let c = 0;
  for (let i = 0; i < d.length; i++) c = VD[c][VP[i % 8][d.charCodeAt(d.length - 1 - i) - 48]];
  return c === 0;
}

export function verhoeffCheckDigit(partial: string): string {
  let c = 0;
  for (let i = 0; i < partial.length; i++) c = VD[c][VP[(i + 1) % 8][partial.charCodeAt(partial.length - 1 - i) - 48]];
  return String(VINV[c]);
}

/** Aadhaar: 12 digits, first 2–9, Verhoeff. */
export function aadhaarValid(value: string): boolean {
  const d = onlyDigits(value);
  return d.length === 12 && /^[2-9]/.test(d) && verhoeffValid(d);
}

/** NHS number: 10 digits, weights 10…2, check = 11 − (sum mod 11); 10 is never issued. */
export function nhsCheckDigit(first9: string): number {
  const sum = digitsOf(first9).reduce((acc, n, i) => acc + n * (10 - i), 0);
  const check = 11 - (sum % 11);
  return check === 11 ? 0 : check; // 10 means "no valid number with this prefix"
}
export function nhsValid(value: string): boolean {
  const d = onlyDigits(value);
  if (d.length !== 10) return false;
  const check = nhsCheckDigit(d.slice(0, 9));
  return check !== 10 && check === Number(d[9]);
}

/** Dutch BSN "11-proef": 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11). */
export function bsnValid(value: string): boolean {
  const d = onlyDigits(value);
  if (d.length !== 9) return false;
  const n = digitsOf(d);
  const sum = n.slice(0, 8).reduce((acc, x, i) => acc + x * (9 - i), 0) - n[8];
  return sum % 11 === 0 && d !== '000000000';
}

/** Australian TFN (9 digits): weights 1,4,3,7,5,8,6,9,10, sum ≡ 0 (mod 11). */
const TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10];
export function tfnValid(value: string): boolean {
  const d = onlyDigits(value);
  if (d.length !== 9) return false;
  return digitsOf(d).reduce((acc, n, i) => acc + n * TFN_W[i], 0) % 11 === 0;
}

/** ABA routing number: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10), known Fed prefixes. */
export function abaValid(value: string): boolean {
  const d = onlyDigits(value);
  if (d.length !== 9) return false;
  const p = Number(d.slice(0, 2));
  if (!((p <= 12) || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80)) return false;
  const n = digitsOf(d);
  return (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])) % 10 === 0;
}

/** Canadian SIN: 9 digits, Luhn, first digit not 0 or 8. */
export function sinValid(value: string): boolean {
  const d = onlyDigits(value);
  return d.length === 9 && !/^[08]/.test(d) && luhnValid(d);
}

/** German Steuer-ID check digit (ISO 7064 MOD 11,10). */
export function steuerIdCheckDigit(first10: string): number {
  let product = 10;
  for (const n of digitsOf(first10)) {
    let sum = (n + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}
/** Steuer-ID: 11 digits, no leading 0, in the first ten exactly one digit repeated (2 or 3 times). */
export function steuerIdValid(value: string): boolean {
  const d = onlyDigits(value);
  if (d.length !== 11 || d[0] === '0') return false;
  const counts = new Map<string, number>();
  for (const ch of d.slice(0, 10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const repeated = [...counts.values()].filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0] > 3) return false;
  return steuerIdCheckDigit(d.slice(0, 10)) === Number(d[10]);
}

/** Brazilian CPF: two mod-11 check digits; all-equal digits are invalid. */
export function cpfCheckDigits(first9: string): string {
  const n = digitsOf(first9);
  const d1 = ((n.reduce((a, x, i) => a + x * (10 - i), 0) * 10) % 11) % 10;
  const d2 = (([...n, d1].reduce((a, x, i) => a + x * (11 - i), 0) * 10) % 11) % 10;
  return `${d1}${d2}`;
}
export function cpfValid(value: string): boolean {
  const d = onlyDigits(value);
  return d.length === 11 && !/^(\d)\1{10}$/.test(d) && cpfCheckDigits(d.slice(0, 9)) === d.slice(9);
}

/** Brazilian CNPJ: two mod-11 check digits. */
export function cnpjCheckDigits(first12: string): string {
  const calc = (ds: number[]): number => {
    const w = ds.length === 12 ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    const r = ds.reduce((a, x, i) => a + x * w[i], 0) % 11;
    return r < 2 ? 0 : 11 - r;
  };
  const n = digitsOf(first12);
  const d1 = calc(n);
  const d2 = calc([...n, d1]);
  return `${d1}${d2}`;
}
export function cnpjValid(value: string): boolean {
  const d = onlyDigits(value);
  return d.length === 14 && !/^(\d)\1{13}$/.test(d) && cnpjCheckDigits(d.slice(0, 12)) === d.slice(12);
}

/** French NIR key: 97 − (13-digit number mod 97); Corsica 2A/2B count as 19/18. */
export function nirKey(first13: string): string {
  const numeric = first13.replace(/2A/i, '19').replace(/2B/i, '18');
  return String(97 - modDecimal(numeric, 97)).padStart(2, '0');
}
export function nirValid(value: string): boolean {
  const s = value.replace(/\s/g, '').toUpperCase();
  if (!/^[12]\d{2}(0[1-9]|1[0-2]|[2-9]\d)(\d{2}|2A|2B)\d{6}\d{2}$/.test(s)) return false;
  return nirKey(s.slice(0, 13)) === s.slice(13);
}

/** Spanish DNI/NIE control letter. */
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dniLetter(number: string): string {
  return DNI_LETTERS[Number(number) % 23];
}
export function esIdValid(value: string): boolean {
  const s = value.replace(/[\s-]/g, '').toUpperCase();
  let m = /^(\d{8})([A-Z])$/.exec(s);
  if (m) return dniLetter(m[1]) === m[2];
  m = /^([XYZ])(\d{7})([A-Z])$/.exec(s);
  if (m) return dniLetter('XYZ'.indexOf(m[1]) + m[2]) === m[3];
  return false;
}

/** Italian codice fiscale check character (odd/even tables of DM 23/12/1976). */
const CF_ODD: Record<string, number> = {};
'1 0 5 7 9 13 15 17 19 21 2 4 18 20 11 3 6 8 12 14 16 10 22 25 24 23'
  .split(' ')
  .forEach((v, i) => {
    CF_ODD[String.fromCharCode(65 + i)] = Number(v);
    if (i < 10) CF_ODD[String(i)] = Number(v);
  });
export function cfCheckChar(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = first15[i].toUpperCase();
    if (i % 2 === 0) sum += CF_ODD[ch];
    else sum += /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26));
}
export function cfValid(value: string): boolean {
  const s = value.toUpperCase();
  if (!/^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(s)) return false;
  return cfCheckChar(s.slice(0, 15)) === s[15];
}

/** US SSN structure: area not 000/666/9xx, group not 00, serial not 0000. */
export function ssnValid(value: string): boolean {
  const d = onlyDigits(value);
  if (d.length !== 9) return false;
  const area = d.slice(0, 3);
  return area !== '000' && area !== '666' && d[0] !== '9' && d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
}

/** US ITIN: 9xx, group 50–65, 70–88, 90–92 or 94–99. */
export function itinValid(value: string): boolean {
  const d = onlyDigits(value);
  if (d.length !== 9 || d[0] !== '9') return false;
  const g = Number(d.slice(3, 5));
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

/** UK NINO prefix rules (HMRC): no D F I Q U V first, no D F I O Q U V second, banned pairs. */
export function ninoValid(value: string): boolean {
  const s = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s)) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(s.slice(0, 2));
}

// CRC-32 (IEEE 802.3), used by GitHub's token checksum.
const CRC_TABLE = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();
export function crc32(s: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < s.length; i++) crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ s.charCodeAt(i)) & 0xff];
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n: number, width: number): string {
  let out = '';
  do {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, '0');
}

/** GitHub classic token (ghp_/gho_/ghu_/ghs_/ghr_): last 6 chars = base62(crc32(the 30 random chars)). */
export function githubClassicValid(token: string): boolean {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(token);
  return !!m && base62(crc32(m[1]), 6) === m[2];
}

/** Base64url → string (for checking generated JWT headers). */
export function base64UrlDecode(s: string): string {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  return atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}

/** BIC structure (ISO 9362): bank, known country, location without "O" second, branch "XXX" or not X-led. */
export function bicValid(value: string): boolean {
  const m = /^[A-Z]{4}([A-Z]{2})[A-Z2-9][A-NP-Z1-9]([A-WYZ0-9][A-Z0-9]{2}|XXX)?$/.exec(value);
  return !!m && m[1] in IBAN_LENGTHS;
}
