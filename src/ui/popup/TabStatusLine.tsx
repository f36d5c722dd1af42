import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { statusDetail, statusTitle } from './labels';
import type { DerivedStatus } from './tab-status';

interface Props {
  readonly status: DerivedStatus | undefined;
  /** Pauses (true) or resumes (false) the guard on this host; resolves to an error message or nothing. */
  readonly onPause: (pause: boolean) => Promise<string | undefined>;
}

/**
 * One line about the active tab (`data-status` carries the machine value) and, where the site is
 * guarded, a pause/resume button. When the admin locked `sites` the button stays visible but disabled,
 * with the reason, so the user knows the option exists and who decides.
 */
export function TabStatusLine({ status, onPause }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (!status) return <p class="tab-status" data-testid="tab-status" aria-busy="true">{t('loading')}</p>;
  const paused = status.kind === 'paused';
  const toggle = async () => {
    setBusy(true);
    setError(await onPause(!paused));
    setBusy(false);
  };
  return (
    <section class={`tab-status status-${status.kind}`} data-testid="tab-status" data-status={status.kind} aria-live="polite">
      <div class="tab-status-text">
        <strong>{statusTitle(status)}</strong>
        {status.host && <span class="mono"> {status.host}</span>}
        <p class="help">{statusDetail(status)}</p>
      </div>
      {status.pause !== 'none' && status.host && (
        <button
          type="button"
          data-testid="pause-site"
          data-paused={paused ? '' : undefined}
          disabled={busy || status.pause === 'locked'}
          title={status.pause === 'locked' ? t('pauseLocked') : undefined}
          onClick={() => void toggle()}
        >
          {paused ? t('resumeSite') : t('pauseSite')}
        </button>
      )}
      {status.pause === 'locked' && <p class="help" data-testid="pause-locked">{t('pauseLocked')}</p>}
      {error && <p class="field-error" role="alert">{error}</p>}
    </section>
  );
}
