import { describe, expect, it } from 'vitest';
import { customerTable } from '../../test/e2e/customer-table';
import type { Finding } from '../engine/types';
import { createFieldIndex } from '../engine/fields';
import { applyRescan, changedSpan, planRescan, RESCAN_MARGIN, type ScanState } from './incremental-scan';
import { RescanJob } from './rescan-job';
import { ScanPace } from './sliced-scan';
import { createGuardScanner } from './scan-text';
import { Rng } from '../../test/corpus/rng';

const scanner = createGuardScanner(() => false);
const key = (f: Finding) => `${f.start}:${f.end}:${f.detector}:${f.score}:${f.preview}`;

/** Deterministic numbers in [0, 1) for the random edits: the corpus generator's mulberry32. */
function random(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

/** Text the edits insert: sensitive values, keywords that give context to what follows, separators and newlines. */
const PIECES = [
  'jane.roe@example.com', ' card 4111 1111 1111 1111 ', 'AKIAZ3MHALQ7X7RTPW2B', 'password = "hunter2-Correct-Horse"\n', '\n', '\n\n', ',', ' ',
  'IBAN DE89 3704 0044 0532 0130 00', 'ssn ', '078-05-1120', 'token ', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  'Call +44 20 7946 0958 tomorrow', 'x', 'the quick brown fox ', '-----BEGIN RSA PRIVATE KEY-----\n', '192.168.1.20', 'DNI 12345678Z',
];

/** A mixed composer: prose, secrets in config, a customer CSV. */
function composer(): string {
  const prose = 'We reviewed the quarterly numbers with the team and agreed on the next steps for the launch.\n';
  return [
    prose.repeat(30),
    'db_password = "S3cr3t-Value-99"\napi_key: ghp_' + 'a'.repeat(36) + '\n',
    prose.repeat(60),
    customerTable(30_000, 3),
    '\n',
    prose.repeat(80),
    'contact jane.doe@acme-corp.com or +49 30 901820\n',
    prose.repeat(40),
  ].join('');
}

function edit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const kind = rnd();
  if (kind < 0.4) return text.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)] + text.slice(at);
  const len = Math.floor(rnd() * (kind < 0.8 ? 40 : 2000));
  if (kind < 0.8) return text.slice(0, at) + text.slice(at + len);
  return text.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)] + text.slice(at + len);
}

/** The typing overlay's rescan, as it runs in the page: a plan, the kept labels compared, the range scanned. */
function rescan(prev: ScanState, next: string, deadline = Infinity): Finding[] {
  const fields = { prev: createFieldIndex(prev.text), next: scanner.fieldsOf(next) };
  const plan = planRescan(prev, next, { fields });
  if (!plan) return [...prev.findings];
  const job = new RescanJob(scanner, next, new ScanPace(), plan, fields);
  while (!job.runUntil(deadline === Infinity ? Infinity : performance.now() + deadline));
  return job.findings;
}

describe('incremental rescans', () => {
  it('equal a full scan after each of many random edits (inserts, deletions, replacements, values cut in half)', () => {
    const rnd = random(42);
    let text = composer();
    let state: ScanState = { text, findings: scanner.scan(text) };
    let partial = 0;
    for (let step = 0; step < 300; step++) {
      const next = edit(text, rnd);
      const plan = planRescan(state, next);
      if (plan && plan.range.end - plan.range.start < next.length) partial++;
      const incremental = rescan(state, next);
      const full = scanner.scan(next);
      expect(incremental.map(key), `step ${step}`).toEqual(full.map(key));
      text = next;
      state = { text, findings: incremental };
    }
    // Most edits really are rescanned in part (the test would prove little otherwise).
    expect(partial).toBeGreaterThan(150);
  });

  it('typing at the end of a large text rescans only its last lines', () => {
    const text = customerTable(400_000, 5);
    const state: ScanState = { text, findings: scanner.scan(text) };
    const next = `${text}\nC999999,call back tomorrow`;
    const plan = planRescan(state, next)!;
    expect(plan.range.end).toBe(next.length);
    expect(plan.range.end - plan.range.start).toBeLessThanOrEqual(RESCAN_MARGIN + 2 * 1024);
    expect(plan.after).toEqual([]);
    expect(applyRescan(plan, scanner.scan(next, plan.range)).map(key)).toEqual(scanner.scan(next).map(key));
  });

  it('moves the findings after the edit by its length', () => {
    const tail = ` mail jane.roe@example.com${' filler'.repeat(3000)}`;
    const prev: ScanState = { text: `${'x'.repeat(20_000)}${tail}`, findings: [] };
    const withFindings: ScanState = { ...prev, findings: scanner.scan(prev.text) };
    const next = `abc${prev.text}`;
    const plan = planRescan(withFindings, next)!;
    expect(plan.after.map((f) => next.slice(f.start, f.end))).toEqual(['jane.roe@example.com']);
  });

  it('plans nothing for an unchanged text, and a whole rescan when little could be kept', () => {
    const text = 'card 4111 1111 1111 1111';
    const state = { text, findings: scanner.scan(text) };
    expect(planRescan(state, text)).toBeUndefined();
    expect(planRescan(state, `${text}!`)).toEqual({ range: { start: 0, end: text.length + 1 }, before: [], after: [], delta: 0 });
  });

  it('rescans everything when the edit touches a table header (its words are context for the whole column)', () => {
    // The real field index: a CSV whose `phone` header labels 5,000 rows below it.
    const rows = Array.from({ length: 5_000 }, (_, i) => `${i},+44 20 7946 ${String(i).padStart(4, '0')}`).join('\n');
    const text = `note\n\nid,phone\n${rows}\n`;
    const headerAt = text.indexOf('phone');
    const inHeader = `${text.slice(0, headerAt + 1)}X${text.slice(headerAt + 1)}`;
    const state = { text, findings: [] };
    const fields = (a: string, b: string) => ({ fields: { prev: createFieldIndex(a), next: createFieldIndex(b) } });
    expect(planRescan(state, inHeader, fields(text, inHeader))!.range).toEqual({ start: 0, end: inHeader.length });
    // The same edit in a row far below: only the rows around it are rescanned.
    const rowAt = text.indexOf('\n4000,') + 3;
    const inRow = `${text.slice(0, rowAt)}X${text.slice(rowAt)}`;
    expect(planRescan(state, inRow, fields(text, inRow))!.range.start).toBeGreaterThan(headerAt);
  });

  it('an edit that ends a table in the middle of 1 MB judges the rows below again, in slices of a few ms', () => {
    const text = customerTable(1024 * 1024, 7);
    const state: ScanState = { text, findings: scanner.scan(text) };
    const at = text.indexOf('\n', text.length >> 1) + 1;
    // A blank line and a line of prose end the table: the rows below have no header any more.
    const cut = `${text.slice(0, at)}\nthe rows below are from another export\n\n${text.slice(at)}`;
    const fields = { prev: createFieldIndex(text), next: scanner.fieldsOf(cut) };
    const plan = planRescan(state, cut, { fields })!;
    expect(plan.after.length, 'the plan keeps the rows below').toBeGreaterThan(10_000);
    const job = new RescanJob(scanner, cut, new ScanPace(), plan, fields);
    let runs = 0;
    while (!job.runUntil(performance.now() + 2)) runs++;
    expect(runs, 'the labels are compared in more than one run').toBeGreaterThan(1);
    const full = scanner.scan(cut);
    expect(job.findings.map(key)).toEqual(full.map(key));
    expect(full.length, 'the rows below lost findings that needed their header').toBeLessThan(state.findings.length);
  });

  it('a typing edit in the middle of a 1 MB table keeps its labels, compared in chunks', () => {
    const text = customerTable(1024 * 1024, 8);
    const state: ScanState = { text, findings: scanner.scan(text) };
    const at = text.indexOf('\n', text.length >> 1) - 3;
    const next = `${text.slice(0, at)}x${text.slice(at)}`;
    expect(rescan(state, next, 2).map(key)).toEqual(scanner.scan(next).map(key));
  });

  it('finds the changed span by common prefix and suffix', () => {
    expect(changedSpan('abcdef', 'abXYef')).toEqual({ start: 2, prevEnd: 4, nextEnd: 4 });
    expect(changedSpan('aaaa', 'aaaaa')).toEqual({ start: 4, prevEnd: 4, nextEnd: 5 });
    expect(changedSpan('abc', '')).toEqual({ start: 0, prevEnd: 3, nextEnd: 0 });
    // Longer than the chunk compared at once, differing inside a chunk and at its edges.
    const long = 'x'.repeat(10_000);
    expect(changedSpan(long, `${long.slice(0, 5000)}Y${long.slice(5001)}`)).toEqual({ start: 5000, prevEnd: 5001, nextEnd: 5001 });
    expect(changedSpan(long, `${long.slice(0, 4096)}ab${long.slice(4096)}`)).toEqual({ start: 4096, prevEnd: 4096, nextEnd: 4098 });
    expect(changedSpan(`a${long}`, `b${long}`)).toEqual({ start: 0, prevEnd: 1, nextEnd: 1 });
  });
});
