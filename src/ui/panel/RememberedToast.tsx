import { useRef } from 'preact/hooks';
import { plural, t, textLanguage } from './strings';
import { TOAST_TIMEOUT_MS, useToastTimer } from './toast-timer';
import type { PanelResult, RememberedToastProps } from './types';

type Props = RememberedToastProps & { readonly onResult: (result: PanelResult) => void };

/** "a.docx and b.pdf" in the panel's language (a plain comma list where Intl.ListFormat is missing). */
function listOf(names: readonly string[]): string {
  try {
    return new Intl.ListFormat(textLanguage(), { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/**
 * Files attached again that were decided earlier in this tab (same bytes): "customers.docx was not
 * attached, as decided when you added it earlier in this tab. [Review again]", and which went as their
 * redacted copy. A removal is never silent: without this the file would just not appear. A status, not a
 * dialog: no focus taken; it stays while hovered or focused.
 */
export function RememberedToast({ removed, copied, timeoutMs = TOAST_TIMEOUT_MS, onResult }: Props) {
  const done = useRef(false);
  const finish = (reviewAgain: boolean) => {
    if (done.current) return;
    done.current = true;
    onResult({ choice: removed.length > 0 ? 'blocked' : 'redacted', send: false, allowedFindings: [], ...(reviewAgain ? { reviewAgain } : {}) });
  };
  const timer = useToastTimer(timeoutMs, () => finish(false));
  return (
    <div class="pf-toast" role="status" lang={textLanguage()} data-remembered="" {...timer}>
      <span class="pf-toast-text">
        {removed.length > 0 && plural('toast.remembered.removed', removed.length, { names: listOf(removed) })}
        {removed.length > 0 && copied.length > 0 && ' '}
        {copied.length > 0 && plural('toast.remembered.copied', copied.length, { names: listOf(copied) })}
      </span>
      {removed.length > 0 && (
        <button type="button" class="pf-btn pf-btn--primary pf-btn--small" onClick={() => finish(true)}>
          {t('action.reviewAgain')}
        </button>
      )}
      <button type="button" class="pf-btn pf-btn--icon" aria-label={t('action.dismiss')} onClick={() => finish(false)}>
        ×
      </button>
    </div>
  );
}
