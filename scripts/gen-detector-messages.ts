/**
 * Regenerates the `detector_<id>` entries of the English catalogue (public/_locales/en/messages.json)
 * from the registry's descriptions, in registry order at the end of the file; entries of detectors
 * that no longer exist are removed. Translations are written by hand: the script lists, per language,
 * the detector keys still missing there (src/ui/locales.test.ts fails on them too).
 *
 *   node --import tsx scripts/gen-detector-messages.ts
 *
 * src/ui/shared/detector-messages.test.ts fails when the English entries and the registry disagree.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALL_DETECTORS } from '../src/engine/detectors';
import { detectorMessageKey } from '../src/ui/shared/explain';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const LOCALES = resolve(import.meta.dirname, '../public/_locales');
const read = (lang: string) => JSON.parse(readFileSync(resolve(LOCALES, lang, 'messages.json'), 'utf8')) as Catalogue;
const write = (lang: string, catalogue: Catalogue) =>
  writeFileSync(resolve(LOCALES, lang, 'messages.json'), `${JSON.stringify(catalogue, null, 2)}\n`);

const en = read('en');
const next: Catalogue = Object.fromEntries(Object.entries(en).filter(([key]) => !key.startsWith('detector_')));
// Chrome reads `$` as the start of a placeholder: a literal one is `$$`.
for (const d of ALL_DETECTORS) next[detectorMessageKey(d.id)] = { message: d.description.replace(/\$/g, '$$$$') };
write('en', next);

const keys = ALL_DETECTORS.map((d) => detectorMessageKey(d.id));
console.log(`en: ${keys.length} detector messages`);
for (const lang of readdirSync(LOCALES).filter((l) => l !== 'en')) {
  const have = read(lang);
  const missing = keys.filter((k) => !Object.hasOwn(have, k));
  if (missing.length > 0) console.log(`${lang}: ${missing.length} to translate (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})`);
}
