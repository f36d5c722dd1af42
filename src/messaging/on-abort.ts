/**
 * Runs `cleanup` when `signal` aborts, swallowing what it throws. The guard's signal aborts when an
 * extension update orphans this content script; by then `browser.*` calls such as
 * `storage.onChanged.removeListener` throw "Extension context invalidated.", and an exception in an
 * abort listener would surface as an uncaught error on the user's page.
 */
export function onAbort(signal: AbortSignal, cleanup: () => void): void {
  signal.addEventListener(
    'abort',
    () => {
      try {
        cleanup();
      } catch {
        // the extension context is gone: there is nothing left to clean up
      }
    },
    { once: true },
  );
}
