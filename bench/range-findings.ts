/**
 * Range scans find what the whole scan finds, on the bench's big texts: the guard scans a big paste or an
 * attached document as consecutive range scans (`prepare`, then `scan(text, { start, end })`, as
 * src/guard/sliced-scan.ts runs them), and their union must be the whole scan's findings, finding for
 * finding (type, offsets, score, preview, reason, explanation). Also a few ranges in the middle of a
 * text a fresh scanner has not seen (the typing overlay's rescans).
 *
 *   node --import tsx bench/range-findings.ts            # 1 and 10 MB tables (CSV, and the XLSX text), 10 MB realistic text
 *   node --import tsx bench/range-findings.ts --quick    # 1 MB of each
 *
 * Ranges of 8, 64 and 256 KB (the guard's smallest and largest, and larger). Exits 1 on a difference.
 * Slow (a 10 MB table's whole scan is seconds): not part of the unit suite, which checks 1 MB tables
 * (test/perf/range-scans.test.ts, src/engine/fields/lazy-tables.test.ts).
 */
import { extractDocument } from '../src/documents';
import { ALL_DETECTORS } from '../src/engine/detectors';
import { createScanner } from '../src/engine/scan';
import type { Finding } from '../src/engine/types';
import { customerTable } from './customer-table';
import { MAKERS } from './document-makers';
import { realisticText } from './realistic-text';

const KB = 1024;
const MB = KB * KB;
const SIZES = [8 * KB, 64 * KB, 256 * KB];
const quick = process.argv.includes('--quick');

/** A finding as one comparable line: everything it carries. */
const show = (f: Finding) => JSON.stringify(f);

/** The union of consecutive range scans of `size` chars, each preceded by `prepare`, by one scanner. */
function inRanges(text: string, size: number): Finding[] {
  const scanner = createScanner(ALL_DETECTORS);
  const out: Finding[] = [];
  for (let p = 0; p < text.length; p += size) {
    const end = Math.min(text.length, p + size);
    scanner.fieldsOf(text).prepare(p, end);
    for (const f of scanner.scan(text, { start: p, end })) out.push(f);
  }
  return out;
}

/** The first difference between two finding lists, or undefined. */
function firstDifference(a: readonly string[], b: readonly string[]): string | undefined {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return `#${i}: whole ${a[i] ?? '(none)'}\n        ranges ${b[i] ?? '(none)'}`;
  return undefined;
}

async function texts(): Promise<[string, string][]> {
  const sizes = quick ? [1] : [1, 10];
  const out: [string, string][] = [];
  for (const mb of sizes) out.push([`customer table ${mb} MB (CSV)`, customerTable(mb * MB, 12).text]);
  // What the guard scans for an attached sheet: the XLSX reader's text (tab-separated rows).
  const sheet = await extractDocument(MAKERS.xlsx!(quick ? 1 : 10), { name: 'bench.xlsx', limits: { timeBudgetMs: 120_000 } });
  if (sheet.status !== 'ok') throw new Error(`the sheet was not read: ${sheet.status}`);
  out.push([`XLSX sheet text ${quick ? 1 : 10} MB`, sheet.extracted.text]);
  out.push([`realistic text ${quick ? 1 : 10} MB`, realisticText((quick ? 1 : 10) * MB, 1)]);
  return out;
}

let failed = false;
for (const [name, text] of await texts()) {
  const whole = createScanner(ALL_DETECTORS).scan(text).map(show);
  for (const size of SIZES) {
    const ranges = inRanges(text, size).map(show);
    const diff = firstDifference(whole, ranges);
    console.log(`${diff ? 'DIFFERENT' : 'same     '} ${name}, ${size / KB} KB ranges: ${ranges.length} findings, whole ${whole.length}${diff ? `\n  first difference ${diff}` : ''}`);
    failed ||= diff !== undefined;
  }
  // Ranges in the middle, each by a scanner that has not seen the text (an incremental rescan).
  for (const at of [0.37, 0.91]) {
    const start = Math.floor(text.length * at);
    const end = Math.min(text.length, start + 64 * KB);
    const got = createScanner(ALL_DETECTORS).scan(text, { start, end }).map(show);
    const want = whole.filter((line) => {
      const f = JSON.parse(line) as Finding;
      return f.start >= start && f.start < end;
    });
    const diff = firstDifference(want, got);
    console.log(`${diff ? 'DIFFERENT' : 'same     '} ${name}, a fresh scanner's range at ${Math.round(at * 100)} %: ${got.length} findings${diff ? `\n  first difference ${diff}` : ''}`);
    failed ||= diff !== undefined;
  }
}
if (failed) process.exitCode = 1;
