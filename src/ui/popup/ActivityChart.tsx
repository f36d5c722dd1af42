import type { DayBucket } from '@/src/history/stats';
import { t } from '../i18n';
import { categoryLabel } from '../shared/labels';
import { categoryTotals, chartGeometry } from './chart';

const SIZE = { width: 336, height: 72, gap: 4 };

/** `2026-11-24` → `Nov 24` in the browser's language. */
function shortDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

interface Props {
  readonly buckets: readonly DayBucket[];
}

/**
 * Events per day for the last days, stacked by category: a plain inline SVG (no chart library). The
 * SVG is decorative for screen readers; the same numbers are in the text summary and in each bar's
 * `<title>` for pointer users.
 */
export function ActivityChart({ buckets }: Props) {
  const { bars } = chartGeometry(buckets, SIZE);
  const totals = categoryTotals(buckets);
  const summary =
    totals.length === 0
      ? t('chartEmpty', String(buckets.length))
      : t('chartSummary', [String(buckets.length), totals.map((c) => `${categoryLabel(c.category)} ${c.count}`).join(', ')]);
  return (
    <figure class="chart" data-testid="chart">
      <svg viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} width={SIZE.width} height={SIZE.height} aria-hidden="true" focusable="false">
        <line x1="0" y1={SIZE.height - 0.5} x2={SIZE.width} y2={SIZE.height - 0.5} class="chart-axis" />
        {bars.map((b) => (
          <g key={b.day} data-day={b.day} data-total={b.total}>
            <title>{`${b.day}: ${b.total}`}</title>
            {b.segments.map((s) => (
              <rect key={s.category} x={b.x} y={s.y} width={b.width} height={s.height} class={`cat-${s.category}`} data-category={s.category} />
            ))}
          </g>
        ))}
      </svg>
      {bars.length > 0 && (
        <div class="chart-days" aria-hidden="true">
          <span>{shortDay(bars[0]!.day)}</span>
          <span>{shortDay(bars.at(-1)!.day)}</span>
        </div>
      )}
      <figcaption data-testid="chart-summary">{summary}</figcaption>
      {totals.length > 0 && (
        <ul class="legend" aria-hidden="true">
          {totals.map((c) => (
            <li key={c.category}>
              <span class={`swatch cat-${c.category}`} /> {categoryLabel(c.category)}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
