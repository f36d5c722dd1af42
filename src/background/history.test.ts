import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openHistory } from '../history/store';
import { saveUserSetting } from '../policy/user-settings';
import { decision } from './decision.fixtures';
import { recordDecision } from './decisions';
import { HISTORY_ALARM, startHistory } from './history';

const DAY = 86_400_000;
let stop: AbortController;
let n = 0;
let dbName: string;

beforeEach(() => {
  fakeBrowser.reset();
  stop = new AbortController();
  dbName = `bg-history-test-${++n}`;
});
afterEach(() => stop.abort());

const start = (now?: () => number) => startHistory(fakeBrowser, { signal: stop.signal, open: () => openHistory(dbName), ...(now ? { now } : {}) });
async function stored() {
  const store = await openHistory(dbName);
  try {
    return await store.list();
  } finally {
    store.close();
  }
}

describe('startHistory', () => {
  it('writes every decision under the default mode (masked previews) and sets a daily alarm', async () => {
    const handle = start();
    await handle.ready;
    await recordDecision(decision());
    const [event] = await stored();
    expect(event?.findings[0]?.preview).toBe('j•••@example.com');
    expect(await fakeBrowser.alarms.get(HISTORY_ALARM)).toMatchObject({ periodInMinutes: 1440 });
  });

  it("honours the admin's off even for a decision that arrives before the policy is read", async () => {
    await fakeBrowser.storage.managed.set({ history: { mode: 'off', retentionDays: 30 } });
    start();
    await recordDecision(decision());
    expect(await stored()).toEqual([]);
  });

  it("a user's metadata mode applies where the admin left history open", async () => {
    await saveUserSetting('history', { mode: 'metadata', retentionDays: 7 });
    await start().ready;
    await recordDecision(decision());
    const [event] = await stored();
    expect(event?.mode).toBe('metadata');
    expect(JSON.stringify(event)).not.toContain('example.com');
  });

  it('enforces retention at start, on a policy change and on the alarm', async () => {
    const now = 1_000 * DAY;
    const seed = await openHistory(dbName);
    for (const age of [1, 40]) await seed.add(decision({ at: now - age * DAY }), 'masked');
    seed.close();
    const handle = start(() => now);
    await handle.ready;
    expect((await stored()).length).toBe(1);
    // A stricter admin policy arrives: previews are stripped from what is stored.
    await fakeBrowser.storage.managed.set({ history: { mode: 'metadata', retentionDays: 30 } });
    await vi.waitFor(async () => expect((await stored())[0]?.mode).toBe('metadata'));
    // The alarm purges what has aged past retention since.
    const later = await openHistory(dbName);
    await later.add(decision({ at: now - 31 * DAY }), 'metadata');
    later.close();
    await fakeBrowser.alarms.onAlarm.trigger({ name: HISTORY_ALARM, scheduledTime: now });
    await vi.waitFor(async () => expect((await stored()).length).toBe(1));
  });
});
