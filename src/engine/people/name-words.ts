import { foldName } from './fold';
import { INNER_PARTICLES, LEADING_PARTICLES } from './cue-words';
import { FAMILY, GIVEN, INNER_PARTICLE, LEADING_PARTICLE, NOUNLIKE, PLACE_AFTER_WORD, SOFT_STOP, STOP, WORDLIKE, getLexicon } from './lexicon';
import { NOUN_ENDINGS } from './stop-words';
import { CAP, LOWER, UPPER, type Shape, isApostrophe, isLetter, isNameSpace, isUpper, shapeOf, wordEnd } from './tokens';

/** Irish and Scottish particles, written capitalised ("Ó Súilleabháin", "Ní Bhriain", "Mac Giolla"). */
export const CAPITAL_PARTICLES = new Set(['o', 'ni', 'nic', 'ui', 'ua', 'mac', 'mc']);

/** One word of a candidate name (a class, so every instance has one shape for V8). */
export class NameWord {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly info: WordInfo,
    /** A particle ("van", "de la") or an initial ("F.") rather than a name word. */
    readonly minor: boolean,
  ) {}
  /** Folded text (`fold.ts`). */
  get key(): string {
    return this.info.key;
  }
  /** Lexicon flags (compounds: see `wordFlags`). */
  get flags(): number {
    return this.info.flags;
  }
  get shape(): Shape {
    return this.info.shape;
  }
}

/** Lexicon flags of a folded word; for an unknown compound ("García-López", "Jean-Luc"), from its parts. */
export function wordFlags(key: string): number {
  const flags = getLexicon().flags;
  const whole = flags.get(key);
  if (whole !== undefined) return whole;
  const hyphen = key.indexOf('-');
  if (hyphen > 0) return compoundFlags(key.split('-'), flags);
  // O'Brien is listed whole; "N'Diaye" or "D'Angelo" may be listed without the prefix.
  const apostrophe = key.indexOf("'");
  if (apostrophe > 0 && apostrophe <= 3) return (flags.get(key.slice(apostrophe + 1)) ?? 0) & (FAMILY | WORDLIKE);
  return 0;
}

/**
 * A hyphenated word is a given name when its first part is one (Jean-Luc, Anne-Marie), a family name
 * when any part is one (García-López, Müller-Lüdenscheidt), a place when its last part is a street or
 * building word (Karl-Marx-Straße), a stop word when every part is one.
 */
function compoundFlags(parts: readonly string[], flags: Map<string, number>): number {
  const first = flags.get(parts[0]!) ?? 0;
  const last = flags.get(parts[parts.length - 1]!) ?? 0;
  let out = first & (GIVEN | WORDLIKE);
  let allStop = true;
  for (const p of parts) {
    const f = flags.get(p) ?? 0;
    if (f & FAMILY) out |= FAMILY;
    if (!(f & STOP)) allStop = false;
  }
  if (last & PLACE_AFTER_WORD) out |= PLACE_AFTER_WORD;
  if (allStop) out |= STOP;
  return out;
}

/** What a word's text says about it: folded key, lexicon flags, case shape. */
export interface WordInfo {
  readonly key: string;
  readonly flags: number;
  readonly shape: Shape;
}

/**
 * Words seen recently, by their exact text: the same names, column values and sentence openers come
 * back all the time, and folding costs more than the lookup. Two generations of 8,192 words. (A
 * cache keyed by a hash of the chars computed in place was slower: V8 hashes strings natively.)
 */
let seen = new Map<string, WordInfo>();
/** The generation before `seen`: words still in use move back on their next lookup. */
let older = new Map<string, WordInfo>();
const SEEN_MAX = 8192;

/** Key, flags and shape of the word [start, end). */
export function wordInfo(text: string, start: number, end: number): WordInfo {
  return wordInfoOf(text.slice(start, end));
}

/** Key, flags and shape of the word `raw`. */
export function wordInfoOf(raw: string): WordInfo {
  let info = seen.get(raw);
  if (info === undefined && (info = older.get(raw)) !== undefined) remember(raw, info);
  if (info === undefined) {
    const key = foldName(raw);
    let flags = wordFlags(key);
    // Particles and short function words are never written with accents in our languages: "Lê",
    // "Văn", "Đỗ", "Hà", "Hồ" are Vietnamese names, not "le", "van", "do", "ha", "ho".
    if (flags & (LEADING_PARTICLE | INNER_PARTICLE | SOFT_STOP) && key.length <= 3 && key.length > 1 && key !== raw.toLowerCase()) {
      flags &= ~(LEADING_PARTICLE | INNER_PARTICLE | SOFT_STOP | STOP);
    }
    if (NOUN_ENDINGS.test(key)) flags |= NOUNLIKE;
    info = { key, flags, shape: shapeOf(raw, 0, raw.length) };
    remember(raw, info);
  }
  return info;
}

/** Adds a word to the cache; a full generation becomes the older one (bounded: 2 × SEEN_MAX words). */
function remember(raw: string, info: WordInfo): void {
  if (seen.size >= SEEN_MAX) {
    older = seen;
    seen = new Map();
  }
  seen.set(raw, info);
}

/** The word [start, end) as a `NameWord`. */
export function nameWord(text: string, start: number, end: number, minor = false): NameWord {
  return new NameWord(start, end, wordInfo(text, start, end), minor);
}

/** The particle "d'" of "d'Artagnan". */
const D_APOSTROPHE: WordInfo = { key: 'd', flags: LEADING_PARTICLE, shape: LOWER };

/** Lower-case particles by length, to test a word in place (no slice, no lookup: most words are not one). */
const PARTICLES_BY_LENGTH: readonly (readonly string[])[] = (() => {
  const byLength: string[][] = [[], [], [], [], [], []];
  for (const p of [...LEADING_PARTICLES, ...INNER_PARTICLES]) if (p.length <= 5) byLength[p.length]!.push(p);
  return byLength;
})();

/** First chars of the particles. */
const PARTICLE_INITIALS = new Set([...LEADING_PARTICLES, ...INNER_PARTICLES].map((p) => p.charCodeAt(0)));

/** True when the lower-case word [start, end) is one of the particles. */
export function isParticleAt(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length > 5) return false;
  next: for (const p of PARTICLES_BY_LENGTH[length]!) {
    for (let i = 0; i < length; i++) if (text.charCodeAt(start + i) !== p.charCodeAt(i)) continue next;
    return true;
  }
  return false;
}

/** Position after one or two name spaces at `pos`, or -1. */
function skipSpaces(text: string, pos: number): number {
  if (!isNameSpace(text.charCodeAt(pos))) return -1;
  return isNameSpace(text.charCodeAt(pos + 1)) ? pos + 2 : pos + 1;
}

/**
 * Reads the words of a name from `pos` (a word start): capitalised words (ALL-CAPS too with `upper`),
 * particle runs that lead to a capitalised word ("van der Berg", "de la Fuente", "d'Artagnan"), and
 * initials ("John F. Kennedy"), one or two spaces apart. Stops before a stop word or any other word,
 * and after `max` name words. With `particleFirst` the name may open with a particle (after an
 * honorific: "Mme de la Tour", "Herr von Weizsäcker"); with `soft`, capitalised soft stop words are
 * read as name words ("Mei Chen", "Trần Thu Mai"; the caller keeps them only after a cue).
 */
export function readName(text: string, pos: number, max: number, upper: boolean, particleFirst = false, first?: WordInfo, soft = false): NameWord[] {
  const out: NameWord[] = [];
  let at = pos;
  let names = 0;
  let particles = 0;
  while (names < max && at < text.length) {
    const c = text.charCodeAt(at);
    if (!isLetter(c)) break;
    // A lower-case word after the name is mostly the sentence going on: only a particle can continue it.
    if (!isUpper(c) && ((names === 0 && !particleFirst) || particles >= 3 || !PARTICLE_INITIALS.has(c))) break;
    let end = wordEnd(text, at);
    if (isUpper(c)) {
      // An initial: one capital and a period, with more of the name after it.
      if (end === at + 1 && text.charCodeAt(end) === 46) {
        if (names === 0) break;
        const next = skipSpaces(text, end + 1);
        if (next < 0 || !isUpper(text.charCodeAt(next))) break;
        out.push(new NameWord(at, end + 1, wordInfo(text, at, end), true));
        at = next;
        continue;
      }
      const info = at === pos && first ? first : wordInfo(text, at, end);
      const flags = info.flags;
      // A capitalised particle inside a name: "Le Goff", "De Gaulle", "Van Gogh", "Ní Bhriain", "Ó Súilleabháin".
      if ((names > 0 || particleFirst) && particles < 3 && (flags & (LEADING_PARTICLE | INNER_PARTICLE) || (end - at <= 3 && CAPITAL_PARTICLES.has(info.key)))) {
        const next = skipSpaces(text, end);
        if (next >= 0 && isUpper(text.charCodeAt(next)) && !(wordInfo(text, next, wordEnd(text, next)).flags & STOP)) {
          out.push(new NameWord(at, end, info, true));
          particles++;
          at = next;
          continue;
        }
      }
      if (flags & STOP && !(soft && flags & SOFT_STOP && info.shape === CAP)) break;
      // "Marie Curie University", "Newton Raphson Method": the name ends before the building or theorem;
      // after two name words also before one that is a family name too ("Florence Nightingale Ward").
      if (names > 0 && flags & PLACE_AFTER_WORD && (names >= 2 || !(flags & FAMILY))) break;
      if (info.shape !== CAP && !(upper && info.shape === UPPER)) break;
      out.push(new NameWord(at, end, info, false));
      names++;
      particles = 0;
    } else {
      // Lower case: a particle ("van", "de", "d'" glued to the name) that leads to a capitalised word.
      const glued = end - at > 2 && isApostrophe(text.charCodeAt(at + 1)); // d'Artagnan
      if (glued) end = at + 2;
      else if (!isParticleAt(text, at, end)) break;
      const info = glued ? D_APOSTROPHE : wordInfo(text, at, end);
      if (!(particles === 0 ? info.flags & LEADING_PARTICLE : info.flags & (INNER_PARTICLE | LEADING_PARTICLE))) break;
      const next = glued ? end : skipSpaces(text, end);
      // Another particle may follow ("van der Berg"); a name must end the run (trailing particles are dropped).
      if (next < 0 || !isLetter(text.charCodeAt(next))) break;
      out.push(new NameWord(at, end, info, true));
      particles++;
      at = next;
      continue;
    }
    const next = skipSpaces(text, end);
    if (next < 0) break;
    at = next;
  }
  // A name never ends on a particle or an initial.
  while (out.length > 0 && out[out.length - 1]!.minor) out.pop();
  return out;
}

/** Name words only (no particles or initials). */
export function majors(words: readonly NameWord[]): readonly NameWord[] {
  for (const w of words) if (w.minor) return words.filter((x) => !x.minor);
  return words;
}
