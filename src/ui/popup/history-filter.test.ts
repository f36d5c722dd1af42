import { describe, expect, it } from 'vitest';
import { matchesFilter } from '@/src/history/store';
import type { HistoryEvent } from '@/src/history/types';
import { dayBoundary, EMPTY_FILTER, filterOptions, isFiltered, seenCounts, toHistoryFilter } from './history-filter';

const ev = (over: Partial<HistoryEvent>): HistoryEvent => ({
  at: new Date(2026, 10, 20, 10).getTime(),
  site: 'chatgpt',
  host: 'chatgpt.com',
  channel: 'enter',
  action: 'block',
  choice: 'edited',
  counts: { AWS_ACCESS_KEY: 1 },
  types: ['AWS_ACCESS_KEY'],
  categories: ['SECRET'],
  findings: [{ type: 'AWS_ACCESS_KEY', category: 'SECRET', severity: 'high', detector: 'aws-access-key', valueHash: 'abcdefghabcdefgh' }],
  mode: 'masked',
  ...over,
});

describe('toHistoryFilter', () => {
  it('the empty model filters nothing', () => {
    expect(toHistoryFilter(EMPTY_FILTER)).toEqual({});
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, search: '  ' })).toBe(false);
  });

  it('maps selects and trims the search', () => {
    expect(toHistoryFilter({ ...EMPTY_FILTER, search: ' aws ', site: 'claude', type: 'EMAIL', action: 'warn' })).toEqual({ search: 'aws', site: 'claude', type: 'EMAIL', action: 'warn' });
  });

  it('a date range covers whole local days, both ends inclusive', () => {
    const f = toHistoryFilter({ ...EMPTY_FILTER, from: '2026-11-20', to: '2026-11-20' });
    expect(f.from).toBe(new Date(2026, 10, 20).getTime());
    expect(f.to).toBe(new Date(2026, 10, 21).getTime() - 1);
    expect(matchesFilter(ev({ at: new Date(2026, 10, 20, 23, 59).getTime() }), f)).toBe(true);
    expect(matchesFilter(ev({ at: new Date(2026, 10, 21, 0, 0).getTime() }), f)).toBe(false);
    expect(matchesFilter(ev({ at: new Date(2026, 10, 19, 23, 59).getTime() }), f)).toBe(false);
  });

  it.each(['', '2026-13-01x', 'yesterday'])('ignores a date it cannot read: %j', (day) => {
    expect(dayBoundary(day)).toBeUndefined();
  });
});

describe('filterOptions and seenCounts', () => {
  const events = [
    ev({ id: 1 }),
    ev({ id: 2, site: 'claude', action: 'warn', types: ['EMAIL'], findings: [{ type: 'EMAIL', category: 'PII', severity: 'medium', detector: 'email', valueHash: 'pppppppppppppppp' }] }),
    ev({ id: 3, action: 'redact' }),
  ];

  it('lists the distinct sites, types and actions, sorted', () => {
    expect(filterOptions(events)).toEqual({ sites: ['chatgpt', 'claude'], types: ['AWS_ACCESS_KEY', 'EMAIL'], actions: ['block', 'redact', 'warn'] });
  });

  it('counts findings per value hash across the history', () => {
    const seen = seenCounts(events);
    expect(seen.get('abcdefghabcdefgh')).toBe(2);
    expect(seen.get('pppppppppppppppp')).toBe(1);
  });
});
