/**
 * A steady scan loop to profile with V8's sampler:
 *
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-scan.ts [input] [MB] [runs]
 *
 * `input` is `realistic` (default) or a hostile-input id from hostile-inputs.ts. Open the
 * .cpuprofile in Chrome DevTools (Performance → Load profile); regex time shows as `RegExp: …` rows.
 */
import { loadEngine } from './engine-bundle';
import { HOSTILE_INPUTS } from './hostile-inputs';
import { realisticText } from './realistic-text';

const [input = 'realistic', mb = '4', runsArg = '10'] = process.argv.slice(2);
const size = Math.round(Number(mb) * 1024 * 1024);
const hostile = HOSTILE_INPUTS.find((h) => h.id === input);
if (input !== 'realistic' && !hostile) {
  console.error(`unknown input "${input}"; use realistic or one of: ${HOSTILE_INPUTS.map((h) => h.id).join(', ')}`);
  process.exit(2);
}
const text = hostile ? hostile.make(size) : realisticText(size, 1);
// Bundled as it ships, names kept: tsx's per-file modules add getter calls of their own (engine-bundle.ts).
const { createScanner, ALL_DETECTORS } = await loadEngine(undefined, { minify: false });
const scanner = createScanner(ALL_DETECTORS);
// Each scan reads the text as new: the scanner keeps the last text's field index otherwise.
const scan = (t: string) => {
  const found = scanner.scan(t);
  scanner.fieldsOf('');
  return found;
};
scan(text);
const t0 = performance.now();
const runs = Number(runsArg);
let findings = 0;
for (let i = 0; i < runs; i++) findings = scan(text).length;
const ms = (performance.now() - t0) / runs;
console.log(`${input}, ${mb} MB: ${ms.toFixed(1)} ms per scan, ${((size / 1024 / 1024) / (ms / 1000)).toFixed(1)} MB/s, ${findings} findings`);
