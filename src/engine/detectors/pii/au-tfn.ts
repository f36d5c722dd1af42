import type { Detector } from '../../types';
import { auTfnValid } from '../../validators/au-tfn';
import { digitsOf } from '../../validators/digits';
import { contextWords, isolated, NUM_END, NUM_START, otherFieldBefore, unglued } from './shared';

/** Australian Tax File Numbers (weighted mod 11; passes ~9% of numbers, so a TFN word is needed). */
export const auTfn: Detector = {
  id: 'au-tfn',
  type: 'AU_TFN',
  category: 'GOVERNMENT_ID',
  severity: 'high',
  description: 'Australian Tax File Number (weighted mod-11, with a TFN word)',
  anchor: { numeric: { minDigits: 8, maxDigits: 9, offer: unglued, groups: [[3, 3, 2], [3, 3, 3], [8], [9]] } },
  patterns: [{ name: 'tfn', regex: new RegExp(`${NUM_START}\\d{3}([ \\-]?)\\d{3}\\1\\d{2,3}${NUM_END}`, 'g'), score: 0.4 }],
  validate: (value, info) => isolated(info) && !otherFieldBefore(info.before) && auTfnValid(digitsOf(value)),
  context: { words: contextWords('tfn', 'tax file number', 'tax file no'), boost: 0.3 },
  maxLength: 11,
  examples: {
    match: ['TFN: 123 456 782', 'tax file number 876543210', 'tfn 37118629'],
    noMatch: ['TFN: 123 456 789', 'tfn 999 999 999', 'order 123456782'],
  },
};
