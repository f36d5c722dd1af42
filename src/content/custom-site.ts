/**
 * The adapter of an admin-added internal AI front end, when this page is one. The background registers
 * the guard on those hosts (src/background/custom-sites.ts) from the same configuration.
 * Source today: `customSites` in storage.local; the policy work moves it to managed storage.
 */
import { browser } from 'wxt/browser';
import { adapterForUrl, customSiteAdapters, CUSTOM_SITES_STORAGE_KEY } from '../sites';
import type { SiteAdapter } from '../sites/types';

export async function customAdapterFor(url: string): Promise<SiteAdapter | null> {
  try {
    // The same key the background registers the guard from (not its module: that one also defines
    // session-storage items, which a content script may not touch).
    const configs = (await browser.storage.local.get(CUSTOM_SITES_STORAGE_KEY))[CUSTOM_SITES_STORAGE_KEY];
    return adapterForUrl(url, customSiteAdapters(configs ?? []).adapters);
  } catch {
    return null;
  }
}
