import { BOX, DIRECTIONAL, FRENCH_SUFFIX, NUMBER_MARK, TYPE, UNIT, compoundAt, rolesAt } from './vocabulary';
import { isDigit, isLetter, isUpper, wordEnd, type Word } from './text';

/** Longest cell read as one street line: longer cells are notes, not addresses. */
const MAX_CELL = 160;

/**
 * Chars no postal address holds, but code, markup and other data do: brackets and braces, `<>`,
 * `=`, `;`, `\`, `|`, `$`, `_`, backticks, `~`, `^`, `*`, `@` (an e-mail).
 */
const NOT_IN_ADDRESS = new Uint8Array(128);
for (const c of '[]{}<>=;\\|$_`~^*@') NOT_IN_ADDRESS[c.charCodeAt(0)] = 1;


/**
 * The street line held by a cell of an address column or key (`Flat 3, 12 Acacia`, `Damrak 287`,
 * `653 14th Pl`, `C. Uría, 59, bajo`), quotes and blanks trimmed, or undefined when the value does not
 * look like one. The label is context, not proof: `const street = rows[12].main` is a key named
 * `street` on code. A cell is an address line when
 * - it holds none of the chars of code and data (`[ ] { } < > = ; \ | $ _ @ *`, `://`, a `:` glued to
 *   what follows, a `.` between two lower-case words, parentheses around anything but a word: the
 *   province in `Milano (MI)` is fine), and no identifier (`camelCase`);
 * - a house number stands alone in it (1–5 digits, maybe a letter, `bis`, `-14`, `/2`), next to a street
 *   word: a capitalised word, a street-type or unit word, or an ordinal (`14th`), skipping a comma and
 *   `nº` (`Calle Real, nº 24`);
 * - a number of four or five digits comes with a street-type word (else it is a postcode or a year:
 *   `10115 Berlin` alone is no street line), and so does every cell when `typedOnly` (a `line1` field).
 */
export function columnCell(text: string, start: number, end: number, typedOnly = false): { start: number; end: number } | undefined {
  let s = start;
  let e = end;
  while (s < e && isTrim(text.charCodeAt(s))) s++;
  while (e > s && isTrim(text.charCodeAt(e - 1))) e--;
  if (e - s < 4 || e - s > MAX_CELL) return undefined;
  if (!plainText(text, s, e)) return undefined;

  // Tokens: words and numbers, in order (a comma or a blank between them).
  const words: Word[] = [];
  for (let i = s; i < e; ) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) && !isDigit(c)) {
      i++;
      continue;
    }
    const w = { start: i, end: wordEnd(text, i, e) };
    if (isLetter(c) && camelCase(text, w)) return undefined;
    words.push(w);
    i = w.end;
  }
  // Whether a street-type word is in the cell: asked only when it decides (most cells have a house
  // number of at most three digits, and the word lookups were most of a cell's cost).
  let typed: boolean | undefined;
  if (typedOnly && !(typed = hasTypeWord(text, words))) return undefined;
  for (let k = 0; k < words.length; k++) {
    const digits = houseNumber(text, words[k]!, words[k + 1], s);
    if (digits === 0) continue;
    if (digits >= 4 && !(typed ??= hasTypeWord(text, words))) continue;
    // `PO Box 12` is a mailbox, not a street line.
    if (k >= 1 && rolesAt(text, words[k - 1]!) & BOX) continue;
    // The word after the whole number: past `/59`, `/2/2` (flat and house) and a letter or `bis` (`147 B rue`).
    let n = k + 1;
    while (n < words.length && text.charCodeAt(words[n]!.start - 1) === 47 && words[n]!.start - 1 === words[n - 1]!.end) n++;
    if (n < words.length && n === k + 1 && (rolesAt(text, words[n]!) & FRENCH_SUFFIX || (words[n]!.end - words[n]!.start === 1 && isUpper(text.charCodeAt(words[n]!.start))))) {
      if (n + 1 < words.length && streetWord(text, words[n + 1], -1)) return { start: s, end: e };
    }
    if (streetWord(text, words[n], n === k + 1 ? words[k]!.end : -1) || streetWord(text, before(text, words, k), -1)) return { start: s, end: e };
  }
  return undefined;
}

/** Whether one of the words is a street-type word or a compound on a street ending (`Hauptstraße`). */
function hasTypeWord(text: string, words: readonly Word[]): boolean {
  for (const w of words) if (isLetter(text.charCodeAt(w.start)) && (rolesAt(text, w) & TYPE || compoundAt(text, w))) return true;
  return false;
}

/** No char of code or data (see `columnCell`). */
function plainText(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && NOT_IN_ADDRESS[c]) return false;
    // `10:30`, `https://`, `fe80::1`, `key:value`: a colon glued to what follows.
    if (c === 58 && i + 1 < e && text.charCodeAt(i + 1) !== 32) return false;
    // `rows.main`, `user.address`: a member access (`P.za`, `St.Gallen`, `C. Uría` are fine).
    if (c === 46 && i >= s + 2 && isLower(text.charCodeAt(i - 1)) && isLower(text.charCodeAt(i - 2)) && isLower(text.charCodeAt(i + 1))) return false;
    if (c === 40) {
      // `(MI)`, `(Barcelona)`: a word in parentheses after a blank, nothing else.
      if (i === s || text.charCodeAt(i - 1) !== 32) return false;
      let j = i + 1;
      while (j < e && (isLetter(text.charCodeAt(j)) || text.charCodeAt(j) === 32 || text.charCodeAt(j) === 45)) j++;
      if (j === i + 1 || text.charCodeAt(j) !== 41) return false;
      i = j;
    } else if (c === 41) return false;
  }
  return true;
}

/**
 * The digit count of the house number at `w` (0 when it is none): 1–5 digits standing alone, maybe a
 * letter or `bis` glued on, a range or a flat (`12-14`, `4/12`, `33/2/2`, `7-III`), or a letter or
 * `bis` as the next word (`34 B`, `10 ter`). Not a decimal, time or date (`12.5`, `2024-01-15`).
 */
function houseNumber(text: string, w: Word, next: Word | undefined, cellStart: number): number {
  let i = w.start;
  while (i < w.end && isDigit(text.charCodeAt(i))) i++;
  const digits = i - w.start;
  if (digits === 0 || digits > 5) return 0;
  const b = w.start > cellStart ? text.charCodeAt(w.start - 1) : 32;
  if (b !== 32 && b !== 44 && b !== 9 && b !== 35) return 0;
  if (i < w.end) {
    // glued: `12a`, `12bis`; `12-14`, `7-III` are read by wordEnd as one word with a hyphen
    const rest = { start: i, end: w.end };
    const c = text.charCodeAt(i);
    if (c === 45) {
      // `12-14`, `7-III`, `18-hs`, `2-hoog`
      if (!isDigit(text.charCodeAt(i + 1)) && !isUpper(text.charCodeAt(i + 1)) && w.end - i > 5) return 0;
    } else if (c === 46) return 0;
    else if (!(w.end - i === 1 && isLetter(c)) && !(rolesAt(text, rest) & FRENCH_SUFFIX)) return 0;
  }
  // `12.5`, `2024.01`: a full stop inside the word already failed above; a slash joins flats.
  const a = text.charCodeAt(w.end);
  if (a === 47) return isDigit(text.charCodeAt(w.end + 1)) || isUpper(text.charCodeAt(w.end + 1)) ? digits : 0;
  if (a === 45 && next && next.start === w.end + 1) return 0;
  return digits;
}

/** The word before `words[k]`, skipping a number mark (`Real, nº 24`), or undefined. */
function before(text: string, words: readonly Word[], k: number): Word | undefined {
  let j = k - 1;
  if (j >= 0 && rolesAt(text, words[j]!) & NUMBER_MARK) j--;
  return j >= 0 ? words[j] : undefined;
}

/**
 * Whether `w` may stand next to a house number in a street line: a capitalised word of two letters or
 * more, a street-type or unit word in any case, a French suffix then its type (`12 bis rue`), or an
 * ordinal (`14th`). `gap` (the number's end, for the word after it) rules out a glued word.
 */
function streetWord(text: string, w: Word | undefined, gap: number): boolean {
  if (!w || (gap >= 0 && w.start === gap)) return false;
  const c = text.charCodeAt(w.start);
  if (isDigit(c)) return ordinal(text, w);
  const letters = text.charCodeAt(w.end - 1) === 46 ? w.end - w.start - 1 : w.end - w.start;
  if (isUpper(c) && letters >= 2) return true;
  if (isUpper(c) && letters === 1 && text.charCodeAt(w.end - 1) === 46) return true; // `C. Uría`
  return (rolesAt(text, w) & (TYPE | UNIT | DIRECTIONAL | FRENCH_SUFFIX)) !== 0 || compoundAt(text, w) !== undefined;
}

/** `14th`, `2nd`, `1st`, `3rd`. */
function ordinal(text: string, w: Word): boolean {
  const n = w.end - w.start;
  if (n < 3 || n > 5) return false;
  const a = text.charCodeAt(w.end - 2) | 32;
  const b = text.charCodeAt(w.end - 1) | 32;
  return isDigit(text.charCodeAt(w.end - 3)) && ((a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104));
}

/** `rowMain`, `streetName`: a lower-case start and an upper-case letter right after a lower-case one (not `d'Orsay`). */
function camelCase(text: string, w: Word): boolean {
  if (!isLower(text.charCodeAt(w.start))) return false;
  for (let i = w.start + 1; i < w.end; i++) if (isUpper(text.charCodeAt(i)) && isLower(text.charCodeAt(i - 1))) return true;
  return false;
}

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

function isTrim(c: number): boolean {
  return c === 32 || c === 9 || c === 34 || c === 39 || c === 10 || c === 13;
}
