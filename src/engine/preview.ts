import type { Category } from './types';

const BULLETS = '••••';

/**
 * A display-safe preview of a sensitive value. Never returns the value: at most a public prefix
 * and a short tail, and never more than half of the characters.
 *
 * Secrets: `ghp_…a1B2` (the prefix names the provider and is not secret).
 * Everything else: `•••• 4242` (the last few letters or digits, separators dropped).
 */
export function previewOf(
  value: string,
  category: Category,
  shape?: { readonly head: number; readonly tail: number },
): string {
  if (category === 'SECRET') {
    let head = shape?.head ?? 4;
    let tail = shape?.tail ?? 4;
    const budget = Math.floor(value.length / 2);
    while (head + tail > budget && (head > 0 || tail > 0)) {
      if (tail >= head && tail > 0) tail--;
      else head--;
    }
    return `${value.slice(0, head)}…${tail > 0 ? value.slice(value.length - tail) : ''}`;
  }
  const count = asciiAlnumCount(value);
  if (count < 0) {
    const alnum = value.replace(/[^\p{L}\p{N}]/gu, '');
    const tail = Math.min(shape?.tail ?? 4, Math.floor(alnum.length * 0.45));
    return tail > 0 ? `${BULLETS} ${alnum.slice(alnum.length - tail)}` : BULLETS;
  }
  // Show at most ~45% of the characters: the usual "last four" of a 9-digit SSN, less of shorter values.
  const tail = Math.min(shape?.tail ?? 4, Math.floor(count * 0.45));
  return tail > 0 ? `${BULLETS} ${lastAlnum(value, tail)}` : BULLETS;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Letters and digits in an ASCII `value`, or -1 when it has other chars (those go through the
 * `\p{L}\p{N}` regex). Nearly every value is ASCII (cards, IBANs, phones, IDs): a regex replace,
 * and then a copy of all its letters and digits, per finding was 5% of a dense table's scan.
 */
function asciiAlnumCount(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) return -1;
    if (isAsciiAlnum(c)) n++;
  }
  return n;
}

/** The last `n` letters and digits of an ASCII value, in order. */
function lastAlnum(value: string, n: number): string {
  let i = value.length;
  let start = i;
  let kept = 0;
  // Contiguous tail (the usual case: "4242" at the end of a card): one slice.
  while (i > 0 && kept < n && isAsciiAlnum(value.charCodeAt(i - 1))) {
    i--;
    kept++;
  }
  if (kept === n) return value.slice(i);
  start = i;
  let out = value.slice(start);
  for (let k = start - 1; k >= 0 && kept < n; k--) {
    if (isAsciiAlnum(value.charCodeAt(k))) {
      out = value[k] + out;
      kept++;
    }
  }
  return out;
}

