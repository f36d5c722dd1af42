/**
 * Section (g) of `npm run bench`: attached documents (issue 11), per format and file size.
 * 1. bench/documents.ts, in a child process: makes each file and reads it with `extractDocument` in Node
 *    (the product's limits): the extraction time, what was read, and the outcome.
 * 2. bench/documents-browser.ts, in a child process under the e2e lock (it drives Chromium, like the e2e
 *    suites): each file picked on the ChatGPT fixture with the built extension: pick → the guard's answer,
 *    and the chat page's longest main-thread task (wall-clock and CPU, from a Chromium trace).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserRow } from './documents-browser';
import type { ExtractionRow } from './documents';
import type { BenchFormat } from './document-makers';
import { fmt, table } from './stats';

/** The lock every e2e run takes (Chromium's policy files, .output and the CPU are shared). */
const E2E_LOCK = process.env.PROMPTFENCE_E2E_LOCK ?? '/tmp/e2e.lock';
/** What the browser part measures. */
const EXTENSION_BUILD = fileURLToPath(new URL('../.output/chrome-mv3/manifest.json', import.meta.url));
/** The issue's bound on a task of the chat page. */
const MAX_TASK_MS = 50;

export interface DocumentsOptions {
  readonly sizes: readonly number[];
  /** Sizes of the issue left out of this run (said in the output). */
  readonly skippedSizes: readonly number[];
  readonly formats: readonly BenchFormat[];
  readonly runs: number;
  /** False: Node extraction only (`--no-browser`). */
  readonly browser: boolean;
}

export interface DocumentsReport {
  readonly options: DocumentsOptions;
  readonly loadavg: { readonly before: number[]; readonly after: number[] };
  readonly extraction: readonly ExtractionRow[] | { readonly error: string };
  readonly browser: readonly BrowserRow[] | { readonly skipped: string } | { readonly error: string };
  /** When the extension build the browser part loaded was made. */
  readonly extensionBuiltAt?: string;
  readonly minutes: number;
}

/** `--name=a,b` of the command line, or `fallback`. */
export function listArg(args: readonly string[], name: string, fallback: string): string[] {
  return (args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback).split(',').filter(Boolean);
}

const loadavg = () => os.loadavg().map((x) => Math.round(x * 100) / 100);

/** Runs `command args`, stderr passed through (progress); rejects on a non-zero exit. */
function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.slice(0, 4).join(' ')} … exited with ${code}`))));
  });
}

const script = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));
const nodeArgs = ['--import', 'tsx', '--max-old-space-size=8192'];

export async function runDocumentsSection(options: DocumentsOptions): Promise<DocumentsReport> {
  const started = Date.now();
  const before = loadavg();
  const dir = mkdtempSync(join(os.tmpdir(), 'promptfence-bench-docs-'));
  try {
    const extractionFile = join(dir, 'extraction.json');
    let extraction: DocumentsReport['extraction'];
    try {
      await run(process.execPath, [
        ...nodeArgs, script('documents.ts'),
        `--sizes=${options.sizes.join(',')}`, `--formats=${options.formats.join(',')}`, `--runs=${options.runs}`, `--dir=${dir}`, `--out=${extractionFile}`,
      ]);
      extraction = JSON.parse(readFileSync(extractionFile, 'utf8')) as ExtractionRow[];
    } catch (error) {
      extraction = { error: String(error) };
    }
    let browser: DocumentsReport['browser'];
    let extensionBuiltAt: string | undefined;
    if (!options.browser) browser = { skipped: '--no-browser' };
    else if (!existsSync(EXTENSION_BUILD)) browser = { skipped: 'no extension build in .output/chrome-mv3: run `npm run build` first' };
    else if (!Array.isArray(extraction)) browser = { skipped: 'no files (the Node part failed)' };
    else {
      extensionBuiltAt = statSync(EXTENSION_BUILD).mtime.toISOString();
      const browserFile = join(dir, 'browser.json');
      const args = [...nodeArgs, script('documents-browser.ts'), `--cases=${extractionFile}`, `--out=${browserFile}`];
      // Under the e2e lock where there is one (Linux `flock`): never two Chromiums measuring at once.
      const locked = spawnSync('flock', ['--version']).status === 0;
      try {
        await (locked ? run('flock', [E2E_LOCK, process.execPath, ...args]) : run(process.execPath, args));
        browser = JSON.parse(readFileSync(browserFile, 'utf8')) as BrowserRow[];
      } catch (error) {
        browser = { error: String(error) };
      }
    }
    return { options, loadavg: { before, after: loadavg() }, extraction, browser, ...(extensionBuiltAt ? { extensionBuiltAt } : {}), minutes: (Date.now() - started) / 60_000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const NAMES: Record<BenchFormat, string> = {
  pdf: 'PDF', docx: 'DOCX', xlsx: 'XLSX', pptx: 'PPTX', odt: 'ODT', ods: 'ODS', odp: 'ODP', rtf: 'RTF', csv: 'CSV', text: 'text',
};

/** Prints the section: one row per format and size, then what it means against the issue's bound. */
export function printDocuments(report: DocumentsReport, log: (s?: string) => void): void {
  const { options } = report;
  log(`\n(g) Documents (issue 11): files of ${options.sizes.join(', ')} MB per format; extraction in Node (median of ${options.runs}, the product's limits: 10 M chars, 10 s a file), then each file picked on the ChatGPT fixture in Chromium with the built extension`);
  log(`load average ${report.loadavg.before.join(' ')} before, ${report.loadavg.after.join(' ')} after; ${fmt(report.minutes, 1)} min${report.extensionBuiltAt ? `; extension built ${report.extensionBuiltAt}` : ''}`);
  const extraction = report.extraction;
  if ('error' in extraction) {
    log(`extraction failed: ${extraction.error}`);
    return;
  }
  const browserRows: readonly BrowserRow[] = 'length' in report.browser ? report.browser : [];
  const rows = extraction.map((x) => {
    const b = browserRows.find((r) => r.format === x.format && r.mb === x.mb);
    const browserCells = !b
      ? ['', '', '', '', '', '', '']
      : 'error' in b
        ? ['error', '', '', '', '', '', '']
        : [
            `${fmt(b.toAnswerMs / 1000, 1)} s → ${b.answer}`,
            `${fmt(b.longestWallMs, 0)} / ${fmt(b.longestCpuMs, 0)}`,
            `${fmt(b.othersCpuMs, 0)}${b.othersCpuMs > MAX_TASK_MS ? ' !' : ''}`,
            b.tableLookupCpuMs ? `${fmt(b.tableLookupCpuMs, 0)}${b.tableLookupCpuMs > MAX_TASK_MS ? ' !' : ''}` : '—',
            String(b.longTasks.length),
            b.pageWaitMs === undefined ? '—' : fmt(b.pageWaitMs, 0),
            fmt(b.contention, 2),
          ];
    return [
      `${NAMES[x.format]} ${x.mb} MB`, `${fmt(x.bytes / 2 ** 20, 1)} MB`, `${fmt(x.chars / 1e6, 2)} M`, x.outcome, fmt(x.medianMs, 0), ...browserCells,
    ];
  });
  log(table(['file', 'size', 'chars read', 'outcome', 'extract ms', 'pick → answer', 'longest task ms wall / CPU', 'CPU, lookups apart', 'table lookup CPU', 'longtasks > 50 ms wall', "page's work waited ms", 'contention'], rows));
  log('"longest task": every main-thread task of the chat page from the pick to 300 ms after the answer, from a Chromium trace; "lookups apart": without the');
  log("engine's first lookup of a fresh table (stamped `tables`), which reads all of it in one step (docs/design/range-scans.md, Limits); \"!\" = over 50 ms.");
  log('"page\'s work waited": how late a 10 ms timer of the page\'s own came at most, wall-clock (the guard\'s slices must let the page\'s queued work run).');
  log('Wall-clock includes the time other processes held the core ("contention": wall over CPU time of all the page\'s tasks; 1 = none); CPU time is what the task cost.');
  if (options.skippedSizes.length) log(`not run: ${options.skippedSizes.join(', ')} MB (add them with --doc-sizes=${[...options.sizes, ...options.skippedSizes].join(',')}: minutes more per size, and several GB of memory to make the files)`);
  const browser = report.browser;
  if ('skipped' in browser || 'error' in browser) {
    log(`browser part not run: ${'skipped' in browser ? browser.skipped : browser.error}`);
    return;
  }
  const errors = browserRows.filter((r): r is Extract<BrowserRow, { error: string }> => 'error' in r);
  for (const e of errors) log(`browser error, ${e.format} ${e.mb} MB: ${e.error}`);
  const measured = browserRows.filter((r): r is Exclude<BrowserRow, { error: string }> => !('error' in r));
  if (!measured.length) return;
  const worst = (f: (r: (typeof measured)[number]) => number) => measured.reduce((a, r) => (f(r) > f(a) ? r : a));
  const others = worst((r) => r.othersCpuMs);
  const lookup = worst((r) => r.tableLookupCpuMs);
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'NOT MET');
  log(`target (issue 11): no task of the chat page over ${MAX_TASK_MS} ms, table lookups apart — ${verdict(others.othersCpuMs <= MAX_TASK_MS && !errors.length)} (worst ${fmt(others.othersCpuMs, 1)} ms CPU, ${NAMES[others.format]} ${others.mb} MB)`);
  log(`target (issue 11): the same for the engine's table lookups — ${verdict(lookup.tableLookupCpuMs <= MAX_TASK_MS)} (worst ${fmt(lookup.tableLookupCpuMs, 1)} ms CPU, ${NAMES[lookup.format]} ${lookup.mb} MB)`);
}
