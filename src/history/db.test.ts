import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { HISTORY_DB_VERSION, openHistoryDB } from './db';

let n = 0;
const fresh = () => `history-db-test-${++n}`;

describe('history database schema', () => {
  it('a new database is created at the current version with every index', async () => {
    const db = await openHistoryDB(fresh());
    expect(db.version).toBe(HISTORY_DB_VERSION);
    expect([...db.transaction('events').store.indexNames].sort()).toEqual(['at', 'categories', 'site', 'types']);
    db.close();
  });

  it('v1 → v2 adds the indexes and back-fills types and categories of the events already stored', async () => {
    const name = fresh();
    const v1 = await openHistoryDB(name, 1);
    expect([...v1.transaction('events').store.indexNames]).toEqual(['at']);
    // An event as v1 wrote it: no `types` / `categories` fields.
    await v1.add('events', {
      at: 5,
      site: 'claude',
      host: 'claude.ai',
      channel: 'paste',
      action: 'block',
      choice: 'blocked',
      counts: { EMAIL: 2, AWS_ACCESS_KEY: 1 },
      findings: [
        { type: 'EMAIL', category: 'PII', severity: 'medium', detector: 'email', preview: 'a•••@x.example' },
        { type: 'AWS_ACCESS_KEY', category: 'SECRET', severity: 'critical', detector: 'aws-access-key' },
      ],
      mode: 'masked',
    } as never);
    v1.close();

    const v2 = await openHistoryDB(name);
    expect(v2.version).toBe(2);
    const [event] = await v2.getAll('events');
    expect(event).toMatchObject({ types: ['EMAIL', 'AWS_ACCESS_KEY'], categories: ['PII', 'SECRET'], site: 'claude' });
    expect(await v2.getAllFromIndex('events', 'types', 'AWS_ACCESS_KEY')).toHaveLength(1);
    expect(await v2.getAllFromIndex('events', 'categories', 'FINANCIAL')).toHaveLength(0);
    v2.close();
  });

  it('a database newer than this code is not silently downgraded', async () => {
    const name = fresh();
    (await openDB(name, HISTORY_DB_VERSION + 1)).close();
    await expect(openHistoryDB(name)).rejects.toThrow();
  });
});
