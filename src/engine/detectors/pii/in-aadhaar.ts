import type { Detector } from '../../types';
import { digitsOf } from '../../validators/digits';
import { inAadhaarValid } from '../../validators/in-aadhaar';
import { contextWords, isolated, NUM_END, NUM_START, otherFieldBefore, scoreByFormat, unglued } from './shared';

/** Indian Aadhaar numbers: 12 digits, first 2–9, Verhoeff check (passes ~10%: the 4-4-4 print form is required alone). */
export const inAadhaar: Detector = {
  id: 'in-aadhaar',
  type: 'IN_AADHAAR',
  category: 'GOVERNMENT_ID',
  severity: 'high',
  description: 'Indian Aadhaar number (Verhoeff check)',
  anchor: { numeric: { minDigits: 12, maxDigits: 12, offer: unglued, groups: [[4, 4, 4], [12]] } },
  // Not a slice of a longer grouped number (`2345 6789 0124 5678` is a 16-digit reference, not an Aadhaar).
  patterns: [{ name: '4-4-4', regex: new RegExp(`${NUM_START}(?<!\\d[ \\-])[2-9]\\d{3}([ \\-]?)\\d{4}\\1\\d{4}${NUM_END}(?![ \\-]\\d)`, 'g'), score: 0.4 }],
  validate: (value, info) => isolated(info) && !otherFieldBefore(info.before) && inAadhaarValid(digitsOf(value)) && scoreByFormat(value, 0.55, 0.4),
  context: { words: contextWords('aadhaar', 'aadhar', 'adhaar', 'uidai', 'आधार'), boost: 0.3 },
  maxLength: 14,
  examples: {
    match: ['Aadhaar: 2341 2341 2346', 'my aadhar no is 234123412346', 'KYC doc 4991 1866 5246 verified'],
    noMatch: ['Aadhaar: 2341 2341 2347', 'txn 2341 2341 2346 5678', 'txn 5678 2341 2341 2346', 'aadhaar 1234 1234 1234', 'invoice 234123412346', 'card 4242 4242 4242 4242'],
  },
};
