/**
 * Geometry of the popup's activity chart: one bar per day, stacked by category in CATEGORY_ORDER from
 * the bottom. Pure numbers, so the SVG component only draws and the maths is tested here.
 */
import type { Category } from '@/src/engine/types';
import { CATEGORY_ORDER, type DayBucket } from '@/src/history/stats';

export interface ChartSize {
  readonly width: number;
  readonly height: number;
  /** Space between bars. */
  readonly gap: number;
}

export interface Segment {
  readonly category: Category;
  readonly count: number;
  readonly y: number;
  readonly height: number;
}

export interface Bar {
  readonly day: string;
  readonly total: number;
  readonly x: number;
  readonly width: number;
  /** Bottom-up; categories with no events are left out. */
  readonly segments: readonly Segment[];
}

export interface ChartGeometry {
  readonly bars: readonly Bar[];
  /** The count the full height stands for (at least 1, so an empty chart divides by nothing). */
  readonly max: number;
}

/** Bars and stacked segments for `buckets` in a `width` × `height` box (y grows downwards, as in SVG). */
export function chartGeometry(buckets: readonly DayBucket[], { width, height, gap }: ChartSize): ChartGeometry {
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const slot = buckets.length > 0 ? width / buckets.length : width;
  const barWidth = Math.max(1, slot - gap);
  const bars = buckets.map((b, i) => {
    let top = height;
    const segments: Segment[] = [];
    for (const category of CATEGORY_ORDER) {
      const count = b.byCategory[category] ?? 0;
      if (count === 0) continue;
      const h = (count / max) * height;
      top -= h;
      segments.push({ category, count, y: top, height: h });
    }
    return { day: b.day, total: b.total, x: i * slot + gap / 2, width: barWidth, segments };
  });
  return { bars, max };
}

/** Totals per category over all buckets, in CATEGORY_ORDER, zeros left out (the chart's text summary). */
export function categoryTotals(buckets: readonly DayBucket[]): { category: Category; count: number }[] {
  return CATEGORY_ORDER.map((category) => ({ category, count: buckets.reduce((n, b) => n + (b.byCategory[category] ?? 0), 0) })).filter((c) => c.count > 0);
}
