import type { Detector } from '../../types';
import { itFiscalCodeValid } from '../../validators/it-fiscal-code';
import { contextWords, isolated } from './shared';

/**
 * The middle of a codice fiscale: year, month letter, day, Belfiore letter + 3 digits, check letter,
 * matched from the year's second digit (the first is checked by the look-behind): V8 then looks for a
 * digit and a month letter side by side, far rarer than two digits in logs. 18 → 7.8 ms on the bench's
 * 10 MB of mixed text (3.0 → 1.9 ms on its 1 MB customer table) against `\d\d[ABCDEHLMPRST]…`, the
 * same matches one char later. The 6 name letters are checked backwards from each hit in `fiscalCodeSpans`.
 */
const MIDDLE = /\d[ABCDEHLMPRST](?<=\d\d[ABCDEHLMPRST])\d\d[A-Z]\d{3}[A-Z]/g;

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** [start, end) of upper-case codici fiscali in `s`: six letters, then MIDDLE, not glued to other letters/digits. */
export function fiscalCodeSpans(s: string): [number, number][] {
  const out: [number, number][] = [];
  MIDDLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MIDDLE.exec(s))) {
    const year = m.index - 1;
    const start = year - 6;
    const end = year + 10;
    if (start < 0 || isAlnum(s.charCodeAt(start - 1)) || isAlnum(s.charCodeAt(end))) continue;
    let letters = true;
    for (let k = start; k < year; k++) if (!isUpper(s.charCodeAt(k))) letters = false;
    if (letters) out.push([start, end]);
  }
  return out;
}

/**
 * Italian codice fiscale (persons): 16 characters with a check letter. Written in capitals, as on the
 * tessera sanitaria. Anchor: full text through `fiscalCodeSpans` (its digits are runs of 2–3, too short
 * for the numeric lexer). Not seen: lower-case codes and omocodic codes (letters in place of digits,
 * a few per million people).
 */
export const itFiscalCode: Detector = {
  id: 'it-fiscal-code',
  type: 'IT_FISCAL_CODE',
  category: 'GOVERNMENT_ID',
  severity: 'high',
  description: 'Italian fiscal code (codice fiscale, check letter)',
  anchor: { full: true },
  patterns: [],
  match: fiscalCodeSpans,
  validate: (value, info) => isolated(info) && itFiscalCodeValid(value) && 0.9,
  context: { words: contextWords('codice fiscale', 'cod. fisc', 'c.f.', 'cf:', 'fiscal code', 'tax code'), boost: 0.1 },
  maxLength: 16,
  examples: {
    match: ['Codice fiscale: RCCMNL83S18D969H', 'CF RSSMRA85T10A562S', 'cliente CNTCHR83T41D969D registrato'],
    noMatch: ['CF RCCMNL83S18D969A', 'sku ABCDEF12G34H567I', 'code RSSMRA85Z10A562S', 'id XRSSMRA85T10A562S'],
  },
};
