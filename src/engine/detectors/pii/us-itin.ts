import type { Detector } from '../../types';
import { digitsOf } from '../../validators/digits';
import { usItinValid } from '../../validators/us-itin';
import { contextWords, isolated, NUM_END, NUM_START, otherFieldBefore, scoreByFormat, unglued } from './shared';

/** US Individual Taxpayer Identification numbers (9XX-GG-SSSS with IRS group ranges). */
export const usItin: Detector = {
  id: 'us-itin',
  type: 'US_ITIN',
  category: 'GOVERNMENT_ID',
  severity: 'high',
  description: 'US Individual Taxpayer Identification number (IRS group ranges)',
  anchor: { numeric: { minDigits: 9, maxDigits: 9, offer: unglued, groups: [[3, 2, 4], [9]] } },
  // Dashed is reported alone (0.6); spaced (0.4) and bare (0.3) need an ITIN word.
  patterns: [{ name: '3-2-4', regex: new RegExp(`${NUM_START}9\\d{2}([ \\-]?)\\d{2}\\1\\d{4}${NUM_END}`, 'g'), score: 0.3 }],
  validate: (value, info) =>
    isolated(info) && !otherFieldBefore(info.before) && usItinValid(digitsOf(value)) && (value.includes('-') ? 0.6 : scoreByFormat(value, 0.4, 0.3)),
  context: { words: contextWords('itin', 'taxpayer', 'tax id', 'tin:', 'tin#'), boost: 0.3 },
  maxLength: 11,
  examples: {
    match: ['ITIN: 912-70-1234', 'itin 912 78 1234', 'taxpayer id 900501234', 'file with 945-92-1234 attached'],
    noMatch: ['ITIN: 912-69-1234', 'itin 912-93-1234', 'ref 812-70-1234', 'order 912701234'],
  },
};
