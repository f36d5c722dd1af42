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
  const alnum = value.replace(/[^\p{L}\p{N}]/gu, '');
  let tail = shape?.tail ?? 4;
  // Show at most ~45% of the characters: the usual "last four" of a 9-digit SSN, less of shorter values.
  tail = Math.min(tail, Math.floor(alnum.length * 0.45));
  return tail > 0 ? `${BULLETS} ${alnum.slice(alnum.length - tail)}` : BULLETS;
}
