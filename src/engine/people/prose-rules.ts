import { contextCue, cueBefore, type Cue } from './cues';
import { inTitleLine, isKnownPair } from './filters';
import { FAMILY, GIVEN, INNER_PARTICLE, LEADING_PARTICLE, NOUNLIKE, PLACE_AFTER_WORD, STOP, WORDLIKE } from './lexicon';
import { majors, readName, wordInfo, type NameWord, type WordInfo } from './name-words';
import { emit, filtered, nextWord, withEmail, type Scan } from './scan-state';
import { SCORE, scoreName } from './scoring';
import { CAP, isLetter, isNameSpace, isUpper, wordEnd } from './tokens';

/**
 * Names without an honorific or greeting before them: known given names, known family names in
 * context, and names after a label, sign-off or greeting that ends before them ("Name: ", "Thanks, ").
 */

/** Names without an honorific or greeting: "Maria Schmidt", "Kind regards,\nAoife Byrne", "Name: Íñigo Ruiz". */
export function person(scan: Scan, start: number, e1: number, w1: WordInfo): number {
  let s1 = start;
  const { text } = scan;
  const cheapCue = cueChar(text, s1);
  let context: Cue | undefined;
  if (!(w1.flags & GIVEN) && !cheapCue && !familyFollows(scan, e1) && !(context = contextCue(text, s1))) return e1;
  if (!cheapCue && w1.flags & GIVEN) {
    const r = twoWords(scan, s1, e1, w1);
    if (r >= 0) return r;
  }
  let words = readName(text, s1, 4, true, false, w1, cheapCue || context !== undefined);
  let cue = cheapCue ? cueBefore(text, s1) : context;
  // Capitalised soft stop words are names after a cue only ("Un cordial saludo,\nMei Chen", "Trần Thu
  // Mai"), and never all of them.
  let soft = 0;
  for (let i = 0; i < words.length; i++) {
    if (!(words[i]!.flags & STOP) || words[i]!.minor) continue;
    if (!cue) {
      words = trimMinors(words.slice(0, i));
      break;
    }
    soft++;
  }
  let names = majors(words);
  if (names.length < 2 || soft >= names.length) return e1;
  // "Can Maria Schmidt", "Will Anna Weber": a word-like first word before a known given name opens the
  // sentence, not the name.
  if (names.length >= 3 && names[0]!.flags & WORDLIKE && (names[1]!.flags & (GIVEN | WORDLIKE)) === GIVEN && !words[1]!.minor) {
    words = words.slice(1);
    names = names.slice(1);
    s1 = words[0]!.start;
  }
  // "I'm Itziar Etxeberria." counts, "I'm Senior Consultant at …" does not: after a weak introduction
  // the name closes its clause.
  if (cue?.rule === 'intro' && cue.kind === 'generic' && clauseGoesOn(text, words[words.length - 1]!.end)) cue = undefined;
  const e = words[words.length - 1]!.end;
  // A city after its postcode ("15704 Santiago de Compostela"), a street before its number after an
  // address label ("Anschrift: Große Bleichen 48").
  if (!cue && ((postcodeBefore(text, s1) && closesLine(text, e)) || dateLineAfter(text, e) || repeatsBefore(text, s1, e))) return e;
  if (cue?.kind === 'address' && numberAfter(text, e)) return e;
  // A name line over a street line, as on an envelope ("Hannelore Wittke\nMühlendamm 36"): the line
  // is no heading, and a known word in it makes a name.
  const envelope = !cue && cheapCue && opensLine(text, s1) && names.some((w) => (w.flags & (GIVEN | FAMILY | WORDLIKE)) & (GIVEN | FAMILY)) && streetBelow(text, e);
  if (envelope) cue = { rule: 'context', near: 'address' };
  let verdict = scoreName(names, cue, text, s1);
  // A known given name and an unknown word, after an introduction or a people word ("My name is Grace
  // Whitaker", "Customer Frank Winterbottom wrote").
  if (verdict.score > 0 && verdict.score < 0.5 && !cue && !cheapCue && (cue = contextCue(text, s1))) {
    if (cue.rule === 'intro' && cue.kind === 'generic' && clauseGoesOn(text, e)) cue = undefined;
    else verdict = scoreName(names, cue, text, s1);
  }
  if (verdict.score === 0) return e;
  if (filtered(scan, words) || (!cue && inTitleLine(text, s1, e, names.length))) return e;
  // A weak pair becomes a name when an e-mail address nearby is made of it.
  if (verdict.score < 0.5) verdict = withEmail(scan, s1, e, names, verdict);
  if (verdict.score < 0.5) return e1;
  emit(scan, s1, e, verdict);
  return e;
}

/**
 * The common case without building word lists: a known given name, one space, a capitalised word, and
 * then punctuation or the sentence going on in lower case ("… with Anna Schmidt about …"). Returns -1
 * for any other shape (the general path reads it), else where the scan goes on.
 */
function twoWords(scan: Scan, s1: number, e1: number, w1: WordInfo): number {
  const { text } = scan;
  const s2 = e1 + 1;
  if (text.charCodeAt(e1) !== 32 || !isUpper(text.charCodeAt(s2))) return -1;
  const e2 = wordEnd(text, s2);
  const c = text.charCodeAt(e2);
  if (c === 46 && e2 === s2 + 1) return -1; // an initial: "John F. Kennedy"
  if (isNameSpace(c)) {
    const d = text.charCodeAt(e2 + 1);
    // A third capitalised word or a particle may continue the name: the general path reads it.
    if (!isLetter(d) || isUpper(d) || mayBeParticle(text, e2 + 1)) return -1;
  }
  const w2 = wordInfo(text, s2, e2);
  const f2 = w2.flags;
  if (f2 & STOP || w2.shape !== CAP || (f2 & (PLACE_AFTER_WORD | FAMILY)) === PLACE_AFTER_WORD) return e1;
  let score: number;
  if (w1.flags & WORDLIKE) score = (f2 & (FAMILY | WORDLIKE)) === FAMILY ? SCORE.ambiguousGiven : 0;
  else score = f2 & FAMILY ? SCORE.known : w2.key.length >= 2 && !(f2 & NOUNLIKE) ? SCORE.givenOnly : 0;
  if (score === 0) return -1;
  if (isKnownPair(w1.key, w2.key) || inTitleLine(text, s1, e2, 2)) return e2;
  emit(scan, s1, e2, { score, rule: 'given-name', near: undefined });
  return e2;
}

/** A postcode right before `pos` on its line: "15704 ", "D-10115 ", "1071 EW ", "SW1A 1AA "? (digits only). */
function postcodeBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  if (i < 4 || !isNameSpace(text.charCodeAt(i))) return false;
  // Dutch postcodes: four digits, a space, two capitals.
  if (isUpper(text.charCodeAt(i - 1)) && isUpper(text.charCodeAt(i - 2)) && text.charCodeAt(i - 3) === 32) i -= 3;
  let digits = 0;
  while (i > 0 && digits < 6 && isDigit(text.charCodeAt(i - 1))) {
    i--;
    digits++;
  }
  if (digits < 4 || digits > 5) return false;
  const c = i > 0 ? text.charCodeAt(i - 1) : 10;
  return c === 32 || c === 10 || c === 44 || c === 45 || c === 9;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A letter's place and date line: "Santiago de Compostela, a 2022-02-20", "Paris, le 3 mars 2024",
 * "Bad Homburg, den 12.03.2024", "Madrid, el 5 de mayo".
 */
const DATE_LINE = /^,\s*(?:a|le|den|am|el|on|the)\s+\d/;

function dateLineAfter(text: string, pos: number): boolean {
  return text.charCodeAt(pos) === 44 && DATE_LINE.test(text.slice(pos, pos + 12));
}

/** "15704 Santiago de Compostela (Santiago de Compostela)": the same words again in brackets. */
function repeatsBefore(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 40) return false;
  let i = start - 1;
  while (i > 0 && isNameSpace(text.charCodeAt(i - 1))) i--;
  const length = end - start;
  return i >= length && text.slice(i - length, i) === text.slice(start, end);
}

/** True when the line (or the field) ends at `pos`: a line break, a comma, a bracket or the end. */
function closesLine(text: string, pos: number): boolean {
  let i = pos;
  while (i < pos + 2 && isNameSpace(text.charCodeAt(i))) i++;
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === 10 || c === 13 || c === 44 || c === 40 || c === 41 || c === 34 || c === 39 || c === 60 || c === 124 || c === 59 || c === 9;
}

/** A house number right after `pos` ("Große Bleichen 48", "Wiedner Hauptstraße 12/4"). */
function numberAfter(text: string, pos: number): boolean {
  return isNameSpace(text.charCodeAt(pos)) && isDigit(text.charCodeAt(pos + 1));
}

/**
 * The line under the name at `pos` is a street line: a number and words ("46 Mill Rise", "7/22 Murray
 * Road", "52 boulevard Haussmann"), words and a number ("Mühlendamm 36", "Carrer de Mallorca, 27",
 * "Steinstr. 41") or a flat or street prefix ("Flat 22, …", "c/ de San Vicente, nº 186").
 */
const STREET_LINE =
  /^(?:(?:flat|apt\.?|apartment|unit|suite|c\/|p[ºo°]\.?|calle|carrer|rue|via|avenida|avenue|piazza|plaza|paseo)\s|\d{1,5}[a-zA-Z]?(?:[/-]\d+[a-zA-Z]?)?,?\s+\p{L}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,4},?\s+(?:n[ºo°]\s*)?\d{1,5}[a-zA-Z]?(?:[/-]\d+[a-zA-Z]?)?(?:\s|,|$))/iu;

function streetBelow(text: string, pos: number): boolean {
  let i = pos;
  while (i < pos + 2 && isNameSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) !== 10) return false;
  return STREET_LINE.test(text.slice(i + 1, i + 61));
}

/** True when only blanks stand between the line's start and `pos`. */
function opensLine(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && pos - i < 4 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10;
}

/** True when a lower-case word follows `pos` in the same clause. */
function clauseGoesOn(text: string, pos: number): boolean {
  let i = pos;
  while (i < pos + 2 && isNameSpace(text.charCodeAt(i))) i++;
  return i > pos && isLetter(text.charCodeAt(i)) && !isUpper(text.charCodeAt(i));
}

/** The words without trailing particles and initials. */
function trimMinors(words: NameWord[]): NameWord[] {
  let n = words.length;
  while (n > 0 && words[n - 1]!.minor) n--;
  return n === words.length ? words : words.slice(0, n);
}

/** True when the lower-case word at `pos` may be a particle (its first letter is one's). */
function mayBeParticle(text: string, pos: number): boolean {
  const e = wordEnd(text, pos, 6);
  return e - pos <= 5 && (wordInfo(text, pos, e).flags & (LEADING_PARTICLE | INNER_PARTICLE)) !== 0;
}

/**
 * For an unknown first word: true when a known family name follows ("Aoife Byrne"), or when an e-mail
 * address in angle brackets or parentheses follows the pair and may vouch for it ("Oisín Brannigan
 * <oisin.brannigan@…>"). Most capitalised pairs of a text end here.
 */
function familyFollows(scan: Scan, e1: number): boolean {
  const { text } = scan;
  const s2 = nextWord(text, e1);
  const e2 = wordEnd(text, s2);
  if (e2 === s2) return false;
  const f2 = wordInfo(text, s2, e2).flags;
  if ((f2 & (FAMILY | WORDLIKE | STOP)) === FAMILY) return true;
  if (f2 & STOP) return false;
  let i = e2;
  while (i < e2 + 2 && isNameSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return (c === 60 /* < */ || c === 40 /* ( */) && scan.at.near(i, i + 80) >= 0;
}

/** A colon, comma or line break right before `pos` (a label, sign-off or greeting may end there). */
export function cueChar(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && pos - i < 4 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  return c === 58 || c === 44 || c === 10 || c === 13;
}

