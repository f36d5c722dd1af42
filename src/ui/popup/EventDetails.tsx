import type { HistoryEvent } from '@/src/history/types';
import { t } from '../i18n';
import { explainFinding } from '../shared/explain';
import { actionLabel, categoryLabel } from '../shared/labels';
import { FileFacts } from './FileFacts';
import { fileChoiceLabel } from './file-labels';
import { channelLabel, choiceLabel } from './labels';

interface Props {
  readonly event: HistoryEvent;
  /** Findings per value hash over the whole history. */
  readonly seen: ReadonlyMap<string, number>;
  readonly onClose: () => void;
}

/**
 * One decision in full: where, when, what was decided, the attached file it was about (if any), and
 * each finding with its type, the masked preview (only in `masked` mode), why it matched and how often
 * the same value was caught. There is no raw value to show: the history never had one.
 */
export function EventDetails({ event, seen, onClose }: Props) {
  return (
    // Focused when it opens (keyed by event, so each new selection moves focus), so keyboard and
    // screen-reader users land on what they asked for; it sits above the list and may be off-screen.
    <section
      class="event-details"
      data-testid="event-details"
      data-event-id={event.id}
      aria-label={t('eventDetailsTitle')}
      tabIndex={-1}
      ref={(el) => {
        if (el && el.dataset.focused !== String(event.id)) {
          el.dataset.focused = String(event.id);
          el.focus();
          el.scrollIntoView?.({ block: 'nearest' });
        }
      }}
    >
      <div class="details-head">
        <h3>{t('eventDetailsTitle')}</h3>
        <button type="button" class="link" data-testid="close-details" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <p>
        {new Date(event.at).toLocaleString()} · {event.site} <span class="mono">{event.host}</span>
      </p>
      <p>
        {actionLabel(event.action)} → {event.file ? fileChoiceLabel(event) : choiceLabel(event.choice)} · {t('eventChannel', channelLabel(event.channel))}
      </p>
      {event.justification !== undefined && <p>{t('eventJustification', event.justification)}</p>}
      <FileFacts event={event} />
      <ul class="findings">
        {event.findings.map((f, i) => {
          const times = f.valueHash ? seen.get(f.valueHash) ?? 1 : undefined;
          return (
            <li key={i} data-type={f.type}>
              <strong>{f.type}</strong> <span class="tag">{categoryLabel(f.category)}</span>{' '}
              {f.preview ? <code data-testid="finding-preview">{f.preview}</code> : <span class="help">{t('eventNoPreview')}</span>}
              <div class="help" data-testid="finding-reason">
                {explainFinding(f.why, f.reason) || f.detector}
              </div>
              {times !== undefined && (
                <div class="help" data-testid="finding-seen" data-seen={times}>
                  {times === 1 ? t('eventSeenOnce') : t('eventSeenTimes', String(times))}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
