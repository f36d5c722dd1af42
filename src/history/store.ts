/**
 * The private history: add a decision, list with filters, clear, and enforce the policy's mode and
 * retention on what is already stored (at start-up and daily, see src/background/history.ts).
 */
import type { IDBPDatabase } from 'idb';
import type { Category, EntityType } from '../engine/types';
import type { GuardAction, GuardEvent } from '../decisions/types';
import type { HistoryPolicy } from '../policy/schema';
import { openHistoryDB, type HistoryDB } from './db';
import type { HistoryEvent, HistoryFinding } from './types';

/** Oldest events beyond this many are dropped on write: the history must not grow without bound. */
export const MAX_HISTORY_EVENTS = 5_000;
const DAY_MS = 86_400_000;

export interface HistoryFilter {
  readonly site?: string;
  readonly type?: EntityType;
  readonly category?: Category;
  readonly action?: GuardAction;
  /** Epoch ms, inclusive. */
  readonly from?: number;
  readonly to?: number;
  /** Case-insensitive, over site, host, types, detectors, choice, justification and a file's name and format (never values: there are none). */
  readonly search?: string;
}

export interface EnforceResult {
  readonly deleted: number;
  readonly stripped: number;
}

export interface HistoryStore {
  /** Stores `event` under `mode`; with `off`, stores nothing. Returns the new id, if stored. */
  add(event: GuardEvent, mode: HistoryPolicy['mode']): Promise<number | undefined>;
  /** Newest first. */
  list(filter?: HistoryFilter): Promise<HistoryEvent[]>;
  count(): Promise<number>;
  clear(): Promise<void>;
  /** Deletes what is past retention (or everything when the mode is off) and strips previews under `metadata`. */
  enforce(policy: HistoryPolicy, now?: number): Promise<EnforceResult>;
  close(): void;
}

/** A decision in the shape the history keeps, or undefined under `off`. */
export function toHistoryEvent(event: GuardEvent, mode: HistoryPolicy['mode']): HistoryEvent | undefined {
  if (mode === 'off') return undefined;
  const findings: HistoryFinding[] = event.findings.map((f) => ({
    type: f.type,
    category: f.category,
    severity: f.severity,
    detector: f.detector,
    // Explanations, never the value: kept in both modes.
    ...(f.reason ? { reason: f.reason } : {}),
    ...(f.why ? { why: f.why } : {}),
    ...(mode === 'masked' ? { preview: f.preview } : {}),
    ...(f.valueHash ? { valueHash: f.valueHash } : {}),
  }));
  return {
    at: event.at,
    site: event.site,
    host: event.host,
    channel: event.channel,
    action: event.action,
    choice: event.choice,
    ...(event.justification !== undefined ? { justification: event.justification } : {}),
    counts: { ...event.counts },
    types: [...new Set([...Object.keys(event.counts), ...findings.map((f) => f.type)])],
    categories: [...new Set(findings.map((f) => f.category))],
    findings,
    ...(event.file ? { file: { ...event.file } } : {}),
    mode,
  };
}

export function matchesFilter(event: HistoryEvent, filter: HistoryFilter): boolean {
  if (filter.site !== undefined && event.site !== filter.site && event.host !== filter.site) return false;
  if (filter.type !== undefined && !event.types.includes(filter.type)) return false;
  if (filter.category !== undefined && !event.categories.includes(filter.category)) return false;
  if (filter.action !== undefined && event.action !== filter.action) return false;
  if (filter.from !== undefined && event.at < filter.from) return false;
  if (filter.to !== undefined && event.at > filter.to) return false;
  const needle = filter.search?.trim().toLowerCase();
  if (needle) {
    const file = event.file ? [event.file.name, event.file.format] : [];
    const haystack = [event.site, event.host, event.choice, event.action, event.channel, event.justification ?? '', ...file, ...event.types, ...event.findings.map((f) => f.detector)];
    if (!haystack.some((s) => s.toLowerCase().includes(needle))) return false;
  }
  return true;
}

function withoutPreviews(event: HistoryEvent): HistoryEvent {
  return { ...event, mode: 'metadata', findings: event.findings.map(({ preview: _preview, ...rest }) => rest) };
}

export async function openHistory(name?: string): Promise<HistoryStore> {
  const db: IDBPDatabase<HistoryDB> = await openHistoryDB(name);
  return {
    async add(event, mode) {
      const record = toHistoryEvent(event, mode);
      if (!record) return undefined;
      const tx = db.transaction('events', 'readwrite');
      const id = await tx.store.add(record as HistoryEvent);
      let excess = (await tx.store.count()) - MAX_HISTORY_EVENTS;
      for (let cursor = await tx.store.openCursor(); cursor && excess > 0; cursor = await cursor.continue(), excess--) await cursor.delete();
      await tx.done;
      return id;
    },

    async list(filter = {}) {
      const range = filter.from !== undefined || filter.to !== undefined ? IDBKeyRange.bound(filter.from ?? 0, filter.to ?? Number.MAX_SAFE_INTEGER) : undefined;
      const out: HistoryEvent[] = [];
      const tx = db.transaction('events');
      for (let cursor = await tx.store.index('at').openCursor(range, 'prev'); cursor; cursor = await cursor.continue()) {
        if (matchesFilter(cursor.value, filter)) out.push(cursor.value);
      }
      await tx.done;
      return out;
    },

    count: () => db.count('events'),
    clear: () => db.clear('events'),

    async enforce(policy, now = Date.now()) {
      const tx = db.transaction('events', 'readwrite');
      let deleted = 0;
      let stripped = 0;
      if (policy.mode === 'off') {
        deleted = await tx.store.count();
        await tx.store.clear();
      } else {
        const cutoff = now - policy.retentionDays * DAY_MS;
        for (let cursor = await tx.store.index('at').openCursor(IDBKeyRange.upperBound(cutoff, true)); cursor; cursor = await cursor.continue()) {
          await cursor.delete();
          deleted++;
        }
        if (policy.mode === 'metadata') {
          for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
            if (cursor.value.mode !== 'masked') continue;
            await cursor.update(withoutPreviews(cursor.value));
            stripped++;
          }
        }
      }
      await tx.done;
      return { deleted, stripped };
    },

    close: () => db.close(),
  };
}
