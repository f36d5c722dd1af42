/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) and helpers, so every generated
 * benchmark input is byte-for-byte reproducible from its seed.
 */

/** Deterministic random source. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** `n` chars drawn from `alphabet`. */
  chars(alphabet: string, n: number): string;
  /** One key of `weights`, chosen proportionally to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
}

/** Creates an sfc32 generator; equal seeds give equal sequences. */
export function createRng(seed: number): Rng {
  // splitmix32 spreads a small integer seed over the four 32-bit state words.
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const u32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) u32();

  const rng: Rng = {
    next: () => u32() / 4294967296,
    int: (min, max) => min + Math.floor((u32() / 4294967296) * (max - min + 1)),
    pick: (items) => items[Math.floor((u32() / 4294967296) * items.length)]!,
    chance: (p) => u32() / 4294967296 < p,
    chars: (alphabet, n) => {
      if (n <= 64) {
        let out = '';
        for (let i = 0; i < n; i++) out += alphabet[Math.floor((u32() / 4294967296) * alphabet.length)];
        return out;
      }
      // Long runs: fill code units, then decode in slices (fromCharCode takes limited arguments).
      const codes = new Uint16Array(n);
      for (let i = 0; i < n; i++) codes[i] = alphabet.charCodeAt(Math.floor((u32() / 4294967296) * alphabet.length));
      let out = '';
      for (let i = 0; i < n; i += 8192) out += String.fromCharCode(...codes.subarray(i, Math.min(n, i + 8192)));
      return out;
    },
    weighted: (weights) => {
      const keys = Object.keys(weights) as (keyof typeof weights)[];
      let total = 0;
      for (const k of keys) total += weights[k];
      let r = rng.next() * total;
      for (const k of keys) {
        r -= weights[k];
        if (r < 0) return k;
      }
      return keys[keys.length - 1]!;
    },
  };
  return rng;
}

export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const ALNUM = DIGITS + UPPER + LOWER;
export const BASE64 = UPPER + LOWER + DIGITS + '+/';
export const BASE64URL = UPPER + LOWER + DIGITS + '-_';
