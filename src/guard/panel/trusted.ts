/**
 * Panel buttons that let data through act only on trusted clicks (a real user's mouse or keyboard).
 * The panel's shadow root is open, so a page script could find "Send anyway" and call `.click()` on
 * it: that click is untrusted and does nothing. Keyboard activation (Enter/Space on a focused button)
 * produces trusted clicks, so the panel stays fully keyboard-usable.
 */
let acceptSynthetic = false;

/** Wraps a handler so it runs only for trusted events. */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted || acceptSynthetic) handler(event);
  };
}

/**
 * For unit tests in happy-dom, where every event is synthetic. Never called by product code; the
 * e2e suite checks the real rule in Chromium.
 */
export function acceptSyntheticClicksForTests(accept: boolean): void {
  acceptSynthetic = accept;
}
