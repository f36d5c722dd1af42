/**
 * Char-level helpers over the scanned text: Latin letters (ASCII, Latin-1, Latin Extended A/B and
 * Additional, combining marks), word edges and the case shape of a word. Plain code-unit checks: the
 * `u`-flag property classes cost ~10× more in V8's regex engine, and names in other scripts are not
 * in the lists anyway.
 */

/** A letter of a name (or a combining mark following one). */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}

/** An upper-case letter (any of the Latin ranges above). */
export function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 65 && c <= 90;
  if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
  if ((c >= 0x100 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) {
    const ch = String.fromCharCode(c);
    return ch.toLowerCase() !== ch;
  }
  return false;
}

/** Apostrophes inside names (O'Brien, d'Artagnan, N’Diaye). */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Word chars and code punctuation: a name glued to one of these is part of an identifier, path or address. */
export function isGlue(c: number): boolean {
  return (
    isLetter(c) || (c >= 48 && c <= 57) || c === 95 /* _ */ || c === 64 /* @ */ || c === 46 /* . */ || c === 47 /* / */ ||
    c === 92 /* \ */ || c === 35 /* # */ || c === 36 /* $ */ || c === 96 /* ` */ || c === 61 /* = */ || c === 38 /* & */ ||
    c === 37 /* % */ || c === 43 /* + */ || c === 126 /* ~ */ || c === 60 /* < */ || c === 45 /* - */
  );
}

/** Spaces that may sit between the words of a name (never a tab: TSV cells; never a newline). */
export function isNameSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f;
}

/**
 * End of the word starting at `pos`: letters, with inner hyphens and apostrophes that a letter follows
 * ("Jean-Luc", "O'Brien", "García-López"). At most `max` chars.
 */
export function wordEnd(text: string, pos: number, max = 40): number {
  const limit = Math.min(text.length, pos + max);
  let i = pos;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) i++;
    // An English possessive ends the name: "Maria Schmidt's card" is about "Maria Schmidt".
    else if (isApostrophe(c) && (text.charCodeAt(i + 1) | 32) === 115 && !isLetter(text.charCodeAt(i + 2))) break;
    else if ((c === 45 || isApostrophe(c)) && i > pos && i + 1 < limit && isLetter(text.charCodeAt(i + 1))) i += 2;
    else break;
  }
  return i;
}

/** Start of the word holding `pos` (walking back over letters, inner hyphens and apostrophes; ≤ 40 chars). */
export function wordStart(text: string, pos: number): number {
  const limit = Math.max(0, pos - 40);
  let i = pos;
  while (i > limit) {
    const c = text.charCodeAt(i - 1);
    if (isLetter(c)) i--;
    else if ((c === 45 || isApostrophe(c)) && i - 2 >= limit && isLetter(text.charCodeAt(i - 2))) i -= 2;
    else break;
  }
  return i;
}

/** Case shape of a word: `Cap` (Maria, McDonald, O'Brien), `Upper` (DUPONT), `Lower` (dupont, van). */
export const OTHER = 0;
export const CAP = 1;
export const UPPER = 2;
export const LOWER = 3;
export type Shape = typeof OTHER | typeof CAP | typeof UPPER | typeof LOWER;

export function shapeOf(text: string, start: number, end: number): Shape {
  const first = text.charCodeAt(start);
  if (!isUpper(first)) return isLetter(first) ? LOWER : OTHER;
  let lower = 0;
  let upper = 1;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isUpper(c)) upper++;
    else if (isLetter(c) && !(c >= 0x300 && c <= 0x36f)) lower++;
  }
  if (lower === 0) return upper >= 2 ? UPPER : CAP;
  // "McDonald", "DeLuca", "O'Brien" are names; "iPhone"-like humps start lower and never get here,
  // but "HTMLParser" (more capitals than lower-case letters) is an identifier.
  return upper <= 3 && upper <= lower ? CAP : OTHER;
}

/**
 * A set of short lower-case ASCII words that a word of the text is tested against in place, case
 * folded, without slicing it (the word before or after a name is tested several times per name).
 */
export class AsciiWords {
  private readonly byLength: (readonly string[])[] = [];
  private readonly initials = new Set<number>();
  constructor(words: Iterable<string>) {
    for (const w of words) {
      (this.byLength[w.length] ??= [] as string[]);
      (this.byLength[w.length] as string[]).push(w);
      this.initials.add(w.charCodeAt(0));
    }
  }

  /** True when [start, end) of `text` is one of the words (ASCII letters compared without case). */
  has(text: string, start: number, end: number): boolean {
    const list = this.byLength[end - start];
    if (list === undefined || !this.initials.has(text.charCodeAt(start) | 32)) return false;
    next: for (const w of list) {
      for (let i = 0; i < w.length; i++) {
        const c = text.charCodeAt(start + i);
        if ((c < 65 || c > 90 ? c : c | 32) !== w.charCodeAt(i)) continue next;
      }
      return true;
    }
    return false;
  }
}
