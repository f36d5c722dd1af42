import { describe, expect, it } from 'vitest';
import { verhoeffValid } from './verhoeff';

describe('verhoeffValid', () => {
  // Worked example from https://en.wikipedia.org/wiki/Verhoeff_algorithm: 236 → check digit 3;
  // 12345 → check digit 1 (same article's table walk-through).
  it.each(['2363', '123451', '0'])('accepts %s', (n) => expect(verhoeffValid(n)).toBe(true));
  it.each(['2364', '2336', '123452', 'abc'])('rejects %s (single-digit error or transposition)', (n) =>
    expect(verhoeffValid(n)).toBe(false),
  );
});
