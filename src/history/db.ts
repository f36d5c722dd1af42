/**
 * The history database (IndexedDB through idb). Versioned: each step in `upgrade` is
 * `if (oldVersion < n)`, runs once, and is tested from a database left at the previous version.
 *
 * - v1: `events` (auto-increment id) with an index on time.
 * - v2: multi-entry indexes on entity types and categories, an index on site, and the `types` /
 *   `categories` fields back-filled from `counts` / `findings` on events written by v1.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Category } from '../engine/types';
import type { HistoryEvent } from './types';

export const HISTORY_DB = 'promptfence-history';
export const HISTORY_DB_VERSION = 2;

export interface HistoryDB extends DBSchema {
  events: {
    key: number;
    value: HistoryEvent;
    indexes: { at: number; site: string; types: string; categories: string };
  };
}

type UpgradeTx = IDBPTransaction<HistoryDB, StoreNames<HistoryDB>[], 'versionchange'>;

/** The steps, by the version they lead to. Exported for the upgrade tests. */
export const UPGRADES: Readonly<Record<number, (db: IDBPDatabase<HistoryDB>, tx: UpgradeTx) => Promise<void> | void>> = {
  1: (db) => {
    const events = db.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
    events.createIndex('at', 'at');
  },
  2: async (_db, tx) => {
    const events = tx.objectStore('events');
    events.createIndex('site', 'site');
    events.createIndex('types', 'types', { multiEntry: true });
    events.createIndex('categories', 'categories', { multiEntry: true });
    for (let cursor = await events.openCursor(); cursor; cursor = await cursor.continue()) {
      const event = cursor.value as HistoryEvent & { types?: string[]; categories?: Category[] };
      if (Array.isArray(event.types) && Array.isArray(event.categories)) continue;
      const findings = Array.isArray(event.findings) ? event.findings : [];
      await cursor.update({
        ...event,
        types: [...new Set([...Object.keys(event.counts ?? {}), ...findings.map((f) => f.type)])],
        categories: [...new Set(findings.map((f) => f.category))],
      });
    }
  },
};

/** Opens (creating or upgrading) the history database, up to `version` (tests open older ones). */
export function openHistoryDB(name = HISTORY_DB, version = HISTORY_DB_VERSION): Promise<IDBPDatabase<HistoryDB>> {
  return openDB<HistoryDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) await UPGRADES[v]?.(db, tx);
    },
  });
}
