/**
 * Panel buttons that let data through act only on trusted clicks (a real user's mouse or keyboard).
 * The panel's shadow root is open, so a page script could find "Send anyway" and call `.click()` on
 * it: that click is untrusted and does nothing. Keyboard activation (Enter/Space on a focused button)
 * produces trusted clicks, so the panel stays fully keyboard-usable.
 */
let acceptSynthetic = false;
/** The element the user last moved focus to themselves (a trusted Tab, or a pointer press). */
let userFocused: EventTarget | null = null;

/**
 * Called by the dialog on trusted Tab key-ups and pointer presses. A page script can also `.focus()`
 * "Send anyway" inside the open shadow root, hoping the user's next Enter lands on it: a keyboard
 * activation counts only on a button the user reached themselves.
 */
export function noteUserFocus(event: Event): void {
  if (!event.isTrusted) return;
  const root = (event.currentTarget as Node | null)?.getRootNode?.();
  if (event.type === 'pointerdown') userFocused = event.composedPath()[0] instanceof Element ? (event.composedPath()[0] as Element).closest('button') : null;
  else if (root instanceof ShadowRoot || root instanceof Document) userFocused = root.activeElement;
}

/** Wraps a handler so it runs only for trusted events (and keyboard clicks on a button the user focused). */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (acceptSynthetic) return handler(event);
    if (!event.isTrusted) return;
    // A click from the keyboard (Enter/Space) has detail 0; from a pointer, the click count.
    if ((event as unknown as MouseEvent).detail === 0 && event.currentTarget !== userFocused) return;
    handler(event);
  };
}

/**
 * For unit tests in happy-dom, where every event is synthetic. Never called by product code; the
 * e2e suite checks the real rule in Chromium.
 */
export function acceptSyntheticClicksForTests(accept: boolean): void {
  acceptSynthetic = accept;
}
