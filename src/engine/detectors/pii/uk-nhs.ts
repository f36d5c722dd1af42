import type { Detector } from '../../types';
import { digitsOf } from '../../validators/digits';
import { ukNhsValid } from '../../validators/uk-nhs';
import { contextWords, isolated, NUM_END, NUM_START, otherFieldBefore, scoreByFormat, unglued } from './shared';

/**
 * NHS numbers. The mod-11 check passes ~9% of random 10-digit numbers and the 3-3-4 grouping is
 * also a US phone format, so both patterns score below threshold and need a health word nearby.
 */
export const ukNhs: Detector = {
  id: 'uk-nhs',
  type: 'UK_NHS',
  category: 'GOVERNMENT_ID',
  severity: 'high',
  description: 'UK NHS number (mod-11 check, with a health context word)',
  anchor: { numeric: { minDigits: 10, maxDigits: 10, offer: unglued, groups: [[3, 3, 4], [10]] } },
  patterns: [{ name: '3-3-4', regex: new RegExp(`${NUM_START}\\d{3}([ \\-]?)\\d{3}\\1\\d{4}${NUM_END}`, 'g'), score: 0.4 }],
  validate: (value, info) => isolated(info) && !otherFieldBefore(info.before) && ukNhsValid(digitsOf(value)) && scoreByFormat(value, 0.45, 0.4),
  context: { words: contextWords('nhs', 'health service', 'patient', 'hospital', 'gp surgery', 'chi number'), boost: 0.3 },
  maxLength: 12,
  examples: {
    match: ['NHS number: 943 476 5919', 'nhs no 9434765870', 'Patient 401-023-2137 admitted'],
    noMatch: ['NHS number: 943 476 5918', 'call 943 476 5919', 'id 9434765919', 'NHS 1111111111'],
  },
};
