import type { FieldIndex } from '../fields/types';
import type { Found } from '../types';
import { cueBefore } from './cues';
import { AtCursor, emailMatches } from './email-match';
import { inCode, inTitleLine, isEponym, isKnownPair, isKnownPhrase } from './filters';
import { namesInFields } from './fields';
import { FAMILY, GIVEN, GREETING, HONORIFIC, INNER_PARTICLE, LEADING_PARTICLE, PLACE_AFTER_WORD, PLACE_BEFORE_WORD, STOP, TITLE, WORDLIKE } from './lexicon';
import { NOUN_ENDINGS } from './stop-words';
import { majors, nameWord, readName, wordInfo, wordInfoOf, type NameWord, type WordInfo } from './name-words';
import { SCORE, scoreName, type Verdict } from './scoring';
import { CAP, isGlue, isLetter, isNameSpace, isUpper, wordEnd, wordStart } from './tokens';

/**
 * Capitals and lower-case letters of the Latin ranges (Latin Extended mixes both cases: `tokens.ts` tells
 * them apart). The words of a pair must start with an ASCII or Latin-1 capital: adding the Latin
 * Extended capitals (Ł, Š, İ, Ș…) costs a third more time on every text, so a name word that starts
 * with one is found after a cue only ("Hallo Ali Şahin" is not; a name column or `Name:` line is).
 */
const UP = 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de';
const LO = 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff\\u0100-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff';
/** Particles ("van der Berg") and lower-case honorifics ("madame Dubois", "la señora García") before a capital. */
const LOWER_LEADS = [
  'van', 'von', 'de', 'da', 'di', 'del', 'della', 'dalla', 'du', 'dos', 'do', 'zu', 'ter', 'ten', 'bin', 'ibn', 'al',
  'el', 'af', 'av', 'der', 'den', 'des', 'la', 'le', 'las', 'los', 'het',
  'madame', 'monsieur', 'mademoiselle', 'se\\u00f1ora?', 'se\\u00f1orita', 'signora?', 'signorina', 'meneer', 'mevrouw',
  'don', 'do\\u00f1a',
].join('|');

/**
 * The one pass over the text, anchored on the space between the first two words of a name: a space, a
 * capital, and behind them a capitalised word, a short abbreviation ("Mr.", "M.", "Sig.ra"), a particle
 * or a lower-case honorific. Starting on the space (a literal) makes V8 scan about a third faster than
 * starting on a capital, and a name at the start of a line or after a comma or quote is still seen
 * (its first word is behind the space). The look-behind runs only where a space meets a capital, and
 * goes back over one word at most: linear.
 */
const PAIR = new RegExp(
  `[ \\u00a0][${UP}](?<=([${UP}][${LO}]+|[${UP}][${LO}]{0,3}\\.|\\.[a-z]{1,3}|(?<![a-z])(?:${LOWER_LEADS}))[ \\u00a0][${UP}])`,
  'g',
);

interface Scan {
  readonly text: string;
  readonly out: Found[];
  readonly at: AtCursor;
}

/** Every person's name that starts in [start, end) of `text` (see person-name.ts for the rules). */
export function findNames(text: string, start: number, end: number, fields: FieldIndex): Found[] {
  const out: Found[] = [];
  const taken = namesInFields(text, start, end, fields, out);
  const scan: Scan = { text, out, at: new AtCursor(text) };
  let t = 0;
  PAIR.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = PAIR.exec(text)) !== null) {
    // The look-behind's capture is the word before the space: most pairs end on its flags alone.
    const before = m[1]!;
    const quick = isUpper(before.charCodeAt(0)) && before.charCodeAt(before.length - 1) !== 46 ? wordInfoOf(before) : undefined;
    if (quick && quick.flags & STOP && !(quick.flags & (HONORIFIC | GREETING))) {
      if (m.index >= end) break;
      continue;
    }
    const s1 = quick ? m.index - before.length : pairStart(text, m.index);
    if (s1 >= end) break;
    if (s1 < 0) continue;
    // A look-behind word may be the tail of a longer one ("McDonald", "Jean-Luc"): then find its start.
    const e1 = quick && !(s1 > 0 && isWordChar(text.charCodeAt(s1 - 1))) ? m.index : -1;
    // Already reported from its field (a `name` column): skip the cell.
    while (t < taken.length && taken[t]!.end <= s1) t++;
    if (t < taken.length && taken[t]!.start <= s1) {
      PAIR.lastIndex = Math.max(PAIR.lastIndex, taken[t]!.end);
      continue;
    }
    const next = e1 < 0 ? classify(scan, quick ? wordStart(text, s1) : s1, -1) : classify(scan, s1, e1, quick);
    if (next > PAIR.lastIndex) PAIR.lastIndex = next;
  }
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
    s = wordStart(text, e);
    if (s === e) return -1;
  }
  return isUpper(text.charCodeAt(s)) ? s : -1;
}

/** Position of the word after [s, e) (past a period and one or two spaces). */
function nextWord(text: string, e: number): number {
  let i = e;
  if (text.charCodeAt(i) === 46) i++;
  while (i < e + 3 && isNameSpace(text.charCodeAt(i))) i++;
  return i;
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
  if ((w1.shape !== CAP && !(f1 & HONORIFIC)) || (f1 & STOP && !(f1 & (HONORIFIC | GREETING)))) return e1;
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

/** Past the name that starts at `pos` (the street in "Avenue Victor Hugo", the school in "Lycée Victor Duruy"). */
function skipName(text: string, pos: number): number {
  const words = readName(text, pos, 4, true);
  return words.length ? words[words.length - 1]!.end : pos;
}

/**
 * "Mr. Kowalski", "Frau Prof. Dr. Becker", "Mme de la Tour", "Sra. Ortega", "Don José García": the name
 * after the honorific (and any academic titles). Returns -1 when the word is not used as an honorific
 * here ("M" without its period, "Oak Dr. Springfield", "Don" before a family name).
 */
function honorific(scan: Scan, s1: number, e1: number, key: string, dot: boolean, resume: number): number {
  const { text } = scan;
  if (key === 'm' && !dot) return -1;
  // Italian abbreviations with a feminine ending: "Sig.ra", "Sig.na", "Dott.ssa", "Prof.ssa".
  if (dot && resume === e1 + 1) {
    const e = wordEnd(text, resume, 4);
    if (e > resume && e - resume <= 3 && !isUpper(text.charCodeAt(resume))) resume = nextWord(text, e);
  }
  // "Dr"/"St" after a capitalised word is a street ("Oak Dr.", "Main St.").
  if ((key === 'dr' || key === 'st') && capitalisedBefore(text, s1)) return -1;
  let at = resume;
  for (let titles = 0; titles < 4; titles++) {
    const e = wordEnd(text, at);
    if (e === at) return resume;
    const t = nameWord(text, at, e);
    if (!(t.flags & (TITLE | HONORIFIC)) || t.shape !== CAP) break;
    at = nextWord(text, e);
  }
  const words = readName(text, at, 3, true, true);
  const names = majors(words);
  if (names.length === 0) return resume;
  // "Don"/"Doña" honour a given name ("Don José"); before anything else "Don" is a given name itself.
  if ((key === 'don' || key === 'dona') && !(names[0]!.flags & GIVEN)) return -1;
  const first = names[0]!;
  if (first.flags & (WORDLIKE) && !(first.flags & (GIVEN | FAMILY))) return words[words.length - 1]!.end;
  const s = words[0]!.start;
  const e = words[words.length - 1]!.end;
  if (!isKnownPhrase(words) && !isEponym(text, s, e) && !inCode(text, e)) {
    emit(scan, s, e, { score: SCORE.honorific, rule: 'honorific', near: key });
  }
  return e > e1 ? e : resume;
}

/** True when a capitalised word ends right before `pos` (one space apart). */
function capitalisedBefore(text: string, pos: number): boolean {
  if (pos < 2 || !isNameSpace(text.charCodeAt(pos - 1))) return false;
  const s = wordStart(text, pos - 1);
  if (s === pos - 1 || !isUpper(text.charCodeAt(s))) return false;
  return !(nameWord(text, s, pos - 1).flags & (GREETING | HONORIFIC | TITLE));
}

/** "Dear Aoife Byrne", "Hallo Jürgen Weiß", "Estimado Íñigo Ruiz": two or more name words after a greeting. */
function greeting(scan: Scan, key: string, resume: number): number {
  const { text } = scan;
  const e2 = wordEnd(text, resume);
  if (e2 === resume) return resume;
  // "Hi Tom," / "Hallo Anna!": a lone first name, not a finding (the common case, decided here).
  if (!isNameSpace(text.charCodeAt(e2)) || !isUpper(text.charCodeAt(e2 + 1))) {
    if (!isNameSpace(text.charCodeAt(e2)) || !isLetter(text.charCodeAt(e2 + 1))) return e2;
  }
  const w2 = wordInfo(text, resume, e2);
  // "Dear Mr. Smith", "Guten Tag Frau Becker": the honorific rule takes it from there.
  if (w2.flags & (HONORIFIC | GREETING)) return resume;
  const words = readName(text, resume, 3, false);
  const names = majors(words);
  if (names.length < 2) return words.length ? words[words.length - 1]!.end : resume;
  const e = words[words.length - 1]!.end;
  const verdict = scoreName(names, { rule: 'greeting', near: key }, text, resume);
  if (!filtered(scan, words)) emit(scan, resume, e, verdict);
  return e;
}

/** Names without an honorific or greeting: "Maria Schmidt", "Kind regards,\nAoife Byrne", "Name: Íñigo Ruiz". */
function person(scan: Scan, s1: number, e1: number, w1: WordInfo): number {
  const { text } = scan;
  const cheapCue = cueChar(text, s1);
  if (!(w1.flags & GIVEN) && !cheapCue && !familyFollows(scan, s1, e1)) return e1;
  if (!cheapCue && w1.flags & GIVEN) {
    const r = twoWords(scan, s1, e1, w1);
    if (r >= 0) return r;
  }
  const words = readName(text, s1, 4, true, false, w1);
  const names = majors(words);
  if (names.length < 2) return e1;
  const cue = cheapCue ? cueBefore(text, s1) : undefined;
  const e = words[words.length - 1]!.end;
  let verdict = scoreName(names, cue, text, s1);
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
  else score = f2 & FAMILY ? SCORE.known : w2.key.length >= 2 && !NOUN_ENDINGS.test(w2.key) ? SCORE.givenOnly : 0;
  if (score === 0) return -1;
  if (isKnownPair(w1.key, w2.key) || isEponym(text, s1, e2) || inCode(text, e2) || inTitleLine(text, s1, e2, 2)) return e2;
  emit(scan, s1, e2, { score, rule: 'given-name', near: undefined });
  return e2;
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
function familyFollows(scan: Scan, s1: number, e1: number): boolean {
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

/** True when the name is an eponym, a firm, a placeholder or code. */
function filtered(scan: Scan, words: readonly NameWord[]): boolean {
  const s = words[0]!.start;
  const e = words[words.length - 1]!.end;
  return isKnownPhrase(words) || isEponym(scan.text, s, e) || inCode(scan.text, e);
}

/** A colon, comma or line break right before `pos` (a label, sign-off or greeting may end there). */
function cueChar(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && pos - i < 4 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  return c === 58 || c === 44 || c === 10 || c === 13;
}

/** Raises a verdict under 0.9 when an e-mail address nearby is made of the name. */
function withEmail(scan: Scan, s: number, e: number, names: readonly NameWord[], v: Verdict): Verdict {
  if (v.score >= SCORE.email || v.score <= 0) return v;
  const given = names[0]!.key;
  const family = names[names.length - 1]!.key;
  if (!emailMatches(scan.text, scan.at, s, e, given, family)) return v;
  return v.score >= 0.5 ? { ...v, score: SCORE.email } : { score: SCORE.email, rule: 'email' };
}

function emit(scan: Scan, start: number, end: number, v: Verdict): void {
  // One object shape for every finding (`near` may be undefined).
  if (v.score >= 0.5) scan.out.push({ start, end, score: v.score, pattern: v.rule, near: v.near });
}


