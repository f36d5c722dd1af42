/**
 * Builds the templated corpus deterministically: one pass over every positive template and language,
 * then focused documents until each entity type has `MIN_PER_TYPE` labels, then negative documents
 * until they make up `NEGATIVE_SHARE` of the corpus. Each document draws from its own seeded stream.
 */
import type { CorpusDoc, Entity } from './doc';
import type { Pool } from './people';
import { Rng } from './rng';
import { CHAT_MESSAGE } from './templates/chat-message';
import { CODE } from './templates/code';
import { CSV_EXPORT } from './templates/csv-export';
import { CUSTOMER_EMAIL } from './templates/customer-email';
import { CUSTOMER_RECORDS } from './templates/customer-records';
import { ENV_FILE } from './templates/env-file';
import { HR_FORM } from './templates/hr-form';
import { JSON_PAYLOAD } from './templates/json-payload';
import { LETTERS } from './templates/letters';
import { NAME_NEGATIVES } from './templates/name-negatives';
import type { Ctx, Lang, Template } from './templates/kit';
import { SERVER_LOG } from './templates/server-log';
import { SHIPPING } from './templates/shipping';
import { SQL } from './templates/sql';
import { STACK_TRACE } from './templates/stack-trace';
import { SUPPORT_TICKET } from './templates/support-ticket';
import { YAML_CONFIG } from './templates/yaml-config';

/** The entity types the corpus labels (the built-in vocabulary minus API_TOKEN and CUSTOM). */
export const LABELLED_TYPES = [
  'PERSON', 'POSTAL_ADDRESS', 'EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN', 'IP_ADDRESS', 'MAC_ADDRESS', 'US_SSN', 'UK_NINO', 'UK_NHS', 'FR_NIR', 'DE_TAX_ID',
  'ES_DNI', 'IT_FISCAL_CODE', 'NL_BSN', 'BR_CPF', 'BR_CNPJ', 'IN_AADHAAR', 'CA_SIN', 'AU_TFN', 'US_ITIN', 'US_BANK_ROUTING',
  'SWIFT_BIC', 'DATE_OF_BIRTH', 'AWS_ACCESS_KEY', 'AWS_SECRET_KEY', 'GITHUB_TOKEN', 'GITLAB_TOKEN', 'SLACK_TOKEN', 'SLACK_WEBHOOK',
  'STRIPE_KEY', 'OPENAI_KEY', 'ANTHROPIC_KEY', 'GOOGLE_API_KEY', 'AZURE_STORAGE_KEY', 'AZURE_CONNECTION_STRING', 'JWT',
  'PRIVATE_KEY', 'DB_CONNECTION_STRING', 'PASSWORD_ASSIGNMENT', 'GENERIC_SECRET',
] as const;

export const MIN_PER_TYPE = 20;
/**
 * IDs, phones, IPs and birth dates that people paste in tables where the column header is their only
 * context: the corpus holds at least this many such values of each (the header-only slice).
 */
export const SLICE_TYPES = ['NL_BSN', 'CA_SIN', 'AU_TFN', 'UK_NHS', 'US_SSN', 'PHONE', 'IP_ADDRESS', 'DATE_OF_BIRTH'] as const;
export const MIN_PER_SLICE_TYPE = 25;
export const NEGATIVE_SHARE = 0.38;
const ROUNDS = 2;

export const TEMPLATES: readonly Template[] = [
  ...SUPPORT_TICKET, ...CUSTOMER_EMAIL, ...HR_FORM, ...CHAT_MESSAGE, ...ENV_FILE, ...YAML_CONFIG, ...CODE, ...SQL,
  ...STACK_TRACE, ...SERVER_LOG, ...CSV_EXPORT, ...JSON_PAYLOAD, ...CUSTOMER_RECORDS,
  ...LETTERS, ...SHIPPING, ...NAME_NEGATIVES,
];

/** Structural checks every generated document must pass (the test re-checks the committed file). */
export function checkDoc(doc: CorpusDoc): void {
  let prevEnd = -1;
  for (const e of [...doc.entities].sort((a, b) => a.start - b.start)) {
    if (!(e.start >= 0 && e.end > e.start && e.end <= doc.text.length)) throw new Error(`${doc.id}: bad span ${JSON.stringify(e)}`);
    if (e.start < prevEnd) throw new Error(`${doc.id}: overlapping labels at ${e.start}`);
    const value = doc.text.slice(e.start, e.end);
    if (value.trim() !== value) throw new Error(`${doc.id}: label with surrounding whitespace: ${JSON.stringify(value)}`);
    prevEnd = e.end;
  }
}

export interface BuildOptions {
  /**
   * Half of the hand-written name and street pools to draw from (people.ts, addresses.ts). The committed
   * corpus uses 'dev'; 'heldout' gives documents whose people and streets never appear in it.
   */
  readonly pool?: Pool;
}

/**
 * @param seed Prefix for every document's seed. The committed corpus uses ''; any other value gives a
 *   fresh corpus from the same templates (a held-out check that detectors were not tuned to the values).
 *   With `{ pool: 'heldout' }` the names and streets are fresh too.
 */
export function buildCorpus(seed = '', options: BuildOptions = {}): CorpusDoc[] {
  const pool = options.pool ?? 'dev';
  const docs: CorpusDoc[] = [];
  const counters = new Map<string, number>();
  const counts = new Map<string, number>(LABELLED_TYPES.map((t) => [t, 0]));

  const emit = (t: Template, lang: Lang, seedKey: string, focus?: string): CorpusDoc => {
    const c: Ctx = { r: Rng.from(seed + seedKey), lang, focus, pool };
    const piece = t.make(c);
    const key = `${t.kind}-${lang}`;
    const n = (counters.get(key) ?? 0) + 1;
    const entities: Entity[] = [...piece.entities].sort((a, b) => a.start - b.start);
    return { id: `${key}-${String(n).padStart(3, '0')}`, lang, kind: t.kind, text: piece.text, entities };
  };
  const accept = (doc: CorpusDoc): void => {
    checkDoc(doc);
    const key = `${doc.kind}-${doc.lang}`;
    counters.set(key, (counters.get(key) ?? 0) + 1);
    for (const e of doc.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    docs.push(doc);
  };

  const positives = TEMPLATES.filter((t) => t.covers.length > 0);
  const negatives = TEMPLATES.filter((t) => t.covers.length === 0);

  // 1. Every positive template in every language, unfocused.
  for (let round = 0; round < ROUNDS; round++) {
    positives.forEach((t, ti) =>
      t.langs.forEach((lang) => {
        for (let k = 0; k < (t.weight ?? 1); k++) accept(emit(t, lang, `p${round}-${ti}-${t.kind}-${lang}${k ? `-${k}` : ''}`));
      }),
    );
  }

  // 2. Top up the rarest type with focused documents from templates that can place it.
  for (let guard = 0; guard < 5000; guard++) {
    const [type, count] = [...counts.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0];
    if (count >= MIN_PER_TYPE) break;
    const options = positives.filter((t) => t.covers.includes(type)).flatMap((t) => t.langs.map((lang) => [t, lang] as const));
    let placed = false;
    for (let attempt = 0; attempt < 40 && !placed; attempt++) {
      const [t, lang] = options[(count * 7 + attempt) % options.length];
      const doc = emit(t, lang, `f-${type}-${count}-${attempt}`, type);
      if (doc.entities.some((e) => e.type === type)) {
        accept(doc);
        placed = true;
      }
    }
    if (!placed) throw new Error(`no template placed ${type}`);
  }

  // 2b. Top up the header-only slice with focused table documents.
  const sliceCount = (type: string) => docs.reduce((n, doc) => n + doc.entities.filter((e) => e.type === type && e.slice).length, 0);
  for (const type of SLICE_TYPES) {
    const options = positives.filter((t) => t.covers.includes(type) && t.weight).flatMap((t) => t.langs.map((lang) => [t, lang] as const));
    for (let i = 0; sliceCount(type) < MIN_PER_SLICE_TYPE; i++) {
      if (i > 200) throw new Error(`no template placed header-only ${type}`);
      const [t, lang] = options[i % options.length];
      const doc = emit(t, lang, `s-${type}-${i}`, type);
      if (doc.entities.some((e) => e.type === type && e.slice)) accept(doc);
    }
  }

  // 3. Negatives (clean text and hard negatives) up to the target share.
  const negOptions = negatives.flatMap((t) => t.langs.flatMap((lang) => Array.from({ length: t.weight ?? 1 }, () => [t, lang] as const)));
  const clean = () => docs.filter((doc) => doc.entities.length === 0).length;
  for (let i = 0; clean() / docs.length < NEGATIVE_SHARE; i++) {
    const [t, lang] = negOptions[i % negOptions.length];
    accept(emit(t, lang, `n-${i}-${t.kind}-${lang}`));
  }
  return docs;
}

/** One JSON object per line, keys in a fixed order (stable diffs). */
export function toJsonl(docs: readonly CorpusDoc[]): string {
  return docs
    .map((doc) =>
      JSON.stringify({
        id: doc.id,
        lang: doc.lang,
        kind: doc.kind,
        text: doc.text,
        entities: doc.entities.map((e) => (e.slice ? { type: e.type, start: e.start, end: e.end, slice: e.slice } : { type: e.type, start: e.start, end: e.end })),
      }),
    )
    .join('\n') + '\n';
}
