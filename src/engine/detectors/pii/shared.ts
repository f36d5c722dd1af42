import type { MatchInfo } from '../../types';
import { isRegexWord } from '../../numeric-spans';

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Letter, digit or underscore, by UTF-16 code unit (NaN: no char); ASCII answered without a regex, and
 * without a one-char string per test (this runs twice for every numeric candidate).
 */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return code === code && WORD_CHAR.test(String.fromCharCode(code));
}

/**
 * True when the value is not glued to letters or digits on either side. Patterns check this with
 * lookarounds, but they run on a window cut out of the text, where the window edge looks like a
 * boundary; `info.before`/`info.after` come from the whole text, so this closes that gap.
 */
export function isolated(info: MatchInfo): boolean {
  const before = info.before;
  return !isWordCode(before.charCodeAt(before.length - 1)) && !isWordCode(info.after.charCodeAt(0));
}

/**
 * True when one of `words` (lower-case) occurs in the 64 chars before or the first `after` chars
 * after the value. Same rule as the engine's context check; detectors call it early to skip costly
 * validation (libphonenumber) of values that could not reach the threshold without context.
 */
export function hasContextWord(info: MatchInfo, words: readonly string[], after = 16): boolean {
  const text = (info.before + ' ' + info.after.slice(0, after)).toLowerCase();
  return words.some((w) => text.includes(w));
}

/** Date-shaped values (`2024-01-15`, `15/03/2024`, `03.15.24`, `01 02 2024`): never a phone or an ID. */
export function looksLikeDate(value: string): boolean {
  return /^(?:\d{4}([-./ ])\d{1,2}\1\d{1,2}|\d{1,2}([-./ ])\d{1,2}\2(?:\d{4}|\d{2}))$/.test(value.trim());
}

/**
 * Boundaries for numeric IDs: not glued to a word, and not part of a longer dotted/dashed/slashed
 * number (`1.123456789`, `123456789-2`). Commas are allowed: they separate CSV fields.
 * Used as `${NUM_START}\d{9}${NUM_END}`.
 */
export const NUM_START = String.raw`(?<![\w.\-\/+])`;
export const NUM_END = String.raw`(?![\w]|[.\-\/]\d)`;

/**
 * `offer` rule of values bounded by NUM_START and NUM_END (and cards): every span but a bare digit run
 * glued to a letter, digit or `_` (`f5afce307f9f2628`, `id_12345678`, hex IDs and UUIDs of logs). A
 * bare run is a whole chain of digits, and such a value can neither start in it (`\w` or a digit
 * before) nor end in it (`\w` or a digit after).
 */
export function unglued(text: string, start: number, end: number, digits: number): boolean {
  return digits !== end - start || (!isRegexWord(text.charCodeAt(start - 1)) && !isRegexWord(text.charCodeAt(end)));
}


/**
 * Context words as people write them in prose and as keys in JSON, YAML and code: every
 * multi-word phrase also as `snake_case`, `kebab-case` and `joinedwords` (matches camelCase, since
 * context matching is case-insensitive). A leading or trailing space is a boundary marker
 * (`'sin '` must not become `'sin'`, which is inside "using") and is kept as is.
 */
export function contextWords(...words: string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    if (w.trim() === w && w.includes(' ')) for (const sep of ['_', '-', '']) out.add(w.replaceAll(' ', sep));
  }
  return [...out];
}

/**
 * Score by how the number is written: `grouped` when it contains separators (`536-90-1234`), `bare`
 * for a plain digit run. One regex per detector covers both forms (half the regex work of two
 * patterns on every numeric window); the validator picks the score.
 */
export function scoreByFormat(value: string, grouped: number, bare: number): number {
  return /\D/.test(value) ? grouped : bare;
}

/** Number words skipped when reading the field noun before a value: `account number:`, `n°`, `No.`. */
const NUMBER_WORDS = new Set(['number', 'numbers', 'no', 'nos', 'nr', 'n°', 'nº', 'num', 'nummer', 'numéro', 'numéros', 'numero', 'número', 'números']);

function isLetterOrDegree(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f) || c === 0xb0 || c === 0xba;
}

/** Blanks and label punctuation between a field noun and its value (`: = # . - – ( " ' > _`); not `,` `|` or a tab, which end a field. */
function isLabelGlue(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 58 || c === 61 || c === 35 || c === 46 || c === 45 || c === 0x2013 || c === 40 || c === 34 || c === 39 || c === 62 || c === 95;
}

/**
 * The noun that names the value, read right before it (lower case): `account` in `account 019427690`,
 * `Account number: 62455526` and `account_no=…`; `référence` in `Les références 0689-442-690`;
 * `nhsnumber` in `<NHSNumber>`. Number words are skipped; a comma, a pipe, a tab or a line break ends
 * the search (the word before belongs to another field). A char loop over at most 48 chars.
 */
export function fieldNounBefore(before: string): string | undefined {
  let end = before.length;
  const stop = Math.max(0, before.length - 48);
  for (let words = 0; words < 3; words++) {
    while (end > stop && isLabelGlue(before.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > stop && isLetterOrDegree(before.charCodeAt(start - 1))) start--;
    if (start === end) return undefined;
    const word = before.slice(start, end).toLowerCase();
    if (!NUMBER_WORDS.has(word)) return word;
    end = start;
  }
  return undefined;
}

/**
 * Nouns of fields that hold other numbers than personal IDs: bank accounts, orders, invoices,
 * references, tickets, articles. A checksum passes by chance one time in ten, so in "routing number
 * 126605114, account 019427690" or "TFN: … Account number: 62455526" the routing or TFN word nearby
 * must not make the account number one.
 */
const OTHER_FIELD_NOUNS = new Set([
  'account', 'accounts', 'acct', 'accountnumber', 'konto', 'kontonummer', 'compte', 'cuenta', 'conto', 'rekening', 'rekeningnummer',
  'order', 'orders', 'ordernumber', 'commande', 'pedido', 'bestellung', 'bestellnummer', 'invoice', 'facture', 'factura', 'rechnung',
  'rechnungsnummer', 'ref', 'réf', 'reference', 'references', 'référence', 'références', 'referencia', 'referencias', 'referenz',
  'ticket', 'case', 'dossier', 'expediente', 'aktenzeichen', 'part', 'parts', 'article', 'articles', 'artikel', 'artículo', 'artículos',
  'sku', 'serial', 'tracking', 'kundennummer',
]);

/** True when a (lower-case) noun names a field that holds another kind of number (see OTHER_FIELD_NOUNS). */
export function isOtherFieldNoun(noun: string): boolean {
  return OTHER_FIELD_NOUNS.has(noun);
}

/** True when the noun right before the value names a field that holds another kind of number (see OTHER_FIELD_NOUNS). */
export function otherFieldBefore(before: string): boolean {
  const noun = fieldNounBefore(before);
  return noun !== undefined && OTHER_FIELD_NOUNS.has(noun);
}

/**
 * True when `before` ends with the first groups of an IBAN (`GB09 JNXC `, `IBAN PT97 `, `IT42 P045 `):
 * the digits that follow belong to it, so a mistyped IBAN is no card and no phone.
 */
export function afterIbanGroups(before: string): boolean {
  // Cheap first: an IBAN group ends with a blank right before the value (CSV cells end with `,`).
  return before.charCodeAt(before.length - 1) === 32 && IBAN_HEAD.test(before.slice(-40));
}
const IBAN_HEAD = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: [A-Z0-9]{4})* $/;
