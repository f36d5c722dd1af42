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
import { FILE_HOOKS_SCRIPT_FILE, GUARD_SCRIPT_FILE, reinjectGuard } from './reinject';

type BrowserApi = typeof wxtBrowser;

/** The dynamic registration of the guard covering every admin-added site (updated in place as the list changes). */
export const CUSTOM_SITES_SCRIPT_ID = 'promptfence-custom-sites';
/**
 * Its companion in the page's main world: the file hooks (off-DOM inputs, `showOpenFilePicker`) the
 * manifest gives the built-in sites. Without it an internal front end that picks files through an input
 * it never attaches would upload them unscanned until a re-injection.
 */
export const CUSTOM_SITES_HOOKS_ID = 'promptfence-custom-sites-hooks';

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
  readonly world: 'ISOLATED' | 'MAIN';
}

/** A script each admin-added site gets: its registration id, its file and its world. */
interface CustomScript {
  readonly id: string;
  readonly file: string;
  readonly world: ScriptShape['world'];
}

const GUARD_SCRIPT: CustomScript = { id: CUSTOM_SITES_SCRIPT_ID, file: GUARD_SCRIPT_FILE, world: 'ISOLATED' };
export const HOOKS_SCRIPT: CustomScript = { id: CUSTOM_SITES_HOOKS_ID, file: FILE_HOOKS_SCRIPT_FILE, world: 'MAIN' };

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
export function desiredScript(matches: readonly string[], script: CustomScript = GUARD_SCRIPT): ScriptShape {
  return { matches, excludeMatches: BUILT_IN_MATCHES, js: [script.file], runAt: 'document_start', world: script.world };
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
    a.world === b.world &&
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
    current = await registeredScript(api, CUSTOM_SITES_SCRIPT_ID);
    await applyStep(api, GUARD_SCRIPT, planRegistration(current, desiredScript(allowed)));
  } catch (error) {
    const message = `The guard could not be registered on the admin-added sites: ${String((error as Error)?.message ?? error)}`;
    return { registered: current?.matches ?? [], missingPermission, errors: [...errors, { index: -1, message }] };
  }
  // Apart from the guard: a browser that refuses main-world scripts still guards typing, paste, drop
  // and in-page inputs there; the admin is told what is missing.
  try {
    const hooks = await registeredScript(api, CUSTOM_SITES_HOOKS_ID);
    await applyStep(api, HOOKS_SCRIPT, planRegistration(hooks, desiredScript(allowed, HOOKS_SCRIPT)));
  } catch (error) {
    const message = `The file-picker hooks could not be registered on the admin-added sites (files picked through inputs the page keeps out of the document are not checked there): ${String((error as Error)?.message ?? error)}`;
    errors.push({ index: -1, message });
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
  return (await registeredScript(api, CUSTOM_SITES_SCRIPT_ID).catch(() => undefined))?.matches ?? [];
}

async function registeredScript(api: BrowserApi, id: string): Promise<ScriptShape | undefined> {
  const [script] = await api.scripting.getRegisteredContentScripts({ ids: [id] });
  if (!script) return undefined;
  const { matches = [], excludeMatches = [], js = [], runAt = 'document_idle', world = 'ISOLATED' } = script;
  return { matches, excludeMatches, js, runAt, world };
}

async function hasHostPermission(api: BrowserApi, pattern: string): Promise<boolean> {
  try {
    return await api.permissions.contains({ origins: [permissionOrigin(pattern)] });
  } catch {
    return false; // a pattern the permissions API refuses cannot be granted either
  }
}

async function applyStep(api: BrowserApi, target: CustomScript, step: RegistrationStep): Promise<void> {
  if (step.kind === 'keep') return;
  if (step.kind === 'unregister') {
    await api.scripting.unregisterContentScripts({ ids: [target.id] });
    return;
  }
  const { matches, excludeMatches, js, runAt, world } = desiredScript(step.matches, target);
  // Top frame only, like the manifest's scripts; persisted so pages load guarded right after a restart.
  const script = {
    id: target.id,
    matches: [...matches],
    excludeMatches: [...excludeMatches],
    js: [...js],
    runAt,
    world,
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (step.kind === 'register') await api.scripting.registerContentScripts([script]);
  else await api.scripting.updateContentScripts([script]);
}
