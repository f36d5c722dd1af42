import type { Detector } from '../../types';
import { esDniValid } from '../../validators/es-dni';
import { codeAfter, codeBefore, isAsciiLetter } from '../../numeric-spans';
import { contextWords, isolated } from './shared';

/** `offer` rule of the DNI: its span (all 8 digits) is followed by the letter, after a dash or a blank at most. */
function letterAfter(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end);
  return isAsciiLetter(c === 45 || c === 32 ? text.charCodeAt(end + 1) : c);
}

/** `offer` rule of the NIE: its span (the 7 digits) is led by X, Y or Z and followed by the letter (dashes optional). */
function nieLetters(text: string, start: number, end: number): boolean {
  const lead = codeBefore(text, start, 45) | 32; // lower-cased
  return (lead === 120 || lead === 121 || lead === 122) && isAsciiLetter(codeAfter(text, end, 45));
}

const ES_WORDS = contextWords('dni', 'nif', 'nie', 'documento nacional', 'identidad', 'extranjero', 'd.n.i');

/** Spanish DNI/NIF: 8 digits and the mod-23 letter (`12345678Z`, `12.345.678-Z`). */
export const esDni: Detector = {
  id: 'es-dni',
  type: 'ES_DNI',
  category: 'GOVERNMENT_ID',
  severity: 'high',
  description: 'Spanish DNI/NIF (mod-23 check letter)',
  // The letter ends the digits' span: it always has exactly 8 digits (no slack needed).
  anchor: { numeric: { minDigits: 8, maxDigits: 8, slack: 0, offer: letterAfter } },
  patterns: [
    {
      name: 'dni',
      // A letter after a space must be upper-case: "took 12345678 s" is a duration, not a DNI.
      regex: /(?<![\w.\-\/])\d{2}\.?\d{3}\.?\d{3}(?:-?[A-Za-z]| [A-Z])(?![\w])/g,
      score: 0.8,
    },
  ],
  validate: (value, info) => isolated(info) && esDniValid(value),
  context: { words: ES_WORDS, boost: 0.15 },
  maxLength: 13,
  examples: {
    match: ['DNI: 12345678Z', 'NIF 12.345.678-Z', 'con documento 12345678-z adjunto'],
    noMatch: ['DNI: 12345678A', 'took 12345678 s', 'ts 20240115T103000Z', 'id 00000000T'],
  },
};

/** Spanish NIE (foreigners): X/Y/Z, 7 digits and the mod-23 letter (`X1234567L`). */
export const esNie: Detector = {
  id: 'es-nie',
  type: 'ES_DNI',
  category: 'GOVERNMENT_ID',
  severity: 'high',
  description: 'Spanish NIE (foreigner number, mod-23 check letter)',
  // Letters on both sides: the seven digits are always a lexer span of their own (no slack needed).
  anchor: { numeric: { minDigits: 7, maxDigits: 7, slack: 0, offer: nieLetters } },
  patterns: [{ name: 'nie', regex: /(?<![\w.\-\/])[XYZxyz]-?\d{7}-?[A-Za-z](?![\w])/g, score: 0.8 }],
  validate: (value, info) => isolated(info) && esDniValid(value),
  context: { words: ES_WORDS, boost: 0.15 },
  maxLength: 11,
  examples: {
    match: ['NIE: X1234567L', 'nie x-2482300-w', 'residente Y1234567X en Madrid'],
    noMatch: ['NIE: X1234567A', 'model X12345678L', 'sku Z1234567Q'],
  },
};
