import { STREET_WORDS } from './street-types.generated';

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

const ROLES = new Map<string, number>();
const add = (list: string, bit: number) => {
  for (const w of list.split(' ')) ROLES.set(w, (ROLES.get(w) ?? 0) | bit);
};
add(STREET_WORDS.after, AFTER);
add(STREET_WORDS.before, BEFORE);
add(STREET_WORDS.lead, LEAD);
add(STREET_WORDS.germanic, GERMANIC);
add(STREET_WORDS.unit, UNIT);
add(STREET_WORDS.directional, DIRECTIONAL);

/** Roles of a lower-case word (0 when it is none of them). */
export function rolesOf(word: string): number {
  return ROLES.get(word) ?? 0;
}

/** Compound endings, longest first so `steenweg` wins over `weg`. */
const SUFFIXES = STREET_WORDS.suffix.split(' ').sort((a, b) => b.length - a.length);

/**
 * Endings that also end everyday words (`Hering`, `Staudamm`, `Bauhof`, `Umfeld`…): a compound on one
 * of these is only an address with more evidence (a postcode, a cue, an address column).
 */
const WEAK_SUFFIXES = new Set(['ring', 'damm', 'hof', 'markt', 'graben', 'kamp', 'wiese', 'steg', 'brücke', 'brucke', 'bruecke', 'baan', 'vliet', 'pad', 'wal', 'ufer', 'kai', 'siedlung', 'mkt', 'stg', 'vlt', 'stieg', 'gürtel', 'pfad']);

/**
 * German and Dutch nouns on a street ending that name no street (`Parkplatz 12` is a parking space,
 * `Lösungsweg 2` a solution path).
 */
const NOT_STREETS = new Set([
  'arbeitsplatz', 'parkplatz', 'stellplatz', 'sitzplatz', 'spielplatz', 'liegeplatz', 'standplatz', 'steckplatz',
  'speicherplatz', 'messeplatz', 'umweg', 'ausweg', 'rückweg', 'heimweg', 'hinweg', 'lösungsweg', 'rechtsweg', 'dienstweg',
  'fluchtweg', 'rettungsweg', 'postweg', 'lebensweg', 'bildungsweg', 'zahlungsweg', 'versandweg', 'mittelweg', 'hauptweg',
]);

export interface Compound {
  /** The ending found (`straße`, `str`, `gracht`). */
  readonly suffix: string;
  /** True when the ending also ends everyday words (needs more evidence). */
  readonly weak: boolean;
}

/**
 * The street ending of a compound word (`hauptstraße` → `straße`, `keizersgracht` → `gracht`), when the
 * word has at least three letters before it; undefined otherwise.
 */
export function compoundOf(word: string): Compound | undefined {
  if (word.length < 6 || NOT_STREETS.has(word)) return undefined;
  for (const s of SUFFIXES) {
    if (word.length - s.length >= 3 && word.endsWith(s)) {
      const before = word.charCodeAt(word.length - s.length - 1);
      // `…-allee` is handled as a word of its own; `Heizungsring` and the like still count as weak.
      if (before === 45) return undefined;
      return { suffix: s, weak: WEAK_SUFFIXES.has(s) };
    }
  }
  return undefined;
}

/** Whether a germanic type word also names everyday things (`Ring`, `Hof`, `Markt`, `Park`…). */
export function weakGermanic(word: string): boolean {
  return WEAK_SUFFIXES.has(word) || word === 'park' || word === 'markt' || word === 'steenweg';
}
