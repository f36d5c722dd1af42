import type { GuardAction } from '@/src/decisions/types';
import { t } from '../i18n';
import { actionLabel } from '../shared/labels';
import type { FilterModel, FilterOptions } from './history-filter';

interface Props {
  readonly model: FilterModel;
  readonly options: FilterOptions;
  readonly onChange: (next: FilterModel) => void;
}

/** Search box plus site / type / action selects and a date range; every control is labelled. */
export function HistoryFilters({ model, options, onChange }: Props) {
  const set = (key: keyof FilterModel) => (e: Event) => onChange({ ...model, [key]: (e.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  const select = (key: 'site' | 'type' | 'action', label: string, values: readonly string[], show: (v: string) => string = (v) => v) => (
    <label class="filter">
      {label}
      <select data-testid={`history-filter-${key}`} value={model[key]} onChange={set(key)}>
        <option value="">{t('filterAny')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {show(v)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div class="history-filters" role="search">
      <label class="filter filter-search">
        {t('historySearch')}
        <input type="search" data-testid="history-search" value={model.search} onInput={set('search')} placeholder={t('historySearchPlaceholder')} />
      </label>
      {select('site', t('filterSite'), options.sites)}
      {select('type', t('filterType'), options.types)}
      {select('action', t('filterAction'), options.actions, (a) => actionLabel(a as GuardAction))}
      <label class="filter">
        {t('filterFrom')}
        <input type="date" data-testid="history-filter-from" value={model.from} max={model.to || undefined} onInput={set('from')} />
      </label>
      <label class="filter">
        {t('filterTo')}
        <input type="date" data-testid="history-filter-to" value={model.to} min={model.from || undefined} onInput={set('to')} />
      </label>
    </div>
  );
}
