import type { FieldIndex } from '../fields/types';
import type { Found } from '../types';
import { greeting, honorific, skipName } from './cued-rules';
import { AtCursor } from './email-match';
import { namesInFields } from './fields';
import { GREETING, HONORIFIC, PLACE_BEFORE_WORD, SOFT_STOP, STOP, TITLE } from './lexicon';
import { wordInfo, wordInfoOf, type WordInfo } from './name-words';
import { cueChar, person } from './prose-rules';
import { nextWord, type Scan } from './scan-state';
import { CAP, isGlue, isLetter, isNameSpace, isUpper, wordEnd, wordStart } from './tokens';

/**
 * Capitals and lower-case letters of the Latin ranges (Latin Extended mixes both cases: `tokens.ts` tells
 * them apart). The words of a pair start with an ASCII or Latin-1 capital in the pass most texts get;
 * adding the Latin Extended capitals (Ł, Š, Ş, Č…) to it costs more on every text, so a text holding any
 * char beyond Latin-1 (a Ł, but also a ’ or —) gets a pass of its own (`PAIR_EXT`): "Łukasz Kowalski".
 */
const UP = 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de';
const LO = 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff\\u0100-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff';
/** Particles of family names ("van der Berg", "de la Tour", "von Weizsäcker"). */
const PARTICLES = [
  'van', 'von', 'de', 'da', 'di', 'del', 'della', 'dalla', 'du', 'dos', 'do', 'zu', 'ter', 'ten', 'bin', 'ibn', 'al',
  'el', 'af', 'av', 'der', 'den', 'des', 'la', 'le', 'las', 'los', 'het',
].join('|');
/** Lower-case honorifics before a capital ("madame Dubois", "la señora García"). */
const LOWER_HONORIFICS = [
  'madame', 'monsieur', 'mademoiselle', 'se\\u00f1ora?', 'se\\u00f1orita', 'signora?', 'signorina', 'meneer', 'mevrouw',
  'don', 'do\\u00f1a',
].join('|');
/**
 * A particle before a capital, itself after a capitalised word, an abbreviation or a lower-case
 * honorific, with at most two more particles between ("Sanne van der Berg", "Ms. van den Broek",
 * "madame de la Tour"): the articles of German, French and Spanish prose ("mit der Bestellung", "de
 * Madrid") are no pair.
 */
const particleLead = (up: string) => `(?<=(?:[${up}][${LO}]*\\.?|(?<![a-z])(?:${LOWER_HONORIFICS}))[ \\u00a0](?:(?:${PARTICLES})[ \\u00a0]){0,2})(?:${PARTICLES})`;

/** Lower-case academic titles after an honorific ("Dr. med. Weber", "Dr. rer. nat. Vogel"). */
const LOWER_TITLES = '(?:med|dent|vet|rer|nat|phil|jur|habil|oec|pol)';

/**
 * The one pass over the text, anchored on the space between the first two words of a name: a space, a
 * capital, and behind them a capitalised word, a short abbreviation ("Mr.", "M.", "Sig.ra"), a particle
 * or a lower-case honorific. Starting on the space (a literal) makes V8 scan about a third faster than
 * starting on a capital, and a name at the start of a line or after a comma or quote is still seen
 * (its first word is behind the space). The look-behind runs only where a space meets a capital, and
 * goes back over one word at most: linear.
 */
/**
 * The pair pass: `first` is the class of the char after the space (where V8 spends the pass), `up`
 * the capitals the look-behind checks the pair's words against.
 */
const pairRegex = (first: string, up: string) =>
  new RegExp(
    `[ \\u00a0][${first}](?<=([${up}][${LO}]+|[${up}][${LO}]{0,3}\\.|\\.[a-z]{1,3}|${particleLead(up)}|(?<![a-z])(?:${LOWER_HONORIFICS}|${LOWER_TITLES}\\.))[ \\u00a0][${up}])`,
    'g',
  );
const PAIR = pairRegex(UP, UP);

/** The Latin Extended capitals (A, B and Additional) as a regex class body, by `isUpper`. */
const EXT_UP = (() => {
  let out = '';
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  for (const [lo, hi] of [[0x100, 0x24f], [0x1e00, 0x1eff]] as const) {
    for (let c = lo; c <= hi; c++) {
      if (!isUpper(c)) continue;
      let e = c;
      while (e + 1 <= hi && isUpper(e + 1)) e++;
      out += e > c ? `${hex(c)}-${hex(e)}` : hex(c);
      c = e;
    }
  }
  return out;
})();
/**
 * The pair pass with the Latin Extended capitals too. After the space it tries the whole Latin Extended
 * ranges (two ranges cost V8 a quarter more per space; the ~300 single capitals cost twice that), and
 * the look-behind, which ends on the same space and capital, keeps the capitals only.
 */
const PAIR_EXT = pairRegex(`${UP}\\u0100-\\u024f\\u1e00-\\u1eff`, UP + EXT_UP);
/**
 * A char beyond Latin-1. A text without one (every ASCII prompt: V8 answers at once for a string it
 * stores one byte per char) gets the plain pass, whose matches are the same there.
 */
const BEYOND_LATIN1 = /[^\x00-\xff]/g;

/**
 * How far past the range the pair pass searches: a pair whose first word starts in the range has its
 * space at most this far after the range's end, since a pair whose first word starts further back than
 * this before its space is no pair (a 250-letter "word"), in a whole scan as in a range scan. The pass
 * runs on `text.slice(0, end + PAIR_REACH)` (a view, no copy: the look-behind still sees the text
 * before the range), so its last search stops there instead of running on to the end of the text.
 */
const PAIR_REACH = 256;
/**
 * How far before the range the pair pass starts: a name that straddles the range's start ("Jean-Luc
 * Picard" with the range starting at "Luc"), and the words a rule consumes after a name ("Dieter
 * Lehmann Herr Nowak"), are read as a whole scan reads them; what starts before the range is dropped.
 */
const PAIR_BACK = 256;

/** Every person's name that starts in [start, end) of `text` (see person-name.ts for the rules). */
export function findNames(text: string, start: number, end: number, fields: FieldIndex): Found[] {
  const out: Found[] = [];
  const taken = namesInFields(text, start, end, fields, out);
  const scan: Scan = { text, out, at: new AtCursor(text), fields };
  let t = 0;
  // The pass reads at most PAIR_REACH past the range (see above); the rules read the whole text.
  const window = end + PAIR_REACH < text.length ? text.slice(0, end + PAIR_REACH) : text;
  const from = Math.max(0, start - PAIR_BACK);
  // A pair's first word is behind its space, at most a word (≤ 64 chars here) before `from`.
  BEYOND_LATIN1.lastIndex = Math.max(0, from - 64);
  const pair = BEYOND_LATIN1.test(window) ? PAIR_EXT : PAIR;
  pair.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = pair.exec(window)) !== null) {
    // The look-behind's capture is the word before the space: most pairs end on its flags alone.
    const before = m[1]!;
    const quick = isUpper(before.charCodeAt(0)) && before.charCodeAt(before.length - 1) !== 46 ? wordInfoOf(before) : undefined;
    if (quick && quick.flags & STOP && !(quick.flags & (HONORIFIC | GREETING)) && !(quick.flags & SOFT_STOP && cueChar(text, m.index - before.length)) && !(before === 'Me' && maitre(text, m.index - 2))) {
      if (m.index >= end) break;
      continue;
    }
    const s1 = quick ? m.index - before.length : pairStart(text, m.index);
    // A look-behind word may be the tail of a longer one ("Jean-Luc"): the whole word's start decides.
    if (s1 >= end && !(quick && s1 > 0 && isWordChar(text.charCodeAt(s1 - 1)) && wordStart(text, s1) < end)) break;
    if (s1 < 0 || m.index - s1 > PAIR_REACH - 2) continue;
    // A look-behind word may be the tail of a longer one ("McDonald", "Jean-Luc"): then find its start.
    const e1 = quick && !(s1 > 0 && isWordChar(text.charCodeAt(s1 - 1))) ? m.index : -1;
    // Already reported from its field (a `name` column): skip the cell.
    while (t < taken.length && taken[t]!.end <= s1) t++;
    if (t < taken.length && taken[t]!.start <= s1) {
      pair.lastIndex = Math.max(pair.lastIndex, taken[t]!.end);
      continue;
    }
    const next = e1 < 0 ? classify(scan, quick ? wordStart(text, s1) : s1, -1) : classify(scan, s1, e1, quick);
    if (next > pair.lastIndex) pair.lastIndex = next;
  }
  pair.lastIndex = 0;
  if (from === start && end === text.length) return out;
  // Only what starts in the range (a rule may report a name after its cue, past the range's end).
  let n = 0;
  for (const f of out) if (f.start >= start && f.start < end) out[n++] = f;
  out.length = n;
  return out;
}

/**
 * Start of the first word of the pair whose space is at `space`: the word before it, or before its
 * abbreviation period ("Mr. Smith", "Sig.ra Bianchi"), or before its particles ("Sanne van der Berg",
 * "Frau von der Leyen"). -1 when there is none.
 */
function pairStart(text: string, space: number): number {
  let e = space;
  if (text.charCodeAt(e - 1) === 46) e--; // "Mr. Smith", "M. Dupont"
  let s = wordStart(text, e);
  if (s === e) return -1;
  // "Dr. med. Weber": the pair starts at the honorific before the lower-case titles.
  if (text.charCodeAt(e) === 46 && !isUpper(text.charCodeAt(s)) && wordInfo(text, s, e).flags & TITLE) return honorificBefore(text, s);
  // "Sig.ra", "Dott.ssa": the abbreviation is the word before the period.
  if (!isUpper(text.charCodeAt(s)) && text.charCodeAt(s - 1) === 46 && e - s <= 3) {
    const a = wordStart(text, s - 1);
    return a < s - 1 ? a : -1;
  }
  // Particles: the name starts at the capitalised word (or honorific) before them.
  for (let particles = 0; particles < 3 && !isUpper(text.charCodeAt(s)); particles++) {
    if (wordInfo(text, s, e).flags & HONORIFIC) return s; // "madame Dubois", "la señora García"
    let i = s;
    while (i > 0 && s - i < 2 && isNameSpace(text.charCodeAt(i - 1))) i--;
    if (i === s) return -1;
    e = i;
    // "Ms. van den Broek", "Sra. de la Fuente": an abbreviated honorific before the particles.
    if (text.charCodeAt(e - 1) === 46) {
      const a = wordStart(text, e - 1);
      return a < e - 1 && isUpper(text.charCodeAt(a)) && wordInfo(text, a, e - 1).flags & HONORIFIC ? a : -1;
    }
    s = wordStart(text, e);
    if (s === e) return -1;
  }
  return isUpper(text.charCodeAt(s)) ? s : -1;
}

/** Start of the honorific before the titles ending at `pos` ("Dr. med. rer. nat."), or -1. */
function honorificBefore(text: string, pos: number): number {
  let s = pos;
  for (let words = 0; words < 4; words++) {
    let i = s;
    while (i > 0 && s - i < 2 && isNameSpace(text.charCodeAt(i - 1))) i--;
    if (i === s || text.charCodeAt(i - 1) !== 46) return -1;
    const w = wordStart(text, i - 1);
    if (w === i - 1) return -1;
    const flags = wordInfo(text, w, i - 1).flags;
    if (flags & HONORIFIC && isUpper(text.charCodeAt(w))) return w;
    if (!(flags & TITLE)) return -1;
    s = w;
  }
  return -1;
}

/** French words after which "Me" is the title of a lawyer or notary, not the pronoun. */
const BEFORE_MAITRE = new Set(['vu', 'vue', 'a', 'de', 'avec', 'pour', 'et', 'par', 'chez', 'que', 'bonjour', 'bonsoir', 'cher', 'chere', 'selon', 'contacte', 'appele', 'consulte']);

/** True when the "Me" at `pos` follows a French word of the set above ("J'ai vu Me …", "Bonjour Me …"). */
function maitre(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && pos - i < 2 && isNameSpace(text.charCodeAt(i - 1))) i--;
  if (i === pos) return false;
  const s = wordStart(text, i);
  return s < i && i - s <= 8 && BEFORE_MAITRE.has(wordInfo(text, s, i).key);
}

/** True for a letter, a hyphen or an apostrophe (a word goes on). */
function isWordChar(c: number): boolean {
  return isLetter(c) || c === 45 || c === 39 || c === 0x2019;
}

/**
 * Handles the pair whose first word starts at `s1` (and ends at `end`, when known, with its facts
 * `info`); returns where the scan may go on.
 */
function classify(scan: Scan, s1: number, end: number, info?: WordInfo): number {
  const { text } = scan;
  const e1 = end >= 0 ? end : wordEnd(text, s1);
  // Glued to an identifier, a path or an address: code, not prose.
  if (s1 > 0 && isGlue(text.charCodeAt(s1 - 1)) && text.charCodeAt(s1 - 1) !== 45) return e1;
  const w1 = info ?? wordInfo(text, s1, e1);
  const f1 = w1.flags;
  // French "Me" (Maître) before a family name: "J'ai vu Me Santoro", "Bonjour Me Carpentier".
  if (w1.key === 'me' && e1 === s1 + 2 && text.charCodeAt(s1) === 77 && maitre(text, s1)) {
    const r = honorific(scan, s1, e1, 'me', false, nextWord(text, e1));
    return r >= 0 ? r : e1;
  }
  if ((w1.shape !== CAP && !(f1 & HONORIFIC)) || (f1 & STOP && !(f1 & (HONORIFIC | GREETING)) && !(f1 & SOFT_STOP && cueChar(text, s1)))) return e1;
  const dot = text.charCodeAt(e1) === 46;
  if (f1 & (HONORIFIC | GREETING | PLACE_BEFORE_WORD)) {
    const resume = nextWord(text, e1);
    if (f1 & HONORIFIC) {
      const r = honorific(scan, s1, e1, w1.key, dot, resume);
      if (r >= 0) return r;
    }
    if (f1 & GREETING) return greeting(scan, w1.key, resume);
    if (f1 & PLACE_BEFORE_WORD) return skipName(text, resume);
  }
  if (dot) return e1;
  return person(scan, s1, e1, w1);
}

