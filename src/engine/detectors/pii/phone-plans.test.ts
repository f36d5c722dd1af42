/**
 * `isValidNumber` must give libphonenumber's own verdict (`parsePhoneNumberFromString(v, r)?.isValid()`)
 * on every value it answers for: it replaces that call in `validPhone` for speed only.
 */
import { describe, expect, it } from 'vitest';
import { getCountries, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { isValidNumber } from './phone-plans';
import { validPhone, AREA_REGIONS, GROUPED_REGIONS, NO_TRUNK_REGIONS, TRUNK_REGIONS } from './phone-shapes';

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { int, pick: <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!, digits: (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join('') };
}

const libphonenumber = (v: string, r: string | undefined) => parsePhoneNumberFromString(v, r as CountryCode | undefined)?.isValid() ?? false;

function mismatches(cases: readonly (readonly [string, string | undefined])[]): { checked: number; valid: number; wrong: string[] } {
  const wrong: string[] = [];
  let checked = 0;
  let valid = 0;
  for (const [v, r] of cases) {
    const fast = isValidNumber(v, r);
    if (fast === undefined) continue;
    checked++;
    const slow = libphonenumber(v, r);
    if (slow) valid++;
    if (fast !== slow) wrong.push(`${JSON.stringify(v)} in ${r ?? '(international)'}: ${fast} vs libphonenumber ${slow}`);
  }
  return { checked, valid, wrong };
}

const REGIONS = [undefined, ...new Set([...TRUNK_REGIONS, ...NO_TRUNK_REGIONS, ...GROUPED_REGIONS, ...AREA_REGIONS]), 'CA', 'RU', 'KZ', 'JP', 'MX', 'PL', 'SE', 'TR', 'ZA', 'SG', 'NZ'] as const;

describe('isValidNumber agrees with libphonenumber', () => {
  it('on example numbers of every country, mutated, in national, international, IDD and bare forms', () => {
    const r = rng(42);
    const cases: [string, string | undefined][] = [];
    for (const country of getCountries()) {
      const ex = getExampleNumber(country, examples);
      if (!ex) continue;
      for (let k = 0; k < 6; k++) {
        const digits = ex.nationalNumber.split('');
        for (let j = r.int(0, 3); j > 0; j--) digits[r.int(Math.max(0, digits.length - 6), digits.length - 1)] = String(r.int(0, 9));
        if (r.int(0, 9) === 0) digits.push(String(r.int(0, 9)));
        const nn = digits.join('');
        const cc = ex.countryCallingCode;
        const parsed = parsePhoneNumberFromString(`+${cc}${nn}`);
        const forms = [`+${cc} ${nn}`, `+${cc}${nn}`, parsed?.formatNational() ?? nn, parsed?.formatInternational() ?? nn, `0${nn}`, nn, `00${cc} ${nn}`, `${cc}${nn}`, `(${nn.slice(0, 3)}) ${nn.slice(3)}`];
        for (const v of forms) for (const region of [country, r.pick(REGIONS)]) cases.push([v, region]);
      }
    }
    const { checked, valid, wrong } = mismatches(cases);
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(20_000);
    expect(valid).toBeGreaterThan(5_000);
  });

  it('on random digit groups with prefixes, separators and parentheses', () => {
    const r = rng(7);
    const prefixes = ['', '', '0', '00', '+', '+1', '+44', '+33', '+49', '+39', '+34', '+7', '+800', '0049', '011', '1', '33', '0033', '(0', '+(44)'];
    const seps = [' ', '-', '.', '/', '\u00a0', '', '(', ')'];
    const cases: [string, string | undefined][] = [];
    for (let i = 0; i < 20_000; i++) {
      let v = r.pick(prefixes);
      const groups = r.int(1, 6);
      for (let g = 0; g < groups; g++) v += r.digits(r.int(1, 5)) + (g < groups - 1 ? r.pick(seps) : '');
      cases.push([v, r.pick(REGIONS)]);
    }
    const { checked, wrong } = mismatches(cases);
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(19_000);
  });

  it('leaves values outside its domain to libphonenumber', () => {
    expect(isValidNumber('+44 20 7946 0958 ext. 12', 'GB')).toBeUndefined();
    expect(isValidNumber('tel: 020 7946 0958', 'GB')).toBeUndefined();
    expect(isValidNumber('020 7946 0958', 'XX')).toBeUndefined();
    expect(isValidNumber('12', 'GB')).toBeUndefined();
  });
});

describe('validPhone', () => {
  it('keeps its verdicts', () => {
    expect(validPhone('+44 20 7946 0958', [undefined])).toBe(true);
    expect(validPhone('030 12345678', TRUNK_REGIONS)).toBe(true);
    expect(validPhone('(415) 555-2671', ['US'])).toBe(true);
    expect(validPhone('(123) 555-2671', ['US'])).toBe(false);
    expect(validPhone('915 37 71 50', GROUPED_REGIONS)).toBe(true);
    expect(validPhone('+1 123 456 789 0000', [undefined])).toBe(false);
  });
});
