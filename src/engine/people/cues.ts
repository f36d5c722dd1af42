import { normaliseLabel } from '../fields/normalise';
import { CONTEXT, CONTEXT_ENDS, INTRO, INTRO_ENDS, SIGN_OFF, SIGN_OFF_ENDS, WEAK_INTRO } from './cue-words';
import { foldName } from './fold';
import { GREETING } from './lexicon';
import { mayEndLabel, nameLabelKind, type LabelKind } from './labels';
import { wordInfo } from './name-words';
import { wordStart } from './tokens';

/** A cue found before a name: which rule it is, the cue word, and (for labels) the label's kind. */
export interface Cue {
  readonly rule: 'label' | 'sign-off' | 'greeting' | 'intro' | 'context';
  readonly near: string;
  /** For labels, the label's kind; for introductions, `person` ("My name is") or `generic` ("I'm"). */
  readonly kind?: LabelKind;
}

/** How far back on the line a cue is looked for; a sign-off line is shorter than this. */
const REACH = 48;

/**
 * The cue right before a name starting at `pos`, read from the text before it on its line (and the line
 * above for sign-offs): `Name: ` / `Nachname: ` (a label), `Kind regards,` + newline or `Thanks, ` (a
 * sign-off), `Hi, ` (a greeting). Bounded reads: linear however long the line.
 */
export function cueBefore(text: string, pos: number): Cue | undefined {
  let i = pos;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  const c = i > 0 ? text.charCodeAt(i - 1) : 10;
  if (c === 58 /* : */) return labelCue(text, i - 1);
  if (c === 44 /* , */) return commaCue(text, i - 1);
  if (c === 10 || c === 13) return signOffAbove(text, i - 1) ?? labelAbove(text, i - 1);
  return introBefore(text, i);
}

/**
 * A self-introduction right before `pos`: "My name is ", "Mein Name ist ", "Je m'appelle ", "Me llamo ",
 * "Mi nombre es ". The last word is tested first (most words before a capitalised pair are not one).
 */
export function introBefore(text: string, pos: number): Cue | undefined {
  let end = pos;
  if (end < 3 || !isBlank(text.charCodeAt(end - 1))) return undefined;
  end--;
  const start = wordStart(text, end);
  if (end - start < 2 || end - start > 10 || !INTRO_ENDS.has(wordInfo(text, start, end).key)) return undefined;
  const before = foldName(text.slice(Math.max(0, end - 24), end));
  const m = INTRO.exec(before);
  if (m) return { rule: 'intro', near: m[0].replace(/^[^a-z]/, '').trim(), kind: 'person' };
  const w = WEAK_INTRO.exec(before);
  return w ? { rule: 'intro', near: w[0].replace(/^[^a-z]/, '').trim(), kind: 'generic' } : undefined;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** `Label:` with a name label ("Name", "Nom", "Patient", "From"): the words before the colon. */
function labelCue(text: string, colon: number): Cue | undefined {
  // Most `Key: Value` pairs of logs and configs are ruled out by the key's last word alone.
  let end = colon;
  while (end > 0 && colon - end < 2 && isBlank(text.charCodeAt(end - 1))) end--;
  const start = wordStart(text, end);
  if (start === end || !mayEndLabel(wordInfo(text, start, end).key)) return undefined;
  const from = lineStart(text, colon, 32);
  const raw = text.slice(from < 0 ? colon - 32 : from, colon);
  const label = normaliseLabel(raw.replace(/^.*[|;\t"',(]/, ''));
  if (!label || label.split(' ').length > 5) return undefined;
  const kind = nameLabelKind(label);
  return kind ? { rule: 'label', near: label.trim(), kind } : undefined;
}

/** `Thanks, ` / `Kind regards, ` (a sign-off) or `Hi, ` / `Hallo, ` (a greeting) before the name. */
function commaCue(text: string, comma: number): Cue | undefined {
  const start = wordStart(text, comma);
  if (start === comma) return undefined;
  const last = wordInfo(text, start, comma);
  if (last.flags & GREETING) return { rule: 'greeting', near: last.key };
  if (!SIGN_OFF_ENDS.has(last.key)) return undefined;
  const from = lineStart(text, comma, REACH);
  if (from < 0) return undefined;
  const m = SIGN_OFF.exec(foldName(text.slice(from, comma)).trimEnd());
  return m ? { rule: 'sign-off', near: m[0].replace(/[\s,.!]+$/, '') } : undefined;
}

/**
 * The name opens the line right under a name label or an address block's label ("Patient:",
 * "Lieferanschrift:", "Ship to:", "DESTINATARIO:"): the label line holds nothing else.
 */
function labelAbove(text: string, newline: number): Cue | undefined {
  let end = newline;
  if (text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) !== 58 /* : */) return undefined;
  const start = lineStart(text, end, 40);
  if (start < 0) return undefined;
  const colon = end - 1;
  let e = colon;
  while (e > start && isBlank(text.charCodeAt(e - 1))) e--;
  const w = wordStart(text, e);
  if (w === e || !mayEndLabel(wordInfo(text, w, e).key)) return undefined;
  const label = normaliseLabel(text.slice(start, colon));
  if (!label || label.split(' ').length > 6) return undefined;
  const kind = nameLabelKind(label);
  return kind ? { rule: 'label', near: label.trim(), kind } : undefined;
}

/** The name opens its line: a sign-off ending one of the two non-blank lines above makes it a signature. */
function signOffAbove(text: string, newline: number): Cue | undefined {
  let end = newline;
  for (let lines = 0; lines < 2 && end > 0; lines++) {
    if (text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
    const start = lineStart(text, end, REACH + 1);
    if (start < 0) return undefined;
    const line = foldName(text.slice(start, end)).trim();
    if (line) {
      const m = SIGN_OFF.exec(line);
      return m ? { rule: 'sign-off', near: m[0].replace(/[\s,.!]+$/, '') } : undefined;
    }
    end = start - 1;
  }
  return undefined;
}

/**
 * Start of the line holding `pos`, looking back at most `reach` chars: -1 when the line starts further
 * back (so the caller reads a bounded slice, and a megabyte-long line costs nothing more).
 */
export function lineStart(text: string, pos: number, reach: number): number {
  const limit = Math.max(0, pos - reach);
  for (let i = pos; i > limit; i--) if (text.charCodeAt(i - 1) === 10) return i;
  return limit === 0 ? 0 : -1;
}

/**
 * A cue word right before a name that no list knows: an introduction ("My name is", "Soy") or a people
 * word ("Customer Liu Jing wrote", "recipient Grace Jefferson", `new User("Vasiliki Karagiannis"`). The
 * word before is looked up first; the folded text before is read only when it may end a cue.
 */
export function contextCue(text: string, pos: number): Cue | undefined {
  let end = pos;
  const c = text.charCodeAt(end - 1);
  if (c === 34 || c === 39 || c === 96) {
    // A string in code: `User("…`, `new Customer('…`.
    if (text.charCodeAt(end - 2) !== 40) return undefined;
    const word = contextBefore(text, pos);
    return word ? { rule: 'context', near: word } : undefined;
  }
  if (end < 3 || !isBlank(c)) return undefined;
  end--;
  const start = wordStart(text, end);
  if (end - start < 2 || end - start > 16) return undefined;
  const key = wordInfo(text, start, end).key;
  if (INTRO_ENDS.has(key)) {
    const intro = introBefore(text, pos);
    if (intro) return intro;
  }
  if (!CONTEXT_ENDS.has(key)) return undefined;
  const word = contextBefore(text, pos);
  return word ? { rule: 'context', near: word } : undefined;
}

/** A people word ("client", "Patientin", "met", "signé") just before `pos`: context for a bare family name. */
export function contextBefore(text: string, pos: number): string | undefined {
  const before = foldName(text.slice(Math.max(0, pos - 40), pos));
  const m = CONTEXT.exec(before);
  return m ? m[0].replace(/[\s:,]+$/, '') : undefined;
}
