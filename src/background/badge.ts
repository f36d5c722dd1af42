/**
 * The toolbar badge: how many findings the composer in this tab holds right now.
 *
 * Per tab, so another tab's draft never shows here. Chrome MV3 calls the toolbar button `action`,
 * Firefox MV2 (our Firefox build) `browserAction`; both have the same badge methods.
 */
import type { browser as wxtBrowser } from 'wxt/browser';

type BrowserApi = typeof wxtBrowser;

/** Red, like other "attention" badges; white text reads on it in light and dark themes. */
export const BADGE_COLOR = '#C5221F';
/** Badge text colour where the browser supports setting it. */
export const BADGE_TEXT_COLOR = '#FFFFFF';
/** The badge fits about four characters. */
const MAX_SHOWN = 999;

/** Badge text for a count: empty when there is nothing to show, `999+` past what fits. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > MAX_SHOWN ? `${MAX_SHOWN}+` : String(Math.floor(count));
}

/** The toolbar-button API of this browser and manifest version. */
export function actionApi(api: BrowserApi): BrowserApi['action'] {
  return api.action ?? (api as unknown as { browserAction: BrowserApi['action'] }).browserAction;
}

/** Shows `count` on the tab's badge (empty for 0). Rejects when the tab is gone; callers log. */
export async function showFindingsCount(api: BrowserApi, tabId: number, count: number): Promise<void> {
  const action = actionApi(api);
  const text = badgeText(count);
  await action.setBadgeText({ tabId, text });
  if (text === '') return;
  await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  // Chrome 110+, Firefox 63+: optional so an older browser still gets the count.
  await action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR });
}

/** Removes the tab's badge text. */
export async function clearBadge(api: BrowserApi, tabId: number): Promise<void> {
  await actionApi(api).setBadgeText({ tabId, text: '' });
}
