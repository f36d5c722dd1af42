import type { Detector } from '../../types';
import { brCpfValid } from '../../validators/br-cpf';
import { digitsOf } from '../../validators/digits';
import { contextWords, isolated, NUM_END, NUM_START, otherFieldBefore, scoreByFormat, unglued } from './shared';

/** Brazilian CPF (individual taxpayer number): `123.456.789-09` form, or bare with a CPF word. */
export const brCpf: Detector = {
  id: 'br-cpf',
  type: 'BR_CPF',
  category: 'GOVERNMENT_ID',
  severity: 'high',
  description: 'Brazilian CPF (two mod-11 check digits)',
  anchor: { numeric: { minDigits: 11, maxDigits: 11, offer: unglued, groups: [[3, 3, 3, 2], [11]] } },
  // 123.456.789-09 is reported alone (0.9); a bare 11-digit run (0.4) needs a CPF word.
  patterns: [{ name: 'cpf', regex: new RegExp(`${NUM_START}(?:\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}|\\d{11})${NUM_END}`, 'g'), score: 0.4 }],
  validate: (value, info) => isolated(info) && !otherFieldBefore(info.before) && brCpfValid(digitsOf(value)) && scoreByFormat(value, 0.9, 0.4),
  context: { words: contextWords('cpf', 'cadastro de pessoas', 'contribuinte'), boost: 0.3 },
  maxLength: 14,
  examples: {
    match: ['CPF: 390.533.447-05', 'cliente 111.444.777-35', 'cpf 52998224725'],
    noMatch: ['CPF: 231.002.999-00', 'cpf 111.111.111-11', 'pedido 52998224725', 'v 390.533.447-06'],
  },
};
