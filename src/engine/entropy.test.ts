import { describe, expect, it } from 'vitest';
import { shannonEntropy } from './entropy';

/** The straightforward definition (a Map of counts, terms summed in order of first appearance). */
function reference(value: string): number {
  if (!value) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) counts.set(value.charCodeAt(i), (counts.get(value.charCodeAt(i)) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) bits -= (count / value.length) * Math.log2(count / value.length);
  return bits;
}

describe('shannonEntropy', () => {
  it('gives the textbook values', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('ab')).toBe(1);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(shannonEntropy('Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB')).toBeGreaterThan(4.5);
  });

  it('equals the Map-based definition to the last bit, ASCII and not', () => {
    let seed = 1;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 16777216;
    const alphabets = ['ab', 'abcdefghijklmnopqrstuvwxyz0123456789', 'éèàü€😀ab12', '\u0000\u007f\u0080\uffff'];
    for (let i = 0; i < 5000; i++) {
      const a = alphabets[i % alphabets.length]!;
      let s = '';
      for (let k = Math.floor(rand() * 200); k > 0; k--) s += a[Math.floor(rand() * a.length)];
      expect(shannonEntropy(s)).toBe(reference(s));
    }
  });
});
