import { GIVEN, GREETING, HONORIFIC, TITLE, WORDLIKE, FAMILY } from './lexicon';
import { isKnownPhrase } from './filters';
import { isParticleAt, majors, nameWord, readName, wordInfo } from './name-words';
import { emit, filtered, nextWord, type Scan } from './scan-state';
import { SCORE, scoreName } from './scoring';
import { CAP, LOWER, isLetter, isNameSpace, isUpper, wordEnd, wordStart } from './tokens';

/**
 * Rules led by a cue word that is the pair's first word: honorifics ("Frau Becker"), greetings ("Hallo
 * Jürgen Weiß") and place words ("Avenue Victor Hugo", whose name is skipped).
 */

/** Honorifics that are words or initials without their period. */
const DOT_ONLY = new Set(['m', 'ing', 'mag', 'lic', 'lda', 'ldo']);

/**
 * Past the name that starts at `pos` (the street in "Avenue Victor Hugo", the school in "Lycée Victor
 * Duruy", the city in "São Paulo"): up to four capitalised words, with particles between, read char by
 * char (no word lookups: place words are frequent).
 */
export function skipName(text: string, pos: number): number {
  let at = pos;
  let end = pos;
  for (let words = 0; words < 6 && at < text.length; words++) {
    const c = text.charCodeAt(at);
    if (!isLetter(c)) break;
    const e = wordEnd(text, at);
    if (isUpper(c)) end = e;
    else if (words === 0 || !isParticleAt(text, at, e)) break; // a particle ("de", "del", "van") goes on, other words end it
    if (!isNameSpace(text.charCodeAt(e))) break;
    at = e + 1;
  }
  return end;
}

/**
 * "Mr. Kowalski", "Frau Prof. Dr. Becker", "Mme de la Tour", "Sra. Ortega", "Don José García": the name
 * after the honorific (and any academic titles). Returns -1 when the word is not used as an honorific
 * here ("M" without its period, "Oak Dr. Springfield", "Don" before a family name).
 */
export function honorific(scan: Scan, s1: number, e1: number, key: string, dot: boolean, resume: number): number {
  const { text } = scan;
  // "M", "Ing", "Mag", "Lic" are honorifics only with their period ("M. Dupont", "Mag. Huber").
  if (!dot && DOT_ONLY.has(key)) return -1;
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
    // "Sr. D. Xu Hao", "Sra. Dña. …": Don abbreviated to its initial.
    if (e === at + 1 && text.charCodeAt(at) === 68 /* D */ && text.charCodeAt(e) === 46 && (key === 'sr' || key === 'sra')) {
      at = nextWord(text, e);
      continue;
    }
    const t = nameWord(text, at, e);
    // Capitalised titles ("Prof. Dr."), and abbreviated lower-case ones ("Dr. med.", "Dr. rer. nat.").
    if (!(t.flags & (TITLE | HONORIFIC)) || (t.shape !== CAP && !(t.shape === LOWER && text.charCodeAt(e) === 46))) break;
    at = nextWord(text, e);
  }
  const words = readName(text, at, 3, true, true);
  const names = majors(words);
  if (names.length === 0) return resume;
  // "Don"/"Doña" honour a given name ("Don José"); before anything else "Don" is a given name itself.
  if ((key === 'don' || key === 'dona') && !(names[0]!.flags & GIVEN)) return -1;
  const first = names[0]!;
  // "Dr. Pepper", "Mr. Clean": a lone word after the title; "Dra. Inmaculada Martínez" is a name.
  if (first.flags & WORDLIKE && !(first.flags & (GIVEN | FAMILY)) && names.length === 1) return words[words.length - 1]!.end;
  const s = words[0]!.start;
  const e = words[words.length - 1]!.end;
  if (!isKnownPhrase(words)) {
    emit(scan, s, e, { score: SCORE.honorific, rule: 'honorific', near: key }, s1);
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
export function greeting(scan: Scan, key: string, resume: number): number {
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

