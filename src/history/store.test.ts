import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decision } from '../background/decision.fixtures';
import { MAX_HISTORY_EVENTS, openHistory, toHistoryEvent, type HistoryStore } from './store';

const DAY = 86_400_000;
let n = 0;
let store: HistoryStore;
beforeEach(async () => {
  store = await openHistory(`history-store-test-${++n}`);
});
afterEach(() => store.close());

describe('toHistoryEvent', () => {
  it('masked mode keeps masked previews; metadata mode keeps types and counts only; off keeps nothing', () => {
    const masked = toHistoryEvent(decision(), 'masked');
    expect(masked?.findings.map((f) => f.preview)).toEqual(['j•••@example.com', 'ghp_…a1B2']);
    expect(masked).toMatchObject({ types: ['EMAIL', 'GITHUB_TOKEN'], categories: ['PII', 'SECRET'], mode: 'masked' });
    const metadata = toHistoryEvent(decision(), 'metadata');
    expect(metadata?.findings.every((f) => !('preview' in f))).toBe(true);
    expect(metadata?.counts).toEqual({ EMAIL: 1, GITHUB_TOKEN: 1 });
    expect(toHistoryEvent(decision(), 'off')).toBeUndefined();
  });

  it('keeps the value hashes and reasons the guard sent, finding by finding, in both modes', () => {
    const event = decision({
      findings: [
        { type: 'EMAIL', category: 'PII', severity: 'medium', detector: 'email', preview: 'j•••@example.com', reason: 'Email address (pattern "address")', valueHash: 'abcdefghijklmnop' },
        { type: 'GITHUB_TOKEN', category: 'SECRET', severity: 'critical', detector: 'github-pat', preview: 'ghp_…a1B2' },
      ],
    });
    for (const mode of ['masked', 'metadata'] as const) {
      const stored = toHistoryEvent(event, mode);
      expect(stored?.findings.map((f) => f.valueHash)).toEqual(['abcdefghijklmnop', undefined]);
      expect(stored?.findings[0]?.reason).toBe('Email address (pattern "address")');
    }
  });

  it('keeps each finding’s why in both modes (an explanation, not the value)', () => {
    const why = { detector: 'email', pattern: 'finder', checked: true, near: 'mail' };
    const event = decision({
      findings: [
        { type: 'EMAIL', category: 'PII', severity: 'medium', detector: 'email', preview: 'j•••@example.com', reason: 'Email address', why },
        { type: 'GITHUB_TOKEN', category: 'SECRET', severity: 'critical', detector: 'github-pat', preview: 'ghp_…a1B2' },
      ],
    });
    for (const mode of ['masked', 'metadata'] as const) {
      const stored = toHistoryEvent(event, mode);
      expect(stored?.findings[0]?.why).toEqual(why);
      expect(stored?.findings[1]).not.toHaveProperty('why');
    }
  });
});

describe('history store', () => {
  it('adds and lists newest first; off stores nothing', async () => {
    await store.add(decision({ at: 1 }), 'masked');
    await store.add(decision({ at: 3 }), 'metadata');
    expect(await store.add(decision({ at: 2 }), 'off')).toBeUndefined();
    expect((await store.list()).map((e) => e.at)).toEqual([3, 1]);
  });

  it('filters by site, type, category, action, date range and search', async () => {
    await store.add(decision({ at: 10, site: 'claude', host: 'claude.ai', action: 'block', choice: 'blocked' }), 'masked');
    await store.add(decision({ at: 20, counts: { IBAN: 1 }, findings: [{ type: 'IBAN', category: 'FINANCIAL', severity: 'high', detector: 'iban', preview: 'DE89…3000' }] }), 'masked');
    await store.add(decision({ at: 30, justification: 'Approved by legal, ticket SEC-12' }), 'masked');
    const ats = async (f: Parameters<HistoryStore['list']>[0]) => (await store.list(f)).map((e) => e.at);
    expect(await ats({ site: 'claude' })).toEqual([10]);
    expect(await ats({ site: 'chatgpt.com' })).toEqual([30, 20]);
    expect(await ats({ type: 'IBAN' })).toEqual([20]);
    expect(await ats({ category: 'SECRET' })).toEqual([30, 10]);
    expect(await ats({ action: 'block' })).toEqual([10]);
    expect(await ats({ from: 15, to: 25 })).toEqual([20]);
    expect(await ats({ search: 'sec-12' })).toEqual([30]);
    expect(await ats({ search: 'github' })).toEqual([30, 10]);
  });

  it('stores a file row (name, format, size, problem) in both modes, found by its name and format', async () => {
    const file = { name: 'customers.docx', format: 'docx', size: 48_213 } as const;
    await store.add(decision({ at: 40, channel: 'file', file }), 'metadata');
    await store.add(decision({ at: 50, channel: 'drop', file: { name: 'locked.pdf', format: 'pdf', size: 900, problem: 'encrypted' } }), 'masked');
    await store.add(decision({ at: 60 }), 'masked');
    const [locked, customers] = await store.list({ from: 40, to: 50 });
    expect(customers?.file).toEqual(file);
    expect(locked?.file).toEqual({ name: 'locked.pdf', format: 'pdf', size: 900, problem: 'encrypted' });
    const ats = async (search: string) => (await store.list({ search })).map((e) => e.at);
    expect(await ats('customers')).toEqual([40]);
    expect(await ats('pdf')).toEqual([50]);
    await store.enforce({ mode: 'metadata', retentionDays: 30 }, 100);
    expect((await store.list({ to: 50 })).map((e) => e.file?.name)).toEqual(['locked.pdf', 'customers.docx']);
  });

  it('keeps at most MAX_HISTORY_EVENTS, dropping the oldest', async () => {
    for (let i = 0; i < MAX_HISTORY_EVENTS + 3; i++) await store.add(decision({ at: i }), 'metadata');
    expect(await store.count()).toBe(MAX_HISTORY_EVENTS);
    expect((await store.list({ to: 2 })).length).toBe(0);
  }, 60_000);

  it('enforces retention: events older than retentionDays go, newer stay', async () => {
    const now = 100 * DAY;
    for (const age of [0, 5, 29, 31, 90]) await store.add(decision({ at: now - age * DAY }), 'masked');
    expect(await store.enforce({ mode: 'masked', retentionDays: 30 }, now)).toEqual({ deleted: 2, stripped: 0 });
    expect((await store.list()).map((e) => (now - e.at) / DAY)).toEqual([0, 5, 29]);
  });

  it('a stricter mode applies to what is already stored: metadata strips previews, off deletes all', async () => {
    await store.add(decision({ at: Date.now() }), 'masked');
    expect(await store.enforce({ mode: 'metadata', retentionDays: 30 })).toEqual({ deleted: 0, stripped: 1 });
    const [event] = await store.list();
    expect(event?.mode).toBe('metadata');
    expect(JSON.stringify(event)).not.toContain('example.com');
    expect(await store.enforce({ mode: 'off', retentionDays: 30 })).toEqual({ deleted: 1, stripped: 0 });
    expect(await store.count()).toBe(0);
  });

  it('stores a finding’s why and keeps it when metadata mode strips the previews', async () => {
    const why = { detector: 'email', pattern: 'finder', checked: true };
    const finding = { type: 'EMAIL', category: 'PII', severity: 'medium', detector: 'email', preview: 'j•••@example.com', why };
    await store.add(decision({ at: Date.now(), findings: [finding], counts: { EMAIL: 1 } }), 'masked');
    await store.enforce({ mode: 'metadata', retentionDays: 30 });
    const [event] = await store.list();
    expect(event?.findings[0]).toEqual({ type: 'EMAIL', category: 'PII', severity: 'medium', detector: 'email', why });
  });

  it('clear removes everything', async () => {
    await store.add(decision(), 'masked');
    await store.clear();
    expect(await store.list()).toEqual([]);
  });
});
