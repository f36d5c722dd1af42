/**
 * Precision and recall of the whole engine on our labelled corpus of realistic chat prompts
 * (test/corpus/prompts.jsonl, templated, and test/corpus/handwritten.jsonl).
 *
 * A finding is a true positive when its type equals a labelled entity's type and their spans overlap
 * (each label matched at most once); any other finding is a false positive; unmatched labels are false
 * negatives. Types with at least MIN_LABELS labels must reach MIN_SCORE precision and recall.
 *
 * The first block checks the corpus itself, so a failing accuracy number is never a broken label.
 */
import { describe, expect, it } from 'vitest';
import { ENTITY_CATEGORIES } from '../../src/engine/entity-types';
import { scan } from '../../src/engine/scan';
import type { Finding } from '../../src/engine/types';
import { buildCorpus, checkDoc, LABELLED_TYPES, toJsonl } from '../corpus/build-corpus';
import * as C from '../corpus/checksums';
import type { CorpusDoc, Entity } from '../corpus/doc';
import { buildHandwritten } from '../corpus/handwritten';
import { loadCorpus, parseJsonl, readCorpusFile } from '../corpus/load';

const MIN_LABELS = 5;
const MIN_SCORE = 0.97;
/** Error examples printed per type and direction, so the log stays readable. */
const MAX_EXAMPLES = 8;

const docs = loadCorpus();

/** Checksum or structure rule each labelled value of a type must satisfy. */
const VALUE_RULES: Partial<Record<string, (v: string) => boolean>> = {
  CREDIT_CARD: C.luhnValid,
  IBAN: C.ibanValid,
  US_BANK_ROUTING: C.abaValid,
  SWIFT_BIC: C.bicValid,
  US_SSN: C.ssnValid,
  US_ITIN: C.itinValid,
  UK_NINO: C.ninoValid,
  UK_NHS: C.nhsValid,
  FR_NIR: C.nirValid,
  DE_TAX_ID: C.steuerIdValid,
  ES_DNI: C.esIdValid,
  IT_FISCAL_CODE: C.cfValid,
  NL_BSN: C.bsnValid,
  BR_CPF: C.cpfValid,
  BR_CNPJ: C.cnpjValid,
  IN_AADHAAR: C.aadhaarValid,
  CA_SIN: C.sinValid,
  AU_TFN: C.tfnValid,
  // Obviously fake: reserved example domains only (RFC 2606).
  EMAIL: (v) => /@(?:[a-z0-9-]+\.)*example\.(?:com|org|net)$/i.test(v),
  GITHUB_TOKEN: (v) => v.startsWith('github_pat_') || C.githubClassicValid(v),
  JWT: (v) => {
    try {
      return typeof JSON.parse(C.base64UrlDecode(v.split('.')[0])).alg === 'string';
    } catch {
      return false;
    }
  },
  AWS_ACCESS_KEY: (v) => /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v) && !v.includes('EXAMPLE'),
  PRIVATE_KEY: (v) => v.startsWith('-----BEGIN ') && v.includes('PRIVATE KEY-----'),
};

describe('labelled corpus is sound', () => {
  it('has the documented shape, unique ids and the four languages', () => {
    const ids = new Set<string>();
    for (const doc of docs) {
      expect(typeof doc.id).toBe('string');
      expect(ids.has(doc.id), `duplicate id ${doc.id}`).toBe(false);
      ids.add(doc.id);
      expect(['en', 'fr', 'de', 'es']).toContain(doc.lang);
      expect(doc.kind).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(typeof doc.text).toBe('string');
      expect(Array.isArray(doc.entities)).toBe(true);
    }
    expect(new Set(docs.map((d) => d.lang)).size).toBe(4);
  });

  it('labels are non-empty spans inside the text, of known types, not overlapping', () => {
    for (const doc of docs) {
      for (const e of doc.entities) {
        expect(Object.keys(e).sort(), doc.id).toEqual(['end', 'start', 'type']);
        expect(e.type in ENTITY_CATEGORIES, `${doc.id}: unknown type ${e.type}`).toBe(true);
        expect(Number.isInteger(e.start) && Number.isInteger(e.end), doc.id).toBe(true);
        expect(e.start >= 0 && e.start < e.end && e.end <= doc.text.length, `${doc.id}: span ${e.start}-${e.end}`).toBe(true);
      }
      expect(() => checkDoc(doc)).not.toThrow();
    }
  });

  it('labelled values pass their checksum or structure rule', () => {
    const bad: string[] = [];
    for (const doc of docs) {
      for (const e of doc.entities) {
        const rule = VALUE_RULES[e.type];
        const value = doc.text.slice(e.start, e.end);
        if (rule && !rule(value)) bad.push(`${doc.id} ${e.type} ${value}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('covers every type at least 15 times, with at least a third of documents label-free', () => {
    const counts = countLabels(docs);
    for (const type of LABELLED_TYPES) expect(counts.get(type) ?? 0, type).toBeGreaterThanOrEqual(15);
    const clean = docs.filter((d) => d.entities.length === 0).length;
    expect(clean / docs.length).toBeGreaterThanOrEqual(1 / 3);
    expect(docs.filter((d) => d.id.startsWith('hw-')).length).toBeGreaterThanOrEqual(40);
  });

  it('committed JSONL files are exactly what the generator writes (run: npx tsx test/corpus/generate.ts)', () => {
    expect(readCorpusFile('prompts.jsonl') === toJsonl(buildCorpus())).toBe(true);
    expect(readCorpusFile('handwritten.jsonl') === toJsonl(buildHandwritten())).toBe(true);
    expect(parseJsonl(toJsonl(buildHandwritten()), 'handwritten').length).toBe(buildHandwritten().length);
  });
});

interface Tally {
  labels: number;
  tp: number;
  fp: number;
  fn: number;
  fpExamples: string[];
  fnExamples: string[];
}

function countLabels(list: readonly CorpusDoc[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of list) for (const e of doc.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return counts;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** One-line excerpt around a span, the span in ⟦…⟧. */
function excerpt(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 40), start);
  const value = text.slice(start, end);
  const after = text.slice(end, end + 25);
  const shortValue = value.length > 70 ? `${value.slice(0, 40)}…${value.slice(-20)}` : value;
  return `${before}⟦${shortValue}⟧${after}`.replace(/\s+/g, ' ');
}

/** Matches findings to labels of one document; returns per-type tallies. */
function matchDoc(doc: CorpusDoc, findings: readonly Finding[], tallies: Map<string, Tally>): void {
  const tally = (type: string): Tally => {
    let t = tallies.get(type);
    if (!t) tallies.set(type, (t = { labels: 0, tp: 0, fp: 0, fn: 0, fpExamples: [], fnExamples: [] }));
    return t;
  };
  const matched = new Set<Entity>();
  for (const e of doc.entities) tally(e.type).labels++;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    let best: Entity | undefined;
    for (const e of doc.entities) {
      if (e.type !== f.type || matched.has(e) || overlap(e, f) <= 0) continue;
      if (!best || overlap(e, f) > overlap(best, f)) best = e;
    }
    const t = tally(f.type);
    if (best) {
      matched.add(best);
      t.tp++;
    } else {
      t.fp++;
      const label = doc.entities.find((e) => overlap(e, f) > 0);
      if (t.fpExamples.length < MAX_EXAMPLES) {
        t.fpExamples.push(`${doc.id} [${f.detector} ${f.score.toFixed(2)}${label ? `, overlaps ${label.type} label` : ''}] ${excerpt(doc.text, f.start, f.end)}`);
      }
    }
  }
  for (const e of doc.entities) {
    if (matched.has(e)) continue;
    const t = tally(e.type);
    t.fn++;
    const other = findings.find((f) => overlap(e, f) > 0);
    if (t.fnExamples.length < MAX_EXAMPLES) {
      t.fnExamples.push(`${doc.id}${other ? ` [found as ${other.type} by ${other.detector}]` : ''} ${excerpt(doc.text, e.start, e.end)}`);
    }
  }
}

const ratio = (num: number, den: number) => (den === 0 ? 1 : num / den);

function formatTable(tallies: Map<string, Tally>): string {
  const rows = [...tallies.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  const head = `${'type'.padEnd(24)} ${'labels'.padStart(6)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}`;
  const lines = rows.map(([type, t]) => {
    const p = ratio(t.tp, t.tp + t.fp);
    const r = ratio(t.tp, t.labels);
    const flag = t.labels >= MIN_LABELS && (p < MIN_SCORE || r < MIN_SCORE) ? '  ✗' : '';
    return `${type.padEnd(24)} ${String(t.labels).padStart(6)} ${String(t.tp).padStart(5)} ${String(t.fp).padStart(5)} ${String(t.fn).padStart(5)} ${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(7)}${flag}`;
  });
  const tot = rows.reduce((a, [, t]) => ({ labels: a.labels + t.labels, tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { labels: 0, tp: 0, fp: 0, fn: 0 });
  const total = `${'ALL (micro)'.padEnd(24)} ${String(tot.labels).padStart(6)} ${String(tot.tp).padStart(5)} ${String(tot.fp).padStart(5)} ${String(tot.fn).padStart(5)} ${ratio(tot.tp, tot.tp + tot.fp).toFixed(3).padStart(9)} ${ratio(tot.tp, tot.labels).toFixed(3).padStart(7)}`;
  return [head, '-'.repeat(head.length), ...lines, '-'.repeat(head.length), total].join('\n');
}

describe('engine accuracy on the labelled corpus', () => {
  it(`every type with ≥ ${MIN_LABELS} labels has precision and recall ≥ ${MIN_SCORE}`, () => {
    const tallies = new Map<string, Tally>();
    for (const type of LABELLED_TYPES) tallies.set(type, { labels: 0, tp: 0, fp: 0, fn: 0, fpExamples: [], fnExamples: [] });
    for (const doc of docs) matchDoc(doc, scan(doc.text), tallies);

    const clean = docs.filter((d) => d.entities.length === 0);
    console.log(`\nLabelled corpus: ${docs.length} documents (${clean.length} without labels)\n${formatTable(tallies)}\n`);
    const errors: string[] = [];
    for (const [type, t] of [...tallies.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      for (const ex of t.fnExamples) errors.push(`FN ${type.padEnd(22)} ${ex}`);
      for (const ex of t.fpExamples) errors.push(`FP ${type.padEnd(22)} ${ex}`);
    }
    if (errors.length) console.log(`Errors (up to ${MAX_EXAMPLES} per type and kind):\n${errors.join('\n')}\n`);

    const failing = [...tallies.entries()]
      .filter(([, t]) => t.labels >= MIN_LABELS)
      .filter(([, t]) => ratio(t.tp, t.tp + t.fp) < MIN_SCORE || ratio(t.tp, t.labels) < MIN_SCORE)
      .map(([type, t]) => `${type} (P=${ratio(t.tp, t.tp + t.fp).toFixed(3)}, R=${ratio(t.tp, t.labels).toFixed(3)})`);
    expect(failing, 'types below the precision/recall bar').toEqual([]);
  });
});
