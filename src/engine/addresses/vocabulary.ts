import { STREET_WORDS } from './street-types.generated';
import { WordTable, wordSet, type Word } from './text';

/**
 * The street vocabulary as one lookup: lower-case word (no trailing dot) → its roles as bits. Built
 * once from the generated lists (libpostal, MIT; see scripts/addresses/generate.ts).
 */
export const AFTER = 1; // English type after the name: 12 Main St
export const BEFORE = 2; // French type before the name: 12 rue de la Paix
export const LEAD = 4; // Italian/Spanish type leading the name, number last: Via Roma 12
export const GERMANIC = 8; // German/Dutch type as its own word after the name: Berliner Straße 12
export const UNIT = 16; // flat, suite, floor, door
export const DIRECTIONAL = 32; // N, SW, North

const roles = new Map<string, number>();
const add = (list: string, bit: number) => {
  for (const w of list.split(' ')) roles.set(w, (roles.get(w) ?? 0) | bit);
};
add(STREET_WORDS.after, AFTER);
add(STREET_WORDS.before, BEFORE);
add(STREET_WORDS.lead, LEAD);
add(STREET_WORDS.germanic, GERMANIC);
add(STREET_WORDS.unit, UNIT);
add(STREET_WORDS.directional, DIRECTIONAL);
const ROLES = new WordTable(roles);

/** Roles of the word `w` of `text` (0 when it is none of them). */
export function rolesAt(text: string, w: Word): number {
  return ROLES.get(text, w.start, w.end) ?? 0;
}

/** Roles of a lower-case word. */
export function rolesOf(word: string): number {
  return ROLES.get(word, 0, word.length) ?? 0;
}

/**
 * Endings that also end everyday words (`Hering`, `Staudamm`, `Bauhof`, `Anstieg`, `Dateipfad`…): a
 * compound on one of these is only an address with more evidence (a postcode, a cue, an address column).
 */
const WEAK_SUFFIXES = new Set(['ring', 'damm', 'hof', 'markt', 'graben', 'kamp', 'wiese', 'steg', 'brücke', 'brucke', 'bruecke', 'baan', 'vliet', 'pad', 'wal', 'ufer', 'kai', 'siedlung', 'mkt', 'stg', 'vlt', 'stieg', 'gürtel', 'pfad', 'steig', 'quai']);

/** Compound endings by length, longest first, so `steenweg` wins over `weg`. */
const byLength = new Map<number, [string, Compound][]>();
for (const s of STREET_WORDS.suffix.split(' ')) {
  byLength.set(s.length, [...(byLength.get(s.length) ?? []), [s, { suffix: s, weak: WEAK_SUFFIXES.has(s) }]]);
}
const SUFFIXES = new Map([...byLength].map(([n, entries]) => [n, new WordTable(entries)] as const));
const LENGTHS = [...SUFFIXES.keys()].sort((a, b) => b - a);
/** Last letters of the endings (`e` of `straße`, `g` of `weg`…): most words are rejected on this alone. */
const LAST_LETTERS = new Set(STREET_WORDS.suffix.split(' ').map((s) => s.charCodeAt(s.length - 1)));

/**
 * German and Dutch nouns on a street ending that name no street (`Parkplatz 12` is a parking space,
 * `Lösungsweg 2` a solution path, `Bundesstraße 96` a road number, `Bahnsteig 3` a platform).
 * (`Hauptweg` and `Mittelweg` are not listed: many towns have one.)
 */
const NOT_STREETS = wordSet([
  'bundesstraße', 'bundesstrasse', 'landesstraße', 'kreisstraße', 'staatsstraße', 'bundesstr', 'rijksweg',
  'arbeitsplatz', 'parkplatz', 'stellplatz', 'sitzplatz', 'spielplatz', 'liegeplatz', 'standplatz', 'steckplatz',
  'speicherplatz', 'messeplatz', 'umweg', 'ausweg', 'rückweg', 'heimweg', 'hinweg', 'lösungsweg', 'rechtsweg', 'dienstweg',
  'fluchtweg', 'rettungsweg', 'postweg', 'lebensweg', 'bildungsweg', 'zahlungsweg', 'versandweg',
  'bahnsteig', 'flugsteig', 'hochsitz',
]);

export interface Compound {
  /** The ending found (`straße`, `str`, `gracht`). */
  readonly suffix: string;
  /** True when the ending also ends everyday words (needs more evidence). */
  readonly weak: boolean;
}

/**
 * The street ending of the compound word `w` (`Hauptstraße` → `straße`, `Keizersgracht` → `gracht`,
 * `Musterstr.` → `str`), when at least three letters come before it; undefined otherwise.
 */
export function compoundAt(text: string, w: Word): Compound | undefined {
  const end = text.charCodeAt(w.end - 1) === 46 ? w.end - 1 : w.end;
  const length = end - w.start;
  if (length < 6 || !LAST_LETTERS.has(text.charCodeAt(end - 1) | 32)) return undefined;
  for (const n of LENGTHS) {
    if (length - n < 3) continue;
    const found = SUFFIXES.get(n)!.get(text, end - n, end);
    if (found) {
      // `Karl-Marx-Allee` is read as the word `Allee`, not as a compound.
      if (text.charCodeAt(end - n - 1) === 45) return undefined;
      return NOT_STREETS.get(text, w.start, end) ? undefined : found;
    }
  }
  return undefined;
}

/**
 * The word `w` when it is itself a compound ending (`Ring` of `Konrad-Adenauer-Ring`, `Damm`): the
 * last part of a hyphenated street name.
 */
export function suffixWordAt(text: string, w: Word): Compound | undefined {
  const end = text.charCodeAt(w.end - 1) === 46 ? w.end - 1 : w.end;
  return SUFFIXES.get(end - w.start)?.get(text, w.start, end);
}

/** Whether `w` is one of the nouns on a street ending that name no street (`Parkplatz`, `Bahnsteig`). */
export function notStreet(text: string, w: Word): boolean {
  return NOT_STREETS.has(text, w);
}

/** `compoundAt` for a lower-case word. */
export function compoundOf(word: string): Compound | undefined {
  return compoundAt(word, { start: 0, end: word.length });
}

/** Whether a germanic type word also names everyday things (`Ring`, `Hof`, `Markt`, `Park`…). */
export function weakGermanic(text: string, w: Word): boolean {
  return WEAK_GERMANIC.has(text, w);
}
const WEAK_GERMANIC = wordSet([...WEAK_SUFFIXES, 'park', 'markt', 'steenweg']);
