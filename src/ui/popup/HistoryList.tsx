import type { HistoryEvent } from '@/src/history/types';
import { t } from '../i18n';
import { actionLabel } from '../shared/labels';
import { FileIcon } from './FileIcon';
import { fileChoiceLabel, fileRowLabel } from './file-labels';
import { choiceLabel, typeCountsLabel } from './labels';

interface Props {
  readonly events: readonly HistoryEvent[];
  readonly selected: number | undefined;
  readonly onSelect: (id: number) => void;
}

const time = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });

/** Newest first; each row is a button (keyboard: Tab to it, Enter opens the details). A file's row names it. */
export function HistoryList({ events, selected, onSelect }: Props) {
  if (events.length === 0) return <p class="empty" data-testid="history-empty">{t('historyNone')}</p>;
  return (
    <ul class="history-list" data-testid="history-list">
      {events.map((e) => (
        <li key={e.id} data-event-id={e.id} data-action={e.action} data-choice={e.choice} data-file={e.file ? '' : undefined}>
          <button type="button" class="history-row" aria-expanded={selected === e.id} onClick={() => e.id !== undefined && onSelect(e.id)}>
            <span class="row-time">{time(e.at)}</span>
            <span class="row-site">{e.site}</span>
            {e.file && (
              <span class="row-file" data-testid="row-file">
                <FileIcon /> {fileRowLabel(e.file)}
              </span>
            )}
            <span class={`row-action action-${e.action}`}>
              {actionLabel(e.action)} → {e.file ? fileChoiceLabel(e) : choiceLabel(e.choice)}
            </span>
            <span class="row-types">{typeCountsLabel(e)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
