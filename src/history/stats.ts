/** Numbers for the popup's chart and counts: events per day by category, and findings by type. */
import type { Category } from '../engine/types';
import type { HistoryEvent } from './types';

export const CATEGORY_ORDER: readonly Category[] = ['SECRET', 'GOVERNMENT_ID', 'FINANCIAL', 'PII', 'CUSTOM'];

export interface DayBucket {
  /** Local calendar day, `YYYY-MM-DD`. */
  readonly day: string;
  readonly byCategory: Readonly<Record<Category, number>>;
  readonly total: number;
}

const empty = (): Record<Category, number> => ({ SECRET: 0, GOVERNMENT_ID: 0, FINANCIAL: 0, PII: 0, CUSTOM: 0 });

export function localDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The last `days` local days up to `now`, oldest first, each with its events counted once per category
 * they touch (an event with a key and an email adds 1 to SECRET and 1 to PII).
 */
export function eventsPerDay(events: readonly HistoryEvent[], days: number, now = Date.now()): DayBucket[] {
  const buckets = new Map<string, Record<Category, number>>();
  const order: string[] = [];
  const end = new Date(now);
  for (let i = days - 1; i >= 0; i--) {
    const day = localDay(new Date(end.getFullYear(), end.getMonth(), end.getDate() - i, 12).getTime());
    buckets.set(day, empty());
    order.push(day);
  }
  for (const e of events) {
    const bucket = buckets.get(localDay(e.at));
    if (!bucket) continue;
    for (const c of new Set(e.categories)) bucket[c] = (bucket[c] ?? 0) + 1;
  }
  return order.map((day) => {
    const byCategory = buckets.get(day)!;
    return { day, byCategory, total: Object.values(byCategory).reduce((a, b) => a + b, 0) };
  });
}

/** Findings by entity type over `events`, most frequent first; `distinct` = how many different values (by hash). */
export function countsByType(events: readonly HistoryEvent[]): { type: string; count: number; distinct: number }[] {
  const counts = new Map<string, { count: number; hashes: Set<string>; unhashed: number }>();
  for (const e of events) {
    for (const [type, n] of Object.entries(e.counts)) {
      const entry = counts.get(type) ?? { count: 0, hashes: new Set<string>(), unhashed: 0 };
      entry.count += n;
      counts.set(type, entry);
    }
    for (const f of e.findings) {
      const entry = counts.get(f.type);
      if (!entry) continue;
      if (f.valueHash) entry.hashes.add(f.valueHash);
      else entry.unhashed++;
    }
  }
  return [...counts.entries()]
    .map(([type, { count, hashes, unhashed }]) => ({ type, count, distinct: hashes.size + unhashed }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}
