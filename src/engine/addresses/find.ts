import type { FindScope, Found } from '../types';
import { trieSource } from '../keyword-index';
import type { Street } from './street';
import { STREET_WORDS } from './street-types.generated';
import { englishStreet } from './english-street';
import { FRENCH_NUMBER_SUFFIXES, frenchNumberSuffix, frenchStreet } from './fr';
import { germanicStreet, nameAdjective, prepositional } from './de';
import { leadStreet } from './lead';
import { readTail } from './tail';
import { LINE_LABEL, addressLabelWord, isAddressLabel, textCueBefore } from './cues';
import { columnCell } from './column';
import { ADDRESS_LABEL_WORDS } from './label-words';
import { rememberName } from './names';
import { NUMBER_MARK, rolesAt } from './vocabulary';
import { isBlank, isDigit, isLetter, isUpper, nextWord, prevWord, type Word } from './text';

/** Scores by evidence (see docs/design/postal-addresses.md): a street with a postcode or a cue is high. */
export const SCORES = {
  street: 0.6,
  weak: 0.4,
  postcode: 0.9,
  weakPostcode: 0.85,
  cue: 0.85,
  weakCue: 0.75,
  column: 0.85,
  bare: 0.75,
} as const;

/** Lower-case starts of the French types (`rue`, `av`, `bd`…) and `bis`/`ter`: what may follow a house number. */
const FRENCH_STARTS = trieSource([...new Set([...STREET_WORDS.before.split(' '), ...FRENCH_NUMBER_SUFFIXES].map((w) => w.slice(0, 3)))]);

/**
 * The first step: a house number standing alone after a blank or at a line start. One to five digits,
 * never a leading zero (`221B`, `34a`, `12bis`, `12-14`, `7-III`, `4/12`, `33/2/2`; not the `0044` of an
 * IBAN or phone group), not glued to a dot, a colon, a slash or another number (versions, times,
 * paths, IDs, dates). Then either
 * - what starts a street name or follows a street line (`NEXT`): a capitalised word or an ordinal
 *   (`12 Main`, `55 W 46th`, `5th Ave`, `Roma 12, Roma`; a single capital only before a word or an
 *   ordinal, so `1 A 1 A…` is no run of candidates), a French type or suffix (`12 rue`, `10 ter`), a
 *   floor (`45, 3º`) or a postcode (`12, 10115 Berlin`);
 * - or, only after a capitalised word, a comma after one or a number mark (`Hauptstraße 12`,
 *   `Alcalá, 45`, `Str. 5`, `nº 5`, `n. 12`; not `"qty": 4`, `x = 4`, `in 9 days`, `> 1221`), what ends
 *   a number-last street line (`END`).
 * Everything else is checked in code on the few candidates (about 2.8 k on the bench's 10 MB).
 *
 * Speed: the pattern starts with a literal blank, so V8 jumps from blank to blank instead of testing a
 * class at every char; a class-first pattern (`\d…`, or `[ \n]\d`) cost twice as much on the bench's
 * 10 MB (see the design note). The lookbehind runs only where an `END` follows.
 */
const NUMBER = String.raw`\d{0,4}(?![\d:])(?:(?:bis|ter|[A-Za-z])(?![\w\u00c0-\u024f]))?(?:-(?:\d{1,4}[A-Za-z]?|[A-Za-z]{1,4})(?![\w\u00c0-\u024f])|\/(?:\d{1,4}[A-Za-z]?|[A-Za-z])(?:\/\d{1,3}(?!\d))?)?(?![-/\w])`;
const NEXT = String.raw`(?=,? (?:[A-Z\u00c0-\u00de](?![ \t]\d(?!\d{0,2}(?:st|nd|rd|th)\b))|\d(?=[\dºª°nrst])(?:\d{0,2}(?:st|nd|rd|th)\b|\d?[ºª°]|\d{3,4} [A-Z\u00c0-\u00de]|\d{3}[A-Z]{2}\b)|(?=[a-zà-ÿ])${FRENCH_STARTS}))`;
/**
 * What may close a number-last street line (`Hauptstraße 12`): its line's end, a comma (`Calle Mayor
 * 5, 2º`, `Alcalá, 45, piso 3`), `;`, a quote, `<`, `)`, a full stop, a table bar, a dash before a
 * postcode, or a lower-case word (units and prose: `Kerkstraat 141 last month`, `Zeil 12 nicht`). It
 * counts only after a capitalised word, a comma after one, or a number mark (`nº 5`): `"qty": 4`,
 * `x = 4`, `in 9 days` and `> 1221` are no candidates.
 */
const END = String.raw`(?=[ \t]*(?:\r?\n|$)|[,;"'<)]|\.(?![\w])| [|]| [-–·] \d| [a-zß-ÿ])(?<=(?:[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'’.-]*,?|[Nn](?:[º°]|[or]\.?|úm\.?|\.)) [1-9][\dA-Za-z/-]{0,12})`;
/** After a blank (the match starts at the blank). */
export const AFTER_BLANK = new RegExp(String.raw` [1-9]${NUMBER}(?:${NEXT}|${END})`, 'g');
/**
 * At a line start: found by jumping from line break to line break with `indexOf` (5 ms on the bench's
 * 10 MB, against 7.5 ms for a `\n\d` regex pass), then this sticky pattern at each line that starts
 * with a digit: only a street after the number is possible there. Numbers right after a quote or a tab
 * (CSV, JSON, SQL values, TSV) are not searched: one more pass cost as much as the two others; those
 * values are found through their column or key (`address`, `street`…) instead.
 */
const AT_START = new RegExp(String.raw`[1-9]${NUMBER}${NEXT}`, 'y');

/** How far a street line may reach before or after its house number. */
const REACH_BACK = 96;
const REACH_ON = 128;

/**
 * How far around the range house numbers are read: a street that starts in the range may have its
 * number after the range's end (`Gran Vía 54` across the boundary), and a street found from a number
 * before the range covers the numbers it holds, as in a whole scan. A street line with its tail is far
 * shorter than this.
 */
const NUMBERS_AROUND = 512;

/**
 * Every postal address that starts in [start, end): streets found from their house numbers (read from
 * NUMBERS_AROUND before the range to as far after it), then address cells.
 */
export function findAddresses(text: string, scope: FindScope): Found[] {
  const { start, end } = scope;
  const lo = Math.max(0, start - NUMBERS_AROUND);
  const hits: Found[] = [];
  let covered = lo;
  const numbers = houseNumbers(text, lo, Math.min(text.length, end + NUMBERS_AROUND));
  for (let i = 0; i < numbers.length; i += 2) {
    const ns = numbers[i]!;
    if (ns < covered) continue;
    const hit = streetAt(text, ns, numbers[i + 1]!, scope);
    if (!hit) continue;
    hits.push(hit);
    covered = hit.end;
  }
  const found = hits.filter((h) => h.start >= start && h.start < end);
  return columns(text, scope, hits, found);
}

/**
 * Candidate house numbers in [from, to) as flat [start, end, start, end…] pairs in text order: the
 * two passes (after a blank, at a line start) merged.
 */
export function houseNumbers(text: string, from: number, to: number): number[] {
  const blank = collect(text, from, to);
  const lineStart: number[] = [];
  // Line breaks are searched in [from, to) only (a view of the text, no copy): a line starting at or
  // after `to` is not the range's, and on one endless line the search stops at the range's end.
  const breaks = to < text.length ? text.slice(0, to) : text;
  let i = from === 0 || text.charCodeAt(from - 1) === 10 ? from : breaks.indexOf('\n', from) + 1;
  while (i < to && (i > 0 || from === 0)) {
    const c = text.charCodeAt(i);
    if (c >= 49 && c <= 57 && mayStartStreet(text, i)) {
      AT_START.lastIndex = i;
      if (AT_START.test(text)) lineStart.push(i, AT_START.lastIndex);
    }
    const next = breaks.indexOf('\n', i);
    if (next < 0) break;
    i = next + 1;
  }
  if (lineStart.length === 0) return blank;
  const out: number[] = [];
  let a = 0;
  let b = 0;
  while (a < blank.length || b < lineStart.length) {
    if (b >= lineStart.length || (a < blank.length && blank[a]! < lineStart[b]!)) {
      out.push(blank[a]!, blank[a + 1]!);
      a += 2;
    } else {
      out.push(lineStart[b]!, lineStart[b + 1]!);
      b += 2;
    }
  }
  return out;
}

/**
 * Whether the digits at `i` can open a street line (`12 Main`, `12, rue`, `221B Baker`, `2/14 Beach`):
 * at most five digits then a blank, comma, letter, `-` or `/`. Log lines (`2024-01-15`, `10:23:45`) and
 * long numbers fail here without a regex call.
 */
function mayStartStreet(text: string, i: number): boolean {
  let j = i + 1;
  while (j < i + 5 && isDigit(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  if (c === 32 || c === 44 || isLetter(c)) return true;
  return (c === 45 || c === 47) && isDigit(text.charCodeAt(j + 1)) && text.charCodeAt(j + 3) !== 45;
}

/**
 * How far past the range the blank pass searches. Its pattern reads at most ~40 chars after a number
 * (the number, then `,? 1234 B…`, `nº`, a French type's start) except a run of blanks before a line
 * break or the end: it runs on `text.slice(0, to + PASS_REACH)` (a view, no copy; the look-behinds
 * still see the text before the range), so its last search stops there instead of at the text's end.
 */
const PASS_REACH = 64;
/** The blank pass anchored at one position: confirms on the whole text what the view found. */
const AFTER_BLANK_AT = new RegExp(AFTER_BLANK.source, 'y');

/**
 * The numbers the blank pass finds in [from, to); each match is the blank, then the number (the
 * lookahead consumes nothing). `test`, not `exec`: no match array per candidate; the start is found by
 * walking back over the number (at most eleven chars: `12345a-1234b`). On a view shorter than the text,
 * the view's end may pass for a line's end (`$`) or a word's end (`\b`, `(?!\w)`): each candidate is
 * confirmed on the whole text (a view can only add matches, never miss one: what a match needs after
 * its number is within the reach, or is a run of blanks that the view ends inside).
 */
function collect(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  const re = AFTER_BLANK;
  const view = to + PASS_REACH < text.length ? text.slice(0, to + PASS_REACH) : text;
  re.lastIndex = Math.max(0, from - 1);
  while (re.test(view)) {
    let end = re.lastIndex;
    let start = end - 1;
    while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
    if (start >= to) break;
    if (view !== text) {
      // The whole text's match at the same blank (a number holds no blank: none starts inside it).
      AFTER_BLANK_AT.lastIndex = start - 1;
      if (!AFTER_BLANK_AT.test(text)) continue;
      end = AFTER_BLANK_AT.lastIndex;
      re.lastIndex = end;
    }
    out.push(start, end);
  }
  re.lastIndex = 0;
  return out;
}

/** The char a pass match starts with: a blank or a line break. */
function isBreak(c: number): boolean {
  return c === 32 || c === 10;
}

/** The first street line in `value` (for the masked preview), or undefined. */
export function streetIn(value: string): Street | undefined {
  // A value that opens with its street line (`12 rue de la Paix, 75002 Paris`, the cells of an address
  // column): that number is the first candidate, so the blank pass over the rest is not needed.
  const c = value.charCodeAt(0);
  if (c >= 49 && c <= 57 && mayStartStreet(value, 0)) {
    AT_START.lastIndex = 0;
    const street = AT_START.test(value) ? streetAround(value, 0, AT_START.lastIndex) : undefined;
    if (street) return street;
  }
  const numbers = houseNumbers(value, 0, value.length);
  for (let i = 0; i < numbers.length; i += 2) {
    const street = streetAround(value, numbers[i]!, numbers[i + 1]!);
    if (street) return street;
  }
  return undefined;
}

/**
 * The street line around the house number [ns, ne). Word reading stops at line breaks by itself; the
 * reach bounds it on one endless line.
 */
function streetAround(text: string, ns: number, ne: number): Street | undefined {
  const street = numberFirst(text, ns, ne, Math.min(text.length, ne + REACH_ON));
  if (street || !isBlank(text.charCodeAt(ns - 1))) return street;
  return numberAfterName(text, ns, ne, Math.max(0, ns - REACH_BACK));
}

/** The address around the house number [ns, ne), scored, or undefined. */
function streetAt(text: string, ns: number, ne: number, scope: FindScope): Found | undefined {
  const street = streetAround(text, ns, ne);
  if (!street) return undefined;
  const weak = street.weak || yearLike(text, ns, ne);
  const tail = readTail(text, street.end, street.numberLast);
  // A full stop at the end is the sentence's (`…at 12 Main St.`), not the address's.
  const end = text.charCodeAt(tail.end - 1) === 46 ? tail.end - 1 : tail.end;
  // Only for what this scan reports (the masked preview of a street read for the margin is not asked).
  if (street.start >= scope.start && street.start < scope.end) rememberName(text, street.start, end, street.nameStart, street.nameEnd);
  if (street.bare) {
    if (!tail.postcode || (yearLike(text, tail.code!, tail.code! + 4) && !isDigit(text.charCodeAt(tail.code! + 4)))) return undefined;
    if (!opensField(text, street.start) && !textCueBefore(text, street.start) && !scope.fields.labelAt(street.start)) return undefined;
    return { start: street.start, end, score: SCORES.bare, pattern: 'street+postcode' };
  }
  if (tail.postcode) return { start: street.start, end, score: weak ? SCORES.weakPostcode : SCORES.postcode, pattern: 'street+postcode' };
  const label = scope.fields.labelAt(street.start);
  const near = (label && addressLabelWord(label)) || textCueBefore(text, street.start);
  if (near) return { start: street.start, end, score: weak ? SCORES.weakCue : SCORES.cue, pattern: 'street+cue', near };
  return { start: street.start, end, score: weak ? SCORES.weak : SCORES.street, pattern: 'street' };
}

/** `12 Main St`, `12 bis rue de la Paix`, `3, avenue Foch`: the street follows the number. */
function numberFirst(text: string, ns: number, ne: number, lineEnd: number): Street | undefined {
  let p = ne;
  if (text.charCodeAt(p) === 44) p++;
  if (!isBlank(text.charCodeAt(p))) return undefined;
  const first = nextWord(text, p, lineEnd);
  if (!first) return undefined;
  // `12 bis rue…`, `10 ter, impasse…`, `34 B rue…`, `2 B, rue…`: a suffix, maybe a comma, then a French type.
  if (frenchNumberSuffix(text, first) || (first.end - first.start === 1 && isUpper(text.charCodeAt(first.start)))) {
    let q = first.end;
    if (text.charCodeAt(q) === 44) q++;
    const type = nextWord(text, q, lineEnd);
    const french = type && frenchStreet(text, ns, type, lineEnd);
    if (french || frenchNumberSuffix(text, first)) return french;
  }
  return frenchStreet(text, ns, first, lineEnd) ?? englishStreet(text, ns, first, lineEnd);
}

/** `Hauptstraße 12`, `Via Roma 12`, `Calle de Alcalá, 45`, `Am Markt 3`: the street precedes the number. */
function numberAfterName(text: string, ns: number, ne: number, lineStart: number): Street | undefined {
  let p = ns;
  while (p > lineStart && isBlank(text.charCodeAt(p - 1))) p--;
  if (p > lineStart && text.charCodeAt(p - 1) === 44) p--;
  let last = prevWord(text, p, lineStart);
  if (!last) return undefined;
  // `Plaza de España, s/n, 41013 Sevilla`: no number (sin número); the candidate is the postcode, the
  // street ends at `s/n` and the tail reads the postcode again.
  if (last.end - last.start === 1 && (text.charCodeAt(last.start) | 32) === 110 && text.charCodeAt(last.start - 1) === 47 && (text.charCodeAt(last.start - 2) | 32) === 115) {
    const sn = last.start - 2;
    let q = sn;
    while (q > lineStart && isBlank(text.charCodeAt(q - 1))) q--;
    if (q > lineStart && text.charCodeAt(q - 1) === 44) q--;
    const name = q < sn ? prevWord(text, q, lineStart) : undefined;
    return name && isUpper(text.charCodeAt(name.start)) ? (leadStreet(text, name, lineStart, last.end) ?? germanicStreet(text, name, lineStart, last.end)) : undefined;
  }
  // Every street name before its number ends on a capitalised word (`Roma`, `Hauptstraße`, `Str.`),
  // or on `nº`/`Nr.` after one (`Calle Mayor nº 5`).
  if (rolesAt(text, last) & NUMBER_MARK) {
    // `Calle Real, nº 24`: a comma may stand before the mark.
    let q = last.start;
    while (q > lineStart && isBlank(text.charCodeAt(q - 1))) q--;
    if (q > lineStart && text.charCodeAt(q - 1) === 44) q--;
    last = prevWord(text, q, lineStart);
    if (!last || !isUpper(text.charCodeAt(last.start))) return undefined;
  } else if (!isUpper(text.charCodeAt(last.start))) return undefined;
  return germanicStreet(text, last, lineStart, ne) ?? leadStreet(text, last, lineStart, ne) ?? prepositional(text, last, lineStart, ne) ?? bareStreet(text, last, lineStart, ns, ne);
}

/**
 * A street name without a street word before a house number of one to four digits (`Große Bleichen
 * 31`, `Damrak 54`, `Zeil 30`, `Spalenberg 23`): the last word capitalised and three letters or more,
 * with at most one capitalised word before it (not an article or pronoun). `bare`: only an address
 * with a postcode and city after it (`streetAt`).
 */
function bareStreet(text: string, last: Word, lineStart: number, ns: number, ne: number): Street | undefined {
  let d = ns;
  while (d < ne && isDigit(text.charCodeAt(d))) d++;
  if (d - ns > 4 || yearLike(text, ns, d)) return undefined;
  // Its postcode follows after a comma or on the next line (maybe past a plot letter: `Damrak 54\n2331 PV`,
  // `Zeil 30, 60313`, `Große Bleichen 5 a,`): a word right after the number is prose (`Android 474 cannot`).
  let a = ne;
  while (isBlank(text.charCodeAt(a))) a++;
  if (isLetter(text.charCodeAt(a)) && !isLetter(text.charCodeAt(a + 1))) a = a + 1;
  const c = text.charCodeAt(a);
  if (c !== 44 && c !== 10 && c !== 13) return undefined;
  if (last.end - last.start < 3 || text.charCodeAt(last.end - 1) === 46 || rolesAt(text, last) !== 0) return undefined;
  for (let i = last.start; i < last.end; i++) if (isDigit(text.charCodeAt(i))) return undefined;
  let start = last.start;
  const before = prevWord(text, last.start, lineStart);
  if (before && before.end === last.start - 1 && nameAdjective(text, before)) start = before.start;
  return { start, end: ne, nameStart: start, nameEnd: last.end, weak: true, numberLast: true, bare: true };
}

/**
 * Whether a street line starting at `start` opens its line or a field (`Label: …`, `Company GmbH, …`):
 * where an address block or a label's value starts, not the middle of a sentence.
 */
function opensField(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  return c === 10 || c === 13 || ((c === 44 || c === 58 || c === 59) && i < start);
}




/** A four-digit house number from 1900 to 2099 is a year as often as not: weak without other evidence. */
function yearLike(text: string, ns: number, ne: number): boolean {
  if (ne - ns !== 4) return false;
  const c = text.charCodeAt(ns);
  const d = text.charCodeAt(ns + 1);
  return (c === 49 && d === 57) || (c === 50 && d === 48);
}

/**
 * Cells of address columns and keys (`address`, `Straße`, `dirección`…) that hold a street line the
 * patterns above did not find (no type word: `Flat 3, 12 Acacia`), reported by the column's label.
 */
function columns(text: string, scope: FindScope, streets: readonly Found[], found: Found[]): Found[] {
  let k = 0;
  for (const cell of scope.fields.cells(isAddressLabel, scope.start, scope.end, ADDRESS_LABEL_WORDS)) {
    while (k < streets.length && streets[k]!.end <= cell.start) k++;
    if (k < streets.length && streets[k]!.start < cell.end) continue;
    const near = addressLabelWord(cell.label);
    const span = columnCell(text, cell.start, cell.end, near === LINE_LABEL);
    if (span) found.push({ start: span.start, end: span.end, score: SCORES.column, pattern: 'column', near });
  }
  return found;
}
