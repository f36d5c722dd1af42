import { STREET_WORDS } from './street-types.generated';
import { SPANISH_CONNECTORS, SPANISH_LOWER_CASE_TYPES } from './es';
import { ITALIAN_CONNECTORS, ITALIAN_LOWER_CASE_TYPES } from './it';
import { WordTable, lower, type Word } from './text';

/**
 * Every word the finder looks up, as one table: lower-case word (no trailing dot) → its roles as bits.
 * One hash per word read (the finder asks several questions about the same word: a street type? a
 * connector? a number mark?), and `WordTable` remembers the last word asked about. The street types,
 * units and directionals come from the generated lists (libpostal, MIT; see scripts/addresses/generate.ts).
 */
export const AFTER = 1; // English type after the name: 12 Main St
export const BEFORE = 2; // French type before the name: 12 rue de la Paix
export const LEAD = 4; // Italian/Spanish type leading the name, number last: Via Roma 12
export const GERMANIC = 8; // German/Dutch type as its own word after the name: Berliner Straße 12
export const UNIT = 16; // flat, suite, floor, door
export const DIRECTIONAL = 32; // N, SW, North
/** Any street-type role. */
export const TYPE = AFTER | BEFORE | LEAD | GERMANIC;
export const NUMBER_MARK = 1 << 6; // nº, Nr., no: `Calle Mayor, nº 5`
export const CONNECTOR = 1 << 7; // joins a leading type to its name: `Via dei Mille`, `Calle de Alcalá`, `Rue des Bouchers`
export const GERMANIC_CONNECTOR = 1 << 8; // `Platz der Republik`, `Laan van Meerdervoort`
export const FRENCH_CONNECTOR = 1 << 9; // `rue de la Paix`, `allée des Pins` (not `à`, `en`: `place Bellecour à Lyon`)
export const FRENCH_SUFFIX = 1 << 10; // `12 bis rue…`, `3 ter avenue…`
export const ARTICLE = 1 << 11; // articles and pronouns that start sentences, not street names (`Die Straße 3 ist gesperrt`)
export const ADJECTIVE = 1 << 12; // open compound street names: `Alte Jakobstraße`, `Große Bleichen`, `Prins Hendrikkade`
export const PREP_ALONE = 1 << 13; // `Am Markt 3`, `Zum Hafen 5`
export const PREP_ARTICLE = 1 << 14; // `An der Alster 12`, `Unter den Linden 77`
export const ARTICLE_AFTER = 1 << 15; // the article after such a preposition
export const COUNTED = 1 << 16; // nouns that take a number (`Test 3`, `Raum 12`, `Kapitel 4`): never a bare street
export const NOT_STREET = 1 << 17; // compounds on a street ending that name no street (`Parkplatz`, `Bahnsteig`)
export const LOWER_CASE_TYPE = 1 << 18; // Italian/Spanish types written in lower case mid-sentence (`abito in piazza Navona 3`)
export const SLASH_TYPE = 1 << 19; // `C/ Mayor 5`, `Av/ Diagonal`
export const DOTTED_TYPE = 1 << 20; // `C. de Goya 159`: one letter and its full stop
export const TYPE_AFTER = 1 << 21; // adjectives before a type that names the street by itself: `Gran Vía 32`
export const WEAK_FRENCH_LEAD = 1 << 22; // French types that head titles and UI text (`Place Order 2`, `Route Nationale 7`)
export const WEAK_GERMANIC = 1 << 23; // germanic types that also name everyday things (`Ring`, `Hof`, `Markt`, `Park`)
export const BARE_UNIT = 1 << 24; // Spanish floors and doors without a number (`bajo`, `izq.`)
export const BUILDING_PART = 1 << 25; // `Hinterhaus`, `Seitenflügel` after a German house number
export const SIDE = 1 << 26; // `links`, `rechts`, `mitte`
export const BOX = 1 << 27; // `PO Box 12`, `Postfach`: a mailbox, not a street

/**
 * Endings that also end everyday words (`Hering`, `Staudamm`, `Bauhof`, `Anstieg`, `Dateipfad`…): a
 * compound on one of these is only an address with more evidence (a postcode, a cue, an address column).
 */
const WEAK_SUFFIXES = new Set(['ring', 'damm', 'hof', 'markt', 'graben', 'kamp', 'wiese', 'steg', 'brücke', 'brucke', 'bruecke', 'baan', 'vliet', 'pad', 'wal', 'ufer', 'kai', 'siedlung', 'mkt', 'stg', 'vlt', 'stieg', 'gürtel', 'pfad', 'steig', 'quai']);

const roles = new Map<string, number>();
const add = (list: string | readonly string[], bit: number) => {
  for (const w of typeof list === 'string' ? list.split(' ') : list) roles.set(w, (roles.get(w) ?? 0) | bit);
};
add(STREET_WORDS.after, AFTER);
add(STREET_WORDS.before, BEFORE);
add(STREET_WORDS.lead, LEAD);
add(STREET_WORDS.germanic, GERMANIC);
add(STREET_WORDS.unit, UNIT);
add(STREET_WORDS.directional, DIRECTIONAL);
add(['nº', 'n°', 'no', 'núm', 'num', 'nr', 'número', 'numero', 'n.º', 'n'], NUMBER_MARK);
// Also French (Belgium, Switzerland) and Galician/Portuguese (`Rúa do Franco 42`).
add([...ITALIAN_CONNECTORS, ...SPANISH_CONNECTORS, 'du', 'des', 'aux', 'au', 'do', 'dos', 'das'], CONNECTOR);
add(['der', 'des', 'den', 'dem', 'am', 'an', 'zum', 'zur', 'von', 'vom', 'van', 'het', 'op', 'aan', 'bij'], GERMANIC_CONNECTOR);
add(['de', 'du', 'des', 'la', 'le', 'les', 'au', 'aux', 'l', 'd', 'saint', 'sainte'], FRENCH_CONNECTOR);
add(['bis', 'ter', 'quater'], FRENCH_SUFFIX);
add(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'the', 'de', 'het', 'een', 'diese', 'jede', 'unsere', 'ihre', 'seine', 'meine', 'deze'], ARTICLE);
add(['alte', 'alter', 'altes', 'neue', 'neuer', 'neues', 'große', 'grosse', 'großer', 'kleine', 'kleiner', 'lange', 'langer', 'obere', 'oberer', 'untere', 'unterer', 'hohe', 'hoher', 'breite', 'hintere', 'vordere', 'innere', 'äußere', 'oude', 'nieuwe', 'korte', 'hoge', 'lage', 'grote', 'sankt', 'st', 'prins', 'prinses', 'koning', 'koningin', 'graf'], ADJECTIVE);
add(['am', 'im', 'zum', 'zur', 'beim'], PREP_ALONE);
add(['an', 'auf', 'in', 'unter', 'hinter', 'vor', 'bei', 'über'], PREP_ARTICLE);
add(['der', 'den', 'dem', 'die', 'das'], ARTICLE_AFTER);
add([
  'test', 'case', 'step', 'phase', 'stage', 'level', 'version', 'release', 'build', 'sprint', 'week', 'day', 'month', 'year',
  'chapter', 'section', 'part', 'page', 'item', 'row', 'column', 'line', 'table', 'figure', 'round', 'season', 'episode',
  'room', 'gate', 'platform', 'track', 'floor', 'node', 'server', 'team', 'group', 'order', 'invoice', 'ticket', 'issue',
  'python', 'java', 'windows', 'android', 'ios', 'macos', 'ubuntu', 'debian', 'php', 'ruby', 'iphone', 'pixel', 'galaxy',
  'kapitel', 'abschnitt', 'teil', 'seite', 'schritt', 'stufe', 'woche', 'tag', 'raum', 'zimmer', 'gleis', 'halle', 'tor', 'runde',
  'chapitre', 'partie', 'étape', 'semaine', 'jour', 'salle', 'porte', 'quai', 'niveau', 'capítulo', 'paso', 'semana', 'día',
  'sala', 'puerta', 'planta', 'capitolo', 'passo', 'settimana', 'giorno', 'stanza', 'binario', 'hoofdstuk', 'stap',
  'dag', 'kamer', 'spoor', 'fase', 'versie', 'versión', 'versione', 'zeile', 'spalte', 'absatz', 'nummer', 'punkt', 'station',
  'stop', 'exit', 'block', 'ausgang', 'eingang', 'haltestelle',
], COUNTED);
// (`Hauptweg` and `Mittelweg` are not listed: many towns have one.)
add([
  'bundesstraße', 'bundesstrasse', 'landesstraße', 'kreisstraße', 'staatsstraße', 'bundesstr', 'rijksweg',
  'arbeitsplatz', 'parkplatz', 'stellplatz', 'sitzplatz', 'spielplatz', 'liegeplatz', 'standplatz', 'steckplatz',
  'speicherplatz', 'messeplatz', 'umweg', 'ausweg', 'rückweg', 'heimweg', 'hinweg', 'lösungsweg', 'rechtsweg', 'dienstweg',
  'fluchtweg', 'rettungsweg', 'postweg', 'lebensweg', 'bildungsweg', 'zahlungsweg', 'versandweg',
  'bahnsteig', 'flugsteig', 'hochsitz',
], NOT_STREET);
// Lower-case `via` stays weak: English uses it.
add([...ITALIAN_LOWER_CASE_TYPES, ...SPANISH_LOWER_CASE_TYPES], LOWER_CASE_TYPE);
add(['c', 'av', 'avda'], SLASH_TYPE);
add(['c'], DOTTED_TYPE);
add(['gran', 'nueva', 'nuevo', 'vieja', 'viejo', 'antigua', 'nuova', 'vecchia'], TYPE_AFTER);
add(['place', 'cours', 'route', 'passage', 'square', 'galerie', 'parvis', 'clos', 'cité', 'résidence', 'hameau', 'traverse', 'voie', 'rampe', 'sentier', 'esplanade', 'promenade'], WEAK_FRENCH_LEAD);
add([...WEAK_SUFFIXES, 'park', 'markt', 'steenweg'], WEAK_GERMANIC);
add(['bajo', 'ático', 'atico', 'izq', 'izda', 'dcha', 'dcho'], BARE_UNIT);
add(['hinterhaus', 'vorderhaus', 'gartenhaus', 'seitenflügel', 'quergebäude', 'hofgebäude', 'souterrain', 'dachgeschoss', 'erdgeschoss', 'hochparterre'], BUILDING_PART);
add(['links', 'rechts', 'mitte'], SIDE);
add(['box', 'postfach', 'apartado', 'casella', 'postbus', 'bp', 'cs'], BOX);
const ROLES = new WordTable(roles);

/** Roles of the word `w` of `text` (0 when it is none of them). */
export function rolesAt(text: string, w: Word): number {
  return ROLES.get(text, w.start, w.end) ?? 0;
}

/** Roles of a lower-case word. */
export function rolesOf(word: string): number {
  return ROLES.get(word, 0, word.length) ?? 0;
}

/** Compound endings by length, longest first, so `steenweg` wins over `weg`. */
const byLength = new Map<number, [string, Compound][]>();
for (const s of STREET_WORDS.suffix.split(' ')) {
  byLength.set(s.length, [...(byLength.get(s.length) ?? []), [s, { suffix: s, weak: WEAK_SUFFIXES.has(s) }]]);
}
const SUFFIXES = new Map([...byLength].map(([n, entries]) => [n, new WordTable(entries)] as const));
/** Last letters of the endings (`e` of `straße`, `g` of `weg`…): most words are rejected on this alone. */
const LAST_LETTERS = new Set(STREET_WORDS.suffix.split(' ').map((s) => s.charCodeAt(s.length - 1)));
/** The endings by their last two letters, longest first: a word is compared with the few that share them, not hashed once per length. */
const BY_TAIL = new Map<number, { readonly suffix: string; readonly compound: Compound }[]>();
for (const s of [...STREET_WORDS.suffix.split(' ')].sort((a, b) => b.length - a.length)) {
  const key = s.charCodeAt(s.length - 2) * 65536 + s.charCodeAt(s.length - 1);
  BY_TAIL.set(key, [...(BY_TAIL.get(key) ?? []), { suffix: s, compound: { suffix: s, weak: WEAK_SUFFIXES.has(s) } }]);
}

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
  const candidates = BY_TAIL.get(lower(text.charCodeAt(end - 2)) * 65536 + lower(text.charCodeAt(end - 1)));
  if (!candidates) return undefined;
  for (const { suffix, compound } of candidates) {
    const n = suffix.length;
    if (length - n < 3) continue;
    let i = 0;
    while (i < n - 2 && suffix.charCodeAt(i) === lower(text.charCodeAt(end - n + i))) i++;
    if (i < n - 2) continue;
    // `Karl-Marx-Allee` is read as the word `Allee`, not as a compound.
    if (text.charCodeAt(end - n - 1) === 45) return undefined;
    return rolesAt(text, w) & NOT_STREET ? undefined : compound;
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

/** `compoundAt` for a lower-case word. */
export function compoundOf(word: string): Compound | undefined {
  return compoundAt(word, { start: 0, end: word.length });
}
