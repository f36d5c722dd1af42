/**
 * The browser part of the documents bench (issue 11): each bench document picked on the ChatGPT fixture
 * in Chromium with the built extension (.output/chrome-mv3), as the e2e timing test does
 * (test/e2e/attach-timing.ts): pick → the guard's answer, and the page's main-thread tasks meanwhile
 * from a Chromium trace. Drives Chromium, so it runs under the e2e lock; bench/documents-section.ts
 * starts it that way:
 *   flock /tmp/e2e.lock node --import tsx bench/documents-browser.ts --cases=F.json --out=G.json
 * `--cases`: the rows bench/documents.ts wrote (each with the `path` of its file).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describeTiming, measureAttach, splitTableLookups } from '../test/e2e/attach-timing';
import { serveFixtures } from '../test/e2e/fixture-server';
import { launchWithExtension, OFFLINE_ARGS } from '../test/e2e/harness';
import { longest } from '../test/e2e/long-tasks';
import type { BenchFormat } from './document-makers';
import { listArg } from './documents-section';

/** One file picked in the browser. */
export type BrowserRow = {
  readonly format: BenchFormat;
  readonly mb: number;
} & (
  | {
      /** Pick → panel on screen (or the file attached), ms. */
      readonly toAnswerMs: number;
      readonly answer: 'panel' | 'attached';
      /** The page's longest task, wall-clock and CPU ms; the longest CPU without the engine's table lookups; the longest lookup. */
      readonly longestWallMs: number;
      readonly longestCpuMs: number;
      readonly othersCpuMs: number;
      readonly tableLookupCpuMs: number;
      /** `longtask` entries (over 50 ms wall-clock). */
      readonly longTasks: readonly number[];
      /** How late a timer of the page's own came at most, wall-clock ms (absent in older saved runs). */
      readonly pageWaitMs?: number;
      readonly contention: number;
      readonly sawProgress: boolean;
    }
  | { readonly error: string }
);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const cases = JSON.parse(readFileSync(listArg(args, 'cases', '')[0]!, 'utf8')) as { format: BenchFormat; mb: number; path: string }[];
  const out = listArg(args, 'out', '')[0]!;
  const rows: BrowserRow[] = [];
  const ext = await launchWithExtension({ extraArgs: OFFLINE_ARGS });
  try {
    for (const c of cases) {
      const page = await ext.browser.newPage();
      try {
        await serveFixtures(page);
        const t = await measureAttach(page, c.path, { timeoutMs: 180_000 });
        const { others, lookups } = splitTableLookups(t.tasks);
        rows.push({
          format: c.format, mb: c.mb, toAnswerMs: t.toAnswerMs, answer: t.panel ? 'panel' : 'attached',
          longestWallMs: t.tasks.all[0] ?? 0, longestCpuMs: t.tasks.allCpu[0] ?? 0, othersCpuMs: longest(others), tableLookupCpuMs: longest(lookups),
          longTasks: t.longTasks, pageWaitMs: t.pageWaitMs, contention: t.tasks.contention, sawProgress: t.sawProgress,
        });
        process.stderr.write(`  picked ${c.format} ${c.mb} MB: ${describeTiming(t)}\n`);
      } catch (error) {
        rows.push({ format: c.format, mb: c.mb, error: String(error).slice(0, 200) });
      } finally {
        await page.close().catch(() => undefined);
      }
    }
  } finally {
    await ext.close();
  }
  writeFileSync(out, JSON.stringify(rows));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
