import type { FieldIndex } from '../fields/types';
import type { Found } from '../types';
import { cueBefore } from './cues';
import { AtCursor, emailMatches } from './email-match';
import { inCode, inTitleLine, isEponym, isKnownPhrase } from './filters';
import { namesInFields } from './fields';
import { FAMILY, GIVEN, GREETING, HONORIFIC, PLACE_BEFORE_WORD, STOP, TITLE, WORDLIKE } from './lexicon';
import { majors, nameWord, readName, wordInfo, type NameWord, type WordInfo } from './name-words';
import { SCORE, scoreName, type Verdict } from './scoring';
import { CAP, isGlue, isLetter, isNameSpace, isUpper, wordEnd, wordStart } from './tokens';

/**
 * Capitals and lower-case letters of the Latin ranges (Latin Extended mixes both: `tokens.ts` tells them
 * apart). A name's first word must start with an ASCII or Latin-1 capital: adding the Latin Extended
 * capitals (Ł, Š, İ, Ș…) to the first class costs a third more time on every text, so such a first word
 * is found after a cue only ("Hallo Łukasz Nowak", "Herr İlker Şahin", a name column).
 */
const UP1 = 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de';
const UP = `${UP1}\\u0100-\\u024f\\u1e00-\\u1eff`;
const LO = 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff\\u0100-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff';
const PARTICLE = `(?:van|von|de|da|di|del|della|dalla|du|dos|do|zu|ter|ten|bin|ibn|al|el|af|av|der|den|des|la|le|las|los|het)[ \\u00a0]|d['\u2019]`;

/**
 * The one pass over the text: a capitalised word (or an abbreviation such as "Dr." or "M."), one or two
 * spaces, up to three particles, and a capital. Every name, honorific, greeting and eponym that can
 * start a finding has this shape; everything else is rejected inside V8's regex engine without a
 * callback. Linear: no nested quantifiers over overlapping classes.
 */
const PAIR = new RegExp(`[${UP1}](?:[${LO}]+(?:\\.[a-z]{1,3})?\\.?|\\.)[ \\u00a0]{1,2}(?:${PARTICLE}){0,3}[${UP}]`, 'g');

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
  while ((m = PAIR.exec(text)) !== null && m.index < end) {
    let pos = m.index;
    // Already reported from its field (a `name` column): skip the cell.
    while (t < taken.length && taken[t]!.end <= pos) t++;
    if (t < taken.length && taken[t]!.start <= pos) {
      PAIR.lastIndex = taken[t]!.end;
      continue;
    }
    const next = classify(scan, pos);
    PAIR.lastIndex = next > pos ? next : pos + 1;
  }
  return out;
}

/** Position of the word after [s, e) (past a period and one or two spaces). */
function nextWord(text: string, e: number): number {
  let i = e;
  if (text.charCodeAt(i) === 46) i++;
  while (i < e + 3 && isNameSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Handles the pair whose first word holds `pos`; returns where the scan goes on. */
function classify(scan: Scan, pos: number): number {
  const { text } = scan;
  const s1 = pos > 0 && isLetter(text.charCodeAt(pos - 1)) ? wordStart(text, pos) : pos;
  const e1 = wordEnd(text, s1);
  // Glued to an identifier, a path or an address: code, not prose.
  if (s1 > 0 && isGlue(text.charCodeAt(s1 - 1)) && text.charCodeAt(s1 - 1) !== 45) return e1;
  const w1 = wordInfo(text, s1, e1);
  const f1 = w1.flags;
  if (w1.shape !== CAP || (f1 & STOP && !(f1 & (HONORIFIC | GREETING)))) return e1;
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
    emit(scan, s, e, withEmail(scan, s, e, names, { score: SCORE.honorific, rule: 'honorific', near: key }));
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
  const w2 = nameWord(text, resume, e2);
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
  const words = readName(text, s1, 4, true, false, w1);
  const names = majors(words);
  if (names.length < 2) return e1;
  const cue = cheapCue ? cueBefore(text, s1) : undefined;
  const e = words[words.length - 1]!.end;
  let verdict = scoreName(names, cue, text, s1);
  if (verdict.score === 0) return e;
  if (filtered(scan, words) || (!cue && inTitleLine(text, s1, e, names.length))) return e;
  verdict = withEmail(scan, s1, e, names, verdict);
  if (verdict.score < 0.5) return e1;
  emit(scan, s1, e, verdict);
  return e;
}

/**
 * For an unknown first word: true when a known family name follows ("Aoife Byrne"), or when it may be
 * vouched for by an e-mail address nearby. Most capitalised pairs of a text end here.
 */
function familyFollows(scan: Scan, s1: number, e1: number): boolean {
  const { text } = scan;
  const s2 = nextWord(text, e1);
  const c = text.charCodeAt(s2);
  if (isUpper(c)) {
    const e2 = wordEnd(text, s2);
    if ((wordInfo(text, s2, e2).flags & (FAMILY | WORDLIKE | STOP)) === FAMILY) return true;
  } else if (!isLetter(c)) return false;
  return scan.at.near(Math.max(0, s1 - 120), s2 + 160) >= 0;
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


