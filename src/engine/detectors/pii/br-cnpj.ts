import type { Detector } from '../../types';
import { brCnpjValid } from '../../validators/br-cnpj';
import { digitsOf } from '../../validators/digits';
import { contextWords, isolated, NUM_END, NUM_START, scoreByFormat, unglued } from './shared';

/** Brazilian CNPJ (company registry number): `12.345.678/0001-95` form, or bare with a CNPJ word. */
export const brCnpj: Detector = {
  id: 'br-cnpj',
  type: 'BR_CNPJ',
  category: 'GOVERNMENT_ID',
  severity: 'medium',
  description: 'Brazilian CNPJ company number (two mod-11 check digits)',
  anchor: { numeric: { minDigits: 14, maxDigits: 14, offer: unglued, groups: [[2, 3, 3, 4, 2], [14]] } },
  // 12.345.678/0001-95 is reported alone (0.9); a bare 14-digit run (0.4) needs a CNPJ word.
  patterns: [{ name: 'cnpj', regex: new RegExp(`${NUM_START}(?:\\d{2}\\.\\d{3}\\.\\d{3}\\/\\d{4}-\\d{2}|\\d{14})${NUM_END}`, 'g'), score: 0.4 }],
  validate: (value, info) => isolated(info) && brCnpjValid(digitsOf(value)) && scoreByFormat(value, 0.9, 0.4),
  context: { words: contextWords('cnpj', 'pessoa jurídica', 'pessoa juridica'), boost: 0.3 },
  maxLength: 18,
  examples: {
    match: ['CNPJ: 16.727.230/0001-97', 'empresa 11.222.333/0001-81', 'cnpj 11444777000161'],
    noMatch: ['CNPJ: 16.727.230/0001-98', 'id 11444777000161', 'cnpj 00.000.000/0000-00'],
  },
};
