import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runNpmScan } from './run-cli';

// Obviously fake values: the Visa test card (Luhn-valid) and an example.com address.
const CARD = '4111 1111 1111 1111';
const EMAIL = 'jane.doe@example.com';
const POLICY = 'test/cli/fixtures/policy.json';
const RAW_VALUES = [CARD, '4111111111111111', EMAIL, 'Falcon', 'PROJ-4821'];

let dir: string;
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'promptfence-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scan: inputs and exit status', () => {
  it('exits 0 and prints nothing when stdin is clean', async () => {
    expect(await runCli([], 'hi, nothing sensitive here\n')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 and prints one line per finding for built-in detectors on stdin', async () => {
    const { code, stdout, stderr } = await runCli([], `card ${CARD}\nmail ${EMAIL}\n`);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^<stdin>:1:6 {2}CREDIT_CARD {2}\S.* {2}\([a-z0-9-]+, [\d.]+\)$/m);
    expect(stdout).toMatch(/^<stdin>:2:6 {2}EMAIL {2}\S.* {2}\([a-z0-9-]+, [\d.]+\)$/m);
  });

  it('scans several files, reports each by path, and reads "-" as stdin', async () => {
    const clean = file('clean.txt', 'nothing\n');
    const dirty = file('dirty.txt', 'line one\nthe Falcon project\n');
    const { code, stdout } = await runCli(['--policy', POLICY, clean, '-', dirty], 'ticket PROJ-4821\n');
    expect(code).toBe(1);
    expect(stdout).toBe(
      `<stdin>:1:8  CUSTOM  P••••••••  (custom-pattern-tickets, 0.9)\n${dirty}:2:5  CUSTOM  F•••••  (custom-term-code-names, 0.9)\n`,
    );
  });

  it('passes exit statuses through `npm run --silent scan`', async () => {
    expect(await runNpmScan([], 'clean')).toMatchObject({ code: 0, stdout: '' });
    expect(await runNpmScan(['--policy', POLICY], 'Falcon')).toMatchObject({ code: 1 });
    expect(await runNpmScan(['--bogus'])).toMatchObject({ code: 2, stdout: '' });
  });

  it('prints help with every option and exits 0', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const option of ['--format text|json|sarif', '--policy FILE', '--jsonl', '--help', 'Exit status']) {
      expect(stdout).toContain(option);
    }
  });
});

describe('scan: usage and input errors exit 2 with a message', () => {
  it.each([
    ['unknown flag', ['--bogus'], /^scan: unknown option --bogus\nTry --help/],
    ['bad --format value', ['--format', 'xml'], /--format must be one of text, json, sarif/],
    ['--format without a value', ['--format'], /--format needs a value/],
    ['missing file', ['no/such/file.txt'], /^scan: cannot read no\/such\/file\.txt: no such file/],
    ['a directory', ['test/cli'], /^scan: test\/cli is a directory/],
    ['stdin twice', ['-', '-'], /stdin \("-"\) can only be read once/],
    ['--jsonl with a file', ['--jsonl', 'a.txt'], /--jsonl reads stdin only/],
    ['missing policy file', ['--policy', 'no-policy.json'], /^scan: cannot read no-policy\.json: no such file/],
  ])('%s', async (_name, args, message) => {
    const { code, stdout, stderr } = await runCli(args, 'x');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it.each([
    ['invalid JSON', '{\n  "customTerms": [\n', /^scan: policy .*: invalid JSON \(it ends too early\)/],
    ['a syntax error, located', '{\n  "allowlist": ["a" "b"]\n}', /invalid JSON at line 2, column 21/],
    ['not an object', '["Falcon"]', /must be a JSON object/],
    ['a key of the wrong shape', '{ "customTerms": { "id": "x" } }', /"customTerms" must be an array/],
  ])('malformed policy: %s', async (_name, content, message) => {
    const policy = file(`bad-policy-${_name.replace(/\W+/g, '-')}.json`, content);
    const { code, stdout, stderr } = await runCli(['--policy', policy], 'Falcon');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('an unreadable file', async () => {
    const locked = file('locked.txt', 'x');
    chmodSync(locked, 0o000);
    chmodSync(dir, 0o755);
    // root reads anything: run the CLI as `nobody` then.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const { code, stderr } = await runCli([locked], '', asNobody);
    expect(code).toBe(2);
    expect(stderr).toMatch(/permission denied/);
  });

  it('prints nothing on stdout when a later file is missing', async () => {
    const dirty = file('dirty2.txt', 'Falcon');
    const { code, stdout } = await runCli(['--policy', POLICY, dirty, join(dir, 'missing.txt')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
  });
});

describe('scan --policy', () => {
  it('warns about an invalid rule, skips it, and applies the others', async () => {
    const policy = file(
      'half-bad.json',
      JSON.stringify({ customTerms: [{ id: 'ok', terms: ['Falcon'] }, { id: 'broken', terms: [] }], customPatterns: [{ id: 're', pattern: '(' }] }),
    );
    const { code, stdout, stderr } = await runCli(['--policy', policy], 'the Falcon');
    expect(code).toBe(1);
    expect(stdout).toContain('custom-term-ok');
    expect(stderr).toMatch(/^scan: warning: policy .*customTerms\[1\] \(id "broken"\): rule disabled/m);
    expect(stderr).toMatch(/^scan: warning: policy .*customPatterns\[0\] \(id "re"\): rule disabled, not a valid RE2 pattern/m);
  });

  it('applies the allowlist', async () => {
    // "Blue Heron" is both a term and allowlisted in the fixture policy.
    expect((await runCli(['--policy', POLICY], 'the Blue Heron project')).code).toBe(0);
  });

  it('applies allowedDomains to built-in email findings', async () => {
    expect((await runCli([], 'mail jane.doe@example.org')).code).toBe(1);
    expect((await runCli(['--policy', POLICY], 'mail jane.doe@example.org')).code).toBe(0);
  });
});

describe('scan: formats never print the raw values', () => {
  const input = `card ${CARD}\nmail ${EMAIL}\nthe Falcon project, ticket PROJ-4821\n`;

  it.each(['text', 'json', 'sarif'])('--format %s', async (format) => {
    const { code, stdout, stderr } = await runCli(['--policy', POLICY, '--format', format], input);
    expect(code).toBe(1);
    expect(stdout.length).toBeGreaterThan(0);
    for (const raw of RAW_VALUES) {
      expect(stdout).not.toContain(raw);
      expect(stderr).not.toContain(raw);
    }
  });

  it('--format json has the documented shape', async () => {
    const { stdout } = await runCli(['--policy', POLICY, '--format', 'json'], input);
    const { files } = JSON.parse(stdout);
    expect(files).toHaveLength(1);
    expect(files[0].path).toBe('<stdin>');
    const types = files[0].findings.map((f: { type: string }) => f.type);
    expect(types).toEqual(['CREDIT_CARD', 'EMAIL', 'CUSTOM', 'CUSTOM']);
    for (const f of files[0].findings) {
      expect(Object.keys(f).sort()).toEqual(['column', 'detector', 'end', 'line', 'preview', 'score', 'start', 'type']);
      expect(input.slice(f.start, f.end)).not.toBe('');
    }
  });

  it('--format sarif regions point at the values', async () => {
    const path = file('findings.txt', input);
    const { stdout } = await runCli(['--policy', POLICY, '--format', 'sarif', path]);
    const run = JSON.parse(stdout).runs[0];
    const lines = input.split('\n');
    const found = run.results.map((r: any) => {
      const { startLine, startColumn, endColumn } = r.locations[0].physicalLocation.region;
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe(`file://${path}`);
      return lines[startLine - 1]!.slice(startColumn - 1, endColumn - 1);
    });
    expect(found).toEqual([CARD, EMAIL, 'Falcon', 'PROJ-4821']);
    const ruleIds = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(ruleIds).toEqual(expect.arrayContaining(['custom-term-code-names', 'custom-pattern-tickets']));
    expect(ruleIds).toHaveLength(4);
  });
});

describe('scan: awkward input', () => {
  it('scans a 10 MB file whole', async () => {
    const filler = 'The quick brown fox jumps over the lazy dog, 2024-05-01 12:00:00 INFO request ok id=42\n';
    const body = filler.repeat(Math.ceil((10 * 1024 * 1024) / filler.length));
    const path = file('big.txt', `${body}the Falcon project\n`);
    const lines = body.split('\n').length;
    const { code, stdout } = await runCli(['--policy', POLICY, path]);
    expect(code).toBe(1);
    expect(stdout).toBe(`${path}:${lines}:5  CUSTOM  F•••••  (custom-term-code-names, 0.9)\n`);
  });

  it('decodes invalid UTF-8 with replacement characters instead of crashing', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0x20, 0xc3]), Buffer.from(' Falcon\n', 'utf8')]);
    const { code, stdout } = await runCli(['--policy', POLICY], bytes);
    expect(code).toBe(1);
    // 0xff, 0xfe and the truncated 0xc3 each become one U+FFFD: "��" + " " + "�" + " " = 5 units.
    expect(stdout).toBe('<stdin>:1:6  CUSTOM  F•••••  (custom-term-code-names, 0.9)\n');
  });

  it('accepts empty stdin as clean', async () => {
    expect(await runCli([], '')).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
