import { Metadata } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/max/metadata';

/**
 * libphonenumber's `parsePhoneNumberFromString(value, region)?.isValid()`, for the values the phone
 * detectors produce (digits, one leading `+`, and the separators ` .-/()` and NBSP), from the same
 * `max` metadata but with every pattern compiled once.
 *
 * Why: libphonenumber-js builds a `new RegExp('^(?:' + pattern + ')$')` for every pattern test (a
 * country's national-number pattern is kilobytes long, so each test re-flattens and re-hashes it) and
 * walks generic text extraction first; a new value cost 10–20 µs per region tried, so a customer table
 * with a phone number on every row spent most of its scan there. This is the same algorithm (extract
 * the country calling code or the IDD prefix, strip the national prefix, pick the country sharing the
 * calling code by leading digits or number type, then match the national-number and type patterns),
 * step for step, for that input domain; anything else returns `undefined` and the caller asks
 * libphonenumber. `phone-plans.test.ts` checks it gives libphonenumber's verdict on hundreds of
 * thousands of generated values.
 */

/** One numbering plan (a country's, or a non-geographic calling code's), patterns compiled. */
interface Plan {
  readonly callingCode: string;
  readonly national: RegExp;
  readonly possibleLengths: readonly number[] | undefined;
  /** `^(?:national_prefix_for_parsing)`, or undefined. */
  readonly prefixForParsing: RegExp | undefined;
  readonly transformRule: string | undefined;
  /** `^(?:IDD prefix)` (the international dialling prefix, e.g. 00 or 011). */
  readonly idd: RegExp;
  /** `^(?:leading digits)`, set for countries that share a calling code. */
  readonly leadingDigits: RegExp | undefined;
  /** Per number type (fixed line, mobile, …): the pattern and the lengths it allows, when the plan has types. */
  readonly types: readonly (TypePattern | undefined)[] | undefined;
}

interface TypePattern {
  /** undefined when the metadata left the pattern empty (a duplicate of the fixed-line one). */
  readonly regex: RegExp | undefined;
  readonly lengths: readonly number[] | undefined;
}

/** The fields of libphonenumber-js's NumberingPlan this file reads (not in its public typings). */
interface NumberingPlanView {
  callingCode(): string;
  IDDPrefix(): string;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  leadingDigits(): string | undefined;
  hasTypes(): boolean;
  type(t: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}
interface MetadataView {
  numberingPlan: NumberingPlanView;
  selectNumberingPlan(countryOrCallingCode: string): MetadataView;
  hasCallingCode(code: string): boolean;
  getCountryCodesForCallingCode(code: string): string[] | undefined;
}

/** libphonenumber's type order: fixed line first, then the others (getNumberType.js). */
const TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'] as const;
const MIN_LENGTH_FOR_NSN = 2;
const MAX_LENGTH_FOR_NSN = 17;
const MAX_LENGTH_COUNTRY_CODE = 3;

const metadata = new Metadata(metadataJson) as unknown as MetadataView;
const anchoredCache = new Map<string, RegExp>();

/** `new RegExp('^(?:' + source + ')$')`, compiled once per source. */
function whole(source: string): RegExp {
  const key = `$${source}`;
  let re = anchoredCache.get(key);
  if (!re) anchoredCache.set(key, (re = new RegExp(`^(?:${source})$`)));
  return re;
}

function compilePlan(plan: NumberingPlanView): Plan {
  const prefix = plan.nationalPrefixForParsing();
  const leading = plan.leadingDigits();
  return {
    callingCode: plan.callingCode(),
    national: whole(plan.nationalNumberPattern()),
    possibleLengths: plan.possibleLengths(),
    prefixForParsing: prefix ? new RegExp(`^(?:${prefix})`) : undefined,
    transformRule: plan.nationalPrefixTransformRule(),
    // stripIddPrefix: `new RegExp(IDDPrefix)` searched at 0 (an undefined prefix matches the empty string).
    idd: new RegExp(`^(?:${plan.IDDPrefix() ?? ''})`),
    leadingDigits: leading ? new RegExp(`^(?:${leading})`) : undefined,
    types: plan.hasTypes()
      ? TYPES.map((t) => {
          const def = plan.type(t);
          if (!def) return undefined;
          const pattern = def.pattern();
          return { regex: pattern ? whole(pattern) : undefined, lengths: def.possibleLengths() };
        })
      : undefined,
  };
}

const plans = new Map<string, Plan>();

/** The plan of a country (`FR`) or of a calling code (`33`: its main country's, or a non-geographic one). */
function planOf(countryOrCallingCode: string): Plan {
  let plan = plans.get(countryOrCallingCode);
  if (!plan) {
    plan = compilePlan(metadata.selectNumberingPlan(countryOrCallingCode).numberingPlan);
    plans.set(countryOrCallingCode, plan);
  }
  return plan;
}

const countriesByCode = new Map<string, readonly string[] | null>();
function countriesOf(callingCode: string): readonly string[] | null {
  let list = countriesByCode.get(callingCode);
  if (list === undefined) {
    list = metadata.getCountryCodesForCallingCode(callingCode) ?? null;
    countriesByCode.set(callingCode, list);
  }
  return list;
}

const callingCodes = new Map<string, boolean>();
function hasCallingCode(code: string): boolean {
  let known = callingCodes.get(code);
  if (known === undefined) callingCodes.set(code, (known = metadata.hasCallingCode(code)));
  return known;
}

const regionCodes = new Map<string, string>();
function callingCodeOf(country: string): string {
  let code = regionCodes.get(country);
  if (code === undefined) regionCodes.set(country, (code = planOf(country).callingCode));
  return code;
}

/** checkNumberLength: the plan's possible lengths (IS_POSSIBLE / TOO_SHORT / TOO_LONG / INVALID_LENGTH). */
function lengthVerdict(length: number, plan: Plan): 'possible' | 'short' | 'long' | 'invalid' {
  const lengths = plan.possibleLengths;
  if (!lengths) return 'possible';
  if (lengths[0] === length) return 'possible';
  if (lengths[0]! > length) return 'short';
  if (lengths[lengths.length - 1]! < length) return 'long';
  return lengths.indexOf(length, 1) >= 0 ? 'possible' : 'invalid';
}

/** isNumberTypeEqualTo, for type index t. */
function isType(nn: string, plan: Plan, t: number): boolean {
  const def = plan.types![t];
  if (!def || !def.regex) return false;
  if (def.lengths && def.lengths.indexOf(nn.length) < 0) return false;
  return def.regex.test(nn);
}

/** getNumberType(...) !== undefined, for a plan that has types. */
function hasNumberType(nn: string, plan: Plan): boolean {
  if (!plan.national.test(nn)) return false;
  for (let t = 0; t < TYPES.length; t++) if (isType(nn, plan, t)) return true;
  return false;
}

/** getCountryByNationalNumber. */
function countryByNationalNumber(nn: string, countries: readonly string[]): string | undefined {
  for (const country of countries) {
    const plan = planOf(country);
    if (plan.leadingDigits) {
      if (nn && plan.leadingDigits.test(nn)) return country;
    } else if (plan.types && hasNumberType(nn, plan)) return country;
    // A plan without types never matches here (getNumberType needs types or returns undefined only
    // after the national pattern; libphonenumber's getNumberType returns undefined without types).
  }
  return undefined;
}

/** getCountryByCallingCode. */
function countryByCallingCode(callingCode: string, nn: string): string | undefined {
  const countries = countriesOf(callingCode);
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0];
  return countryByNationalNumber(nn, countries);
}

/** extractNationalNumberFromPossiblyIncompleteNumber (only the national number is needed). */
function stripNationalPrefix(number: string, plan: Plan): string {
  const re = plan.prefixForParsing;
  if (!number || !re) return number;
  const m = re.exec(number);
  if (!m) return number;
  const groups = m.length - 1;
  const hasGroups = groups > 0 && !!m[groups];
  if (plan.transformRule && hasGroups) return number.replace(re, plan.transformRule);
  return number.slice(m[0].length);
}

/** extractNationalNumber(number, undefined, metadata with `plan` selected). */
function nationalNumberOf(number: string, plan: Plan): string {
  const nn = stripNationalPrefix(number, plan);
  if (nn === number) return nn;
  // shouldHaveExtractedNationalPrefix
  if (plan.national.test(number) && !plan.national.test(nn)) return number;
  if (plan.possibleLengths) {
    const country = countryByCallingCode(plan.callingCode, nn);
    const lengthPlan = country ? planOf(country) : plan;
    const verdict = lengthVerdict(nn.length, lengthPlan);
    if (verdict === 'short' || verdict === 'invalid') return number;
  }
  return nn;
}

/**
 * The digits of `value` with its leading `+`, when `value` is in the domain this file handles
 * (digits, separators ` .-/()` and NBSP, at most one `+` before the first digit); otherwise undefined.
 */
function normalise(value: string): string | undefined {
  let out = '';
  let digits = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      out += value[i];
      digits = true;
    } else if (c === 43) {
      if (digits || out !== '') return undefined;
      out = '+';
    } else if (c !== 32 && c !== 0xa0 && c !== 46 && c !== 45 && c !== 47 && c !== 40 && c !== 41) return undefined;
  }
  return digits ? out : undefined;
}

let lastValue = '';
let lastNumber: string | undefined;

/**
 * `parsePhoneNumberFromString(value, region)?.isValid()` for values in the detectors' domain, or
 * undefined when `value` is outside it (letters, other punctuation, more than 250 chars).
 */
export function isValidNumber(value: string, region: string | undefined): boolean | undefined {
  if (value.length > 250) return undefined;
  if (region !== undefined && !Object.prototype.hasOwnProperty.call(metadataJson.countries, region)) return undefined;
  // `validPhone` asks about one value in several regions in a row: it is normalised once.
  if (value !== lastValue) {
    lastValue = value;
    lastNumber = normalise(value);
  }
  const number = lastNumber;
  if (number === undefined) return undefined;
  // isViablePhoneNumber: at least 2 chars and 3 digits (the `+` counts as a char).
  const digitCount = number.charCodeAt(0) === 43 ? number.length - 1 : number.length;
  // Two bare digits are viable to libphonenumber; no detector produces them, so leave them to it.
  if (digitCount === 2) return undefined;
  if (digitCount < 3) return false;

  // extractCountryCallingCode
  let international = number.charCodeAt(0) === 43 ? number : undefined;
  let callingCode: string | undefined;
  let rest: string | undefined;
  if (!international && region !== undefined) {
    const regionPlan = planOf(region);
    const idd = regionPlan.idd.exec(number);
    if (idd && idd[0] !== '') {
      const stripped = number.slice(idd[0].length);
      // stripIddPrefix returns nothing when the first digit after the prefix is 0.
      if (stripped.length > 0 && stripped[0] !== '0') international = `+${stripped}`;
    }
    if (!international) {
      // extractCountryCallingCodeFromInternationalNumberWithoutPlusSign
      const code = regionPlan.callingCode;
      rest = number;
      if (number.startsWith(code)) {
        const shorter = number.slice(code.length);
        const shorterNn = nationalNumberOf(shorter, regionPlan);
        const nn = nationalNumberOf(number, regionPlan);
        if ((!regionPlan.national.test(nn) && regionPlan.national.test(shorterNn)) || lengthVerdict(nn.length, regionPlan) === 'long') {
          callingCode = code;
          rest = shorter;
        }
      }
    }
  }
  if (international) {
    if (international[1] === '0') return false;
    for (let i = 2; i - 1 <= MAX_LENGTH_COUNTRY_CODE && i <= international.length; i++) {
      const code = international.slice(1, i);
      if (hasCallingCode(code)) {
        callingCode = code;
        rest = international.slice(i);
        break;
      }
    }
    if (callingCode === undefined) return false;
  } else if (region === undefined) return false;

  // parsePhoneNumber
  let country: string | undefined;
  let plan: Plan;
  if (callingCode !== undefined) plan = planOf(callingCode);
  else {
    country = region!;
    plan = planOf(country);
    callingCode = plan.callingCode;
  }
  if (!rest) return false;
  const nationalNumber = nationalNumberOf(rest, plan);
  const exact = countryByCallingCode(callingCode, nationalNumber);
  if (exact) {
    country = exact;
    plan = planOf(exact);
  }
  if (nationalNumber.length < MIN_LENGTH_FOR_NSN || nationalNumber.length > MAX_LENGTH_FOR_NSN) return false;

  // PhoneNumber.isValid: the country's plan, else the calling code's.
  const validPlan = country ? planOf(country) : planOf(callingCode);
  if (validPlan.types) return hasNumberType(nationalNumber, validPlan);
  return validPlan.national.test(nationalNumber);
}

/** The calling code of a region (for tests). */
export function callingCodeOfRegion(country: string): string {
  return callingCodeOf(country);
}
