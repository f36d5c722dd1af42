/**
 * What the first range of a big table costs, and whole scans, for two builds of the engine in one
 * process, alternating (A, B, B, A, …), CPU time: the machine is shared, so only ratios within one run
 * compare. A build is a checkout's directory (its `src/engine`); the default B is this one.
 *
 *   node --import tsx bench/first-range.ts <dir A> [dir B] [--rounds=N]
 *
 * - first range: a fresh scanner (warmed on another table) finds the tables of the first 64 KB of a
 *   10 MB table (`prepare`, the guard's 'tables' step) and scans that range, as the guard's first slice
 *   does; on the customer CSV and on the text the XLSX reader gives for the same table;
 * - whole scans: the 1 MB customer table (a new table every run) and 10 MB of realistic text, each
 *   read as new (see bench/libraries.ts, `scanFresh`).
 *
 * Two copies of the engine in one process measure each other a little (shared heap, GC, libraries):
 * the same build against itself gave 0.80–1.19× here on a loaded machine, so a whole-scan ratio within
 * that says nothing; for those, alternate processes (docs/design/engine-speed.md, "How it was measured").
 */
import { extractDocument } from '../src/documents';
import type { Scanner } from '../src/engine/scan';
import { customerTable } from './customer-table';
import { MAKERS } from './document-makers';
import { realisticText } from './realistic-text';

const KB = 1024;
const MB = KB * KB;
const RANGE = 64 * KB;

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 5);
if (!args[0]) {
  console.error('usage: node --import tsx bench/first-range.ts <dir A> [dir B] [--rounds=N]');
  process.exit(2);
}
const dirs = [args[0], args[1] ?? '..'];

interface Build {
  readonly name: string;
  readonly make: () => Scanner;
}

async function load(dir: string): Promise<Build> {
  const { createScanner } = (await import(`${dir}/src/engine/scan.ts`)) as typeof import('../src/engine/scan');
  const { ALL_DETECTORS } = (await import(`${dir}/src/engine/detectors/index.ts`)) as typeof import('../src/engine/detectors');
  return { name: dir, make: () => createScanner(ALL_DETECTORS) };
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const builds = await Promise.all(dirs.map(load));
const warm = customerTable(256 * KB, 0).text;
const csv = customerTable(10 * MB, 12).text;
const sheet = await extractDocument(MAKERS.xlsx!(10), { name: 'bench.xlsx', limits: { timeBudgetMs: 120_000 } });
if (sheet.status !== 'ok') throw new Error(`the sheet was not read: ${sheet.status}`);
const xlsx = sheet.extracted.text;
const realistic = realisticText(10 * MB, 1);
// Flattened once, outside the timings (a built-up string is flattened by its first search).
for (const t of [warm, csv, xlsx, realistic]) t.indexOf('\u0000');

type Row = Record<string, number[]>;
const results: Row[] = builds.map(() => ({}));
const note = (b: number, key: string, ms: number) => (results[b]![key] ??= []).push(ms);

/** A fresh scanner, warmed on another table: every regex compiled, nothing of `text` known. */
function fresh(build: Build): Scanner {
  const scanner = build.make();
  scanner.scan(warm);
  for (let p = 0; p < warm.length; p += RANGE) scanner.scan(warm, { start: p, end: Math.min(warm.length, p + RANGE) });
  return scanner;
}

function firstRange(b: number, name: string, text: string): void {
  const scanner = fresh(builds[b]!);
  const t0 = cpuMs();
  scanner.fieldsOf(text).prepare(0, RANGE);
  const t1 = cpuMs();
  scanner.scan(text, { start: 0, end: RANGE });
  const t2 = cpuMs();
  note(b, `${name}: tables step`, t1 - t0);
  note(b, `${name}: range scan`, t2 - t1);
  note(b, `${name}: both`, t2 - t0);
}

function whole(b: number, name: string, text: string): void {
  const scanner = fresh(builds[b]!);
  const t0 = cpuMs();
  scanner.scan(text);
  note(b, name, cpuMs() - t0);
}

for (let r = 0; r < rounds; r++) {
  for (const b of r % 2 ? [1, 0] : [0, 1]) {
    firstRange(b, 'first 64 KB of the 10 MB CSV', csv);
    firstRange(b, 'first 64 KB of the 10 MB XLSX text', xlsx);
    whole(b, 'whole 1 MB customer table', customerTable(MB, 100 + r).text);
    whole(b, 'whole 10 MB realistic text', realistic);
  }
  process.stderr.write(`round ${r + 1} of ${rounds}\n`);
}

console.log(`CPU ms, median of ${rounds} (all runs); A = ${builds[0]!.name}, B = ${builds[1]!.name}`);
console.log('| | A | B | B ÷ A |');
console.log('| --- | --- | --- | --- |');
for (const key of Object.keys(results[0]!)) {
  const [a, b] = [results[0]![key]!, results[1]![key]!];
  const runs = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
  console.log(`| ${key} | ${median(a).toFixed(1)} (${runs(a)}) | ${median(b).toFixed(1)} (${runs(b)}) | ${(median(b) / median(a)).toFixed(2)} |`);
}
