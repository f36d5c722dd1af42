/**
 * Shannon entropy in bits per character. Random base62 tokens score ~5.5–5.9, hex ~3.7–4,
 * English words ~2.5–3.5. Used to tell generated secrets from names and prose.
 */
export function shannonEntropy(value: string): number {
  const n = value.length;
  if (n === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}
