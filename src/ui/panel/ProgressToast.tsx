import { t, textLanguage } from './strings';
import type { PanelResult, ProgressToastProps } from './types';

type Props = ProgressToastProps & { readonly onResult: (result: PanelResult) => void };

/**
 * "Checking report.pdf before it is attached… (1 of 2)" with a bar, while attached files are read. A
 * status, not a dialog: it takes no focus and has no button; the guard replaces it with its decision.
 */
export function ProgressToast({ name, done, total }: Props) {
  return (
    <div class="pf-toast pf-progress" role="status" lang={textLanguage()}>
      <span class="pf-toast-text">{t('progress.reading', { name, current: Math.min(done + 1, total), total })}</span>
      <progress class="pf-progress-bar" aria-label={t('progress.label')} max={total} value={done} />
    </div>
  );
}
