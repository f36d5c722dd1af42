import type { Detector } from '../../types';
import { digitsOf } from '../../validators/digits';
import { usSsnValid } from '../../validators/us-ssn';
import { contextWords, isolated, NUM_END, NUM_START, otherFieldBefore, scoreByFormat, unglued } from './shared';

/** US Social Security numbers: 3-2-4 grouped, or with an SSN word nearby when spaced or bare. */
export const usSsn: Detector = {
  id: 'us-ssn',
  type: 'US_SSN',
  category: 'GOVERNMENT_ID',
  severity: 'critical',
  description: 'US Social Security number (SSA area/group/serial rules)',
  anchor: { numeric: { minDigits: 9, maxDigits: 9, offer: unglued, groups: [[3, 2, 4], [9]] } },
  // 536-90-1234 (0.6: reported alone), 536 90 1234 (0.4) and 536901234 (0.3) need an SSN word.
  patterns: [{ name: '3-2-4', regex: new RegExp(`${NUM_START}\\d{3}([ \\-]?)\\d{2}\\1\\d{4}${NUM_END}`, 'g'), score: 0.3 }],
  validate: (value, info) =>
    isolated(info) && !otherFieldBefore(info.before) && usSsnValid(digitsOf(value)) && (value.includes('-') ? 0.6 : scoreByFormat(value, 0.4, 0.3)),
  // Prose and column names (`ssn`, `social_security_number`, `SocSecNo`), also in Spanish (US forms).
  context: { words: contextWords('ssn', 'social security', 'soc sec', 'socsec', 'ss#', 'ss #', 'seguro social'), boost: 0.3 },
  maxLength: 11,
  examples: {
    match: ['SSN: 536-90-1234', 'social security number 536 90 1234', 'ssn 536901234', 'Employee 772-34-5678 onboarding'],
    noMatch: ['SSN: 078-05-1120', 'ssn 666-12-3456', 'ssn 000-12-3456', 'SSN 536-00-1234', 'order 536901234 shipped', 'part 536 90 1234'],
  },
};
