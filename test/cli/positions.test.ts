import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/cli/positions';
import { describeJsonError } from '../../src/cli/errors';

describe('LineIndex', () => {
  it.each([
    ['start of text', 'abc', 0, { line: 1, column: 1 }],
    ['end of text', 'abc', 3, { line: 1, column: 4 }],
    ['after LF', 'ab\ncd', 3, { line: 2, column: 1 }],
    ['the LF itself is on its line', 'ab\ncd', 2, { line: 1, column: 3 }],
    ['CRLF is one break', 'ab\r\ncd\r\nef', 8, { line: 3, column: 1 }],
    ['lone CR is a break (SARIF §3.30.2)', 'ab\rcd', 4, { line: 2, column: 2 }],
    ['empty lines', '\n\n\nx', 3, { line: 4, column: 1 }],
    // Columns count UTF-16 code units: 😀 (U+1F600) is two, é is one.
    ['astral char counts two units', '😀x', 2, { line: 1, column: 3 }],
    ['BMP accent counts one', 'été x', 4, { line: 1, column: 5 }],
  ])('%s', (_name, text, offset, expected) => {
    expect(new LineIndex(text).at(offset)).toEqual(expected);
  });

  it('finds lines by binary search on a long text', () => {
    const text = 'line\n'.repeat(100_000);
    const index = new LineIndex(text);
    expect(index.at(5 * 54_321 + 2)).toEqual({ line: 54_322, column: 3 });
  });
});

describe('describeJsonError', () => {
  const failure = (text: string) => {
    try {
      JSON.parse(text);
    } catch (error) {
      return error;
    }
    throw new Error('parsed');
  };

  it('never repeats the input (it may hold secrets)', () => {
    const text = 'password hunter2-secret-value';
    expect(describeJsonError(failure(text), text)).not.toContain('hunter2');
  });

  it('turns a position into a line and column', () => {
    const text = '{\n  "a": 1,\n  "b" 2\n}';
    expect(describeJsonError(failure(text), text)).toBe('invalid JSON at line 3, column 7');
  });

  it('names truncated input', () => {
    expect(describeJsonError(failure('{"a": ['))).toBe('invalid JSON (it ends too early)');
  });
});
