/**
 * IBAN length per country: the SWIFT IBAN Registry (ISO 13616) plus the French overseas territories
 * and the African/Middle-East countries that issue IBANs outside the registry (same mod-97 rule).
 * Source: SWIFT IBAN Registry; cross-checked with ibantools' `countrySpecs` (MPL-2.0, data only).
 */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AO: 25, AT: 20, AX: 18, AZ: 28, BA: 20, BE: 16, BF: 28, BG: 22, BH: 22, BI: 27,
  BJ: 28, BL: 27, BR: 29, BY: 28, CF: 27, CG: 27, CH: 21, CI: 28, CM: 27, CR: 22, CV: 25, CY: 28, CZ: 24,
  DE: 22, DJ: 27, DK: 18, DO: 28, DZ: 26, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GA: 27,
  GB: 22, GE: 22, GF: 27, GI: 23, GL: 18, GP: 27, GQ: 27, GR: 27, GT: 28, GW: 25, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IR: 26, IS: 26, IT: 27, JO: 30, KM: 27, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21,
  LT: 20, LU: 20, LV: 21, LY: 25, MA: 28, MC: 27, MD: 24, ME: 22, MF: 27, MG: 27, MK: 19, ML: 28, MN: 20,
  MQ: 27, MR: 27, MT: 31, MU: 30, MZ: 25, NC: 27, NE: 28, NI: 28, NL: 18, NO: 15, OM: 23, PF: 27, PK: 24,
  PL: 28, PM: 27, PS: 29, PT: 25, QA: 29, RE: 27, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24,
  SI: 19, SK: 24, SM: 27, SN: 28, SO: 23, ST: 25, SV: 28, TD: 27, TF: 27, TG: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, WF: 27, XK: 20, YT: 27,
};

/** Expected IBAN length for a country code, or undefined when the country issues no IBANs. */
export function ibanLength(country: string): number | undefined {
  return IBAN_LENGTHS[country];
}

/**
 * ISO 7064 MOD 97-10 over an IBAN (compact, upper-case): move the first four characters to the end,
 * letters become 10–35, and the number mod 97 must be 1. Computed in chunks, no BigInt needed.
 */
export function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    if (c >= 48 && c <= 57) rest = (rest * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rest = (rest * 100 + (c - 55)) % 97;
    else return -1;
  }
  return rest;
}

/** A valid IBAN: known country, that country's length, two check digits, mod-97 = 1. Separators ignored. */
export function ibanValid(value: string): boolean {
  const iban = value.replace(/[ \-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  if (ibanLength(iban.slice(0, 2)) !== iban.length) return false;
  // Check digits 00, 01 and 99 cannot come out of the ISO 7064 computation.
  const check = iban.slice(2, 4);
  if (check === '00' || check === '01' || check === '99') return false;
  return ibanMod97(iban) === 1;
}

/** `IBAN_LENGTHS` by the two letters' codes (A = 0): 0 for a country that issues none. */
const LENGTH_BY_CODE = (() => {
  const table = new Uint8Array(26 * 26);
  for (const [country, length] of Object.entries(IBAN_LENGTHS)) table[(country.charCodeAt(0) - 65) * 26 + country.charCodeAt(1) - 65] = length;
  return table;
})();

/**
 * `ibanValid(value.toUpperCase())` for an ASCII value, in one pass over its chars with no copy (the
 * separators skipped, letters upper-cased as they are read, mod 97 over the rearranged order computed in
 * place); values with other chars go through `ibanValid`. A customer table offers ~6,500 IBANs per MB,
 * and the copies (replace, two upper-casings, the rearranged string) were most of their check.
 */
export function ibanValidLoose(value: string): boolean {
  // Pass 1: the compact form's length, its country and check digits, and only ASCII letters and digits.
  let length = 0;
  let country = 0;
  let check = 0;
  for (let i = 0; i < value.length; i++) {
    let c = value.charCodeAt(i);
    if (c === 32 || c === 45) continue;
    if (c >= 128) return ibanValid(value.toUpperCase());
    if (c >= 97 && c <= 122) c -= 32;
    const digit = c >= 48 && c <= 57;
    if (!digit && !(c >= 65 && c <= 90)) return false;
    if (length < 2) {
      if (digit) return false;
      country = country * 26 + c - 65;
    } else if (length < 4) {
      if (!digit) return false;
      check = check * 10 + c - 48;
    }
    length++;
  }
  if (length < 15 || length > 34 || LENGTH_BY_CODE[country] !== length) return false;
  // Check digits 00, 01 and 99 cannot come out of the ISO 7064 computation.
  if (check === 0 || check === 1 || check === 99) return false;
  // Pass 2: MOD 97-10 over the chars after the first four, then over the first four.
  let rest = 0;
  let seen = 0;
  let headStart = 0;
  let headEnd = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 32 || c === 45) continue;
    if (seen < 4) {
      if (seen === 0) headStart = i;
      if (++seen === 4) headEnd = i + 1;
      continue;
    }
    rest = mod97Step(rest, c);
  }
  for (let i = headStart; i < headEnd; i++) {
    const c = value.charCodeAt(i);
    if (c !== 32 && c !== 45) rest = mod97Step(rest, c);
  }
  return rest === 1;
}

/** One char of MOD 97-10 (a digit, or an ASCII letter of either case worth 10–35). */
function mod97Step(rest: number, c: number): number {
  if (c <= 57) return (rest * 10 + (c - 48)) % 97;
  return (rest * 100 + ((c >= 97 ? c - 32 : c) - 55)) % 97;
}
