/**
 * The engine as the extension ships it, for the scripts that time it.
 *
 * WXT (Vite/Rollup) bundles the content script into one minified scope: a module's functions call each
 * other directly. `node --import tsx` instead turns every source file into a module of its own whose
 * exports are getter functions, and names every function with a `__name` call (esbuild's keepNames):
 * profiled on the 2 KB prompts, the getters of `fields/line-marks.ts` alone were the hottest function
 * (6.6% of the scan). The same build under tsx against bundled (CPU time, `--single-threaded`,
 * alternating processes, 6 rounds): the 64 prompts 1.34–1.54×, 10 MB of realistic text 1.30–1.38×,
 * the 1 MB customer table 1.19–1.32× as slow — the bench reported code that users do not run. The
 * peers are timed as their packages ship (built JavaScript), so the engine is too: bundled here with
 * esbuild, one ES module, minified, no keepNames, and imported from a temporary file.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Engine {
  readonly createScanner: typeof import('../src/engine/scan').createScanner;
  readonly ALL_DETECTORS: typeof import('../src/engine/detectors').ALL_DETECTORS;
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The engine of the checkout at `dir` (default: `PROMPTFENCE_ENGINE`, else this one), bundled.
 * `minify: false` keeps function names readable for `--cpu-prof`.
 */
export async function loadEngine(dir = process.env.PROMPTFENCE_ENGINE ?? REPO, { minify = true } = {}): Promise<Engine> {
  const root = resolve(REPO, dir);
  const entry = [
    `export { createScanner } from ${JSON.stringify(join(root, 'src/engine/scan.ts'))};`,
    `export { ALL_DETECTORS } from ${JSON.stringify(join(root, 'src/engine/detectors/index.ts'))};`,
  ].join('\n');
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    minify,
    write: false,
    logLevel: 'error',
  });
  const folder = mkdtempSync(join(tmpdir(), 'promptfence-engine-'));
  const file = join(folder, 'engine.mjs');
  writeFileSync(file, out.outputFiles[0]!.contents);
  try {
    return (await import(pathToFileURL(file).href)) as Engine;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
