import { useState } from 'preact/hooks';
import { historyToCsv, historyToJson } from '@/src/history/export';
import type { HistoryEvent } from '@/src/history/types';
import { t } from '../i18n';
import { downloadText, exportFileName } from './download';

interface Props {
  /** What the current filter shows: the export is what the user sees. */
  readonly events: readonly HistoryEvent[];
  readonly total: number;
  /**
   * Whether the user may clear the history. Policy: only when the admin has not locked the `history`
   * setting. An organisation that sets the history mode and retention owns how long events are kept,
   * so "clear" is theirs too; the button stays visible, disabled, with that reason.
   */
  readonly canClear: boolean;
  readonly onClear: () => Promise<void>;
}

/** Export (what the filter shows) and clear all (everything, after a confirm step). */
export function HistoryActions({ events, total, canClear, onClear }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const clear = async () => {
    setBusy(true);
    await onClear();
    setBusy(false);
    setConfirming(false);
  };
  return (
    <div class="history-actions">
      <button type="button" data-testid="export-csv" disabled={events.length === 0} onClick={() => downloadText(exportFileName('csv'), historyToCsv(events), 'text/csv')}>
        {t('exportCsv')}
      </button>
      <button
        type="button"
        data-testid="export-json"
        disabled={events.length === 0}
        onClick={() => downloadText(exportFileName('json'), historyToJson(events), 'application/json')}
      >
        {t('exportJson')}
      </button>
      {!confirming ? (
        <button
          type="button"
          data-testid="clear-history"
          disabled={!canClear || total === 0}
          aria-describedby={canClear ? undefined : 'clear-locked'}
          onClick={() => setConfirming(true)}
        >
          {t('clearHistory')}
        </button>
      ) : (
        <span class="confirm" role="group" aria-label={t('clearConfirm', String(total))}>
          <span>{t('clearConfirm', String(total))}</span>
          <button type="button" data-testid="clear-confirm" class="danger" disabled={busy} onClick={() => void clear()} ref={(el) => el?.focus()}>
            {t('clearConfirmYes')}
          </button>
          <button type="button" data-testid="clear-cancel" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </span>
      )}
      {!canClear && (
        <p class="help" id="clear-locked" data-testid="clear-locked">
          {t('clearLocked')}
        </p>
      )}
    </div>
  );
}
