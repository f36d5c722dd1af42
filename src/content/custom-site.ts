/**
 * The adapter of an admin-added internal AI front end, when this page is one. The background registers
 * the guard on those hosts (src/background/custom-sites.ts) from the same configuration.
 * Source today: `customSites` in storage.local; the policy work moves it to managed storage.
 */
import { localCustomSitesSource } from '../background/custom-sites-source';
import { adapterForUrl, customSiteAdapters } from '../sites';
import type { SiteAdapter } from '../sites/types';

export async function customAdapterFor(url: string): Promise<SiteAdapter | null> {
  try {
    // The same source the background registers the guard from.
    const configs = await localCustomSitesSource().read();
    return adapterForUrl(url, customSiteAdapters(configs ?? []).adapters);
  } catch {
    return null;
  }
}
