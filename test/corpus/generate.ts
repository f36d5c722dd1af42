/**
 * Writes test/corpus/prompts.jsonl (templated) and test/corpus/handwritten.jsonl (from handwritten.ts).
 * Deterministic: running it twice gives identical files. Run: npx tsx test/corpus/generate.ts
 *
 * Held-out variant (same templates, fresh values; not committed, for checking detectors were not tuned
 * to the committed values): npx tsx test/corpus/generate.ts --seed other --out /tmp/heldout.jsonl
 * Add `--pool heldout` for names and streets that never appear in the committed corpus (people.ts).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus, LABELLED_TYPES, toJsonl } from './build-corpus';
import type { CorpusDoc } from './doc';
import { buildHandwritten } from './handwritten';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { seed: { type: 'string', default: '' }, out: { type: 'string' }, pool: { type: 'string', default: 'dev' } } });
if (values.pool !== 'dev' && values.pool !== 'heldout') throw new Error('--pool is dev or heldout');

let all: CorpusDoc[];
if (values.seed) {
  if (!values.out) throw new Error('--seed needs --out (the committed corpus uses the default seed)');
  all = buildCorpus(values.seed, { pool: values.pool });
  writeFileSync(values.out, toJsonl(all));
} else {
  if (values.pool !== 'dev') throw new Error('the committed corpus uses the dev pool; --pool needs --seed and --out');
  const docs = buildCorpus();
  const hand = buildHandwritten();
  writeFileSync(join(here, 'prompts.jsonl'), toJsonl(docs));
  writeFileSync(join(here, 'handwritten.jsonl'), toJsonl(hand));
  all = [...docs, ...hand];
}

const counts = new Map<string, number>(LABELLED_TYPES.map((t) => [t, 0]));
for (const doc of all) for (const e of doc.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
const clean = all.filter((doc) => doc.entities.length === 0).length;
console.log(`${all.length} documents; ${clean} without labels (${((100 * clean) / all.length).toFixed(0)}%)`);
console.log([...counts].map(([t, n]) => `${t}=${n}`).join(' '));
const slice = new Map<string, number>();
for (const doc of all) for (const e of doc.entities) if (e.slice) slice.set(e.type, (slice.get(e.type) ?? 0) + 1);
console.log(`header-only slice: ${[...slice].map(([t, n]) => `${t}=${n}`).join(' ')}`);
