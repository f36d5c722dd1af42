/**
 * How a "not sensitive" value is normalised before hashing, built on the engine's exact-match
 * normalisations (`src/engine/custom/normalize.ts`), so the same value written another way
 * ("4111 1111 1111 1111" / "4111-1111-1111-1111", "Jane@Example.com ") stays allowed.
 */
import { ENTITY_CATEGORIES } from '../engine/entity-types';
import { normalizeValue } from '../engine/custom/normalize';
import type { Category } from '../engine/types';

/** Types whose value is its digits: separators and spacing vary between writings of the same number. */
const DIGIT_TYPES = new Set([
  'PHONE', 'CREDIT_CARD', 'US_BANK_ROUTING', 'US_SSN', 'US_ITIN', 'UK_NHS', 'DE_TAX_ID', 'NL_BSN',
  'BR_CPF', 'BR_CNPJ', 'IN_AADHAAR', 'CA_SIN', 'AU_TFN',
]);

/** The normalised form that is hashed; empty means "nothing to allow". */
export function normalizeForAllowlist(value: string, type: string): string {
  if (type === 'EMAIL') return normalizeValue(value, 'email');
  if (DIGIT_TYPES.has(type)) return normalizeValue(value, 'digits');
  const category = (ENTITY_CATEGORIES as Readonly<Record<string, Category>>)[type];
  // Secrets are case-sensitive: "abc" and "ABC" are different keys.
  if (category === 'SECRET') return value.trim();
  // IBAN, NINO, fiscal codes…: letters and digits matter, grouping spaces and dashes don't.
  if (category === 'GOVERNMENT_ID' || category === 'FINANCIAL') return normalizeValue(value.replace(/[\s.\-]+/g, ''), 'lowercase');
  return normalizeValue(value, 'lowercase');
}
