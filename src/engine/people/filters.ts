import { getLexicon } from './lexicon';
import { PLACEHOLDER_FAMILIES } from './ambiguous';
import type { NameWord } from './name-words';
import { isLetter, isNameSpace, isUpper, wordEnd, wordStart } from './tokens';

/**
 * Negative filters: a name-shaped span in code or a title line, or a known placeholder, brand or place
 * phrase. Places and eponyms are in places.ts, sample names in examples.ts, firms in firms.ts.
 */

/**
 * True when the span is glued to code or markup: an identifier, a path, an address or a call right
 * after it ("Maria.Schmidt(", "Anna_Schmidt", "Peter Pan.exe").
 */
export function inCode(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 40 /* ( */ || c === 95 /* _ */ || c === 64 /* @ */ || c === 47 /* / */ || c === 61 /* = */) return true;
  if ((c >= 48 && c <= 57) || c === 92) return true;
  // A dot glued to more word chars: a member access or a file name, not the end of a sentence.
  return c === 46 && isLetter(text.charCodeAt(end + 1));
}


/** First words of the known phrases: most names are ruled out by one Set lookup. */
let phraseStarts: Set<string> | undefined;

/** True for a known two-word placeholder, brand or place ("John Doe", "Hugo Boss") given its folded words. */
export function isKnownPair(first: string, second: string): boolean {
  const phrases = getLexicon().phrases;
  phraseStarts ??= new Set([...phrases].map((p) => p.slice(0, p.indexOf(' '))));
  return phraseStarts.has(first) && phrases.has(`${first} ${second}`);
}

/** True for a known placeholder, brand or place phrase ("John Doe", "Hugo Boss", "Monte Carlo"). */
export function isKnownPhrase(words: readonly NameWord[]): boolean {
  const phrases = getLexicon().phrases;
  phraseStarts ??= new Set([...phrases].map((p) => p.slice(0, p.indexOf(' '))));
  // First and last name words, without building a list (most names start with no phrase's word).
  let first: NameWord | undefined;
  let last: NameWord | undefined;
  let count = 0;
  for (const w of words) {
    if (w.minor) continue;
    first ??= w;
    last = w;
    count++;
  }
  if (!first || !last) return false;
  if (isPlaceholderFamily(last.key)) return true;
  if (count < 2 || !phraseStarts.has(first.key)) return false;
  const all = words.map((w) => w.key.replace(/\./g, '')).join(' ');
  return phrases.has(all) || phrases.has(`${first.key} ${last.key}`);
}

/** True for a family name used only by placeholder people ("Mustermann", "Doe", "Michu", "Bloggs"). */
export function isPlaceholderFamily(key: string): boolean {
  return PLACEHOLDER_FAMILIES.has(key);
}


/**
 * True when the name sits in a Title Case heading or menu line ("Jordan Curve Theorem Proof Sketch",
 * "Grace Hopper Celebration Schedule"): three or more words, three quarters of them capitalised, every
 * lower-case word a short function word, no sentence end, and no commas, digits or @ of a record.
 * German sentences capitalise nouns but keep lower-case verbs and end with a full stop. Reads at most
 * 160 chars on each side.
 */
export function inTitleLine(text: string, start: number, end: number, names: number): boolean {
  if (names < 3 && !capitalisedAround(text, start, end) && !markdownHeading(text, start)) return false;
  const from = Math.max(0, start - 160);
  const to = Math.min(text.length, end + 160);
  let lo = start;
  while (lo > from && text.charCodeAt(lo - 1) !== 10) lo--;
  let hi = end;
  while (hi < to && text.charCodeAt(hi) !== 10 && text.charCodeAt(hi) !== 13) hi++;
  let last = hi;
  while (last > lo && text.charCodeAt(last - 1) <= 32) last--;
  const close = text.charCodeAt(last - 1);
  if (close === 46 || close === 63 || close === 33 || close === 58) return false;
  let words = 0;
  let caps = 0;
  for (let i = lo; i < hi; ) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 64 || c === 59 || c === 124 || c === 9 || (c >= 48 && c <= 57)) return false;
    if (isLetter(c)) {
      const e = wordEnd(text, i);
      words++;
      if (isUpper(c)) caps++;
      else if (e - i > 3) return false;
      i = e;
    } else i++;
  }
  return words >= 3 && caps >= words * 0.75;
}

/**
 * True when the line holding `pos` is a Markdown heading ("## Victoria Line Closures"): back over the
 * capitalised words of the heading to its `#` (a lower-case word or other punctuation ends the walk).
 */
function markdownHeading(text: string, pos: number): boolean {
  let i = pos;
  const from = Math.max(0, pos - 120);
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 || c === 9) i--;
    else if (c === 35) return true;
    else {
      const s = wordStart(text, i);
      if (s === i || !isUpper(text.charCodeAt(s))) return false;
      i = s;
    }
  }
  return false;
}

/**
 * True when the words on both sides of the span are capitalised, as in a heading ("Grace Hopper
 * Celebration"); a name in a sentence has a lower-case word or punctuation on at least one side.
 */
function capitalisedAround(text: string, start: number, end: number): boolean {
  let i = end;
  while (i < end + 2 && isNameSpace(text.charCodeAt(i))) i++;
  if (i === end || !isUpper(text.charCodeAt(i))) return false;
  i = start;
  while (i > start - 2 && i > 0 && isNameSpace(text.charCodeAt(i - 1))) i--;
  if (i === start || i === 0 || !isLetter(text.charCodeAt(i - 1))) return false;
  const s = wordStart(text, i);
  // "I" is capitalised in every English sentence.
  return i - s >= 2 && isUpper(text.charCodeAt(s));
}
