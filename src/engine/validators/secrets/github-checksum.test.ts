import { describe, expect, it } from 'vitest';
import { githubChecksum, isValidGithubClassicToken } from './github-checksum';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Deterministic fake token generator (xorshift), so failures are reproducible. */
function fakeToken(prefix: string, seed: number): string {
  let s = seed >>> 0 || 1;
  let body = '';
  for (let i = 0; i < 30; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    body += BASE62[(s >>> 0) % 62];
  }
  return `${prefix}_${body}${githubChecksum(body)}`;
}

describe('githubChecksum', () => {
  it('accepts generated tokens of every classic prefix', () => {
    for (const prefix of ['ghp', 'gho', 'ghu', 'ghs', 'ghr']) {
      for (let seed = 1; seed <= 50; seed++) {
        const token = fakeToken(prefix, seed * 7919);
        expect(token).toHaveLength(40);
        expect(isValidGithubClassicToken(token)).toBe(true);
      }
    }
  });

  it('is zero-padded to six characters', () => {
    for (let seed = 1; seed <= 200; seed++) expect(githubChecksum(fakeToken('ghp', seed).slice(4, 34))).toHaveLength(6);
  });

  it('rejects a token with one changed character, wrong shape or unknown prefix', () => {
    const token = fakeToken('ghp', 42);
    const flipped = token.slice(0, 10) + (token[10] === 'a' ? 'b' : 'a') + token.slice(11);
    expect(isValidGithubClassicToken(flipped)).toBe(false);
    expect(isValidGithubClassicToken(token.slice(0, 39))).toBe(false);
    expect(isValidGithubClassicToken(`ghx_${token.slice(4)}`)).toBe(false);
    // Documented sample from GitHub's docs: right shape, no valid checksum.
    expect(isValidGithubClassicToken('gho_16C7e42F292c6912E7710c838347Ae178B4a')).toBe(false);
  });
});
