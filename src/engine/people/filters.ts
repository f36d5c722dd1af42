import { FAMILY, GIVEN, INNER_PARTICLE, LEADING_PARTICLE, PLACE_AFTER_WORD, PLACE_BEFORE_WORD, getLexicon } from './lexicon';
import { PLACE_AFTER, PLACE_BEFORE } from './stop-words';
import { PLACEHOLDER_FAMILIES } from './ambiguous';
import { foldName } from './fold';
import type { NameWord } from './name-words';
import { AsciiWords, isApostrophe, isLetter, isNameSpace, isUpper, wordEnd, wordStart } from './tokens';
import { INNER_PARTICLES, LEADING_PARTICLES } from './cue-words';
import { wordInfo, wordInfoOf, type WordInfo } from './name-words';

/**
 * Negative filters: a name-shaped span that names a place, a firm, an eponym or a placeholder, or that
 * sits in code or a heading. Each reads a bounded stretch of text around the span.
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
 * Markers of an example before a name ("z. B. Otto Normalverbraucher", "ex. : Marie Dupont", "e.g. John
 * Smith", "por ejemplo Juan Pérez"), optionally with an honorific: the name is a sample, no person.
 */
const EXAMPLE_BEFORE =
  /(?:(?:^|[^a-z])(?:e\.? ?g|z\.? ?b|ex|p\. ?ex|p\. ?ej|bspw|bsp|bijv|vb|ej|es)\.|\b(?:for example|for instance|zum beispiel|beispielsweise|par exemple|exemple|por ejemplo|ejemplo|esempio|per esempio|bijvoorbeeld|example|beispiel|sample|placeholder|dummy))\s*[:,]?\s*["'«»“”„‹›]?\s*(?:(?:mr|mrs|ms|dr|herr|frau|m|mme|madame|monsieur|sr|sra|senor|senora)\.?\s+)?$/;

/** Last words of the example markers above that end in a letter. */
const EXAMPLE_WORDS = new AsciiWords(['example', 'instance', 'beispiel', 'beispielsweise', 'exemple', 'ejemplo', 'esempio', 'bijvoorbeeld', 'sample', 'placeholder', 'dummy']);

/** True when an example marker ends right before `pos` on its line. */
export function exampleBefore(text: string, pos: number): boolean {
  // Quick out: past blanks, quotes, a colon or comma and an honorific, the marker ends with a period or
  // one of its words (most names follow a lower-case word or punctuation that is none of them).
  let i = pos;
  while (i > 0 && pos - i < 8 && isMarkPunct(text.charCodeAt(i - 1))) i--;
  let w = wordStart(text, i);
  if (w < i && i - w <= 8 && text.charCodeAt(i) === 46) {
    // An abbreviated honorific ("z. B. Herr …"): look before it.
    let j = w;
    while (j > 0 && w - j < 3 && isMarkPunct(text.charCodeAt(j - 1))) j--;
    i = j;
    w = wordStart(text, i);
  }
  const c = text.charCodeAt(i - 1);
  if (c !== 46 && !(w < i && i - w >= 5 && EXAMPLE_WORDS.has(text, w, i))) return false;
  const from = Math.max(0, pos - 32);
  let k = pos;
  while (k > from && text.charCodeAt(k - 1) !== 10) k--;
  return k < pos && EXAMPLE_BEFORE.test(foldName(text.slice(k, pos)));
}

/** Blanks, quotes, colons and commas between a marker and a name. */
function isMarkPunct(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 58 || c === 44 || c === 34 || c === 39 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2039 || c === 0x203a;
}

/**
 * Business contexts before a firm named after its founder: "annual reports 2024 of Carl Zeiss",
 * "partnership with Roland Berger", "Geschäftsberichte von Robert Bosch und …", "alianza con …",
 * also for the second of two firms ("de Aldi et Tim Hortons"). Tested on the folded text before.
 */
const ORG_BEFORE =
  /\b(?:partnership with|partnering with|partnered with|alliance with|merger with|joint venture with|acquisition of|acquired by|(?:annual|quarterly|financial) (?:reports?|results|statements?)(?: \d{4})? (?:of|from|for|by)|(?:shares?|stock|share price|earnings|revenue|results) of|subsidiary of|partenariat avec|alliance avec|coentreprise avec|fusion avec|rachat de|acquisition de|(?:rapports?|resultats|comptes) (?:annuels?|financiers|trimestriels)(?: \d{4})? (?:de|d'|du|des)|(?:actions|chiffre d'affaires) (?:de|d')|filiale de|partnerschaft mit|kooperation mit|zusammenarbeit mit|fusion mit|ubernahme von|(?:geschafts|jahres|quartals)berichte?n?(?: \d{4})? (?:von|der|des)|(?:aktien|umsatz|bilanz) von|tochter(?:gesellschaft)? von|alianza con|asociacion con|colaboracion con|fusion con|adquisicion de|(?:memorias?|informes?|cuentas|resultados) (?:anuales?|financier[oa]s|trimestrales?)(?: \d{4})? (?:de|del)|(?:acciones|facturacion) de|filial de)\s+(?:[^\s,;:]+(?: [^\s,;:]+){0,3}\s+(?:and|et|und|y|e|en|&)\s+)?$/;

/** Last words of the business contexts above (a firm follows them). */
const ORG_LINKS = new AsciiWords(['of', 'from', 'for', 'by', 'with', 'de', 'd', 'du', 'des', 'del', 'avec', 'von', 'der', 'mit', 'con', 'y', 'and', 'et', 'und', 'e', 'en', '&']);

/** Business words before a firm's link word (stems, any prefix: "Geschäftsberichte", "partenariat"). */
const ORG_STEMS =
  /(?:partner|partena|allian|alian|merger|venture|acqui|report|result|sultat|annuel|anual|financ|trimestr|quarterl|affaires|statement|share|stock|earning|revenue|subsidiar|fusi|rachat|rapport|compte|action|chiffre|filial|kooperation|zusammenarbeit|bernahme|bericht|aktie|umsatz|bilanz|tochter|asociaci|colaboraci|adquisici|memoria|informe|cuenta|acci|facturaci|coentreprise)/;

/** True when a business context ends right before `pos` (the name is a firm). */
export function orgBefore(text: string, pos: number): boolean {
  // Quick out by words, right to left: a link ("of", "with", "de", "von"), perhaps after a first firm
  // and "and" ("de Aldi et …"), and before the link a business word ("reports", "partenariat").
  let link = linkBefore(text, pos);
  if (link < 0) return false;
  if (ORG_COORD.has(text, link, wordEndAt(text, link))) {
    // "… of Dr. Oetker and Robert Bosch": back over the first firm (up to four words) to its link.
    let at = link;
    let found = -1;
    for (let words = 0; words < 5 && found < 0; words++) {
      const prev = previousWord(text, at);
      if (prev < 0) return false;
      if (ORG_LINKS.has(text, prev, wordEndAt(text, prev)) && !ORG_COORD.has(text, prev, wordEndAt(text, prev))) found = prev;
      at = prev;
    }
    if (found < 0) return false;
    link = found;
  }
  let business = previousWord(text, link);
  // A year between: "annual reports 2024 of".
  if (business < 0) return false;
  if (isDigitCode(text.charCodeAt(business))) business = previousWord(text, business);
  if (business < 0 || !ORG_STEMS.test(text.slice(business, wordEndAt(text, business)).toLowerCase())) return false;
  const from = Math.max(0, pos - 64);
  return ORG_BEFORE.test(foldName(text.slice(from, pos)));
}

/** Start of the link word right before `pos` ("with ", "d'", "& "), or -1. */
function linkBefore(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && pos - i < 2 && isNameSpace(text.charCodeAt(i - 1))) i--;
  if (i === pos) {
    if (!isApostrophe(text.charCodeAt(i - 1))) return -1; // "d'Aldi"
    i--;
  }
  if (text.charCodeAt(i - 1) === 38 /* & */) return i - 1;
  const w = wordStart(text, i);
  return w < i && i - w <= 5 && ORG_LINKS.has(text, w, i) ? w : -1;
}

/** Start of the word (or number, or `&`) before the one starting at `pos` on its line, or -1. */
function previousWord(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && pos - i < 3 && (isNameSpace(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 46)) i--;
  if (i === pos || i === 0) return -1;
  const c = text.charCodeAt(i - 1);
  if (c === 38) return i - 1;
  if (isDigitCode(c)) {
    let j = i;
    while (j > 0 && i - j < 6 && isDigitCode(text.charCodeAt(j - 1))) j--;
    return j;
  }
  const w = wordStart(text, i);
  return w < i ? w : -1;
}

/** End of the word, number or `&` starting at `pos`. */
function wordEndAt(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c === 38) return pos + 1;
  if (isDigitCode(c)) {
    let j = pos;
    while (j < text.length && isDigitCode(text.charCodeAt(j))) j++;
    return j;
  }
  return wordEnd(text, pos, 24);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Words joining two firms ("de Aldi et Tim Hortons", "of Carl Zeiss and Deloitte"). */
const ORG_COORD = new AsciiWords(['and', 'et', 'und', 'y', 'e', 'en', '&']);

/**
 * An example marker after a name: "« Marie Dupont » comme nom d'exemple", "«Fulano de Tal» como nombre
 * de ejemplo", "John Smith as an example", "Max Mustermann als Beispiel".
 */
const EXAMPLE_AFTER =
  /^\s*["'«»“”„‹›)]?\s*,?\s*(?:(?:comme|como|as|als|come|zum|por|par|per|for|is|est|es|ist|e|sert|sirve)\s+(?:(?:un|une|a|an|el|la|ein|einen|eine|uno|una|de|d'|di|the)\s+)?(?:(?:nom|nombre|name|nome|naam)\s+(?:d'|de |di |)?)?(?:exemple|ejemplo|example|beispiel|esempio|voorbeeld|placeholder|sample|muster|dummy|exemplo)|(?:beispielname|nom fictif|nombre ficticio|fictitious name|made-up name))/;

/** True when an example marker follows the name ending at `pos`. */
export function exampleAfter(text: string, pos: number): boolean {
  // Quick out: the next word must open one ("comme", "como", "as", "als", "is", "nom"…).
  let i = pos;
  while (i < pos + 6 && (isMarkPunct(text.charCodeAt(i)) || text.charCodeAt(i) === 41)) i++;
  if (i === pos) return false;
  const e = wordEnd(text, i, 14);
  if (e === i || !EXAMPLE_AFTER_WORDS.has(text, i, e)) return false;
  return EXAMPLE_AFTER.test(foldName(text.slice(pos, pos + 48)));
}

const EXAMPLE_AFTER_WORDS = new AsciiWords(['comme', 'como', 'as', 'als', 'come', 'zum', 'por', 'par', 'per', 'for', 'is', 'est', 'es', 'ist', 'e', 'sert', 'sirve', 'beispielname', 'nom', 'nombre', 'fictitious', 'made-up']);

/** True when the value [start, end) opens with an example marker ("z. B. Otto Normalverbraucher"). */
export function startsWithExample(text: string, start: number, end: number): boolean {
  // Quick out on the first word: most values open with a name, not with one of the markers.
  const e = wordEnd(text, start, 16);
  if (e === start || !EXAMPLE_START_WORDS.has(text, start, e)) return false;
  return EXAMPLE_START.test(foldName(text.slice(start, Math.min(end, start + 24))));
}

const EXAMPLE_START_WORDS = new AsciiWords(['e', 'z', 'ex', 'p', 'bspw', 'bsp', 'bijv', 'vb', 'ej', 'for', 'zum', 'beispielsweise', 'par', 'exemple', 'por', 'ejemplo', 'esempio', 'per', 'bijvoorbeeld', 'example', 'beispiel', 'sample']);

const EXAMPLE_START =
  /^(?:(?:e\.? ?g|z\.? ?b|ex|p\. ?ex|p\. ?ej|bspw|bsp|bijv|vb|ej)\.|(?:for example|for instance|zum beispiel|beispielsweise|par exemple|exemple|por ejemplo|ejemplo|esempio|per esempio|bijvoorbeeld|example|beispiel|sample)\b)/;

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
