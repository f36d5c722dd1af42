import { describe, expect, it } from 'vitest';
import { hasGroups, hasRun, isDottedQuad } from './numeric-spans';

const whole = (f: (t: string, s: number, e: number) => boolean) => (t: string) => f(t, 0, t.length);

describe('numeric span shapes', () => {
  it.each([
    ['4111 1111 1111 1111', [4, 4, 4, 4], true],
    ['12 4111-1111-1111-1111 12', [4, 4, 4, 4], true],
    // A group of five is not a group of four, and two separator chars do not join groups.
    ['41111 1111 1111 1111', [4, 4, 4, 4], false],
    ['4111  1111 1111 1111', [4, 4, 4, 4], false],
    // The groups may start after a failed attempt's first group.
    ['4111 1111 1111 1111 1111 1111 1111 123', [4, 4, 4, 4, 3], true],
    ['3782 822463 10005', [4, 6, 5], true],
  ])('hasGroups(%j, %j) is %s', (text, sizes, expected) => {
    expect(hasGroups(text, 0, text.length, sizes)).toBe(expected);
  });

  it('finds whole runs of a length', () => {
    const run = whole((t, s, e) => hasRun(t, s, e, 13, 19));
    expect(run('4111111111111111 12/26')).toBe(true);
    expect(run('41111111111111111111')).toBe(false);
    expect(run('411111111111 1111')).toBe(false);
  });

  it('tells IPv4-shaped spans', () => {
    const text = 'a 10.219.72.122 b';
    expect(isDottedQuad(text, 2, 15)).toBe(true);
    expect(isDottedQuad('+44.20.794.609', 1, 14)).toBe(false);
    for (const t of ['1.2.3', '1.2.3.4.5', '1234.1.1.1', '1.2..3.4', '1.2-3.4']) expect(isDottedQuad(t, 0, t.length), t).toBe(false);
  });
});
