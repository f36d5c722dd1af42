import { describe, expect, it } from 'vitest';
import { decodeBase62, encodeBase62 } from './base62';

describe('base62', () => {
  it('uses digits, then upper case, then lower case', () => {
    expect(encodeBase62(0)).toBe('0');
    expect(encodeBase62(9)).toBe('9');
    expect(encodeBase62(10)).toBe('A');
    expect(encodeBase62(36)).toBe('a');
    expect(encodeBase62(61)).toBe('z');
    expect(encodeBase62(62)).toBe('10');
  });

  it('pads to a width and round-trips 32-bit values', () => {
    expect(encodeBase62(61, 6)).toBe('00000z');
    expect(encodeBase62(0xffffffff)).toBe('4gfFC3');
    for (const n of [0, 1, 62, 3844, 0x7fffffff, 0xffffffff]) expect(decodeBase62(encodeBase62(n, 6))).toBe(n);
  });

  it('rejects what is not base62', () => {
    expect(decodeBase62('ab-c')).toBeNaN();
    expect(decodeBase62('')).toBeNaN();
    expect(() => encodeBase62(-1)).toThrow(RangeError);
  });
});
