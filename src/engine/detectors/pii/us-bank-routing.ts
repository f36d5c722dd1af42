import type { Detector } from '../../types';
import { abaRoutingValid } from '../../validators/aba-routing';
import { NUM_END, NUM_START, contextWords, isolated, otherFieldBefore } from './shared';

/** Labels of a US routing number. `aba` only with punctuation: bare "aba" is inside "database". */
const ROUTING_WORDS = contextWords('routing', 'aba ', 'aba:', 'aba#', 'aba)', 'aba/', 'aba"', 'rtn', 'transit number', 'transit no', 'transit #', 'bank code');

/** US bank routing numbers (ABA RTN): 3-7-1 checksum and Federal Reserve prefix, only next to a routing word. */
export const usBankRouting: Detector = {
  id: 'us-bank-routing',
  type: 'US_BANK_ROUTING',
  category: 'FINANCIAL',
  severity: 'medium',
  description: 'US bank routing number (ABA checksum, next to a routing label)',
  // A `routing_number` column header opens its column.
  anchor: { keywords: ROUTING_WORDS, columns: true },
  patterns: [{ name: 'aba', regex: new RegExp(`${NUM_START}\\d{9}${NUM_END}`, 'g'), score: 0.6 }],
  validate: (value, info) => isolated(info) && !otherFieldBefore(info.before) && abaRoutingValid(value) && 0.75,
  context: { words: ROUTING_WORDS, required: true, boost: 0.15 },
  examples: {
    match: ['Routing number: 021000021', 'ABA: 121000248, account 12345678', 'wire to RTN 011000015', 'name,routing_number\nAcme,021000021\nGlobex,121000248'],
    noMatch: ['Routing number: 021000022', 'order 021000021 shipped', 'routing 501000025', 'database 021000021', 'order_id,amount\n021000021,12.50', 'Account number: 121000248, see the routing sheet'],
  },
};
