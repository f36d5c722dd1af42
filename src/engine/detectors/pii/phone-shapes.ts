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
  'teléfono', 'telefono', 'móvil', 'movil', 'llamar', 'celular', 'msisdn', 'gsm', 'tlf', 'tfno',
];

/**
 * Words of a label that name a phone field (whole words of a normalised label: a column, a key, a
 * `Label:`): `phone`, `Mobile`, `tel_2`, `Telefonnummer`, `numéro de téléphone`, `teléfono móvil`.
 */
const PHONE_LABEL_WORD = /^(?:\p{L}*phones?\d*|tel\d*|tél|tele?fon\p{L}*|téléphone|teléfono|telefono|telefone|telefoon\p{L}*|mobiles?\d*|mob|mobil\p{L}*|mobiel\p{L}*|móvil|movil|cell|cellular|celular|cellulare|fax|handy\p{L}*|rufnummer|festnetz\p{L}*|landline|portable|gsm|whatsapp|msisdn|tlf|tfno|tlfno|kontaktnummer)$/u;
/** `contact number`, `contact_no`, `número de contacto`: a contact word with a number word names a phone field. */
const CONTACT_WORD = /^(?:contact|contacto|contatto|kontakt)$/u;
/** Words that make a phone label name something else: `phone_id`, `phone_verified`, `mobile_os`. */
const NOT_A_NUMBER = new Set([
  'id', 'ids', 'uuid', 'count', 'type', 'verified', 'confirmed', 'country', 'code', 'prefix', 'ext', 'extension', 'model', 'brand',
  'make', 'carrier', 'operator', 'status', 'consent', 'opt', 'optin', 'is', 'has', 'enabled', 'plan', 'os', 'version', 'imei', 'serial',
  'pin', 'app', 'hash',
]);

/** True when a normalised label names a phone number field (see PHONE_LABEL_WORD). */
export function isPhoneLabel(label: string | undefined): boolean {
  if (!label) return false;
  let phone = false;
  let contact = false;
  let number = false;
  for (const word of label.trim().split(' ')) {
    if (NOT_A_NUMBER.has(word)) return false;
    if (PHONE_LABEL_WORD.test(word)) phone = true;
    else if (CONTACT_WORD.test(word)) contact = true;
    else if (NUMBER_WORDS.has(word)) number = true;
  }
  return phone || (contact && number);
}

/** Words that label the phone number right after them (`Tel 030 …`, `Handy 0151…`). */
const PREFIX_WORDS = new Set([
  'phone', 'telephone', 'téléphone', 'teléfono', 'telefono', 'telefon', 'tel', 'tél', 'mobile', 'mobil', 'móvil', 'movil', 'cell',
  'celular', 'fax', 'handy', 'portable', 'gsm', 'whatsapp', 'tlf', 'tfno',
]);
/** `phone number`, `Tel. Nr.`, `tél. n°`: a number word between the phone word and the value. */
const NUMBER_WORDS = new Set(['number', 'nummer', 'numéro', 'numero', 'número', 'no', 'nr', 'n°', 'nº', 'num']);

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f) || c === 0xb0 || c === 0xba;
}

/** Index after the last char of `s[0, end)` that is not a blank or label punctuation (`: = # . - – (`). */
function skipLabelPunctuation(s: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < 8) {
    const c = s.charCodeAt(i - 1);
    if (c === 32 || c === 9 || c === 0xa0 || c === 58 || c === 61 || c === 35 || c === 46 || c === 45 || c === 0x2013 || c === 40) i--;
    else break;
  }
  return i;
}

/**
 * True when a phone label ends `before` (the text right before the value), without a colon needed:
 * `Tel 030 …`, `Handy 0151…`, `phone no. …`, `Tél. : …`. Labels with a colon, columns and keys are
 * also read by the field index. A char loop and two set lookups: this runs for every phone-shaped
 * number libphonenumber rejects.
 */
export function phoneLabelBefore(before: string): boolean {
  let end = skipLabelPunctuation(before, before.length);
  for (let words = 0; words < 2; words++) {
    let start = end;
    while (start > 0 && end - start < 12 && isWordCode(before.charCodeAt(start - 1))) start--;
    if (start === end || (start > 0 && isWordCode(before.charCodeAt(start - 1)))) return false;
    const word = before.slice(start, end).toLowerCase();
    if (PREFIX_WORDS.has(word)) return true;
    if (!NUMBER_WORDS.has(word)) return false;
    end = skipLabelPunctuation(before, start);
  }
  return false;
}

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
const verdicts = new WeakMap<readonly (CountryCode | undefined)[], Map<string, boolean>>();

/** True when libphonenumber (max metadata) accepts the value in one of `regions` (`undefined`: written with +country code). */
export function validPhone(value: string, regions: readonly (CountryCode | undefined)[]): boolean {
  // One cache per region list, keyed by the value itself: a `regions + value` key cost a concatenation
  // and a hash of the joined string per call (~0.3 µs; a table's phones are all new values).
  let known = verdicts.get(regions);
  if (known === undefined) verdicts.set(regions, (known = new Map()));
  const verdict = known.get(value);
  if (verdict !== undefined) return verdict;
  // The verdict is "valid in any region", so the order regions are tried in is free: the region that
  // accepted the last number written the same way (same first two chars, same length) goes first. In
  // a table of Italian numbers (`06 4823 1290`) the eight regions before Italy were tried for every row.
  const shape = shapeKey(value);
  const hint = winners.get(regions)?.get(shape);
  let ok = hint !== undefined && accepts(value, regions[hint]);
  for (let r = 0; !ok && r < regions.length; r++) {
    if (r !== hint && accepts(value, regions[r])) {
      ok = true;
      let byShape = winners.get(regions);
      if (byShape === undefined) winners.set(regions, (byShape = new Map()));
      if (byShape.size > 256) byShape.clear();
      byShape.set(shape, r);
    }
  }
  if (known.size > 2048) known.clear();
  known.set(value, ok);
  return ok;
}

/** Per region list: the index of the region that last accepted a number of each shape (see `shapeKey`). */
const winners = new WeakMap<readonly (CountryCode | undefined)[], Map<number, number>>();

/** How a number is written, as a small integer: its first two chars and its length. */
function shapeKey(value: string): number {
  return (value.charCodeAt(0) << 16) | ((value.charCodeAt(1) & 0xff) << 8) | Math.min(255, value.length);
}

function accepts(value: string, region: CountryCode | undefined): boolean {
  return isValidNumber(value, region) ?? parsePhoneNumberFromString(value, region)?.isValid() ?? false;
}

/**
 * Scores by shape. Numbers with a country code or a national format (separators, parentheses, trunk
 * 0) are reported alone; bare runs and amount-like groupings ("123 456 789") only next to a phone word.
 */
export const SCORE = { international: 0.85, nanp: 0.65, trunkPairs: 0.6, trunk: 0.6, area: 0.6, grouped: 0.55, other: 0.35 } as const;
export type Shape = keyof typeof SCORE;

/**
 * (415) 555-2671, 415-555-2671, 415.555.2671, 1-800-555-0199: NANP with separators. Area codes start
 * with 2–9: "020 997 5625" (Amsterdam) and "030 350 9014" (Berlin) are trunk numbers in libphonenumber's
 * own national format for NL and DE.
 */
const NANP = /^(?:1[ .\-])?(?:\([2-9]\d{2}\)[ \u00a0]?|[2-9]\d{2}[ .\-\u00a0])\d{3}[ .\-\u00a0]\d{4}$/;
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

/** True when the value is grouped by spaces the way ES and IT numbers are written (see GROUPED). */
export function spaceGrouped(value: string): boolean {
  return GROUPED.test(value) && !THOUSANDS.test(value);
}

/** Digit groups with single separators ("415-555-2671", "612 34 56 78"), not inside a longer number. */
const NATIONAL_START = String.raw`(?<![\w+.\-\/:]|\d[ .\-\u00a0])`;
const NATIONAL_GROUPS = String.raw`(?:1[ .\-])?(?:\(\d{2,5}\)[ \u00a0]?)?\d{1,13}(?:[ .\-\/\u00a0]\d{1,8}){0,5}(?![\w]|[.\-\/:]?\d)`;
export const NATIONAL_SOURCE = NATIONAL_START + NATIONAL_GROUPS;
/**
 * NATIONAL_SOURCE without the chains of digit groups that the national validator rejects whatever
 * their context, so that they are no candidates at all (each candidate costs the engine its context
 * slices and checks, ~1 µs): a bare digit run (`1713171529`, `20095`: `other` shape, the labelled
 * detector's) and an IPv4 address (`185.222.34.137`: no national shape writes four dotted groups of
 * one to three digits). A match spans its whole chain (the end test forbids stopping before a
 * separator and a digit, and no match starts inside a chain), so a chain is tested whole here: 13,000
 * bare runs and 16,000 IPv4 addresses of the bench's 10 MB text are skipped.
 */
export const NATIONAL_UNLABELLED_SOURCE = `${NATIONAL_START}(?!\\d+(?![\\d]|[ .\\-\\/\\u00a0]\\d))(?!\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\d]|[ .\\-\\/\\u00a0]\\d))${NATIONAL_GROUPS}`;

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

/** Placeholder digits: one digit repeated, or a run up or down (`123456789`, `0123456789`, `987654321`). */
function placeholderDigits(digits: string): boolean {
  let same = true;
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - digits.charCodeAt(i - 1);
    if (d !== 0) same = false;
    if (d !== 1) up = false;
    if (d !== -1) down = false;
  }
  return same || up || down;
}

const possibleVerdicts = new Map<string, boolean>();

/**
 * True when the value is a *possible* number in one of `regions` (libphonenumber's length rules for
 * the country, `undefined`: written with +country code), even if its range is not assigned (yet). Only
 * for values in a phone field: alone, most 9–11 digit numbers are possible somewhere. NANP numbers also
 * need an area code and exchange starting 2–9; placeholder digits never pass.
 *
 * libphonenumber's answer depends only on the country, the prefixes it strips and the national number's
 * length, so verdicts are cached by region set, first five digits and digit count: a phone column of
 * 6,000 rows costs a handful of parses, not 6,000 (~20 µs each).
 */
export function possiblePhone(value: string, regions: readonly (CountryCode | undefined)[]): boolean {
  const digits = value.replace(/\D/g, '');
  if (placeholderDigits(digits)) return false;
  const key = `${regions.join(',')}|${value.trimStart().startsWith('+') ? '+' : ''}${digits.slice(0, 5)}|${digits.length}`;
  const known = possibleVerdicts.get(key);
  if (known !== undefined) return known;
  let ok = false;
  for (const region of regions) {
    const parsed = parsePhoneNumberFromString(value, region);
    if (!parsed?.isPossible()) continue;
    if (parsed.countryCallingCode === '1' && !/^[2-9]\d\d[2-9]\d{6}$/.test(parsed.nationalNumber)) continue;
    ok = true;
    break;
  }
  if (possibleVerdicts.size > 2048) possibleVerdicts.clear();
  possibleVerdicts.set(key, ok);
  return ok;
}
