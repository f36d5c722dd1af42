import { FAMILY, GIVEN, PLACE_AFTER_WORD, PLACE_BEFORE_WORD } from './lexicon';
import { PLACE_AFTER, PLACE_BEFORE } from './stop-words';
import { AsciiWords, isApostrophe, isLetter, isNameSpace, isUpper, wordEnd, wordStart } from './tokens';
import { INNER_PARTICLES, LEADING_PARTICLES } from './cue-words';
import { wordInfo, wordInfoOf, type WordInfo } from './name-words';

/**
 * A name-shaped span that names a place, a building, an institution, a firm or an eponym, by the words
 * around it. Reads a bounded stretch of text around the span.
 */

/**
 * A coarse filter over a word list: one bit per (first letter, second letter, length), folded to ASCII
 * lower case. A word whose triple is unset is not in the list, without slicing or looking it up (most
 * words around a name are "to", "with", "said", "about").
 */
class WordShapes {
  private readonly bits = new Uint8Array(32 * 32 * 32);
  constructor(words: readonly string[]) {
    for (const w of words) this.bits[WordShapes.index(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.length)] = 1;
  }
  private static index(c0: number, c1: number, length: number): number {
    return ((c0 & 31) << 10) | ((c1 & 31) << 5) | Math.min(length, 31);
  }
  /** False when the word [start, end) of `text` cannot be in the list (accented letters always pass). */
  mayHold(text: string, start: number, end: number): boolean {
    const c0 = text.charCodeAt(start);
    const c1 = end - start > 1 ? text.charCodeAt(start + 1) : 0;
    if (c0 > 127 || c1 > 127) return true;
    return this.bits[WordShapes.index(c0, c1, end - start)] === 1;
  }
}

let placeBefore: WordShapes | undefined;
let placeAfter: WordShapes | undefined;

/** The word before `pos` on its line, if it is at most a space or two away. */
function wordBefore(text: string, pos: number): WordInfo | undefined {
  let i = pos;
  while (i > 0 && pos - i < 2 && isNameSpace(text.charCodeAt(i - 1))) i--;
  if (i === pos || i === 0) return undefined;
  if (text.charCodeAt(i - 1) === 46 /* . */) i--; // "Av. Victor Hugo", "St. Martin"
  let start = wordStart(text, i);
  if (start === i) return undefined;
  // "Calle de Miguel Servet", "rue du Général Leclerc", "Avenida de los Andes", "Via dei Mille": the
  // place word is before the particles.
  for (let particles = 0; particles < 2 && i - start <= 4 && isParticleWord(text, start, i); particles++) {
    let j = start;
    while (j > 0 && start - j < 2 && isNameSpace(text.charCodeAt(j - 1))) j--;
    if (j === start || j === 0) return undefined;
    if (text.charCodeAt(j - 1) === 46) j--;
    const s = wordStart(text, j);
    if (s === j) return undefined;
    i = j;
    start = s;
  }
  // "l’avenue Victor Hugo", "dell'ospedale": the word after an elided article.
  if (i - start > 2 && isApostrophe(text.charCodeAt(start + 1))) start += 2;
  else if (i - start > 4 && isApostrophe(text.charCodeAt(start + 3))) start += 4;
  if (!(placeBefore ??= new WordShapes(PLACE_BEFORE)).mayHold(text, start, i)) return undefined;
  return wordInfo(text, start, i);
}

/** True for a lower-case particle or article between a place word and a name ("de", "du", "de la", "dei"). */
function isParticleWord(text: string, start: number, end: number): boolean {
  if (isUpper(text.charCodeAt(start))) return false;
  return PLACE_ARTICLES.has(text, start, end);
}

/** Particles and articles between a place word and a name ("de", "du", "de la", "dei", "of the"). */
const PLACE_ARTICLES = new AsciiWords([...LEADING_PARTICLES, ...INNER_PARTICLES, 'dei', 'degli', 'delle', 'of', 'the']);

/** The word after `pos` (skipping one or two spaces and a possessive "'s"/"’"). */
function wordAfter(text: string, pos: number): WordInfo | undefined {
  let i = skipSuffix(text, pos);
  if (isApostrophe(text.charCodeAt(i))) {
    i++;
    if (text.charCodeAt(i) === 115 /* s */) i++;
  }
  const from = i;
  while (i < text.length && i - from < 2 && isNameSpace(text.charCodeAt(i))) i++;
  if (i === from || !isLetter(text.charCodeAt(i))) return undefined;
  const end = wordEnd(text, i);
  // A firm's abbreviation with periods: "S.A.", "S.L.", "B.V.", "S.p.A.", "e.K.".
  if (end - i <= 2 && text.charCodeAt(end) === 46 && isLetter(text.charCodeAt(end + 1))) {
    const abbr = abbreviation(text, i);
    if (abbr) return wordInfoOf(abbr);
  }
  // Compounds ("Curie-Platz") are looked up whole; their last part decides.
  if (!(placeAfter ??= new WordShapes(PLACE_AFTER)).mayHold(text, i, end) && !hasHyphen(text, i, end)) return undefined;
  return wordInfo(text, i, end);
}

/** The letters of an abbreviation written with periods at `pos` ("S.A." → "SA"), or undefined. */
function abbreviation(text: string, pos: number): string | undefined {
  let out = '';
  let i = pos;
  while (i < text.length && out.length < 6) {
    const e = wordEnd(text, i, 3);
    if (e === i || text.charCodeAt(e) !== 46) break;
    out += text.slice(i, e);
    i = e + 1;
    if (!isLetter(text.charCodeAt(i))) break;
  }
  return out.length >= 2 ? out : undefined;
}

function hasHyphen(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 45) return true;
  return false;
}

/** Street words that are verbs or nouns in lower case ("… will close the ticket", "… walk"): places only capitalised. */
const CAPITAL_ONLY = new Set(['close', 'crescent', 'terrace', 'mews', 'grove', 'gardens', 'walk', 'circle', 'line', 'trail', 'pike', 'ward', 'wing', 'unit', 'practice', 'surgery']);

/** Position of the word after `pos` (past one or two spaces), or `pos`. */
function skipToWord(text: string, pos: number): number {
  let i = pos;
  while (i < pos + 2 && isNameSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Name suffixes that may follow a name before what it names ("Martin Luther King Jr. Boulevard"). */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);

/** Past a ", Jr." / " Sr." / " III" after the name at `pos`, or `pos`. */
function skipSuffix(text: string, pos: number): number {
  let i = pos;
  if (text.charCodeAt(i) === 44) i++;
  if (!isNameSpace(text.charCodeAt(i)) || !isUpper(text.charCodeAt(i + 1))) return pos;
  const s = i + 1;
  const e = wordEnd(text, s, 4);
  if (e - s > 3 || !SUFFIXES.has(text.slice(s, e).toLowerCase())) return pos;
  return text.charCodeAt(e) === 46 ? e + 1 : e;
}

/**
 * True when the span [start, end) names a place, a building, an institution, a firm or an eponym: a
 * street or institution word before it ("Avenue Victor Hugo", "rue Victor Hugo"), one after it
 * ("Marie Curie University", "Martin Luther King Day", "Dijkstra's algorithm"), a firm's "&" after it.
 */
export function isEponym(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  if (before && before.flags & PLACE_BEFORE_WORD) return true;
  const after = wordAfter(text, end);
  if (after && after.flags & PLACE_AFTER_WORD) return !CAPITAL_ONLY.has(after.key) || isUpper(text.charCodeAt(skipToWord(text, end)));
  // "Abraham Lincoln High School", "Grace Hopper Memorial Hospital": one more capitalised word first.
  const next = skipToWord(text, end);
  if (next > end && isUpper(text.charCodeAt(next))) {
    const e = wordEnd(text, next, 16);
    if (e > next && isNameSpace(text.charCodeAt(e)) && isUpper(text.charCodeAt(e + 1))) {
      const second = wordAfter(text, e);
      if (second && second.flags & PLACE_AFTER_WORD && !(wordInfo(text, next, e).flags & (GIVEN | FAMILY))) return true;
    }
  }
  // "Johnson & Johnson", "Schmidt & Partner", "Ernst & Young".
  let i = end;
  while (i < end + 2 && isNameSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 38 /* & */ || (text.charCodeAt(end) === 45 /* - */ && isUpper(text.charCodeAt(end + 1)));
}

