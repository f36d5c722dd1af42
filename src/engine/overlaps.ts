/** The fields overlap resolution needs. */
export interface Ranked {
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/**
 * One finding per stretch of text, so redaction never has to cut through two placeholders.
 * Higher score wins; on a tie the longer span (a whole connection string beats the host inside it);
 * on a further tie the earlier detector in the registry (specific detectors are listed before generic ones).
 * Returns the kept items sorted by start.
 */
export function resolveOverlaps<T extends Ranked & { readonly detector: number }>(items: T[]): T[] {
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const item of items) {
    const last = kept[kept.length - 1];
    if (!last || item.start >= last.end) {
      kept.push(item);
      continue;
    }
    if (better(item, last)) kept[kept.length - 1] = item;
  }
  return kept;
}

function better(a: Ranked & { detector: number }, b: Ranked & { detector: number }): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return a.detector < b.detector;
}
