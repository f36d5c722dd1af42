/**
 * The guard's state per tab (`{site, health}` from `guard-status`), kept in `storage.session` so the
 * popup can show it for the active tab and so it survives the MV3 service worker being stopped.
 *
 * One key per tab. All writes go through one queue, so a "forget on navigation" and the new page's
 * first report are applied in the order the browser delivered them.
 */
import { storage } from 'wxt/utils/storage';
import type { AdapterHealth } from '../sites/types';
import { serialQueue } from './serial';

export interface TabStatus {
  /** Site adapter id (`chatgpt`, an admin's custom id, …). */
  readonly site: string;
  readonly health: AdapterHealth;
  /** When the guard reported it (ms since epoch, background clock). */
  readonly at: number;
  /** Origin of the page that reported it, when the browser said (decides what survives a navigation). */
  readonly origin?: string;
}

const HEALTH: Record<AdapterHealth, true> = { ok: true, degraded: true, 'no-composer': true };
const MAX_SITE_LENGTH = 64;

const keyOf = (tabId: number) => `session:guard.tabStatus.${tabId}` as const;
const serially = serialQueue();

/** `{site, health}` from an untrusted `guard-status` message, or null. */
export function parseGuardStatus(message: unknown): Pick<TabStatus, 'site' | 'health'> | null {
  if (typeof message !== 'object' || message === null) return null;
  const { site, health } = message as { site?: unknown; health?: unknown };
  if (typeof site !== 'string' || site.length === 0 || site.length > MAX_SITE_LENGTH || /[\u0000-\u001f\u007f]/.test(site)) return null;
  if (typeof health !== 'string' || !Object.prototype.hasOwnProperty.call(HEALTH, health)) return null;
  return { site, health: health as AdapterHealth };
}

/** The origin of `url`, or undefined when there is none to compare (missing, opaque, malformed). */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether a tab's status still holds after `tabs.onUpdated` reported a navigation.
 *
 * Chromium reports in-app route changes (`history.pushState`, even hash changes) exactly like page
 * loads (`status: 'loading'` plus the new `url`; checked on Chromium 156), and the guard reports its
 * status only when it changes. So a URL change within the same origin keeps the status: either the
 * same guard still runs, or a new page's guard replaces it moments later. A reload (no `url`), a
 * page we may not see (no `url` either) or another origin drops it.
 */
export function statusSurvives(status: Pick<TabStatus, 'origin'> | null, newUrl: string | undefined): boolean {
  const next = originOf(newUrl);
  return status !== null && next !== undefined && status.origin === next;
}

/** Records what the guard in `tabId` reported (`origin`: the reporting page's, from the message sender). */
export function setTabStatus(tabId: number, status: Pick<TabStatus, 'site' | 'health'>, origin?: string, now = Date.now()): Promise<void> {
  const value: TabStatus = { site: status.site, health: status.health, at: now, ...(origin ? { origin } : {}) };
  return serially(() => storage.setItem<TabStatus>(keyOf(tabId), value));
}

/** What the guard last reported for this tab, or null (no guard there, or not yet). Never rejects. */
export async function getTabStatus(tabId: number): Promise<TabStatus | null> {
  try {
    const stored = await storage.getItem<TabStatus>(keyOf(tabId));
    const parsed = parseGuardStatus(stored);
    if (!parsed || typeof stored?.at !== 'number') return null;
    return { ...parsed, at: stored.at, ...(typeof stored.origin === 'string' ? { origin: stored.origin } : {}) };
  } catch {
    return null;
  }
}

/** Drops the tab's status (tab closed). */
export function clearTabStatus(tabId: number): Promise<void> {
  return serially(() => storage.removeItem(keyOf(tabId)));
}

/** Drops the tab's status unless it survives a navigation to `newUrl` (see `statusSurvives`). */
export function forgetStatusOnNavigation(tabId: number, newUrl: string | undefined): Promise<void> {
  return serially(async () => {
    if (!statusSurvives(await getTabStatus(tabId), newUrl)) await storage.removeItem(keyOf(tabId));
  });
}
