import { BARE_UNIT, BUILDING_PART, SIDE, UNIT, rolesAt } from './vocabulary';
import { isBlank, isDigit, isLetter, isWordChar, wordEnd } from './text';
import { DUTCH_ADDITION, DUTCH_POSTCODE } from './nl';
import { ITALIAN_PROVINCE } from './it';
import { SPANISH_FLOOR } from './es';
import { UK_POSTCODE } from './uk';
import { CA_PROVINCE_IN_PARENTHESES, REGION_AND_CODE, US_STATE_ONLY } from './us-ca-au';

/**
 * What may follow a street line: units (flat, suite, floor, door), then postcode and city on the same
 * line or the next. All regexes here are sticky and tried at one position each: they never scan.
 */

const LETTER = String.raw`A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f`;
/** Letters, and an apostrophe only between letters (`L'Aquila`; not the quote closing `'… Berlin'`). */
const L_RUN = String.raw`(?:[${LETTER}]|['’](?=[${LETTER}]))`;
const UPPER = String.raw`A-Z\u00c0-\u00d6\u00d8-\u00de`;
/**
 * A city: one to four capitalised words (hyphens, inner dots, `am`, `sur`, `de`… inside): `Frankfurt am
 * Main`, `Saint-Denis`, `St.Gallen`. A sentence's full stop after it is not part of it, nor is `Cedex`.
 */
const CITY_WORD = String.raw`[${UPPER}]${L_RUN}*(?:[-.]${L_RUN}+)*(?:\.(?=[ \t][${UPPER}]))?`;
const CITY = String.raw`${CITY_WORD}(?:[ \t](?:(?!CEDEX|Cedex)${CITY_WORD}|(?:am|an|der|de|del|la|le|les|sur|sous|en|im|in|bei|di|da|upon|on|ob|aan|den|op)(?=[ \t][${UPPER}]))){0,3}`;

/** `2. OG`, `3. Stock` after a German house number. */
const GERMAN_FLOOR = /\d{1,2}\.[ \t]?(?:OG|EG|DG|Etage|Stock)(?:[ \t]+(?:links|rechts|[Mm]itte))?(?![\w])/y;

/**
 * End of one unit after `p` (a comma and blanks, or blanks, before it): a unit word and its number
 * (`Apt 4B`, `Suite 200`, `int. 5`, `Whg. 3`, `Flat 2`), `#12`, `3º B`, `2. OG`, `bajo`. Read in code,
 * not with one regex over every unit word: this runs after every street found.
 */
function unitEnd(text: string, p: number): number | undefined {
  let q = p;
  if (text.charCodeAt(q) === 44) q++;
  const afterComma = q;
  while (isBlank(text.charCodeAt(q))) q++;
  if (text.charCodeAt(q) === 10 || (text.charCodeAt(q) === 13 && text.charCodeAt(q + 1) === 10)) return unitLine(text, q);
  if (q === p || (q === afterComma && afterComma !== p + 1)) return undefined;
  const c = text.charCodeAt(q);
  if (c === 35) return unitId(text, skipBlanks(text, q + 1));
  if (isDigit(c)) return mayBeFloor(text, q) ? (sticky(SPANISH_FLOOR, text, q) ?? sticky(GERMAN_FLOOR, text, q)) : undefined;
  if (!isLetter(c)) return undefined;
  const w = { start: q, end: wordEnd(text, q, text.length) };
  const roles = rolesAt(text, w);
  if (roles & BARE_UNIT) return w.end;
  if (roles & BUILDING_PART) {
    const q2 = skipBlanks(text, w.end);
    const side = isLetter(text.charCodeAt(q2)) ? { start: q2, end: wordEnd(text, q2, text.length) } : undefined;
    return side && q2 > w.end && (rolesAt(text, side) & SIDE) !== 0 ? side.end : w.end;
  }
  if (!(roles & UNIT)) return undefined;
  let r = skipBlanks(text, w.end);
  if (text.charCodeAt(r) === 35) r = skipBlanks(text, r + 1);
  return unitId(text, r);
}

/**
 * Whether the digits at `q` can start a floor (`3º`, `2 º`, `2. OG`): one or two digits, then `º ª °`
 * (maybe after a blank) or a full stop. The postcode after most streets (`Hauptstraße 12, 10115
 * Berlin`) fails here, not in two sticky regexes.
 */
function mayBeFloor(text: string, q: number): boolean {
  let r = q + 1;
  if (isDigit(text.charCodeAt(r))) r++;
  let c = text.charCodeAt(r);
  if (c === 46) return true;
  if (c === 32 || c === 9) c = text.charCodeAt(r + 1);
  return c === 0xba || c === 0xaa || c === 0xb0;
}

/** `…Old Mill Drive\nUnit 7\nAlbuquerque, NM 87105`: a unit alone on the line after the street (at `q`, its line break). */
function unitLine(text: string, q: number): number | undefined {
  q = skipBlanks(text, q + (text.charCodeAt(q) === 13 ? 2 : 1));
  if (!isLetter(text.charCodeAt(q))) return undefined;
  const w = { start: q, end: wordEnd(text, q, text.length) };
  if (!(rolesAt(text, w) & UNIT)) return undefined;
  const end = unitId(text, skipBlanks(text, w.end));
  if (end === undefined) return undefined;
  const r = skipBlanks(text, end);
  const c = text.charCodeAt(r);
  return c === 10 || c === 13 || r >= text.length ? end : undefined;
}

/** End of a unit's number at `q`: `4B`, `200`, `B`, `B12`, `2-3`; not followed by a letter or digit. */
function unitId(text: string, q: number): number | undefined {
  let r = q;
  while (r - q < 4 && isDigit(text.charCodeAt(r))) r++;
  if (r > q) {
    if (isLetter(text.charCodeAt(r)) && !isWordChar(text.charCodeAt(r + 1))) r++;
  } else if (isLetter(text.charCodeAt(r))) {
    r++;
    while (r - q < 4 && isDigit(text.charCodeAt(r))) r++;
  } else return undefined;
  return isWordChar(text.charCodeAt(r)) ? undefined : r;
}

/** First chars of house-number additions after a blank: ` III`, ` IV`, ` hs`, ` bis`, ` zw`, ` rd`, ` a`…` h`, ` A`…` H`. */
const ADDITION_STARTS = new Set([73, 86, 104, 98, 122, 114, ...'abcdefghABCDEFGH'.split('').map((c) => c.charCodeAt(0))]);

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

function skipBlanks(text: string, q: number): number {
  while (isBlank(text.charCodeAt(q))) q++;
  return q;
}

/**
 * End of the separator between the street (or its units) and the postcode/city at `p`: a comma and
 * blanks (never a bare comma: that is a CSV cell boundary), blanks (maybe a dash or dot between), or one
 * line break.
 */
function separatorEnd(text: string, p: number): number | undefined {
  let q = p;
  const comma = text.charCodeAt(q) === 44;
  if (comma) q++;
  const blanks = q;
  q = skipBlanks(text, q);
  let c = text.charCodeAt(q);
  if (c === 13) c = text.charCodeAt(++q);
  if (c === 10) return skipBlanks(text, q + 1);
  if (q === blanks) return undefined;
  if (!comma && (c === 45 || c === 0x2013 || c === 0xb7) && isBlank(text.charCodeAt(q + 1))) return skipBlanks(text, q + 1);
  return q;
}

/** Postcode then city: `10115 Berlin`, `F-75002 Paris`, `1010 Wien`, `75008 Paris Cedex 08`. */
const POSTCODE_CITY = new RegExp(String.raw`(?:[A-Z]{1,2}-)?\d{4,5}[ \u00a0]+${CITY}(?:[ \t]+(?:CEDEX|Cedex)(?:[ \t]+\d{1,2})?)?(?![\w])`, 'y');
/** City then region and code, or a UK postcode on the same line or the next: `Springfield, IL 62701`, `London SW1A 1AA`. */
const CITY_FIRST = new RegExp(String.raw`${CITY}(?:,?[ \t]+|,?[ \t]*\r?\n[ \t]*)`, 'y');
const CITY_COMMA = new RegExp(String.raw`${CITY},[ \t]+`, 'y');
const CITY_ONLY = new RegExp(String.raw`[ \u00a0]+${CITY}`, 'y');
/** A city closing its line after a comma (`Address: 42 Elm Street, Springfield` in a form). */
const CITY_AT_LINE_END = new RegExp(String.raw`${CITY}(?=\.?[ \t]*(?:\r?\n|$))`, 'y');

export interface Tail {
  /** End of the units and postcode/city read (the street's end when there are none). */
  readonly end: number;
  /** True when a postcode (or a US state after its city) was read. */
  readonly postcode: boolean;
  /** Where the postcode-and-city group starts (when `postcode`). */
  readonly code?: number;
}

/**
 * Units then postcode/city after `from`: the street's end, or the house number's end when the number
 * comes last (`numberLast`: Dutch additions such as `123-A` may follow it). Reads two lines at most.
 */
export function readTail(text: string, from: number, numberLast: boolean): Tail {
  let p = from;
  // Cheap guards before each sticky regex: this runs after every street found.
  if (numberLast && (text.charCodeAt(p) === 45 || (text.charCodeAt(p) === 32 && ADDITION_STARTS.has(text.charCodeAt(p + 1))))) {
    p = sticky(DUTCH_ADDITION, text, p) ?? p;
  }
  for (let n = 0; n < 2; n++) {
    const next = unitEnd(text, p);
    if (next === undefined) break;
    p = next;
  }
  const q = separatorEnd(text, p);
  if (q === undefined) return { end: p, postcode: false };
  const end = postcodeAndCity(text, q);
  if (end !== undefined) return { end, postcode: true, code: q };
  // No postcode: a city still belongs to the line when a comma leads to it and nothing follows it.
  const city = text.charCodeAt(p) === 44 && isUpperAscii(text.charCodeAt(q)) ? sticky(CITY_AT_LINE_END, text, q) : undefined;
  return { end: city ?? p, postcode: false };
}

/** End of a postcode-and-city group starting at `q`, if one is there. */
function postcodeAndCity(text: string, q: number): number | undefined {
  const c = text.charCodeAt(q);
  if (c >= 48 && c <= 57) {
    const four = text.charCodeAt(q + 4);
    if (isUpperAscii(four) || (four === 32 && isUpperAscii(text.charCodeAt(q + 5)))) {
      const dutch = sticky(DUTCH_POSTCODE, text, q);
      if (dutch !== undefined) return sticky(CITY_ONLY, text, dutch) ?? dutch;
    }
    const euro = sticky(POSTCODE_CITY, text, q);
    if (euro === undefined) return undefined;
    const next = text.charCodeAt(euro + 1);
    return text.charCodeAt(euro) === 32 && (next === 40 || isUpperAscii(next)) ? (sticky(ITALIAN_PROVINCE, text, euro) ?? euro) : euro;
  }
  if (c >= 65 && c <= 90) {
    // `D-69115 Heidelberg`, `CH-8408 Winterthur`, `F-75002 Paris`: a country prefix.
    if (text.charCodeAt(q + 1) === 45 || (text.charCodeAt(q + 2) === 45 && isUpperAscii(text.charCodeAt(q + 1)))) {
      const prefixed = sticky(POSTCODE_CITY, text, q);
      if (prefixed !== undefined) return prefixed;
    }
    const uk = sticky(UK_POSTCODE, text, q);
    if (uk !== undefined) return uk;
  }
  // City first: try the longest city, then shorter ones (the region code may look like a city word).
  const r = sticky(CITY_FIRST, text, q);
  if (r === undefined) return undefined;
  const region = sticky(REGION_AND_CODE, text, r) ?? sticky(UK_POSTCODE, text, r);
  if (region !== undefined) return region;
  // `Montréal (Québec) H3A 1G5`: Canada Post's French form, the province in parentheses.
  if (text.charCodeAt(r) === 40) {
    const code = sticky(CA_PROVINCE_IN_PARENTHESES, text, r);
    if (code !== undefined) return code;
  }
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

/** End of `re`'s match at exactly `at`, or undefined (`test`: no match array is built). */
function sticky(re: RegExp, text: string, at: number): number | undefined {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : undefined;
}
