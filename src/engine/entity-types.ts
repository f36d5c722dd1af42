import type { Category } from './types';

/**
 * The built-in entity types: the product's vocabulary, used by policy (`actions`), history, the CLI and
 * reports. Several detectors may report the same type (e.g. ES_DNI covers DNI and NIE).
 */
export const ENTITY_CATEGORIES = {
  EMAIL: 'PII',
  PHONE: 'PII',
  IP_ADDRESS: 'PII',
  MAC_ADDRESS: 'PII',
  DATE_OF_BIRTH: 'PII',
  /** People's names (src/engine/people). */
  PERSON: 'PII',
  /** Street addresses (src/engine/addresses). */
  POSTAL_ADDRESS: 'PII',
  CREDIT_CARD: 'FINANCIAL',
  IBAN: 'FINANCIAL',
  US_BANK_ROUTING: 'FINANCIAL',
  SWIFT_BIC: 'FINANCIAL',
  US_SSN: 'GOVERNMENT_ID',
  US_ITIN: 'GOVERNMENT_ID',
  UK_NINO: 'GOVERNMENT_ID',
  UK_NHS: 'GOVERNMENT_ID',
  FR_NIR: 'GOVERNMENT_ID',
  DE_TAX_ID: 'GOVERNMENT_ID',
  ES_DNI: 'GOVERNMENT_ID',
  IT_FISCAL_CODE: 'GOVERNMENT_ID',
  NL_BSN: 'GOVERNMENT_ID',
  BR_CPF: 'GOVERNMENT_ID',
  BR_CNPJ: 'GOVERNMENT_ID',
  IN_AADHAAR: 'GOVERNMENT_ID',
  CA_SIN: 'GOVERNMENT_ID',
  AU_TFN: 'GOVERNMENT_ID',
  AWS_ACCESS_KEY: 'SECRET',
  AWS_SECRET_KEY: 'SECRET',
  GITHUB_TOKEN: 'SECRET',
  GITLAB_TOKEN: 'SECRET',
  SLACK_TOKEN: 'SECRET',
  SLACK_WEBHOOK: 'SECRET',
  STRIPE_KEY: 'SECRET',
  OPENAI_KEY: 'SECRET',
  ANTHROPIC_KEY: 'SECRET',
  GOOGLE_API_KEY: 'SECRET',
  AZURE_STORAGE_KEY: 'SECRET',
  AZURE_CONNECTION_STRING: 'SECRET',
  JWT: 'SECRET',
  PRIVATE_KEY: 'SECRET',
  DB_CONNECTION_STRING: 'SECRET',
  PASSWORD_ASSIGNMENT: 'SECRET',
  GENERIC_SECRET: 'SECRET',
  /** Provider-specific secrets ported from gitleaks' default rules (detector id says which provider). */
  API_TOKEN: 'SECRET',
  CUSTOM: 'CUSTOM',
} as const satisfies Record<string, Category>;

export type BuiltInEntityType = keyof typeof ENTITY_CATEGORIES;
