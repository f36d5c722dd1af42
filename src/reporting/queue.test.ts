import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditRecord } from './event';
import { REPORTING_DB, REPORTING_DB_VERSION, openReportQueue, type ReportQueue } from './queue';

let n = 0;
const opened: ReportQueue[] = [];
const fresh = () => `reporting-test-${++n}`;
async function open(name: string, cap?: number) {
  const q = await openReportQueue({ name, cap, now: () => Date.UTC(2026, 10, 23) });
  opened.push(q);
  return q;
}
const rec = (i: number): AuditRecord => ({ kind: 'dropped', schema: 1, time: new Date(i * 1000).toISOString(), dropped: i });
const times = (batch: { record: AuditRecord }[]) => batch.map((q) => q.record.time);

afterEach(() => opened.splice(0).forEach((q) => q.close()));

describe('openReportQueue', () => {
  it('uses the promptfence-reporting database at the current version', async () => {
    (await open(REPORTING_DB)).close();
    const db = await openDB(REPORTING_DB);
    expect(db.version).toBe(REPORTING_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'outbox']);
    db.close();
  });

  it('peeks oldest first without removing, and ack removes', async () => {
    const q = await open(fresh());
    for (const i of [1, 2, 3]) await q.enqueue(rec(i));
    const batch = await q.peekBatch(2);
    expect(times(batch)).toEqual([rec(1).time, rec(2).time]);
    expect(await q.size()).toBe(3);
    await q.ack(batch.map((b) => b.id));
    expect(times(await q.peekBatch(10))).toEqual([rec(3).time]);
    expect(await q.size()).toBe(1);
  });

  it('survives closing and re-opening the database (a browser restart)', async () => {
    const name = fresh();
    const first = await open(name);
    for (const i of [1, 2, 3]) await first.enqueue(rec(i));
    await first.ack([(await first.peekBatch(1))[0].id]);
    first.close();
    const second = await open(name);
    expect(await second.size()).toBe(2);
    expect(times(await second.peekBatch(10))).toEqual([rec(2).time, rec(3).time]);
  });

  it('at the cap drops the oldest and reports one dropped notice first', async () => {
    const q = await open(fresh(), 3);
    for (const i of [1, 2, 3, 4, 5]) await q.enqueue(rec(i));
    expect(await q.size()).toBe(3);
    const batch = await q.peekBatch(10);
    expect(batch[0]).toEqual({
      id: -2,
      record: { kind: 'dropped', schema: 1, time: '2026-11-23T00:00:00.000Z', dropped: 2 },
    });
    expect(times(batch.slice(1))).toEqual([rec(3).time, rec(4).time, rec(5).time]);
    await q.ack(batch.map((b) => b.id));
    expect(await q.droppedCount()).toBe(0);
    expect(await q.peekBatch(10)).toEqual([]);
  });

  it('keeps drops that happen while a notice is in flight', async () => {
    const name = fresh();
    const q = await open(name, 2);
    for (const i of [1, 2, 3]) await q.enqueue(rec(i)); // 1 dropped
    const batch = await q.peekBatch(1); // just the notice
    expect(batch.map((b) => b.id)).toEqual([-1]);
    for (const i of [4, 5]) await q.enqueue(rec(i)); // 2 more dropped meanwhile
    await q.ack(batch.map((b) => b.id));
    expect(await q.droppedCount()).toBe(2);
    q.close();
    expect((await (await open(name, 2)).peekBatch(1))[0].record).toMatchObject({ kind: 'dropped', dropped: 2 });
  });

  it('ignores unknown ids and empty batches', async () => {
    const q = await open(fresh());
    await q.enqueue(rec(1));
    await q.ack([999]);
    expect(await q.peekBatch(0)).toEqual([]);
    expect(await q.size()).toBe(1);
  });
});
