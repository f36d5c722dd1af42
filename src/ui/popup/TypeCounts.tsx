import { countsByType } from '@/src/history/stats';
import type { HistoryEvent } from '@/src/history/types';
import { t } from '../i18n';

/** Findings by type, most frequent first, with how many different values they were (by hash). */
export function TypeCounts({ events }: { readonly events: readonly HistoryEvent[] }) {
  const rows = countsByType(events);
  return (
    <table class="grid" data-testid="type-counts">
      <caption>{t('typeCountsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('typeCountsType')}</th>
          <th scope="col">{t('typeCountsFindings')}</th>
          <th scope="col">{t('typeCountsDistinct')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={3} class="empty">
              {t('historyNone')}
            </td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.type} data-type={r.type}>
              <td class="mono">{r.type}</td>
              <td>{r.count}</td>
              <td>{r.distinct}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
