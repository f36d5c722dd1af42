import { decodeBase64Text, decodeBase64UrlText } from './base64';

/** The parts of a JOSE header we look at. */
export interface JwtHeader {
  readonly alg: string;
  readonly typ?: unknown;
}

/**
 * Parses the first segment of a JWT: it must be base64url of a JSON object whose `alg` is a string
 * (RFC 7515 §4.1.1 makes `alg` mandatory). Anything else is a look-alike, not a token.
 */
export function parseJwtHeader(token: string): JwtHeader | null {
  const dot = token.indexOf('.');
  if (dot <= 0) return null;
  const json = decodeBase64UrlText(token.slice(0, dot));
  if (json === null || json.charCodeAt(0) !== 123 /* { */) return null;
  try {
    const header: unknown = JSON.parse(json);
    if (header && typeof header === 'object' && !Array.isArray(header) && typeof (header as JwtHeader).alg === 'string') {
      return header as JwtHeader;
    }
  } catch {
    // not JSON: not a JWT
  }
  return null;
}

/**
 * A signed JWT: three segments, a valid header, and a signature unless `alg` is `none`
 * (unsigned tokens are still accepted by misconfigured servers, so they still count).
 */
export function isJwt(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return false;
  const header = parseJwtHeader(token);
  if (!header) return false;
  return parts[2]!.replace(/=+$/, '').length > 0 || header.alg.toLowerCase() === 'none';
}

/** The JWT inside a base64-encoded JWT (`ZXlK…`, i.e. base64 of `eyJ…`), or null. */
export function unwrapBase64Jwt(text: string): string | null {
  const inner = decodeBase64Text(text);
  return inner !== null && isJwt(inner.trim()) ? inner.trim() : null;
}
