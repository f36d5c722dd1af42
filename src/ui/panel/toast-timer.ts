import { useEffect, useState } from 'preact/hooks';

/** How long a toast with a button stays, unless hovered or focused. */
export const TOAST_TIMEOUT_MS = 10_000;

/**
 * A toast's auto-dismiss: `dismiss` after `timeoutMs` (never with 0), paused while the toast is hovered
 * or focused, so nobody loses its button mid-reach; Escape dismisses at once. Spread the result on the
 * toast's root element.
 */
export function useToastTimer(timeoutMs: number, dismiss: () => void) {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held || timeoutMs <= 0) return;
    const timer = setTimeout(dismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [held, timeoutMs]);
  return {
    onMouseEnter: () => setHeld(true),
    onMouseLeave: () => setHeld(false),
    onFocusIn: () => setHeld(true),
    onFocusOut: () => setHeld(false),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      dismiss();
    },
  };
}
