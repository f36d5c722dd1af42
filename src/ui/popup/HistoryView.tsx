import { useMemo, useState } from 'preact/hooks';
import { matchesFilter } from '@/src/history/store';
import type { HistoryEvent } from '@/src/history/types';
import type { HistoryPolicy } from '@/src/policy/schema';
import { t } from '../i18n';
import { EventDetails } from './EventDetails';
import { HistoryActions } from './HistoryActions';
import { HistoryFilters } from './HistoryFilters';
import { HistoryList } from './HistoryList';
import { EMPTY_FILTER, filterOptions, isFiltered, seenCounts, toHistoryFilter } from './history-filter';

/** Rows rendered at first (the store keeps up to 5 000 events; a popup should open instantly). */
const PAGE = 100;

interface Props {
  readonly events: readonly HistoryEvent[];
  readonly policy: HistoryPolicy;
  readonly canClear: boolean;
  readonly onClear: () => Promise<void>;
}

/** The history tab: filters, export and clear, the list, and the selected event's details. */
export function HistoryView({ events, policy, canClear, onClear }: Props) {
  const [model, setModel] = useState(EMPTY_FILTER);
  const [selected, setSelected] = useState<number>();
  const options = useMemo(() => filterOptions(events), [events]);
  const seen = useMemo(() => seenCounts(events), [events]);
  const shown = useMemo(() => {
    const filter = toHistoryFilter(model);
    return events.filter((e) => matchesFilter(e, filter));
  }, [events, model]);
  const [limit, setLimit] = useState(PAGE);
  const details = shown.find((e) => e.id === selected);
  return (
    <div class="history">
      {policy.mode === 'off' && <p class="help" data-testid="history-off">{t('historyModeOffNote')}</p>}
      {policy.mode === 'metadata' && <p class="help">{t('historyModeMetadataNote')}</p>}
      <HistoryFilters model={model} options={options} onChange={setModel} />
      <p class="help" data-testid="history-count" aria-live="polite">
        {isFiltered(model) ? t('historyShownOf', [String(shown.length), String(events.length)]) : t('historyTotal', String(events.length))}
      </p>
      <HistoryActions events={shown} total={events.length} canClear={canClear} onClear={onClear} />
      {details && <EventDetails event={details} seen={seen} onClose={() => setSelected(undefined)} />}
      <HistoryList events={shown.slice(0, limit)} selected={selected} onSelect={(id) => setSelected(id === selected ? undefined : id)} />
      {shown.length > limit && (
        <button type="button" class="link" data-testid="history-more" onClick={() => setLimit(limit + PAGE)}>
          {t('historyMore', String(shown.length - limit))}
        </button>
      )}
    </div>
  );
}
