import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/schema';
import { joinFiles, readAttachedFiles, type AttachedFile } from './attached';
import { runSteps } from '../decisions/steps';
import { fileChoice, filesToDecide as filesToDecideSteps } from './file-outcomes';
import type { DocumentReader } from './reader-client';

const CARD = '4111 1111 1111 1111';
const filesToDecide = (...args: Parameters<typeof filesToDecideSteps>) => runSteps(filesToDecideSteps(...args));
const noReader = (): DocumentReader => {
  throw new Error('text files are read in the content script');
};

/** Three text files read for real, and where `needle` is in their joined text. */
async function attach(...texts: string[]) {
  const read = await readAttachedFiles(texts.map((t, i) => new File([t], `f${i}.txt`)), noReader, DEFAULT_POLICY.documents);
  const joined = joinFiles(read);
  const at = (needle: string, from = 0) => ({ start: joined.text.indexOf(needle, from) });
  return { read, joined, at };
}

describe('filesToDecide', () => {
  it('gives each file its own findings and strongest action; a clean file has no row', async () => {
    const { read, joined, at } = await attach(`card ${CARD}`, 'nothing here', `mail jane@acme-corp.com and card ${CARD}`);
    const second = joined.text.indexOf(CARD) + 1;
    const findings = [at(CARD), at('jane@'), at(CARD, second)];
    const rows = filesToDecide(read, joined, findings, ['redact', 'warn', 'redact'], DEFAULT_POLICY.documents);
    expect(rows.map((r) => [r.attached.name, r.findings, r.action])).toEqual([
      ['f0.txt', [findings[0]], 'redact'],
      ['f2.txt', [findings[1], findings[2]], 'redact'],
    ]);
  });

  it('one file with text takes every finding, however many (in steps: thousands of findings pause)', async () => {
    const { read, joined } = await attach(`card ${CARD}`);
    const many = Array.from({ length: 5000 }, (_, i) => ({ start: i % 5 }));
    const steps = filesToDecideSteps(read, joined, many, many.map(() => 'warn'), DEFAULT_POLICY.documents);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(3);
    expect(next.value.map((r) => [r.attached.name, r.findings.length, r.action])).toEqual([['f0.txt', 5000, 'warn']]);
  });

  it('a file not read in full has a row with the policy’s action, unless the policy lets it through', async () => {
    const { read, joined } = await attach('nothing here');
    const locked: AttachedFile = { file: new File(['x'], 'locked.docx'), name: 'locked.docx', size: 1, problem: 'encrypted' };
    const all = [...read, locked];
    expect(filesToDecide(all, joined, [], [], { encrypted: 'block', unreadable: 'warn', tooLarge: 'warn' }).map((r) => [r.attached.name, r.action])).toEqual([['locked.docx', 'block']]);
    expect(filesToDecide(all, joined, [], [], { encrypted: 'allow', unreadable: 'warn', tooLarge: 'warn' })).toEqual([]);
  });
});

describe('fileChoice', () => {
  const withFindings = { findings: [{ start: 0 }] };
  const unreadOnly = { findings: [] };
  const files = { 'with findings': withFindings, 'not read in full': unreadOnly };
  it.each([
    ['redacted', 'with findings', true, 'redacted'],
    ['redacted', 'with findings', false, 'allowed-value'],
    ['redacted', 'not read in full', false, 'sent-anyway'],
    ['sent-anyway', 'with findings', false, 'sent-anyway'],
    ['cancelled', 'not read in full', false, 'cancelled'],
  ] as const)('%s, a file %s, copied: %s → %s', (choice, file, copied, expected) => {
    expect(fileChoice(choice, files[file], copied)).toBe(expected);
  });
});
