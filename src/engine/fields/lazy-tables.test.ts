import { describe, expect, it, vi } from 'vitest';
import { customerTable } from '../../../bench/customer-table';
import { ALL_DETECTORS } from '../detectors';
import { createScanner } from '../scan';
import { LineKinds } from './block-lines';
import { createFieldIndex, type FieldIndex } from './index';
import { Table } from './table';

/**
 * A table is read only as far down as asked (docs/design/range-scans.md, "Limits"): the first range
 * of a big sheet reads its own rows, not the sheet (a 10 MB sheet's first lookup took 47–84 ms of CPU
 * in Chromium, one task), the next range goes on from there, and what is found is the same as reading
 * the whole table first. The work is counted, not timed: rows added to tables (`Table.addRow`) and
 * lines read to gather blocks (`LineKinds.kind`).
 */

const KB = 1024;
const MB = KB * KB;
/** A big table: 4 MB, ~25,000 rows. */
const BIG = customerTable(4 * MB, 3).text;

/** Lines that start before `end`. */
function linesBefore(text: string, end: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Counts rows added to tables and lines read for blocks while `run` runs. */
function work(run: () => void): { rows: number; lines: number } {
  const rows = vi.spyOn(Table.prototype, 'addRow');
  const lines = vi.spyOn(LineKinds.prototype, 'kind');
  run();
  const spent = { rows: rows.mock.calls.length, lines: lines.mock.calls.length };
  vi.restoreAllMocks();
  return spent;
}

describe('a table is read only as far down as asked', () => {
  const all = linesBefore(BIG, BIG.length);

  it('finding the tables of the first 64 KB of a 4 MB table reads about 64 KB of rows, not the table', () => {
    const fields = createFieldIndex(BIG);
    const range = linesBefore(BIG, 64 * KB);
    const first = work(() => fields.prepare(0, 64 * KB));
    // A few rows past the range: the header's sample of records, the row that ends the range.
    expect(first.rows, `${all} rows in the table`).toBeLessThanOrEqual(range + 16);
    expect(first.lines).toBeLessThanOrEqual(range + 16);
    // The next range goes on from there: its own rows, none read twice.
    const next = work(() => fields.prepare(64 * KB, 128 * KB));
    expect(first.rows + next.rows).toBeLessThanOrEqual(linesBefore(BIG, 128 * KB) + 16);
    expect(next.rows).toBeGreaterThan(0);
  });

  it('a range scan of the first 64 KB (every detector, columns opened by the header) reads its rows and its margins only', () => {
    const scanner = createScanner(ALL_DETECTORS);
    const spent = work(() => scanner.scan(BIG, { start: 0, end: 64 * KB }));
    // The range's keyword windows and context read up to 4 KB past it (RANGE_MARGIN), plus a record.
    const reach = linesBefore(BIG, 64 * KB + 8 * KB);
    expect(spent.rows, `${all} rows in the table`).toBeLessThanOrEqual(reach + 16);
    expect(spent.lines).toBeLessThanOrEqual(reach + 16);
  });

  it('a sliced scan reads every row once in all, as reading the whole table at once does', () => {
    const text = customerTable(MB, 5).text;
    const once = work(() => createFieldIndex(text).prepare(0, text.length));
    const fields = createFieldIndex(text);
    const sliced = work(() => {
      for (let p = 0; p < text.length; p += 16 * KB) fields.prepare(p, p + 16 * KB);
    });
    expect(sliced.rows).toBe(once.rows);
    expect(sliced.rows).toBeGreaterThan(6000);
    expect(sliced.lines).toBeLessThanOrEqual(linesBefore(text, text.length));
  });
});

/** Texts where a reading stops in awkward places: tables under prose with commas, after damaged rows, one below another. */
const header = 'customer_id,name,email,bsn';
const row = (i: number) => `C${1000 + i},Ann ${i},ann${i}@example.com,${100000000 + i}`;
const rows = (from: number, n: number) => Array.from({ length: n }, (_, k) => row(from + k));
const PROSE = 'We reviewed the numbers, as agreed, and here they are.';
const TEXTS: Record<string, string> = {
  'a table under 12 lines of prose with commas': [...Array<string>(12).fill(PROSE), header, ...rows(0, 300)].join('\n'),
  'two tables in one block, a bad line between rows': [header, ...rows(0, 150), '', 'password = hunter2', ...rows(150, 100), '', 'id;name;sin', ...rows(400, 3).map((r) => r.replace(/,/g, ';'))].join('\n'),
  'damaged rows (one cut in two, a stray quote, a blank line)': [header, ...rows(0, 80), 'C1080,Ann 80', 'ann80@example.com,100000080', ...rows(81, 40), 'C1121,"Ann 121,ann121@example.com,100000121', ...rows(122, 50), '', ...rows(172, 100)].join('\n'),
  'a pipe table, then a TSV after three blank lines': ['| name | bsn |', '|---|---|', ...rows(0, 200).map((r) => `| ${r.split(',')[1]} | ${r.split(',')[3]} |`), '', '', '', 'id\tname\ttfn', ...rows(0, 120).map((r) => r.replace(/,/g, '\t'))].join('\n'),
  'a headerless export (consistent rows), then a table': [...rows(0, 60), '', '', '', header, ...rows(60, 90)].join('\n'),
};

/** Every line's start and a position inside it. */
function positions(text: string): number[] {
  const out: number[] = [];
  for (let s = 0; s < text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    out.push(s, (s + e) >> 1);
    s = e + 1;
  }
  return out;
}

function answers(fields: FieldIndex, text: string, order: number[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const p of order) out.set(p, JSON.stringify([fields.labelAt(p), fields.recordAt(p), text.slice(p, p + 1)]));
  return out;
}

describe('what is found does not depend on how far the tables were read', () => {
  it.each(Object.entries(TEXTS))('%s', (_name, text) => {
    const where = positions(text);
    const whole = createFieldIndex(text);
    whole.prepare(0, text.length);
    const expected = answers(whole, text, where);
    // In text order, as a whole scan asks; in consecutive small ranges, as a sliced scan prepares.
    expect(answers(createFieldIndex(text), text, where)).toEqual(expected);
    const sliced = createFieldIndex(text);
    for (let p = 0; p < text.length; p += 500) sliced.prepare(p, p + 500);
    expect(answers(sliced, text, where)).toEqual(expected);
    // Bottom up, and from the middle (an incremental rescan) on.
    expect(answers(createFieldIndex(text), text, [...where].reverse())).toEqual(expected);
    const middle = where.findIndex((p) => p >= text.length / 2);
    expect(answers(createFieldIndex(text), text, [...where.slice(middle), ...where.slice(0, middle)])).toEqual(expected);
  });

  it.each(Object.entries(TEXTS))('%s: a header’s column gives the same cells in any range, read or not', (_name, text) => {
    const headerAt = text.indexOf('bsn');
    if (headerAt < 0) return;
    const all = createFieldIndex(text).columnBelow(headerAt)?.all();
    const fields = createFieldIndex(text);
    const column = fields.columnBelow(headerAt);
    expect(column === undefined, 'a column').toBe(all === undefined);
    if (!column || !all) return;
    for (let lo = 0; lo < text.length; lo += 700) {
      const hi = lo + 700;
      // A column whose table is still being read reaches past what was read.
      if (lo < column.end) expect(column.cellsIn(lo, hi)).toEqual(all.filter((c) => c.end > lo && c.start < hi));
    }
    expect(column.all()).toEqual(all);
    expect(column.end).toBeLessThan(Infinity);
    expect(column.end).toBeGreaterThanOrEqual(all[all.length - 1]!.end);
  });
});
