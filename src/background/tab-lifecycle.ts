/**
 * Forgets what we show for a tab when it navigates or closes, so it never describes a page that is
 * no longer there. The badge is cleared on every navigation, in-app route changes included: a route
 * change usually replaces the composer, and the guard sends a new count when its count changes. The
 * guard status survives a same-origin URL change (see `statusSurvives`): the guard sends it only when
 * it changes, and a new page's guard sends it as it starts.
 */
import type { browser as wxtBrowser } from 'wxt/browser';
import { clearBadge } from './badge';
import { clearTabStatus, forgetStatusOnNavigation } from './tab-status';

type BrowserApi = typeof wxtBrowser;

/**
 * True for a `tabs.onUpdated` change that means "another page": a new URL (also same-document route
 * changes) or a load starting (also reloads). Title, favicon, audio and the like are not navigation.
 */
export function isNavigation(change: { readonly url?: string; readonly status?: string }): boolean {
  return change.url !== undefined || change.status === 'loading';
}

/**
 * Clears what we show for `tabId` after it navigated (to `newUrl` when the browser tells us) or
 * closed. Never rejects (the tab may be gone already).
 */
export async function forgetTab(api: BrowserApi, tabId: number, event: { readonly closed: true } | { readonly newUrl: string | undefined }): Promise<void> {
  const tasks =
    'closed' in event
      ? [clearTabStatus(tabId)] // the browser drops a closed tab's badge itself; setBadgeText would only fail
      : [forgetStatusOnNavigation(tabId, event.newUrl), clearBadge(api, tabId)];
  const results = await Promise.allSettled(tasks);
  for (const result of results) {
    if (result.status === 'rejected') console.debug('PromptFence: could not clear tab state', tabId, result.reason);
  }
}

/** Registers the tab listeners. Call synchronously at service-worker start (MV3 needs listeners at top level). */
export function watchTabLifecycle(api: BrowserApi): () => void {
  const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
    if (isNavigation(change)) void forgetTab(api, tabId, { newUrl: change.url });
  };
  const onRemoved = (tabId: number) => void forgetTab(api, tabId, { closed: true });
  // Prerendered or instant pages swap in under a new tab id; the old id is gone for good.
  const onReplaced = (_addedTabId: number, removedTabId: number) => void forgetTab(api, removedTabId, { closed: true });

  api.tabs.onUpdated.addListener(onUpdated);
  api.tabs.onRemoved.addListener(onRemoved);
  const replaced = listenIfAvailable(api.tabs.onReplaced, onReplaced);
  return () => {
    api.tabs.onUpdated.removeListener(onUpdated);
    api.tabs.onRemoved.removeListener(onRemoved);
    replaced();
  };
}

/** `tabs.onReplaced` is missing on some platforms (and in WXT's fake browser); losing it only leaks one small session key. */
function listenIfAvailable<F extends (...args: never[]) => unknown>(
  event: { addListener(f: F): void; removeListener(f: F): void } | undefined,
  listener: F,
): () => void {
  try {
    event?.addListener(listener);
    return () => event?.removeListener(listener);
  } catch {
    return () => undefined;
  }
}
