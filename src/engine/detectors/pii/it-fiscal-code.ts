import type { Detector } from '../../types';
import { itFiscalCodeValid } from '../../validators/it-fiscal-code';
import { contextWords, isolated } from './shared';

/**
 * The middle of a codice fiscale: year, month letter, day, Belfiore letter + 3 digits, check letter.
 * Starting on two digits keeps V8's scan cheap (~2 ms on 10 MB); the 6 name letters are checked
 * backwards from each hit in `fiscalCodeSpans`.
 */
const MIDDLE = /\d\d[ABCDEHLMPRST]\d\d[A-Z]\d{3}[A-Z]/g;

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
    const start = m.index - 6;
    const end = m.index + 10;
    if (start < 0 || isAlnum(s.charCodeAt(start - 1)) || isAlnum(s.charCodeAt(end))) continue;
    let letters = true;
    for (let k = start; k < m.index; k++) if (!isUpper(s.charCodeAt(k))) letters = false;
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
