/**
 * The history view's filter model: what the search box and the selects hold, turned into the store's
 * `HistoryFilter`. The popup loads the whole history once (the store caps it at 5 000 events) and
 * filters in memory, so the select options and the "seen N times" counts cover everything, not just
 * what the current filter shows.
 */
import type { EntityType } from '@/src/engine/types';
import type { GuardAction } from '@/src/decisions/types';
import type { HistoryFilter } from '@/src/history/store';
import type { HistoryEvent } from '@/src/history/types';

export interface FilterModel {
  readonly search: string;
  /** '' = any. */
  readonly site: string;
  readonly type: string;
  readonly action: string;
  /** Local calendar days from `<input type=date>` (`YYYY-MM-DD`), inclusive; '' = open. */
  readonly from: string;
  readonly to: string;
}

export const EMPTY_FILTER: FilterModel = { search: '', site: '', type: '', action: '', from: '', to: '' };

/** Start (or, with `endOfDay`, the last millisecond) of a local day, or undefined for '' or nonsense. */
export function dayBoundary(day: string, endOfDay = false): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const start = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  if (Number.isNaN(start)) return undefined;
  // Next local midnight minus 1 ms, not +24 h: days are 23 or 25 hours long when the clocks change.
  return endOfDay ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).getTime() - 1 : start;
}

/** The store's filter for what the controls hold ('' and unreadable dates mean "any"). */
export function toHistoryFilter(model: FilterModel): HistoryFilter {
  const from = dayBoundary(model.from);
  const to = dayBoundary(model.to, true);
  return {
    ...(model.search.trim() ? { search: model.search.trim() } : {}),
    ...(model.site ? { site: model.site } : {}),
    ...(model.type ? { type: model.type as EntityType } : {}),
    ...(model.action ? { action: model.action as GuardAction } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
}

/** Whether any control narrows the list (the count line then says "N of M"). */
export function isFiltered(model: FilterModel): boolean {
  return Object.values(model).some((v) => v.trim() !== '');
}

export interface FilterOptions {
  readonly sites: readonly string[];
  readonly types: readonly string[];
  readonly actions: readonly GuardAction[];
}

/** The values present in the history, sorted, for the filter selects. */
export function filterOptions(events: readonly HistoryEvent[]): FilterOptions {
  const sites = new Set<string>();
  const types = new Set<string>();
  const actions = new Set<GuardAction>();
  for (const e of events) {
    sites.add(e.site);
    for (const type of e.types) types.add(type);
    actions.add(e.action);
  }
  const sorted = <T extends string>(s: Set<T>) => [...s].sort((a, b) => a.localeCompare(b));
  return { sites: sorted(sites), types: sorted(types), actions: sorted(actions) };
}

/** How many findings across the history carry each value hash ("this key was caught 3 times"). */
export function seenCounts(events: readonly HistoryEvent[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) for (const f of e.findings) if (f.valueHash) counts.set(f.valueHash, (counts.get(f.valueHash) ?? 0) + 1);
  return counts;
}
