/**
 * The adapter of an admin-added internal AI front end (policy `extraSites`), when this page is one.
 * The background registers the guard on those hosts (src/background/custom-sites.ts) from the same
 * policy; here the guard reads it again to pick the admin's selectors. `extraSites` is admin-only,
 * so the managed policy (or the cache of the last one) is all that matters.
 */
import { effectivePolicy, toCustomSiteConfigs } from '../policy/effective';
import { loadManagedPolicy } from '../policy/managed';
import { DEFAULT_POLICY } from '../policy/schema';
import { adapterForUrl, customSiteAdapters } from '../sites';
import type { SiteAdapter } from '../sites/types';

export async function customAdapterFor(url: string): Promise<SiteAdapter | null> {
  try {
    const { policy } = effectivePolicy(DEFAULT_POLICY, undefined, (await loadManagedPolicy()).policy);
    return adapterForUrl(url, customSiteAdapters(toCustomSiteConfigs(policy)).adapters);
  } catch {
    return null;
  }
}
