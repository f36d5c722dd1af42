import { describe, expect, it } from 'vitest';
import { decision } from '../background/decision.fixtures';
import { countsByType, eventsPerDay, localDay } from './stats';
import { toHistoryEvent } from './store';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
const event = (when: number, findings?: unknown[], counts?: Record<string, number>) =>
  toHistoryEvent(decision({ at: when, ...(findings ? { findings } : {}), ...(counts ? { counts } : {}) }), 'metadata')!;

describe('eventsPerDay', () => {
  it('the last N local days, oldest first, each event counted once per category it touches', () => {
    const now = at(2026, 11, 24, 18);
    const days = eventsPerDay([event(at(2026, 11, 24, 9)), event(at(2026, 11, 24, 10)), event(at(2026, 11, 22)), event(at(2026, 11, 1))], 3, now);
    expect(days.map((d) => d.day)).toEqual(['2026-11-22', '2026-11-23', '2026-11-24']);
    expect(days.map((d) => d.total)).toEqual([2, 0, 4]);
    expect(days[2]?.byCategory).toMatchObject({ PII: 2, SECRET: 2, FINANCIAL: 0 });
  });

  it('uses local calendar days', () => {
    expect(localDay(at(2026, 1, 5, 0))).toBe('2026-01-05');
    expect(localDay(at(2026, 1, 5, 23))).toBe('2026-01-05');
  });
});

describe('countsByType', () => {
  it('totals per type, most frequent first, with distinct values from the hashes', () => {
    const f = (valueHash: string) => ({ type: 'CREDIT_CARD', category: 'FINANCIAL', severity: 'high', detector: 'credit-card', preview: '•••• 1111', valueHash });
    const events = [event(1, [f('aaaaaaaaaaaaaaaa'), f('bbbbbbbbbbbbbbbb')], { CREDIT_CARD: 2 }), event(2, [f('aaaaaaaaaaaaaaaa')], { CREDIT_CARD: 1 }), event(3)];
    expect(countsByType(events)).toEqual([
      { type: 'CREDIT_CARD', count: 3, distinct: 2 },
      { type: 'EMAIL', count: 1, distinct: 1 },
      { type: 'GITHUB_TOKEN', count: 1, distinct: 1 },
    ]);
  });
});
