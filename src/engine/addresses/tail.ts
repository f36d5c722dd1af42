import { STREET_WORDS } from './street-types.generated';
import { DUTCH_ADDITION, DUTCH_POSTCODE } from './nl';
import { ITALIAN_PROVINCE } from './it';
import { SPANISH_FLOOR } from './es';
import { UK_POSTCODE } from './uk';
import { REGION_AND_CODE, US_STATE_ONLY } from './us-ca-au';

/**
 * What may follow a street line: units (flat, suite, floor, door), then postcode and city on the same
 * line or the next. All regexes here are sticky and tried at one position each: they never scan.
 */

const L = String.raw`A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f'’.`;
const UPPER = String.raw`A-Z\u00c0-\u00d6\u00d8-\u00de`;
/** A city: one to four capitalised words (hyphens, `am`, `sur`, `de`… inside): `Frankfurt am Main`, `Saint-Denis`. */
const CITY = String.raw`[${UPPER}][${L}]*(?:-[${L}]+)*(?:[ \t](?:[${UPPER}][${L}]*(?:-[${L}]+)*|(?:am|an|der|de|del|la|le|les|sur|sous|en|im|in|bei|di|da|upon|on|ob|aan|den|op)(?=[ \t][${UPPER}]))){0,3}`;

/** Units, words from the vocabulary (`Apt 4B`, `Suite 200`, `int. 5`, `Whg. 3`), `#12`, `3º B`, `2. OG`. */
const UNIT_WORDS = STREET_WORDS.unit
  .split(' ')
  .filter((w) => w !== '#')
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.]/g, '\\.'))
  .join('|');
const BARE_UNITS = 'bajo|ático|atico|izq|izda|dcha|dcho';
const UNIT = new RegExp(
  String.raw`(?:,[ \t]*|[ \t]+)(?:(?:${UNIT_WORDS})\.?[ \t]?#?[ \t]?(?:\d{1,4}[A-Za-z]?|[A-Za-z]\d{0,3})(?![\w])|(?:${BARE_UNITS})\.?(?![\w])|#[ \t]?\d{1,4}[A-Za-z]?(?![\w])|\d{1,2}\.[ \t]?(?:OG|EG|DG|Etage|Stock)(?![\w]))`,
  'iy',
);
/** `, 3º B` after a Spanish house number. */
const FLOOR_LEAD = /(?:,[ \t]*|[ \t]+)/y;

/** Between the street (or its units) and the postcode/city: a comma and blanks, blanks, or one line break. */
const SEPARATOR = /(?:,[ \t]*\r?\n[ \t]*|,[ \t]+|[ \t]*\r?\n[ \t]*|[ \t]+(?:[-–·][ \t]+)?)/y;

/** Postcode then city: `10115 Berlin`, `F-75002 Paris`, `1010 Wien`, `75008 Paris Cedex 08`. */
const POSTCODE_CITY = new RegExp(String.raw`(?:[A-Z]{1,2}-)?\d{4,5}[ \u00a0]+${CITY}(?:[ \t]+(?:CEDEX|Cedex)(?:[ \t]+\d{1,2})?)?(?![\w])`, 'y');
/** City then region and code, or a UK postcode on the same line or the next: `Springfield, IL 62701`, `London SW1A 1AA`. */
const CITY_FIRST = new RegExp(String.raw`${CITY}(?:,?[ \t]+|,?[ \t]*\r?\n[ \t]*)`, 'y');
const CITY_COMMA = new RegExp(String.raw`${CITY},[ \t]+`, 'y');
const CITY_ONLY = new RegExp(String.raw`[ \u00a0]+${CITY}`, 'y');

export interface Tail {
  /** End of the units and postcode/city read (the street's end when there are none). */
  readonly end: number;
  /** True when a postcode (or a US state after its city) was read. */
  readonly postcode: boolean;
}

/**
 * Units then postcode/city after `from`: the street's end, or the house number's end when the number
 * comes last (`numberLast`: Dutch additions such as `123-A` may follow it). Reads two lines at most.
 */
export function readTail(text: string, from: number, numberLast: boolean): Tail {
  let p = from;
  if (numberLast) p = sticky(DUTCH_ADDITION, text, p) ?? p;
  for (let n = 0; n < 2; n++) {
    const next = sticky(UNIT, text, p) ?? spanishFloor(text, p);
    if (next === undefined) break;
    p = next;
  }
  const q = sticky(SEPARATOR, text, p);
  if (q === undefined) return { end: p, postcode: false };
  const end = postcodeAndCity(text, q);
  return end === undefined ? { end: p, postcode: false } : { end, postcode: true };
}

/** End of a postcode-and-city group starting at `q`, if one is there. */
function postcodeAndCity(text: string, q: number): number | undefined {
  const c = text.charCodeAt(q);
  if (c >= 48 && c <= 57) {
    const dutch = sticky(DUTCH_POSTCODE, text, q);
    if (dutch !== undefined) return sticky(CITY_ONLY, text, dutch) ?? dutch;
    const euro = sticky(POSTCODE_CITY, text, q);
    if (euro !== undefined) return sticky(ITALIAN_PROVINCE, text, euro) ?? euro;
    return undefined;
  }
  if (c >= 65 && c <= 90) {
    const uk = sticky(UK_POSTCODE, text, q);
    if (uk !== undefined) return uk;
  }
  // City first: try the longest city, then shorter ones (the region code may look like a city word).
  CITY_FIRST.lastIndex = q;
  const m = CITY_FIRST.exec(text);
  if (!m) return undefined;
  const r = q + m[0].length;
  const region = sticky(REGION_AND_CODE, text, r) ?? sticky(UK_POSTCODE, text, r);
  if (region !== undefined) return region;
  const comma = sticky(CITY_COMMA, text, q);
  if (comma !== undefined) {
    const state = sticky(REGION_AND_CODE, text, comma) ?? sticky(US_STATE_ONLY, text, comma);
    if (state !== undefined) return state;
  }
  return shorterCity(text, q, r);
}

/** `Springfield IL 62701`: the greedy city took `IL`; retry with each shorter city. */
function shorterCity(text: string, q: number, r: number): number | undefined {
  for (let i = r - 2; i > q; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) continue;
    const region = sticky(REGION_AND_CODE, text, i + 1);
    if (region !== undefined) return region;
  }
  return undefined;
}

function spanishFloor(text: string, p: number): number | undefined {
  const lead = sticky(FLOOR_LEAD, text, p);
  return lead === undefined ? undefined : sticky(SPANISH_FLOOR, text, lead);
}

/** End of `re`'s match at exactly `at`, or undefined. */
function sticky(re: RegExp, text: string, at: number): number | undefined {
  re.lastIndex = at;
  return re.exec(text) ? re.lastIndex : undefined;
}
