/**
 * Puts the guard back into pages that were open before an install or update.
 *
 * Chrome injects manifest content scripts only into pages loaded after the extension (re)starts, and
 * an update disconnects the old content script. Without this, a ChatGPT tab left open across an
 * update is silently unguarded until reloaded. A page still running the old version's orphaned guard
 * is fine: the new copy takes over (src/guard/takeover.ts). Two copies of the *same* version are not
 * (WXT's ContentScriptContext in the second invalidates the first one's UI), so callers exclude the
 * tabs that already run the current guard.
 */
import type { browser as wxtBrowser } from 'wxt/browser';
import { matchesPattern } from '../sites/match-pattern';

type BrowserApi = typeof wxtBrowser;

/**
 * WXT's output for entrypoints/guard.content.ts (`.output/chrome-mv3/manifest.json` lists it as
 * `content-scripts/guard.js`). The leading slash is what WXT's typed paths use (so tsc fails if the
 * entrypoint is renamed); Chrome and Firefox resolve it from the extension root.
 */
export const GUARD_SCRIPT_FILE = '/content-scripts/guard.js';

/**
 * WXT's output for entrypoints/file-inputs.content.ts: the main-world hooks (off-DOM file inputs,
 * `showOpenFilePicker`; src/files/main-world.ts). They install once per page, so a page that still has
 * the previous version's keeps those, and they hand their picks to the new guard.
 */
export const FILE_HOOKS_SCRIPT_FILE = '/content-scripts/file-inputs.js';

/** The tab fields re-injection reads (`url` is present only for hosts we hold permission for). */
interface TabLike {
  readonly id?: number;
  readonly url?: string;
  readonly discarded?: boolean;
}

/**
 * Ids of the tabs to inject: a URL matching one of `patterns` and none of `excluded` (pages that
 * already run the current guard), not discarded (a discarded tab cannot be scripted, and reloads with
 * its content scripts when selected).
 */
export function tabsToReinject(tabs: readonly TabLike[], patterns: readonly string[], excluded: readonly string[] = []): number[] {
  if (patterns.length === 0) return [];
  const matches = (url: string, list: readonly string[]) => list.some((pattern) => matchesPattern(pattern, url));
  return tabs
    .filter((tab) => tab.id !== undefined && tab.id >= 0 && !tab.discarded && tab.url !== undefined)
    .filter((tab) => matches(tab.url!, patterns) && !matches(tab.url!, excluded))
    .map((tab) => tab.id!);
}

/** Tab ids injected, and those that refused. */
export interface ReinjectResult {
  readonly injected: readonly number[];
  readonly failed: readonly number[];
}

/**
 * Injects the guard into every open tab matching `patterns` but not `excluded`. Never rejects; a tab
 * that refuses (closed meanwhile, error page, blocked by enterprise policy) is skipped.
 */
export async function reinjectGuard(api: BrowserApi, patterns: readonly string[], excluded: readonly string[] = []): Promise<ReinjectResult> {
  let tabs: TabLike[];
  try {
    tabs = await api.tabs.query({});
  } catch {
    return { injected: [], failed: [] };
  }
  const ids = tabsToReinject(tabs, patterns, excluded);
  const results = await Promise.allSettled(ids.map((tabId) => injectInto(api, tabId)));
  const injected: number[] = [];
  const failed: number[] = [];
  results.forEach((result, i) => (result.status === 'fulfilled' ? injected : failed).push(ids[i]!));
  if (failed.length > 0) console.debug('PromptFence: guard not re-injected into tabs', failed);
  return { injected, failed };
}

/**
 * The main-world hooks, then the guard. The guard's failure is the tab's; a page where the hooks cannot
 * run (a browser without main-world injection) still gets the guard.
 */
async function injectInto(api: BrowserApi, tabId: number): Promise<void> {
  const target = { tabId, allFrames: false };
  await api.scripting.executeScript({ target, files: [FILE_HOOKS_SCRIPT_FILE], world: 'MAIN' }).catch(() => undefined);
  await api.scripting.executeScript({ target, files: [GUARD_SCRIPT_FILE] });
}

/** Install and update re-inject; browser updates and shared-module updates do not change our scripts. */
export function shouldReinject(reason: string): boolean {
  return reason === 'install' || reason === 'update';
}

/**
 * Re-injects on install/update into tabs matching `builtInMatches` plus the admin-added sites whose
 * script is registered (registrations persist across updates, open pages do not).
 */
export function reinjectOnInstall(api: BrowserApi, options: { readonly builtInMatches: readonly string[]; readonly customMatches: () => Promise<readonly string[]> }): void {
  api.runtime.onInstalled.addListener(({ reason }) => {
    if (!shouldReinject(reason)) return;
    void (async () => {
      const custom = await options.customMatches().catch(() => []);
      await reinjectGuard(api, [...options.builtInMatches, ...custom]);
    })();
  });
}
