import { crc32 } from './crc32';
import { encodeBase62 } from './base62';

/**
 * GitHub's classic token format (2021+): `gh{p,o,u,s,r}_` + 30 random base62 chars + 6-char
 * checksum, the CRC-32 of those 30 chars in base62, zero-padded. See
 * https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
 */
const CLASSIC_TOKEN = /^gh[pousr]_[0-9A-Za-z]{36}$/;

/** The 6-char checksum GitHub appends to a 30-char token body. */
export function githubChecksum(body30: string): string {
  return encodeBase62(crc32(body30), 6);
}

/** True when `token` is a classic GitHub token whose last 6 chars are the checksum of the 30 before them. */
export function isValidGithubClassicToken(token: string): boolean {
  if (!CLASSIC_TOKEN.test(token)) return false;
  return githubChecksum(token.slice(4, 34)) === token.slice(34);
}
