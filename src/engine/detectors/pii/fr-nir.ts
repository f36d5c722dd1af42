import type { Detector } from '../../types';
import { frNirValid } from '../../validators/fr-nir';
import { contextWords, isolated } from './shared';

/**
 * `offer` rule: the NIR's 15 digits are one span (its separators are single blanks or dots), unless a
 * Corsican `2A`/`2B` splits it: then the last 8 digits are a span right after the letter (and a blank
 * or dot). Dates, times and log numbers of 8–14 digits are offered no more.
 */
function nirSpan(text: string, start: number, end: number, digits: number): boolean {
  if (digits >= 15) return true;
  const c = text.charCodeAt(start - 1);
  const letter = (c === 32 || c === 46 ? text.charCodeAt(start - 2) : c) | 32; // lower-cased
  return letter === 97 || letter === 98;
}

/** French social security numbers (NIR), compact or spaced, Corsica 2A/2B included. */
export const frNir: Detector = {
  id: 'fr-nir',
  type: 'FR_NIR',
  category: 'GOVERNMENT_ID',
  severity: 'high',
  description: 'French social security number (NIR, key = 97 − n mod 97)',
  // 15 digits in one span; a Corsican "2A"/"2B" splits it, but commune + order + key (8 digits)
  // stay one span and the window around it reaches the start.
  anchor: { numeric: { minDigits: 8, maxDigits: 15, offer: nirSpan } },
  patterns: [
    {
      name: 'nir',
      regex: /(?<![\w.\-\/])[1-478][ .]?\d{2}[ .]?\d{2}[ .]?(?:\d{2}|2[ABab])[ .]?\d{3}[ .]?\d{3}[ .]?\d{2}(?![\w]|[.\-\/]\d)/g,
      score: 0.85,
    },
  ],
  validate: (value, info) => isolated(info) && frNirValid(value),
  context: { words: contextWords('sécurité sociale', 'securite sociale', 'sécu', 'secu', 'nir', 'insee', 'carte vitale', 'social security'), boost: 0.1 },
  maxLength: 21,
  examples: {
    match: ['N° sécu : 2 95 10 99 126 111 93', 'NIR 255081416802538', 'assuré 1 84 02 2A 123 456 34', 'numéro 253072B07300470 sur la carte'],
    noMatch: ['NIR 2 95 10 99 126 111 94', 'ref 555081416802538', 'id 295139912611193', 'total 295109912611193999'],
  },
};
