import { describe, expect, it } from 'vitest';
import { applyEdits, diffAsEdit, validEdits } from './text-edits';
import { snapToCodePoints } from './code-points';

describe('validEdits', () => {
  it('sorts edits and normalises CRLF in replacements', () => {
    expect(validEdits('abcdef', [{ start: 4, end: 5, replacement: 'X' }, { start: 0, end: 1, replacement: 'a\r\nb' }])).toEqual([
      { start: 0, end: 1, replacement: 'a\nb' },
      { start: 4, end: 5, replacement: 'X' },
    ]);
  });

  it.each([
    ['overlapping', [{ start: 0, end: 3, replacement: '' }, { start: 2, end: 4, replacement: '' }]],
    ['reversed', [{ start: 3, end: 1, replacement: '' }]],
    ['past the end', [{ start: 5, end: 99, replacement: '' }]],
    ['negative', [{ start: -1, end: 1, replacement: '' }]],
    ['fractional', [{ start: 0.5, end: 1, replacement: '' }]],
  ])('rejects %s edits', (_name, edits) => expect(validEdits('abcdef', edits)).toBeNull());

  it('accepts adjacent edits and pure insertions', () => {
    expect(validEdits('abc', [{ start: 1, end: 1, replacement: 'x' }, { start: 0, end: 1, replacement: 'y' }, { start: 1, end: 3, replacement: '' }])).not.toBeNull();
  });
});

describe('applyEdits', () => {
  it('applies edits in any order', () => {
    const text = 'Mail ann@ex.com, key sk-123.';
    expect(applyEdits(text, [{ start: 21, end: 27, replacement: '[KEY]' }, { start: 5, end: 15, replacement: '[EMAIL]' }])).toBe('Mail [EMAIL], key [KEY].');
  });
});

describe('diffAsEdit', () => {
  it.each([
    ['abc', 'abc', null],
    ['my secret is ABC123 ok', 'my secret is [REDACTED] ok', { start: 13, end: 19, replacement: '[REDACTED]' }],
    ['', 'new', { start: 0, end: 0, replacement: 'new' }],
    ['old', '', { start: 0, end: 3, replacement: '' }],
    ['aaa', 'aaaa', { start: 3, end: 3, replacement: 'a' }],
    ['a😀b', 'a😃b', { start: 1, end: 3, replacement: '😃' }],
    ['x😀', 'x🐀', { start: 1, end: 3, replacement: '🐀' }],
  ])('%j → %j', (from, to, edit) => {
    const result = diffAsEdit(from, to);
    expect(result).toEqual(edit);
    if (result) expect(applyEdits(from, [result])).toBe(to);
  });
});

describe('snapToCodePoints', () => {
  it('widens boundaries inside surrogate pairs and clamps', () => {
    expect(snapToCodePoints('a😀b', 2, 2)).toEqual([1, 1]);
    expect(snapToCodePoints('a😀b', 0, 2)).toEqual([0, 3]);
    expect(snapToCodePoints('ab', -3, 10)).toEqual([0, 2]);
    expect(snapToCodePoints('ab', 2, 1)).toEqual([2, 2]);
  });
});
