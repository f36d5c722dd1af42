import type { Detector } from '../../types';
import { caSinValid } from '../../validators/ca-sin';
import { digitsOf } from '../../validators/digits';
import { contextWords, isolated, NUM_END, NUM_START, otherFieldBefore, scoreByFormat, unglued } from './shared';

/**
 * Canadian Social Insurance numbers. Luhn passes 10% of 9-digit numbers and "123 456 789" is also how
 * French and German write large numbers, so every form needs a SIN word nearby.
 */
export const caSin: Detector = {
  id: 'ca-sin',
  type: 'CA_SIN',
  category: 'GOVERNMENT_ID',
  severity: 'high',
  description: 'Canadian Social Insurance number (Luhn, with a SIN word)',
  anchor: { numeric: { minDigits: 9, maxDigits: 9, offer: unglued, groups: [[3, 3, 3], [9]] } },
  patterns: [{ name: '3-3-3', regex: new RegExp(`${NUM_START}\\d{3}([ \\-]?)\\d{3}\\1\\d{3}${NUM_END}`, 'g'), score: 0.4 }],
  validate: (value, info) => isolated(info) && !otherFieldBefore(info.before) && caSinValid(digitsOf(value)) && scoreByFormat(value, 0.45, 0.4),
  context: { words: contextWords('sin:', 'sin ', 'sin"', 'sin#', 'sin no', '(sin)', 'social insurance', 'assurance sociale', 'nas:', 'nas '), boost: 0.3 },
  maxLength: 11,
  examples: {
    match: ['SIN: 123-456-782', 'social insurance number 130 692 544', "numéro d'assurance sociale 946454287"],
    noMatch: ['SIN: 046-454-286', 'sin 823 456 785', 'total 123 456 782 €', 'SIN 130-692-545'],
  },
};
