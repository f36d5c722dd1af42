import type { Detector } from '../../types';
import { digitsOf } from '../../validators/digits';
import { nlBsnValid } from '../../validators/nl-bsn';
import { contextWords, isolated, NUM_END, NUM_START, otherFieldBefore, unglued } from './shared';

/** Dutch citizen service numbers (BSN). The 11-proof passes ~9% of 9-digit numbers: needs a BSN word. */
export const nlBsn: Detector = {
  id: 'nl-bsn',
  type: 'NL_BSN',
  category: 'GOVERNMENT_ID',
  severity: 'high',
  description: 'Dutch citizen service number (BSN, 11-proof, with a BSN word)',
  anchor: { numeric: { minDigits: 9, maxDigits: 9, offer: unglued, groups: [[4, 2, 3], [3, 3, 3], [9]] } },
  // 1112.22.333 (the usual print form), 111 222 333, 111222333.
  patterns: [{ name: 'bsn', regex: new RegExp(`${NUM_START}(?:\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3}([ \\-]?)\\d{3}\\1\\d{3})${NUM_END}`, 'g'), score: 0.4 }],
  validate: (value, info) => isolated(info) && !otherFieldBefore(info.before) && nlBsnValid(digitsOf(value)),
  // Prose and column names (`bsn`, `BSN-nummer`, `burgerservicenummer`, `sofi_nr`). A `national_id`
  // column of a customer export mixes countries: an 11-proof 9-digit number there is a national ID
  // whatever else it could be, and the BSN is the one that has that shape.
  context: {
    words: contextWords('bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'sofinr', 'sofi nr', 'citizen service number', 'national id', 'national identification number'),
    boost: 0.3,
  },
  maxLength: 11,
  examples: {
    match: ['BSN: 111222333', 'burgerservicenummer 1112.22.333', 'bsn 123 456 782', 'customer_id,national_id\nC1,111222333\nC2,123456782'],
    noMatch: ['BSN: 111252333', 'order 111222333', 'bsn 123456789', 'customer_id,order_id\nC1,111222333'],
  },
};
