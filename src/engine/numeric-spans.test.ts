import { describe, expect, it } from 'vitest';
import { GroupShape, hasGroups, isDottedQuad } from './numeric-spans';

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
    ['4111111111111111 12/26', [16], true],
    ['41111111111111111111', [16], false],
  ])('hasGroups(%j, %j) is %s', (text, sizes, expected) => {
    expect(hasGroups(text, 0, text.length, new GroupShape(sizes))).toBe(expected);
  });

  it('tells IPv4-shaped spans', () => {
    const text = 'a 10.219.72.122 b';
    expect(isDottedQuad(text, 2, 15)).toBe(true);
    expect(isDottedQuad('+44.20.794.609', 1, 14)).toBe(false);
    for (const t of ['1.2.3', '1.2.3.4.5', '1234.1.1.1', '1.2..3.4', '1.2-3.4']) expect(isDottedQuad(t, 0, t.length), t).toBe(false);
  });
});
