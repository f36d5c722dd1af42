/**
 * What the popup says about the active tab, derived from three facts: the tab's URL (when the browser
 * lets us see it: only on hosts we hold a permission for), what the guard in that tab last reported
 * (`guard-status`, kept per tab by src/background/tab-status.ts) and the policy in force.
 *
 * - `disabled`: the whole guard is off (policy `enabled: false`), or the organisation switched this
 *   site off (`sites[host].enabled === false` with `sites` set by the admin). `by` says who.
 * - `paused`: the user paused this site from the popup (or the options page).
 * - `protected`: the guard runs and found the site's own composer.
 * - `degraded`: a guarded site where the guard is not at full strength: only the generic fallback
 *   matched, no composer was found, or the guard has not reported at all (page opened before the
 *   extension started; a reload fixes it).
 * - `not-guarded`: no built-in adapter and no admin site matches, and no guard reported from the tab.
 */
import type { TabStatus } from '@/src/background/tab-status';
import { siteEnabled, toCustomSiteConfigs, type EffectivePolicy } from '@/src/policy/effective';
import type { SitePolicy } from '@/src/policy/schema';
import { adapterForUrl } from '@/src/sites/match-pattern';
import { SITE_ADAPTERS } from '@/src/sites/adapters';
import { customSiteAdapters } from '@/src/sites/custom-sites';

export type TabStatusKind = 'protected' | 'degraded' | 'not-guarded' | 'disabled' | 'paused';
export type StatusReason = 'ok' | 'generic-fallback' | 'no-composer' | 'not-running' | 'not-guarded' | 'policy-off' | 'site-off';

export interface ActiveTab {
  /** Undefined when the browser does not show it to us (no host permission) or for non-web pages. */
  readonly url?: string;
  readonly reported: Pick<TabStatus, 'site' | 'health'> | null;
}

export interface DerivedStatus {
  readonly kind: TabStatusKind;
  readonly reason: StatusReason;
  /** Who switched it off (`disabled` only). */
  readonly by?: 'admin' | 'user';
  readonly host?: string;
  /** Site adapter id (reported by the guard, else matched from the URL). */
  readonly site?: string;
  /** Pause/resume: offered, refused because the admin locked `sites`, or not applicable here. */
  readonly pause: 'available' | 'locked' | 'none';
}

function webHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** The site id `url` belongs to (built-in adapter or admin extra site), or undefined. */
export function guardedSiteFor(url: string | undefined, effective: EffectivePolicy): string | undefined {
  if (!webHost(url)) return undefined;
  const custom = customSiteAdapters(toCustomSiteConfigs(effective.policy)).adapters;
  return adapterForUrl(url!, [...SITE_ADAPTERS, ...custom])?.id;
}

/** The status line for `tab` under `effective` (see the module comment for each status). */
export function deriveTabStatus(tab: ActiveTab, effective: EffectivePolicy): DerivedStatus {
  const host = webHost(tab.url);
  const site = tab.reported?.site ?? guardedSiteFor(tab.url, effective);
  const { policy, origin, locked } = effective;
  const pause = locked.has('sites') ? 'locked' : 'available';
  const base = { ...(host ? { host } : {}), ...(site ? { site } : {}) };
  if (!policy.enabled) return { ...base, kind: 'disabled', reason: 'policy-off', by: origin.enabled === 'admin' ? 'admin' : 'user', pause: 'none' };
  if (!site || !host) return { ...base, kind: 'not-guarded', reason: 'not-guarded', pause: 'none' };
  if (!siteEnabled(policy, host) || !siteEnabled(policy, site)) {
    return origin.sites === 'admin'
      ? { ...base, kind: 'disabled', reason: 'site-off', by: 'admin', pause: 'none' }
      : { ...base, kind: 'paused', reason: 'site-off', by: 'user', pause };
  }
  const health = tab.reported?.health;
  if (health === 'ok') return { ...base, kind: 'protected', reason: 'ok', pause };
  const reason = health === 'degraded' ? 'generic-fallback' : health === 'no-composer' ? 'no-composer' : 'not-running';
  return { ...base, kind: 'degraded', reason, pause };
}

type Sites = Readonly<Record<string, SitePolicy>>;

/** The user's `sites` with `host` paused (`enabled: false`), other settings of the entry kept. */
export function pauseSite(userSites: Sites | undefined, host: string): Sites {
  return { ...userSites, [host]: { ...userSites?.[host], enabled: false } };
}

/**
 * The user's `sites` with every pause of this site lifted (keyed by host or by site id, as the options
 * page may have written it); an entry left empty is removed. Undefined when nothing is left at all.
 */
export function resumeSite(userSites: Sites | undefined, host: string, site?: string): Sites | undefined {
  const next: Record<string, SitePolicy> = { ...userSites };
  for (const key of [host, ...(site ? [site] : [])]) {
    const entry = next[key];
    if (!entry || entry.enabled !== false) continue;
    const { enabled: _enabled, ...rest } = entry;
    if (Object.keys(rest).length > 0) next[key] = rest;
    else delete next[key];
  }
  return Object.keys(next).length > 0 ? next : undefined;
}
