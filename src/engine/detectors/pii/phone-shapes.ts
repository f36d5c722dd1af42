import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { isValidNumber } from './phone-plans';

/**
 * What the phone detectors know about numbering: phone words, the regions tried for national
 * numbers, the written shapes of national numbers, and a cached libphonenumber check.
 */

/** Words that make a bare digit run a phone number (EN, FR, DE, ES). */
export const PHONE_WORDS = [
  'phone', 'tel', 'tél', 'mobile', 'mob.', 'cell', 'call', 'fax', 'whatsapp', 'sms', 'contact',
  'téléphone', 'telephone', 'portable', 'appeler', 'joindre', 'telefon', 'handy', 'rufnummer', 'anrufen',
  'teléfono', 'telefono', 'móvil', 'movil', 'llamar', 'celular',
];

/**
 * Regions tried for numbers written without a country code (the product's main markets). A number
 * starting with 0 is tried where 0 is the trunk prefix (or part of the number, Italy); one without is
 * tried only where national numbers are written without a 0 — "123 456 789" is not a French number
 * just because +33 123456789 would be.
 */
export const TRUNK_REGIONS: readonly CountryCode[] = ['GB', 'FR', 'DE', 'NL', 'BE', 'CH', 'AT', 'IE', 'IT', 'AU', 'IN', 'BR'];
export const NO_TRUNK_REGIONS: readonly CountryCode[] = ['US', 'ES', 'IT', 'IN', 'BR'];
/** Space-grouped numbers without a trunk 0 are Spanish (915 37 71 50) or Italian mobiles (312 345 6789). */
export const GROUPED_REGIONS: readonly CountryCode[] = ['ES', 'IT'];
/** "(11) 98765-4321": an area code in parentheses, as written in Brazil and elsewhere. */
export const AREA_REGIONS: readonly CountryCode[] = ['BR', 'US', 'IN', 'ES', 'IT'];

/**
 * A prompt is re-scanned on every keystroke, so verdicts for recent values are remembered (bounded;
 * cleared wholesale when full). New values go through `isValidNumber` (phone-plans.ts: libphonenumber's
 * algorithm over its max metadata with the patterns compiled once, ~0.5 µs a region instead of
 * 10–20 µs), and only values outside its domain reach libphonenumber itself.
 */
const verdicts = new Map<string, boolean>();
/** `regions.join(',')` per region list (the detectors pass the same few constant arrays). */
const regionKeys = new WeakMap<readonly (CountryCode | undefined)[], string>();

/** True when libphonenumber (max metadata) accepts the value in one of `regions` (`undefined`: written with +country code). */
export function validPhone(value: string, regions: readonly (CountryCode | undefined)[]): boolean {
  let prefix = regionKeys.get(regions);
  if (prefix === undefined) regionKeys.set(regions, (prefix = `${regions.join(',')}|`));
  const key = prefix + value;
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  let ok = false;
  for (const region of regions) {
    if (isValidNumber(value, region) ?? parsePhoneNumberFromString(value, region)?.isValid()) {
      ok = true;
      break;
    }
  }
  if (verdicts.size > 2048) verdicts.clear();
  verdicts.set(key, ok);
  return ok;
}

/**
 * Scores by shape. Numbers with a country code or a national format (separators, parentheses, trunk
 * 0) are reported alone; bare runs and amount-like groupings ("123 456 789") only next to a phone word.
 */
export const SCORE = { international: 0.85, nanp: 0.65, trunkPairs: 0.6, trunk: 0.6, area: 0.6, grouped: 0.55, other: 0.35 } as const;
export type Shape = keyof typeof SCORE;

/** (415) 555-2671, 415-555-2671, 415.555.2671, 1-800-555-0199: NANP with separators. */
const NANP = /^(?:1[ .\-])?(?:\(\d{3}\)[ \u00a0]?|\d{3}[ .\-\u00a0])\d{3}[ .\-\u00a0]\d{4}$/;
/** French style: 01 23 45 67 89, 06.12.34.56.78. */
const TRUNK_PAIRS = /^0[1-9](?:[ .\-\u00a0]\d{2}){4}$/;
/** Other trunk-prefix national formats: 020 7946 0958, 030 12345678, 0151/23456789. */
const TRUNK = /^0\d{1,4}(?:[ \-\/\u00a0]\d{2,8}){1,3}$/;
/** Groups of exactly three after the first: how amounts are written ("123 456 789", "1.234.567"). */
const THOUSANDS = /^\d{1,3}(?:[ .\u00a0]\d{3})+$/;
/**
 * Other national groupings ("915 37 71 50", "312 345 6789"): space-separated only. Dashes and dots
 * are how part numbers, case references and versions are written ("6359-762-112", "119.0.6350.112").
 */
const GROUPED = /^\d{2,4}(?:[ \u00a0]\d{2,4}){2,4}$/;

/** Digit groups with single separators ("415-555-2671", "612 34 56 78"), not inside a longer number. */
export const NATIONAL_SOURCE = String.raw`(?<![\w+.\-\/:]|\d[ .\-\u00a0])(?:1[ .\-])?(?:\(\d{2,5}\)[ \u00a0]?)?\d{1,13}(?:[ .\-\/\u00a0]\d{1,8}){0,5}(?![\w]|[.\-\/:]?\d)`;

/**
 * National numbers are matched by one loose pattern and classified here by shape, which costs one
 * regex pass per numeric window instead of four.
 */
export function nationalShape(value: string): Shape {
  if (NANP.test(value)) return 'nanp';
  if (TRUNK_PAIRS.test(value)) return 'trunkPairs';
  if (TRUNK.test(value)) return 'trunk';
  if (/^\(\d{2,5}\)/.test(value)) return 'area';
  if (GROUPED.test(value) && !THOUSANDS.test(value)) return 'grouped';
  return 'other';
}

/** Number of ASCII digits in a value. */
export function digitCount(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) n++;
  return n;
}
