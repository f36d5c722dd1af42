/**
 * Durable, capped outbox for audit records (IndexedDB via `idb`), so a browser restart or a receiver
 * outage loses nothing until the cap is reached.
 *
 * At the cap the oldest records are dropped and counted; the count comes back from `peekBatch` as one
 * `dropped` record ahead of the others (id `-count`), and acking that id subtracts exactly what was
 * reported, so drops that happen while a batch is in flight are not forgotten.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AuditRecord } from './event';

export const REPORTING_DB = 'promptfence-reporting';
/** Schema version; each step in `upgrade` is `if (oldVersion < n)` (STYLE: version the IndexedDB schema). */
export const REPORTING_DB_VERSION = 1;
export const DEFAULT_QUEUE_CAP = 10_000;

interface DroppedState {
  readonly count: number;
  /** ISO time of the first drop since the last acknowledged notice. */
  readonly since: string;
}

interface ReportingDB extends DBSchema {
  outbox: { key: number; value: { id?: number; record: AuditRecord } };
  meta: { key: 'dropped'; value: DroppedState };
}

/** A queued record and the id to ack it with. */
export interface QueuedRecord {
  readonly id: number;
  readonly record: AuditRecord;
}

export interface ReportQueue {
  enqueue(record: AuditRecord): Promise<void>;
  /** Oldest first, at most `n` (the dropped notice, if any, is first and counts towards `n`). Does not remove. */
  peekBatch(n: number): Promise<QueuedRecord[]>;
  /** Removes acknowledged records. Unknown ids are ignored. */
  ack(ids: readonly number[]): Promise<void>;
  /** Records waiting (not counting the dropped notice). */
  size(): Promise<number>;
  /** How many records were dropped and not yet reported. */
  droppedCount(): Promise<number>;
  close(): void;
}

export interface QueueOptions {
  readonly name?: string;
  readonly cap?: number;
  /** Clock for the dropped notice's time. */
  readonly now?: () => number;
}

/** Opens (creating or upgrading) the reporting database. */
export async function openReportQueue(options: QueueOptions = {}): Promise<ReportQueue> {
  const cap = Math.max(1, options.cap ?? DEFAULT_QUEUE_CAP);
  const now = options.now ?? Date.now;
  const db: IDBPDatabase<ReportingDB> = await openDB<ReportingDB>(options.name ?? REPORTING_DB, REPORTING_DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('outbox', { keyPath: 'id', autoIncrement: true });
        database.createObjectStore('meta');
      }
    },
  });

  return {
    async enqueue(record) {
      const tx = db.transaction(['outbox', 'meta'], 'readwrite');
      const outbox = tx.objectStore('outbox');
      await outbox.add({ record });
      let excess = (await outbox.count()) - cap;
      if (excess > 0) {
        const dropped = excess;
        for (let cursor = await outbox.openCursor(); cursor && excess > 0; cursor = await cursor.continue()) {
          await cursor.delete();
          excess--;
        }
        const meta = tx.objectStore('meta');
        const prev = await meta.get('dropped');
        await meta.put({ count: (prev?.count ?? 0) + dropped, since: prev?.since ?? new Date(now()).toISOString() }, 'dropped');
      }
      await tx.done;
    },

    async peekBatch(n) {
      if (n <= 0) return [];
      const tx = db.transaction(['outbox', 'meta'], 'readonly');
      const dropped = await tx.objectStore('meta').get('dropped');
      const out: QueuedRecord[] = [];
      if (dropped && dropped.count > 0) {
        out.push({ id: -dropped.count, record: { kind: 'dropped', schema: 1, time: dropped.since, dropped: dropped.count } });
      }
      for (let c = await tx.objectStore('outbox').openCursor(); c && out.length < n; c = await c.continue()) {
        out.push({ id: c.primaryKey, record: c.value.record });
      }
      await tx.done;
      return out;
    },

    async ack(ids) {
      const tx = db.transaction(['outbox', 'meta'], 'readwrite');
      const outbox = tx.objectStore('outbox');
      let reported = 0;
      for (const id of ids) {
        if (id < 0) reported += -id;
        else await outbox.delete(id);
      }
      if (reported > 0) {
        const meta = tx.objectStore('meta');
        const prev = await meta.get('dropped');
        const left = (prev?.count ?? 0) - reported;
        if (left > 0) await meta.put({ count: left, since: new Date(now()).toISOString() }, 'dropped');
        else await meta.delete('dropped');
      }
      await tx.done;
    },

    size: () => db.count('outbox'),
    async droppedCount() {
      return (await db.get('meta', 'dropped'))?.count ?? 0;
    },
    close: () => db.close(),
  };
}
