/**
 * Admin-added sites (internal AI front ends): the guard's content script is registered for their
 * match patterns at run time, since the manifest only lists the built-in sites.
 *
 * The configs are untrusted (policy): `customSiteAdapters` validates them. A pattern is registered
 * only when the extension holds host permission for it (`optional_host_permissions`); the others come
 * back in `missingPermission` so the options page can ask for them. The registration persists across
 * browser restarts; it is re-synced on every start-up, config change and permission change.
 */
import type { browser as wxtBrowser } from 'wxt/browser';
import { BUILT_IN_MATCHES } from '../sites/adapters';
import { type CustomSiteError, customSiteAdapters } from '../sites/custom-sites';
import { GUARD_SCRIPT_FILE, reinjectGuard } from './reinject';

type BrowserApi = typeof wxtBrowser;

/** The one dynamic registration covering every admin-added site (updated in place as the list changes). */
export const CUSTOM_SITES_SCRIPT_ID = 'promptfence-custom-sites';

export interface CustomSiteSyncResult {
  /** Patterns the guard is now registered for. */
  readonly registered: readonly string[];
  /** Valid patterns left out because the extension lacks host permission for them. */
  readonly missingPermission: readonly string[];
  /** Config problems (from `customSiteAdapters`) and registration failures (`index: -1`), as sentences for the admin. */
  readonly errors: readonly CustomSiteError[];
}

/** The fields of a registered content script that we set and compare. */
export interface ScriptShape {
  readonly matches: readonly string[];
  readonly excludeMatches: readonly string[];
  readonly js: readonly string[];
  readonly runAt: 'document_start' | 'document_end' | 'document_idle';
}

export type RegistrationStep =
  | { readonly kind: 'keep' }
  | { readonly kind: 'register' | 'update'; readonly matches: readonly string[] }
  | { readonly kind: 'unregister' };

/** Valid, deduplicated custom patterns, minus those the manifest's content script already covers. */
export function customSitePatterns(configs: unknown): { patterns: string[]; errors: CustomSiteError[] } {
  const { adapters, errors } = customSiteAdapters(configs);
  const builtIn = new Set(BUILT_IN_MATCHES);
  const patterns = [...new Set(adapters.flatMap((adapter) => adapter.matches))].filter((p) => !builtIn.has(p));
  return { patterns, errors: [...errors] };
}

/** `https://ai.corp.example/chat/*` → `https://ai.corp.example/*`: host permissions are per origin. */
export function permissionOrigin(pattern: string): string {
  const sep = pattern.indexOf('://');
  const slash = sep < 0 ? -1 : pattern.indexOf('/', sep + 3);
  return slash < 0 ? pattern : `${pattern.slice(0, slash)}/*`;
}

/**
 * The registration we want for `matches`. It excludes the built-in sites: an admin pattern such as
 * `*.openai.com` also covers chat.openai.com, where the manifest's guard already runs, and a second
 * copy of the same guard in one page breaks the first one's UI.
 */
export function desiredScript(matches: readonly string[]): ScriptShape {
  return { matches, excludeMatches: BUILT_IN_MATCHES, js: [GUARD_SCRIPT_FILE], runAt: 'document_start' };
}

/** What to do to get from the current registration to the wanted one (`null`: none wanted). */
export function planRegistration(current: ScriptShape | undefined, wanted: ScriptShape | null): RegistrationStep {
  if (!wanted || wanted.matches.length === 0) return current ? { kind: 'unregister' } : { kind: 'keep' };
  if (!current) return { kind: 'register', matches: wanted.matches };
  return sameScript(current, wanted) ? { kind: 'keep' } : { kind: 'update', matches: wanted.matches };
}

function sameScript(a: ScriptShape, b: ScriptShape): boolean {
  // Browsers may hand paths back without the leading slash.
  const path = (p: string) => p.replace(/^\//, '');
  const key = (list: readonly string[]) => JSON.stringify([...new Set(list)].sort());
  const sameSet = (x: readonly string[], y: readonly string[]) => key(x) === key(y);
  return (
    a.runAt === b.runAt &&
    sameSet(a.matches, b.matches) &&
    sameSet(a.excludeMatches, b.excludeMatches) &&
    sameSet(a.js.map(path), b.js.map(path))
  );
}

/**
 * Validates `configs`, checks host permissions and registers, updates or unregisters the guard for
 * the admin-added sites; open tabs on newly covered sites get the guard at once. Never rejects.
 */
export async function syncCustomSiteScripts(configs: unknown, api: BrowserApi): Promise<CustomSiteSyncResult> {
  const { patterns, errors } = customSitePatterns(configs);
  const granted = await Promise.all(patterns.map((pattern) => hasHostPermission(api, pattern)));
  const allowed = patterns.filter((_, i) => granted[i]);
  const missingPermission = patterns.filter((_, i) => !granted[i]);

  let current: ScriptShape | undefined;
  try {
    current = await registeredCustomSitesScript(api);
    const step = planRegistration(current, desiredScript(allowed));
    await applyStep(api, step);
  } catch (error) {
    const message = `The guard could not be registered on the admin-added sites: ${String((error as Error)?.message ?? error)}`;
    return { registered: current?.matches ?? [], missingPermission, errors: [...errors, { index: -1, message }] };
  }

  // Registered scripts only reach pages loaded from now on; pages already open get the guard now.
  const before = current?.matches ?? [];
  const added = newlyCovered(before, allowed);
  if (added.length > 0) await reinjectGuard(api, added, [...BUILT_IN_MATCHES, ...before]);
  return { registered: allowed, missingPermission, errors };
}

/** Patterns in `after` that `before` did not cover (exact match; overlapping patterns are rare here). */
export function newlyCovered(before: readonly string[], after: readonly string[]): string[] {
  const had = new Set(before);
  return after.filter((pattern) => !had.has(pattern));
}

/** The matches of our current registration, for re-injection after an update. Never rejects. */
export async function registeredCustomSiteMatches(api: BrowserApi): Promise<readonly string[]> {
  return (await registeredCustomSitesScript(api).catch(() => undefined))?.matches ?? [];
}

async function registeredCustomSitesScript(api: BrowserApi): Promise<ScriptShape | undefined> {
  const [script] = await api.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SITES_SCRIPT_ID] });
  if (!script) return undefined;
  return { matches: script.matches ?? [], excludeMatches: script.excludeMatches ?? [], js: script.js ?? [], runAt: script.runAt ?? 'document_idle' };
}

async function hasHostPermission(api: BrowserApi, pattern: string): Promise<boolean> {
  try {
    return await api.permissions.contains({ origins: [permissionOrigin(pattern)] });
  } catch {
    return false; // a pattern the permissions API refuses cannot be granted either
  }
}

async function applyStep(api: BrowserApi, step: RegistrationStep): Promise<void> {
  if (step.kind === 'keep') return;
  if (step.kind === 'unregister') {
    await api.scripting.unregisterContentScripts({ ids: [CUSTOM_SITES_SCRIPT_ID] });
    return;
  }
  const { matches, excludeMatches, js, runAt } = desiredScript(step.matches);
  // Top frame only, like the manifest's guard; persisted so pages load guarded right after a restart.
  const script = {
    id: CUSTOM_SITES_SCRIPT_ID,
    matches: [...matches],
    excludeMatches: [...excludeMatches],
    js: [...js],
    runAt,
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (step.kind === 'register') await api.scripting.registerContentScripts([script]);
  else await api.scripting.updateContentScripts([script]);
}
