import type { Found } from '../types';
import { AtCursor, emailMatches } from './email-match';
import { inCode, isEponym, isKnownPhrase } from './filters';
import type { NameWord } from './name-words';
import { SCORE, type Verdict } from './scoring';
import { isNameSpace } from './tokens';

/** What the rules share while one text is scanned: the text, the findings so far, the `@` cursor. */
export interface Scan {
  readonly text: string;
  readonly out: Found[];
  readonly at: AtCursor;
}

/** Position of the word after [s, e) (past a period and one or two spaces). */
export function nextWord(text: string, e: number): number {
  let i = e;
  if (text.charCodeAt(i) === 46) i++;
  while (i < e + 3 && isNameSpace(text.charCodeAt(i))) i++;
  return i;
}

/** True when the name is an eponym, a firm, a placeholder or code. */
export function filtered(scan: Scan, words: readonly NameWord[]): boolean {
  const s = words[0]!.start;
  const e = words[words.length - 1]!.end;
  return isKnownPhrase(words) || isEponym(scan.text, s, e) || inCode(scan.text, e);
}

/** Raises a verdict under 0.9 when an e-mail address nearby is made of the name. */
export function withEmail(scan: Scan, s: number, e: number, names: readonly NameWord[], v: Verdict): Verdict {
  if (v.score >= SCORE.email || v.score <= 0) return v;
  const given = names[0]!.key;
  const family = names[names.length - 1]!.key;
  if (!emailMatches(scan.text, scan.at, s, e, given, family)) return v;
  return v.score >= 0.5 ? { ...v, score: SCORE.email } : { score: SCORE.email, rule: 'email' };
}

/** Reports a verdict of 0.5 or more as a finding. */
export function emit(scan: Scan, start: number, end: number, v: Verdict): void {
  // One object shape for every finding (`near` may be undefined).
  if (v.score >= 0.5) scan.out.push({ start, end, score: v.score, pattern: v.rule, near: v.near });
}


