import { FAMILY_NAMES, GIVEN_NAMES, WORDLIKE_NAMES } from './names.generated';
import { GREETINGS, HONORIFICS, INNER_PARTICLES, LEADING_PARTICLES, TITLES, words } from './cue-words';
import { CALENDAR, COMMON_WORDS, FUNCTION_WORDS, NAME_SYLLABLES, PLACE_AFTER, PLACE_BEFORE, ROLES } from './stop-words';
import { AMBIGUOUS_GIVEN_NAMES, AMBIGUOUS_NAMES, BRAND_NAMES, PLACEHOLDER_NAMES } from './ambiguous';
import { foldName } from './fold';

/** What a folded word is, as bit flags (a word can be several: "Hall" is a family name and a building). */
export const GIVEN = 1;
export const FAMILY = 2;
/** A name that is also an ordinary word, brand or place ("Will", "Grace", "Claude", "Young"). */
export const WORDLIKE = 4;
/** Never part of a name ("the", "Montag", "Team", "Sonnet"). */
export const STOP = 8;
export const HONORIFIC = 16;
export const GREETING = 32;
export const LEADING_PARTICLE = 64;
export const INNER_PARTICLE = 128;
export const PLACE_BEFORE_WORD = 256;
export const PLACE_AFTER_WORD = 512;
export const TITLE = 1024;
/**
 * A stop word that is also a syllable of names from other languages ("Lê Văn An", "Hoàng Thu Hương",
 * "Mei Chen", "He Wei"): months, weekdays and a few short function words. Capitalised, in a name
 * field or after a cue, it may be part of a name (see `valueWords` in fields.ts).
 */
export const SOFT_STOP = 2048;
/** A word with a common-noun ending ("Bestellung", "Verification"): set per word in `wordInfoOf`. */
export const NOUNLIKE = 4096;

/** Either list of names. */
export const NAME = GIVEN | FAMILY;

export interface Lexicon {
  /** Flags of a folded word (0 when unknown). */
  readonly flags: Map<string, number>;
  /** Folded "given family" phrases that are never a finding (placeholders, brands, places). */
  readonly phrases: Set<string>;
}

let lexicon: Lexicon | undefined;

/** The lexicon, built on first use (≈ 19k words; a few ms once per page). */
export function getLexicon(): Lexicon {
  return (lexicon ??= buildLexicon());
}

function buildLexicon(): Lexicon {
  const flags = new Map<string, number>();
  const add = (keys: Iterable<string>, flag: number) => {
    for (const k of keys) flags.set(k, (flags.get(k) ?? 0) | flag);
  };
  const lines = (block: string) => block.split('\n').filter(Boolean);
  add(lines(GIVEN_NAMES), GIVEN);
  add(lines(FAMILY_NAMES), FAMILY);
  add(lines(WORDLIKE_NAMES), WORDLIKE);
  add(AMBIGUOUS_NAMES, WORDLIKE);
  add(AMBIGUOUS_GIVEN_NAMES, WORDLIKE | GIVEN);
  // Common words that the name lists also hold are only ambiguous; the others are stop words.
  for (const k of [...CALENDAR, ...ROLES, ...COMMON_WORDS]) {
    const f = flags.get(k) ?? 0;
    flags.set(k, f & NAME ? f | WORDLIKE : f | STOP);
  }
  add(FUNCTION_WORDS, STOP);
  for (const k of [...CALENDAR, ...NAME_SYLLABLES]) if ((flags.get(k) ?? 0) & STOP) flags.set(k, flags.get(k)! | SOFT_STOP);
  add(HONORIFICS, HONORIFIC);
  add(TITLES, TITLE);
  add(GREETINGS, GREETING);
  add(LEADING_PARTICLES, LEADING_PARTICLE);
  add(INNER_PARTICLES, INNER_PARTICLE);
  add(PLACE_BEFORE, PLACE_BEFORE_WORD);
  add(PLACE_AFTER, PLACE_AFTER_WORD);
  return { flags, phrases: new Set([...PLACEHOLDER_NAMES, ...BRAND_NAMES]) };
}

/** Flags of `token` (any case, accents or not). */
export function flagsOf(token: string): number {
  return getLexicon().flags.get(foldName(token)) ?? 0;
}

export { words };
