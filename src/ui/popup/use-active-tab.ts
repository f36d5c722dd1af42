/**
 * The active tab's URL and what its guard last reported, kept live while the popup is open.
 *
 * The popup reads the background's per-tab record straight from `storage.session` (extension pages
 * may; content scripts may not), so no message round trip is needed and a stopped service worker
 * does not matter. The URL is only visible on hosts we hold a permission for, which are exactly the
 * hosts the guard can run on.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getTabStatus } from '@/src/background/tab-status';
import type { ActiveTab } from './tab-status';

/** The active tab of the popup's window and its guard's last report. */
export async function readActiveTab(): Promise<ActiveTab & { id?: number }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { reported: null };
  const reported = await getTabStatus(tab.id);
  return { id: tab.id, ...(tab.url ? { url: tab.url } : {}), reported: reported ? { site: reported.site, health: reported.health } : null };
}

/** The active tab, re-read when any session record changes; `undefined` until the first read. */
export function useActiveTab(): ActiveTab | undefined {
  const [tab, setTab] = useState<ActiveTab>();
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void readActiveTab()
        .catch((): ActiveTab => ({ reported: null }))
        .then((next) => live && setTab(next));
    refresh();
    // A guard that finds its composer after the popup opened updates the line in place.
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'session') refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return tab;
}
