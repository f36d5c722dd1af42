/**
 * Tolerant base64 / base64url decoding with `atob` (available in browsers, workers and Node ≥ 16),
 * so the engine needs no `Buffer`. Returns null instead of throwing: validators call this on
 * arbitrary candidate text.
 */

const STD = /^[A-Za-z0-9+/]*={0,2}$/;
const URL_SAFE = /^[A-Za-z0-9_-]*={0,2}$/;

/** Decodes standard base64 (padding optional) to a binary string (one char per byte), or null. */
export function decodeBase64Binary(text: string): string | null {
  if (!STD.test(text)) return null;
  return atobPadded(text);
}

/** Decodes base64url (RFC 4648 §5, padding optional) to a binary string, or null. */
export function decodeBase64UrlBinary(text: string): string | null {
  if (!URL_SAFE.test(text)) return null;
  return atobPadded(text.replace(/-/g, '+').replace(/_/g, '/'));
}

/** Decodes base64url to UTF-8 text, or null when it is not valid base64url or not valid UTF-8. */
export function decodeBase64UrlText(text: string): string | null {
  const binary = decodeBase64UrlBinary(text);
  return binary === null ? null : utf8(binary);
}

/** Decodes standard base64 to UTF-8 text, or null. */
export function decodeBase64Text(text: string): string | null {
  const binary = decodeBase64Binary(text);
  return binary === null ? null : utf8(binary);
}

function atobPadded(text: string): string | null {
  const bare = text.replace(/=+$/, '');
  if (bare.length % 4 === 1) return null; // no byte sequence encodes to 4n+1 chars
  try {
    return atob(bare + '='.repeat((4 - (bare.length % 4)) % 4));
  } catch {
    return null;
  }
}

const DECODER = new TextDecoder('utf-8', { fatal: true });

function utf8(binary: string): string | null {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  try {
    return DECODER.decode(bytes);
  } catch {
    return null;
  }
}
