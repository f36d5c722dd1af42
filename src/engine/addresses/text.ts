/**
 * Character classes and word reading on one line, with `charCodeAt` (no slicing until a word is kept):
 * the address finder calls these on a few candidates per kilobyte, each step moving a bounded distance.
 */

/** ASCII letter, Latin-1 or Latin Extended letter (not × or ÷), or the ordinal marks º ª. */
export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 0xba || c === 0xaa;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Upper-case ASCII or Latin-1/Extended letter (Latin Extended-A/B alternate case by code point parity). */
export function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
  if (c >= 0x100 && c <= 0x17f) return c % 2 === 0;
  return false;
}

/** Letter or digit. */
export function isWordChar(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/** Space or tab (not a line break). */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** A word: [start, end) into the text. */
export interface Word {
  readonly start: number;
  readonly end: number;
}

/**
 * Chars that join two word chars inside one word: `Karl-Marx-Allee`, `d'Italia`, `P.za`, `C.so`. A
 * trailing `.` belongs to the word too (abbreviations: `St.`, `Str.`, `Avda.`).
 */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46;
}

/** End of the word starting at `i` (a word char), at most `limit`. */
export function wordEnd(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (isWordChar(c)) j++;
    else if (isJoiner(c) && j + 1 < limit && isWordChar(text.charCodeAt(j + 1))) j += 2;
    else if (c === 46) return j + 1;
    else break;
  }
  return j;
}

/** Start of the word ending at `j` (text[j - 1] is a word char or a trailing `.`), at least `limit`. */
export function wordStart(text: string, j: number, limit: number): number {
  let i = j;
  if (i > limit && text.charCodeAt(i - 1) === 46) i--;
  while (i > limit) {
    const c = text.charCodeAt(i - 1);
    if (isWordChar(c)) i--;
    else if (isJoiner(c) && i - 2 >= limit && isWordChar(text.charCodeAt(i - 2))) i -= 2;
    else break;
  }
  return i;
}

/** The next word at or after `i` on the same line, skipping blanks only (a comma stops it). */
export function nextWord(text: string, i: number, limit: number): Word | undefined {
  while (i < limit && isBlank(text.charCodeAt(i))) i++;
  if (i >= limit || !isWordChar(text.charCodeAt(i))) return undefined;
  return { start: i, end: wordEnd(text, i, limit) };
}

/** The word ending at or before `j` on the same line, skipping blanks only. */
export function prevWord(text: string, j: number, limit: number): Word | undefined {
  while (j > limit && isBlank(text.charCodeAt(j - 1))) j--;
  if (j <= limit) return undefined;
  const c = text.charCodeAt(j - 1);
  if (!isWordChar(c) && !(c === 46 && j - 1 > limit && isWordChar(text.charCodeAt(j - 2)))) return undefined;
  return { start: wordStart(text, j, limit), end: j };
}

/** Lower-case text of a word without its trailing dot (`St.` → `st`). */
export function key(text: string, w: Word): string {
  const end = text.charCodeAt(w.end - 1) === 46 ? w.end - 1 : w.end;
  return text.slice(w.start, end).toLowerCase();
}

/** Whether the word starts with an upper-case letter. */
export function capitalised(text: string, w: Word): boolean {
  return isUpper(text.charCodeAt(w.start));
}

/** Whether every letter of the word is lower case. */
export function lowerCase(text: string, w: Word): boolean {
  for (let i = w.start; i < w.end; i++) if (isUpper(text.charCodeAt(i))) return false;
  return true;
}

/** Lower case of one char code for ASCII, Latin-1 and Latin Extended-A (no allocation). */
export function lower(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c >= 0x100 && c <= 0x17f && c % 2 === 0) return c + 1;
  return c;
}

/**
 * Words → values, looked up straight from the text (lower-cased char by char, a trailing dot ignored)
 * without slicing: the finder checks several words around each of thousands of candidates, and a
 * slice plus `toLowerCase` plus a string-keyed lookup cost most of its time.
 */
export class WordTable<T> {
  private readonly buckets = new Map<number, { readonly word: string; readonly value: T }[]>();
  /** The last lookup: the finder asks about the same word several times (its roles, then as a connector…). */
  private lastText = '';
  private lastStart = -1;
  private lastEnd = -1;
  private lastValue: T | undefined;

  /**
   * The (length, first letter, last letter) shapes of the listed words, one bit each (`shapeOf`): most
   * words asked about are names (`Maple`, `Schillerallee`, `Hamburg`), and one bit test rejects
   * nearly all of them before the word is hashed.
   */
  private readonly shapes = new Int32Array(SHAPES / 32);

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) {
      const shape = shapeOf(word, 0, word.length);
      this.shapes[shape >> 5]! |= 1 << (shape & 31);
      const h = hashOf(word, 0, word.length);
      const bucket = this.buckets.get(h);
      if (bucket) bucket.push({ word, value });
      else this.buckets.set(h, [{ word, value }]);
    }
  }

  /** The value of text[start, end) (lower-cased, without a trailing dot), if listed. */
  get(text: string, start: number, end: number): T | undefined {
    if (end > start && text.charCodeAt(end - 1) === 46) end--;
    if (start === this.lastStart && end === this.lastEnd && text === this.lastText) return this.lastValue;
    this.lastText = text;
    this.lastStart = start;
    this.lastEnd = end;
    this.lastValue = this.lookup(text, start, end);
    return this.lastValue;
  }

  private lookup(text: string, start: number, end: number): T | undefined {
    const shape = shapeOf(text, start, end);
    if ((this.shapes[shape >> 5]! & (1 << (shape & 31))) === 0) return undefined;
    const bucket = this.buckets.get(hashOf(text, start, end));
    if (!bucket) return undefined;
    for (const { word, value } of bucket) {
      if (word.length !== end - start) continue;
      let i = 0;
      while (i < word.length && word.charCodeAt(i) === lower(text.charCodeAt(start + i))) i++;
      if (i === word.length) return value;
    }
    return undefined;
  }

  /** Whether the word `w` is listed. */
  has(text: string, w: Word): boolean {
    return this.get(text, w.start, w.end) !== undefined;
  }
}

/** A set of lower-case words, looked up from the text (see `WordTable`). */
export function wordSet(words: Iterable<string>): WordTable<true> {
  return new WordTable([...words].map((w) => [w, true] as const));
}

/** Number of word shapes: 16 lengths (longer words share the last) × 64 × 64 folded letters. */
const SHAPES = 16 * 64 * 64;

/**
 * A word's shape for `WordTable`'s quick reject: its length (at most 15) and its first and last
 * letters lower-cased, each folded to 6 bits (the empty word: 0). Words of one shape may differ;
 * words of two shapes never match.
 */
function shapeOf(s: string, start: number, end: number): number {
  if (end <= start) return 0;
  return (Math.min(end - start, 15) << 12) | ((lower(s.charCodeAt(start)) & 63) << 6) | (lower(s.charCodeAt(end - 1)) & 63);
}

function hashOf(s: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + lower(s.charCodeAt(i))) | 0;
  return h;
}
