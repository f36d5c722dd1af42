import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { CliError } from '../../src/cli/errors';

describe('parseArgs: accepted command lines', () => {
  it.each([
    ['no arguments: stdin, text', [], { format: 'text', files: [], jsonl: false, help: false, policy: undefined }],
    ['files', ['a.txt', 'b.env'], { files: ['a.txt', 'b.env'] }],
    ['--format value', ['--format', 'json', 'a'], { format: 'json', files: ['a'] }],
    ['--format=value', ['--format=sarif'], { format: 'sarif' }],
    ['--policy value', ['--policy', 'p.json', 'a'], { policy: 'p.json', files: ['a'] }],
    ['--policy=value', ['--policy=p.json'], { policy: 'p.json' }],
    ['"-" is stdin', ['-', 'a'], { files: ['-', 'a'] }],
    ['"--" ends options', ['--', '--format', '-x'], { files: ['--format', '-x'], format: 'text' }],
    ['--jsonl', ['--jsonl'], { jsonl: true }],
    ['--jsonl with a policy', ['--jsonl', '--policy', 'p.json'], { jsonl: true, policy: 'p.json' }],
    ['--help', ['--help'], { help: true }],
    ['-h wins over other flags', ['--jsonl', 'file', '-h'], { help: true }],
  ] as const)('%s', (_name, argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });
});

describe('parseArgs: usage errors', () => {
  it.each([
    ['unknown long flag', ['--bogus'], /unknown option --bogus/],
    ['unknown short flag', ['-x'], /unknown option -x/],
    ['bad --format value', ['--format', 'xml'], /--format must be one of text, json, sarif \(got "xml"\)/],
    ['--format without value', ['--format'], /--format needs a value/],
    ['--format followed by a flag', ['--format', '--jsonl'], /--format needs a value/],
    ['--policy without value', ['--policy'], /--policy needs a value/],
    ['--policy= empty', ['--policy='], /--policy needs a file name/],
    ['--format twice', ['--format', 'json', '--format', 'text'], /--format given twice/],
    ['--policy twice', ['--policy', 'a', '--policy', 'b'], /--policy given twice/],
    ['value on a switch', ['--jsonl=yes'], /--jsonl takes no value/],
    ['--jsonl with files', ['--jsonl', 'a.txt'], /--jsonl reads stdin only/],
    ['--jsonl with --format', ['--jsonl', '--format', 'json'], /do not combine it with --format/],
  ] as const)('%s', (_name, argv, message) => {
    let thrown: unknown;
    try {
      parseArgs(argv);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CliError);
    expect((thrown as CliError).message).toMatch(message);
    expect((thrown as CliError).usage).toBe(true);
  });
});
