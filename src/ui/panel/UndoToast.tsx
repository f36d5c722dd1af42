import { useRef, useState } from 'preact/hooks';
import { plural, t, textLanguage } from './strings';
import { TOAST_TIMEOUT_MS, useToastTimer } from './toast-timer';
import type { PanelResult, UndoToastProps } from './types';

type Props = UndoToastProps & { readonly onResult: (result: PanelResult) => void };

/**
 * "2 sensitive items were redacted. [Undo redaction]". A status, not a dialog: it must not take focus from
 * the composer the user is typing in. It stays while hovered or focused, so nobody loses the undo mid-reach.
 */
export function UndoToast({ count, onUndo, choice = 'auto-redacted', timeoutMs = TOAST_TIMEOUT_MS, onResult }: Props) {
  const [busy, setBusy] = useState(false);
  const done = useRef(false);
  const finish = (undone: boolean) => {
    if (done.current) return;
    done.current = true;
    onResult({ choice, send: false, allowedFindings: [], undone });
  };
  const timer = useToastTimer(timeoutMs, () => finish(false));

  const undo = async () => {
    setBusy(true);
    try {
      await onUndo();
      finish(true);
    } catch (error) {
      // The caller's undo failed: report "not undone" rather than claim the text came back.
      console.warn('PromptFence: undo redaction failed', error);
      finish(false);
    }
  };

  return (
    <div class="pf-toast" role="status" lang={textLanguage()} {...timer}>
      <span class="pf-toast-text">{plural('toast.redacted', count)}</span>
      <button type="button" class="pf-btn pf-btn--primary pf-btn--small" disabled={busy} onClick={undo}>
        {t('action.undo')}
      </button>
      <button type="button" class="pf-btn pf-btn--icon" aria-label={t('action.dismiss')} onClick={() => finish(false)}>
        ×
      </button>
    </div>
  );
}
