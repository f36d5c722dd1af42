import type { Detector } from '../../types';
import { swiftBicValid } from '../../validators/swift-bic';
import { isolated } from './shared';

const BANK_WORDS = ['swift', 'bic', 'iban', 'bank', 'banque', 'banco', 'bancaire', 'bancario'];
/** Whole-word SWIFT/BIC/IBAN labels ("public" contains "bic"). */
const SWIFT_LABEL = /(?:^|[^a-z])(?:swift|bic|iban)(?:[^a-z]|$)/i;

/** A bank word as a whole word or the start of one (`bank`, `bankverbindung`, `bic_code`; not `public`). */
const BANK_WORD = /(?:^|[^a-z])(?:swift|bic|iban|bank|banque|banco|bancaire|bancario)/i;

/** The part of `before` inside the value's own field: after the last `,` `;` `|` tab, line break, `{` or `[`. */
function ownField(before: string): string {
  let i = before.length;
  while (i > 0) {
    const c = before.charCodeAt(i - 1);
    if (c === 44 || c === 59 || c === 124 || c === 9 || c === 10 || c === 123 || c === 91) break;
    i--;
  }
  return before.slice(i);
}

/**
 * SWIFT/BIC codes (ISO 9362) next to a bank word. All-letter candidates ("CUSTOMER" reads as bank
 * CUST, Oman, location ER) must sit next to an explicit SWIFT/BIC/IBAN label, not merely "bank".
 */
export const swiftBic: Detector = {
  id: 'swift-bic',
  type: 'SWIFT_BIC',
  category: 'FINANCIAL',
  severity: 'low',
  description: 'SWIFT/BIC bank code (ISO 9362 structure, next to a bank label)',
  // A `bic` / `swift` column header opens its column.
  anchor: { keywords: BANK_WORDS, columns: true },
  patterns: [{ name: 'bic', regex: /(?<![A-Za-z0-9])[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Za-z0-9])/g, score: 0.6 }],
  validate: (value, info) => {
    if (!isolated(info) || !swiftBicValid(value)) return false;
    const letters = !/\d/.test(value);
    const label = info.label();
    if (label !== undefined) {
      // In a field (a table cell, a key, a `Label:`), its own label or words inside the field are the
      // context: the `iban` header of the next column says nothing about `HOFFMANN` under `nachname`.
      const own = `${label} ${ownField(info.before)}`;
      return (letters ? SWIFT_LABEL.test(own) : BANK_WORD.test(own)) && 0.75;
    }
    if (letters && !SWIFT_LABEL.test(`${info.before} ${info.after.slice(0, 16)}`)) return false;
    return 0.75;
  },
  context: { words: BANK_WORDS, required: true, boost: 0.15 },
  examples: {
    match: [
      'SWIFT: DEUTDEFF',
      'BIC NWBKGB2L',
      'Bank: BNP Paribas, BIC/SWIFT BNPAFRPPXXX',
      'bank code CHASUS33',
      // All-letter codes in a `bic` column, rows far below the header.
      `name;iban;bic\n${'Acme;DE89370400440532013000;COBADEFF\n'.repeat(5)}Globex;FR1420041010050500013M02606;DEUTDEFF`,
      'Payment details: BIC DEUTDEFF',
      '{"bank": {"bic": "COBADEFF", "owner": "Acme"}}',
    ],
    noMatch: [
      'SWIFT: DEUTXXFF',
      'bank CUSTOMER service',
      'public DEUTDEFF',
      'BIC deutdeff',
      'bank SECURITY team',
      `name;bic;status\n${'Acme;;PENDING\n'.repeat(5)}Globex;;CUSTOMER`,
      // A bank header is context for its own column only, not for a surname in the same row.
      'id,nachname,iban,bank\n1,HOFFMANN,DE89370400440532013000,Deutsche Bank',
    ],
  },
};
