import { contextBefore, type Cue } from './cues';
import { FAMILY, GIVEN, NOUNLIKE, PLACE_AFTER_WORD, WORDLIKE } from './lexicon';
import type { NameWord } from './name-words';
import { CAP } from './tokens';

/** Scores of the rules (see docs/design/person-names.md for why these values). */
export const SCORE = {
  /** "Mr. Kowalski", "Frau Becker", "Mme Dubois", "Sr. Ortega". */
  honorific: 0.9,
  /** "Name: Aoife Byrne", "Patient: María López", a `last_name` column. */
  label: 0.9,
  /** A bare `name` label: could name a product. */
  genericLabel: 0.85,
  /** "Kind regards,\nJürgen Weiß", "Hallo Jürgen Weiß,". */
  cue: 0.85,
  /** Known given name + known family name: "Maria Schmidt". */
  known: 0.85,
  /** Ambiguous given name + known family name: "Grace Hopper", "Will Smith". */
  ambiguousGiven: 0.7,
  /** Known given name + a capitalised word that looks like a family name: "Priya Raghunathan". */
  givenOnly: 0.65,
  /** Unknown word + known family name, with a people word before: "our client Aoife Byrne". */
  familyInContext: 0.65,
  /** Unknown words after a people word: "Customer Liu Jing wrote", `new User("Vasiliki Karagiannis"`. */
  context: 0.65,
  /** An e-mail address made of the name nearby: "Aoife Byrne <aoife.byrne@…>". */
  email: 0.9,
  /** Under the engine's threshold: kept only if an e-mail address vouches for it. */
  weak: 0.3,
} as const;

/**
 * A capitalised word that may be an unknown family name: not a stop word (readName never returns one),
 * at least two letters, no common-noun ending. Names that are also words ("Rose", "Baker") count.
 */
export function plainName(w: NameWord): boolean {
  return w.shape === CAP && w.key.length >= 2 && !(w.flags & NOUNLIKE);
}

export interface Verdict {
  readonly score: number;
  readonly rule: string;
  readonly near?: string;
}

/**
 * The score of a name without an honorific: from its cue if any, else from what the lists know of its
 * first word (given name?) and the others (family names?). `start` is where the name starts in `text`
 * (a people word before it is context for a bare family name).
 */
export function scoreName(names: readonly NameWord[], cue: Cue | undefined, text: string, start: number): Verdict {
  const first = names[0]!;
  const last = names[names.length - 1]!;
  if (cue) {
    // A cue carries names the lists do not know ("Aoife Byrne", "Íñigo Ruiz"), not common nouns.
    if (!names.every((w) => plainName(w) || w.flags & (GIVEN | FAMILY) || w.shape !== CAP)) return { score: SCORE.weak, rule: cue.rule };
    // …nor firms and buildings ("Name: ACME GmbH", "From: Marie Curie Hospital").
    if ((last.flags & (PLACE_AFTER_WORD | FAMILY)) === PLACE_AFTER_WORD) return { score: 0, rule: 'place' };
    // Context words carry names of at most three words, all of them name-shaped.
    if (cue.rule === 'context') return { score: names.length <= 3 ? SCORE.context : SCORE.weak, rule: 'context', near: cue.near };
    const score = cue.rule !== 'label' ? SCORE.cue : cue.kind === 'generic' ? SCORE.genericLabel : SCORE.label;
    return { score, rule: cue.rule, near: cue.near };
  }
  // Without a cue, a name never ends on a building or firm word ("Albert Hall", "Victoria Station").
  if ((last.flags & (PLACE_AFTER_WORD | FAMILY)) === PLACE_AFTER_WORD) return { score: 0, rule: 'place' };
  let familyKnown = false;
  let familyStrong = false;
  for (let i = 1; i < names.length; i++) {
    const f = names[i]!.flags;
    if (f & FAMILY) {
      familyKnown = true;
      if (!(f & WORDLIKE)) familyStrong = true;
    }
  }
  if (first.flags & GIVEN) {
    if (first.flags & WORDLIKE) return { score: familyStrong ? SCORE.ambiguousGiven : SCORE.weak, rule: 'given-name' };
    if (familyKnown) return { score: SCORE.known, rule: 'given-name' };
    // Faker's family lists are short: "Olivia Bennett", "David Kim" (family names that faker lists as
    // given names) and unknown ones ("Priya Raghunathan") score lower, but count.
    for (let i = 1; i < names.length; i++) if (!plainName(names[i]!)) return { score: SCORE.weak, rule: 'given-name' };
    return { score: SCORE.givenOnly, rule: 'given-name' };
  }
  // An unknown word or a family name before a known family name ("our client Oluwakemi Adebayo").
  if (familyStrong && plainName(first) && !(first.flags & WORDLIKE)) {
    const word = contextBefore(text, start);
    if (word) return { score: SCORE.familyInContext, rule: 'family-name', near: word };
  }
  return { score: SCORE.weak, rule: 'family-name' };
}
