import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { eventsPerDay } from '@/src/history/stats';
import type { HistoryEvent } from '@/src/history/types';
import type { PolicyState } from '@/src/policy/state';
import { saveUserSetting } from '@/src/policy/user-settings';
import { t } from '../i18n';
import { PolicyErrors } from '../shared/PolicyErrors';
import { TryIt } from '../shared/TryIt';
import { usePolicyState } from '../shared/use-policy-state';
import { ActivityChart } from './ActivityChart';
import { HistoryView } from './HistoryView';
import { RestoredValuesLine } from './RestoredValuesLine';
import { TabStatusLine } from './TabStatusLine';
import { Tabs } from './Tabs';
import { TypeCounts } from './TypeCounts';
import { deriveTabStatus, pauseSite, resumeSite, type ActiveTab } from './tab-status';
import { useActiveTab } from './use-active-tab';
import { useHistory } from './use-history';

/** Days the activity chart covers. */
export const CHART_DAYS = 14;

type TabKey = 'history' | 'summary' | 'try';

export interface PopupViewProps {
  readonly state: PolicyState;
  readonly tab: ActiveTab | undefined;
  readonly events: readonly HistoryEvent[] | undefined;
  readonly onClear: () => Promise<void>;
  readonly initialTab?: TabKey;
}

/**
 * Pause or resume the guard on `host` as a user setting. The guard follows `sites` live
 * (src/guard/policy.ts), so the open page changes at once.
 */
async function setPaused(state: PolicyState, host: string, site: string | undefined, pause: boolean): Promise<string | undefined> {
  const mine = state.user.settings.sites;
  const result = await saveUserSetting('sites', pause ? pauseSite(mine, host) : resumeSite(mine, host, site));
  return result.ok ? undefined : t('pauseFailed');
}

/** The popup from its inputs (rendered directly by tests). */
export function PopupView({ state, tab, events, onClear, initialTab = 'history' }: PopupViewProps) {
  const [current, setCurrent] = useState<TabKey>(initialTab);
  const status = tab && deriveTabStatus(tab, state.effective);
  const buckets = useMemo(() => eventsPerDay(events ?? [], CHART_DAYS), [events]);
  const canClear = !state.effective.locked.has('history');
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <TabStatusLine status={status} onPause={(pause) => (status?.host ? setPaused(state, status.host, status.site, pause) : Promise.resolve(undefined))} />
      <RestoredValuesLine />
      <PolicyErrors state={state} limit={3}>
        <button type="button" class="link" data-testid="open-settings" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openSettings')}
        </button>
      </PolicyErrors>
      <Tabs
        tabs={[
          { key: 'history', label: t('tabHistory') },
          { key: 'summary', label: t('tabSummary') },
          { key: 'try', label: t('tabTryIt') },
        ]}
        current={current}
        onSelect={setCurrent}
      >
        {current === 'history' &&
          (events ? <HistoryView events={events} policy={state.effective.policy.history} canClear={canClear} onClear={onClear} /> : <p aria-busy="true">{t('loading')}</p>)}
        {current === 'summary' && (
          <>
            <ActivityChart buckets={buckets} />
            <TypeCounts events={events ?? []} />
          </>
        )}
        {current === 'try' && (
          <>
            <p>{t('popupIntro')}</p>
            <TryIt policy={state.effective.policy} rows={6} />
          </>
        )}
      </Tabs>
    </main>
  );
}

/** The toolbar popup: the active tab's status, the private history, its summary, and "Try it". */
export function PopupApp() {
  const state = usePolicyState();
  const tab = useActiveTab();
  const history = useHistory();
  if (!state) return <main class="popup" aria-busy="true">{t('loading')}</main>;
  return <PopupView state={state} tab={tab} events={history.events} onClear={history.clear} />;
}
