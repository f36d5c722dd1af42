/**
 * The adapter of an admin-added internal AI front end, when this page is one. The background registers
 * the guard on those hosts (src/background/custom-sites.ts) from the same configuration.
 * Source today: `customSites` in storage.local; the policy work moves it to managed storage.
 */
import { browser } from 'wxt/browser';
import { adapterForUrl, customSiteAdapters } from '../sites';
import type { SiteAdapter } from '../sites/types';

export async function customAdapterFor(url: string): Promise<SiteAdapter | null> {
  try {
    const { customSites } = await browser.storage.local.get('customSites');
    return adapterForUrl(url, customSiteAdapters(customSites ?? []).adapters);
  } catch {
    return null;
  }
}
