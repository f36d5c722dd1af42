import type { FindScope, Found } from '../types';
import type { Street } from './street';
import { STREET_WORDS } from './street-types.generated';
import { englishStreet } from './english-street';
import { FRENCH_NUMBER_SUFFIXES, frenchStreet } from './fr';
import { germanicStreet, prepositional } from './de';
import { leadStreet } from './lead';
import { readTail } from './tail';
import { addressLabelWord, isAddressLabel, textCueBefore } from './cues';
import { columnCell } from './column';
import { isBlank, isDigit, key, lineEndOf, lineStartOf, nextWord, prevWord } from './text';

/** Scores by evidence (see docs/design/postal-addresses.md): a street with a postcode or a cue is high. */
export const SCORES = {
  street: 0.6,
  weak: 0.4,
  postcode: 0.9,
  weakPostcode: 0.85,
  cue: 0.85,
  weakCue: 0.75,
  column: 0.85,
} as const;

/** Lower-case starts of the French types (`rue`, `av`, `bd`…) and `bis`/`ter`: what may follow a house number. */
const FRENCH_STARTS = [...new Set([...STREET_WORDS.before.split(' '), ...FRENCH_NUMBER_SUFFIXES].map((w) => w.slice(0, 3)))]
  .map((w) => w.replace(/[.'/-]/g, '\\$&'))
  .join('|');

/**
 * The first step: a house number standing alone after a blank or at a line start, followed by what
 * follows a house number. One to five digits (`221B`, `34a`, `12-14`, `4/12`), not glued to a dot, a
 * colon, a slash or another number (versions, times, paths, IDs); then a comma or line end
 * (`Hauptstraße 12,`), a capitalised word or an ordinal (`12 Main`, `55 W`, `5th Ave`), a French type
 * (`12 rue`), a floor (`45, 3º`) or a postcode (`12 10115 Berlin`). Everything else is checked in code
 * on the few candidates (about one per 1.5 KB of logs and code).
 *
 * Speed: the pattern starts with a literal blank (then a literal line break, in a second pass), so V8
 * jumps from blank to blank instead of testing a class at every char; a class-first pattern (`\d…`, or
 * `[ \n]\d`) cost twice as much on the bench's 10 MB (see the design note).
 */
const NUMBER = String.raw`\d{0,4}(?![\d:])(?:[A-Za-z](?![\w\u00c0-\u024f]))?(?:[-/](?:\d{1,4}[A-Za-z]?|[A-Za-z])(?![\w]))?(?![-/\w])`;
/** Lower-case words that follow a house number in prose: `Friedrichstraße 12 in Berlin`, `via Roma 3 a Bologna`. */
const PROSE_AFTER = 'in|im|a|à|en|op|te|bij|bei|und|and|et|e|y|is|ist|est|es|è|was|war|fue';
const FOLLOWS = String.raw`(?=,?\r?\n|,? ?$|[,;]?["'<]| ?[|)]|\.(?![\w])| [-–·] \d|,? (?:[A-Z\u00c0-\u00de]|\d{1,3}(?:st|nd|rd|th)\b|\d{1,2}[ºª°]|\d{4,5} [A-Z\u00c0-\u00de]|(?:${PROSE_AFTER}) |(?:${FRENCH_STARTS})))`;
/** After a blank (the match starts at the blank). */
export const AFTER_BLANK = new RegExp(String.raw` \d${NUMBER}${FOLLOWS}`, 'g');
/** At a line start, after a tab (TSV), a quote (CSV, JSON, SQL) or a parenthesis (the match starts there). */
export const AFTER_BREAK = new RegExp(String.raw`[\n\t"'(]\d${NUMBER}${FOLLOWS}`, 'g');
const AT_START = new RegExp(String.raw`\d${NUMBER}${FOLLOWS}`, 'y');

/** How far a street line may reach before or after its house number. */
const REACH_BACK = 96;
const REACH_ON = 128;

/** Every postal address in [start, end): streets found from their house numbers, then address cells. */
export function* findAddresses(text: string, scope: FindScope): Iterable<Found> {
  const found: Found[] = [];
  let covered = scope.start;
  for (const [ns, ne] of houseNumbers(text, scope.start, scope.end)) {
    if (ns < covered) continue;
    const hit = streetAt(text, ns, ne, scope);
    if (!hit) continue;
    found.push(hit);
    covered = hit.end;
  }
  yield* found;
  yield* columns(text, scope, found);
}

/** Candidate house numbers [start, end) in [from, to), in text order (the passes merged). */
export function houseNumbers(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  AT_START.lastIndex = from;
  const first = from === 0 || text.charCodeAt(from - 1) === 10 ? AT_START.exec(text) : null;
  if (first) out.push(numberIn(text, from, from + first[0].length));
  const blank = collect(AFTER_BLANK, text, from, to);
  const other = collect(AFTER_BREAK, text, from, to);
  if (other.length === 0) return out.length ? out.concat(blank) : blank;
  return out.concat(blank, other).sort((a, b) => a[0] - b[0]);
}

function collect(re: RegExp, text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = Math.max(0, from - 1);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) out.push(numberIn(text, m.index, m.index + m[0].length));
  return out;
}

/** The digits' span inside a match that starts with blanks or a line break. */
function numberIn(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s < end && !isDigit(text.charCodeAt(s))) s++;
  return [s, end];
}

/** The first street line in `value` (for the masked preview), or undefined. */
export function streetIn(value: string): Street | undefined {
  for (const [ns, ne] of houseNumbers(value, 0, value.length)) {
    const street = streetAround(value, ns, ne);
    if (street) return street;
  }
  return undefined;
}

/** The street line around the house number [ns, ne), and whether the number comes after the name. */
function streetAround(text: string, ns: number, ne: number): (Street & { numberLast: boolean }) | undefined {
  const street = numberFirst(text, ns, ne, lineEndOf(text, ne, REACH_ON));
  if (street) return { ...street, numberLast: false };
  if (!isBlank(text.charCodeAt(ns - 1))) return undefined;
  const before = numberAfterName(text, ns, ne, lineStartOf(text, ns, REACH_BACK));
  return before && { ...before, numberLast: true };
}

/** The address around the house number [ns, ne), scored, or undefined. */
function streetAt(text: string, ns: number, ne: number, scope: FindScope): Found | undefined {
  const street = streetAround(text, ns, ne);
  if (!street) return undefined;
  const weak = street.weak || yearLike(text, ns, ne);
  const tail = readTail(text, street.end, street.numberLast);
  if (tail.postcode) {
    return { start: street.start, end: tail.end, score: weak ? SCORES.weakPostcode : SCORES.postcode, pattern: 'street+postcode' };
  }
  const label = scope.fields.labelAt(street.start);
  const near = (label && addressLabelWord(label)) || textCueBefore(text, street.start);
  if (near) return { start: street.start, end: tail.end, score: weak ? SCORES.weakCue : SCORES.cue, pattern: 'street+cue', near };
  return { start: street.start, end: tail.end, score: weak ? SCORES.weak : SCORES.street, pattern: 'street' };
}

/** `12 Main St`, `12 bis rue de la Paix`, `3, avenue Foch`: the street follows the number. */
function numberFirst(text: string, ns: number, ne: number, lineEnd: number): Street | undefined {
  let p = ne;
  if (text.charCodeAt(p) === 44) p++;
  if (!isBlank(text.charCodeAt(p))) return undefined;
  let first = nextWord(text, p, lineEnd);
  if (!first) return undefined;
  if (FRENCH_NUMBER_SUFFIXES.has(key(text, first))) {
    const type = nextWord(text, first.end, lineEnd);
    return type && frenchStreet(text, ns, type, lineEnd);
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
  // `Calle Mayor nº 5`, `Hauptstr. Nr. 5`
  if (NUMBER_MARKS.has(key(text, last))) {
    last = prevWord(text, last.start, lineStart);
    if (!last) return undefined;
  }
  return germanicStreet(text, last, lineStart, ne) ?? leadStreet(text, last, lineStart, ne) ?? prepositional(text, last, lineStart, ne);
}

const NUMBER_MARKS = new Set(['nº', 'n°', 'no', 'núm', 'num', 'nr', 'número', 'numero', 'n.º']);

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
function* columns(text: string, scope: FindScope, found: readonly Found[]): Iterable<Found> {
  let k = 0;
  for (const cell of scope.fields.cells(isAddressLabel, scope.start, scope.end)) {
    while (k < found.length && found[k]!.end <= cell.start) k++;
    if (k < found.length && found[k]!.start < cell.end) continue;
    const span = columnCell(text, cell.start, cell.end);
    if (span) yield { start: span.start, end: span.end, score: SCORES.column, pattern: 'column', near: addressLabelWord(cell.label) };
  }
}
