/**
 * Writes src/engine/people/names.generated.ts from faker's locale data (see build-lists.ts):
 *
 *   node --import tsx scripts/names/generate.ts
 *
 * src/engine/people/names-generated.test.ts fails when the committed file differs from this output.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { buildLists, buildNamesModule } from './build-lists';

const OUT = resolve(import.meta.dirname, '../../src/engine/people/names.generated.ts');
const lists = buildLists();
const text = buildNamesModule(lists);
writeFileSync(OUT, text);
const bytes = Buffer.byteLength(text);
console.log(
  `names.generated.ts: ${lists.given.length} given, ${lists.family.length} family, ${lists.wordlike.length} word-like; ` +
    `${(bytes / 1024).toFixed(1)} KB raw, ${(gzipSync(text).length / 1024).toFixed(1)} KB gzip`,
);
