import { describe, expect, it } from 'vitest';
import type { DayBucket } from '@/src/history/stats';
import { categoryTotals, chartGeometry } from './chart';

const day = (d: string, by: Partial<DayBucket['byCategory']>): DayBucket => {
  const byCategory = { SECRET: 0, GOVERNMENT_ID: 0, FINANCIAL: 0, PII: 0, CUSTOM: 0, ...by };
  return { day: d, byCategory, total: Object.values(byCategory).reduce((a, b) => a + b, 0) };
};
const SIZE = { width: 100, height: 50, gap: 2 };

describe('chartGeometry', () => {
  it('one slot per day, the tallest day fills the height, segments stack bottom-up in category order', () => {
    const { bars, max } = chartGeometry([day('2026-11-01', { PII: 1, SECRET: 1 }), day('2026-11-02', { SECRET: 1 }), day('2026-11-03', {})], SIZE);
    expect(max).toBe(2);
    expect(bars.map((b) => [b.x, b.width])).toEqual([
      [1, 100 / 3 - 2],
      [100 / 3 + 1, 100 / 3 - 2],
      [(200 / 3) + 1, 100 / 3 - 2],
    ]);
    expect(bars[0]!.segments).toEqual([
      { category: 'SECRET', count: 1, y: 25, height: 25 },
      { category: 'PII', count: 1, y: 0, height: 25 },
    ]);
    expect(bars[1]!.segments).toEqual([{ category: 'SECRET', count: 1, y: 25, height: 25 }]);
    expect(bars[2]!.segments).toEqual([]);
  });

  it('an empty history draws no segments and does not divide by zero', () => {
    const { bars, max } = chartGeometry([day('2026-11-01', {}), day('2026-11-02', {})], SIZE);
    expect(max).toBe(1);
    expect(bars.every((b) => b.segments.length === 0 && Number.isFinite(b.x))).toBe(true);
    expect(chartGeometry([], SIZE).bars).toEqual([]);
  });

  it('segments never leave the drawing area', () => {
    const { bars } = chartGeometry([day('d', { SECRET: 3, FINANCIAL: 2, PII: 7, CUSTOM: 1, GOVERNMENT_ID: 4 })], SIZE);
    for (const s of bars[0]!.segments) expect(s.y).toBeGreaterThanOrEqual(-1e-9);
    expect(bars[0]!.segments.reduce((h, s) => h + s.height, 0)).toBeCloseTo(50);
  });
});

describe('categoryTotals', () => {
  it('sums per category over the days, zeros left out', () => {
    expect(categoryTotals([day('a', { PII: 2 }), day('b', { PII: 1, SECRET: 4 })])).toEqual([
      { category: 'SECRET', count: 4 },
      { category: 'PII', count: 3 },
    ]);
  });
});
