/**
 * Masked preview of a name: each word's initial and a few bullets ("Maria Schmidt" → "M••• S•••••",
 * "Dupont, Jean" → "D••••, J•••"). The bullet count is clamped to 3–5 so a preview does not give the
 * length of a short name away, and never shows more than the initials.
 */
export function maskName(value: string): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const c = value.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 44) {
      out += value[i];
      i++;
      continue;
    }
    // A word: its first code point, then bullets for the rest of it.
    const first = String.fromCodePoint(value.codePointAt(i)!);
    let j = i + first.length;
    let letters = 1;
    while (j < value.length) {
      const d = value.charCodeAt(j);
      if (d === 32 || d === 9 || d === 10 || d === 13 || d === 0xa0 || d === 44) break;
      if (d < 0xdc00 || d > 0xdfff) letters++;
      j++;
    }
    out += first + BULLETS[Math.max(3, Math.min(5, letters - 2))];
    i = j;
  }
  return out;
}

const BULLETS = ['', '•', '••', '•••', '••••', '•••••'];
