import { describe, expect, it } from 'vitest';
import { compileCustomDetectors } from '../../src/engine/custom';
import { createScanner } from '../../src/engine/scan';
import { answerLine } from '../../src/cli/jsonl';
import { nextLine, runCli, runNpmScan, startCli } from './run-cli';

// A custom term keeps these tests independent of the built-in detector set.
const scanner = createScanner(compileCustomDetectors({ customTerms: [{ id: 'proj', terms: ['Falcon'] }] }).detectors);
let clock = 0;
const fakeClock = () => (clock += 0.25);

describe('answerLine', () => {
  it('answers with findings (type, start, end, score, detector) and the scan time', () => {
    expect(JSON.parse(answerLine('{"id":"a1","text":"ship Falcon today"}', scanner, fakeClock))).toEqual({
      id: 'a1',
      findings: [{ type: 'CUSTOM', start: 5, end: 11, score: 0.9, detector: 'custom-term-proj' }],
      elapsed_ms: 0.25,
    });
  });

  it('answers a clean text with no findings, and keeps numeric ids', () => {
    expect(JSON.parse(answerLine('{"id":7,"text":"nothing"}', scanner, fakeClock))).toMatchObject({ id: 7, findings: [] });
  });

  it.each([
    ['not JSON', 'Falcon {', { id: null, error: 'invalid JSON' }],
    ['not an object', '["Falcon"]', { id: null, error: expect.stringContaining('expected a JSON object') }],
    ['text missing', '{"id":"x"}', { id: 'x', error: '"text" must be a string' }],
    ['text not a string', '{"id":"x","text":42}', { id: 'x', error: '"text" must be a string' }],
    ['id of a wrong type', '{"id":{"a":1},"text":"t"}', { id: null, error: '"id" must be a string or a number' }],
  ])('reports a malformed line: %s', (_name, line, expected) => {
    expect(JSON.parse(answerLine(line, scanner, fakeClock))).toEqual(expected);
  });

  it('never echoes the text of a malformed line', () => {
    expect(answerLine('{"id":"x","text":"Falcon hunter2-secret"', scanner)).not.toContain('hunter2');
  });
});

describe('scan --jsonl (real process)', () => {
  it('answers each line before the next one is sent', async () => {
    const child = startCli(['--jsonl']);
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      child.stdin.write('{"id":"one","text":"mail jane.doe@example.com"}\n');
      const first = JSON.parse(await nextLine(child));
      expect(first).toMatchObject({ id: 'one', findings: expect.any(Array) });
      expect(typeof first.elapsed_ms).toBe('number');

      child.stdin.write('{"id":"two","text":"nothing to see"}\n');
      expect(JSON.parse(await nextLine(child))).toMatchObject({ id: 'two', findings: [] });

      child.stdin.write('oops\n');
      expect(JSON.parse(await nextLine(child))).toEqual({ id: null, error: 'invalid JSON' });
    } finally {
      child.stdin.end();
    }
    expect(await exited).toBe(0);
  });

  it('keeps input order, survives malformed lines and prints nothing but answers', async () => {
    const input = [
      '{"id":"a","text":"Falcon"}',
      '{"id":"b"}',
      '',
      'garbage',
      '{"id":"c","text":"falcon again, and FALCON"}',
    ].join('\n');
    const policy = ['--policy', 'test/cli/fixtures/policy.json'];
    const { code, stdout, stderr } = await runCli(['--jsonl', ...policy], input);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe(''); // ends with a newline, nothing after it
    const answers = lines.map((l) => JSON.parse(l));
    expect(answers.map((a) => a.id)).toEqual(['a', 'b', null, 'c']);
    expect(answers[0].findings).toEqual([{ type: 'CUSTOM', start: 0, end: 6, score: 0.9, detector: 'custom-term-code-names' }]);
    expect(answers[1].error).toBe('"text" must be a string');
    expect(answers[2].error).toBe('invalid JSON');
    expect(answers[3].findings.map((f: { start: number }) => f.start)).toEqual([0, 18]);
  });

  it('exits 0 at once on empty stdin', async () => {
    expect(await runCli(['--jsonl'], '')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints only answers through `npm run --silent scan -- --jsonl`', async () => {
    const { code, stdout } = await runNpmScan(['--jsonl'], '{"id":"a","text":"x"}\n{"id":"b","text":"y"}\n');
    expect(code).toBe(0);
    expect(stdout.split('\n').map((l) => (l ? JSON.parse(l).id : l))).toEqual(['a', 'b', '']);
  });
});
