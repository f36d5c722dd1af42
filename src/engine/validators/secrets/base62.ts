/**
 * Base62 with the alphabet digits, upper case, lower case (the one GitHub and npm use for token
 * checksums; also the `base62` Python package's default).
 */
export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Encodes a non-negative safe integer in base62, left-padded with `0` to `width` characters
 * (never truncated: a value needing more characters returns them all).
 */
export function encodeBase62(value: number, width = 0): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`encodeBase62: not a non-negative safe integer: ${value}`);
  let out = '';
  let n = value;
  do {
    out = BASE62_ALPHABET[n % 62]! + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, '0');
}

/** Decodes a base62 string; NaN when it holds a character outside the alphabet or overflows a safe integer. */
export function decodeBase62(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let digit: number;
    if (c >= 48 && c <= 57) digit = c - 48;
    else if (c >= 65 && c <= 90) digit = c - 55;
    else if (c >= 97 && c <= 122) digit = c - 61;
    else return Number.NaN;
    n = n * 62 + digit;
    if (!Number.isSafeInteger(n)) return Number.NaN;
  }
  return text.length ? n : Number.NaN;
}
