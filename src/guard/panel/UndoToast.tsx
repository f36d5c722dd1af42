import { useEffect, useRef, useState } from 'preact/hooks';
import { plural, t, textLanguage } from './strings';
import type { PanelResult, UndoToastProps } from './types';

const DEFAULT_TIMEOUT_MS = 10_000;

type Props = UndoToastProps & { readonly onResult: (result: PanelResult) => void };

/**
 * "2 sensitive items were redacted. [Undo redaction]". A status, not a dialog: it must not take focus from
 * the composer the user is typing in. It stays while hovered or focused, so nobody loses the undo mid-reach.
 */
export function UndoToast({ count, onUndo, choice = 'auto-redacted', timeoutMs = DEFAULT_TIMEOUT_MS, onResult }: Props) {
  const [held, setHeld] = useState(false);
  const [busy, setBusy] = useState(false);
  const done = useRef(false);
  const finish = (undone: boolean) => {
    if (done.current) return;
    done.current = true;
    onResult({ choice, send: false, allowedFindings: [], undone });
  };

  useEffect(() => {
    if (held || timeoutMs <= 0) return;
    const timer = setTimeout(() => finish(false), timeoutMs);
    return () => clearTimeout(timer);
  }, [held, timeoutMs]);

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
    <div
      class="pf-toast"
      role="status"
      lang={textLanguage()}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocusIn={() => setHeld(true)}
      onFocusOut={() => setHeld(false)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        finish(false);
      }}
    >
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
