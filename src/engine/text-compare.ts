/**
 * How much two texts share at their start or end, a 4 KB chunk at a time (native string comparisons),
 * then char by char inside the chunk that differs: comparing a megabyte char by char took ~3 ms, and the
 * typing overlay and the scanner's carried header hits do it after every pause in a big composer.
 */
const CHUNK = 4096;

/** Length of the common beginning of `a` and `b`, counted up to `max`. */
export function commonPrefix(a: string, b: string, max = Infinity): number {
  const limit = Math.min(a.length, b.length, max);
  let n = 0;
  while (n + CHUNK <= limit && a.slice(n, n + CHUNK) === b.slice(n, n + CHUNK)) n += CHUNK;
  while (n < limit && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Length of the common end of `a` and `b`, counted up to `max`. */
export function commonSuffix(a: string, b: string, max = Infinity): number {
  const limit = Math.min(a.length, b.length, max);
  let n = 0;
  while (n + CHUNK <= limit && a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)) n += CHUNK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}
