/**
 * Where the admin-added sites come from — the managed policy's `extraSites` (admin-only: a user
 * cannot widen where the guard runs) — and keeping the registration in step with it.
 */
import type { browser as wxtBrowser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { effectivePolicy, toCustomSiteConfigs } from '../policy/effective';
import { loadManagedPolicy, watchManagedPolicy, type ManagedPolicyState } from '../policy/managed';
import { DEFAULT_POLICY } from '../policy/schema';
import type { CustomSiteConfig } from '../sites/types';
import type { CustomSiteSyncResult } from './custom-sites';
import { serialQueue } from './serial';

type BrowserApi = typeof wxtBrowser;

export interface CustomSitesSource {
  /** The current configs (unvalidated). */
  read(): Promise<unknown>;
  /** Calls `onChange` with the new configs whenever they change; returns the unwatch function. */
  watch(onChange: (configs: unknown) => void): () => void;
}

const configsOf = (state: ManagedPolicyState): CustomSiteConfig[] => toCustomSiteConfigs(effectivePolicy(DEFAULT_POLICY, undefined, state.policy).policy);

/**
 * `extraSites` from managed storage (the cached last policy while Chrome has not delivered it yet),
 * re-read on every managed change.
 */
export function policyCustomSitesSource(): CustomSitesSource {
  return {
    read: async () => configsOf(await loadManagedPolicy()),
    watch: (onChange) => {
      const controller = new AbortController();
      void watchManagedPolicy({ signal: controller.signal, onChange: (state) => onChange(configsOf(state)) }).catch(() => undefined);
      return () => controller.abort();
    },
  };
}

/** The last sync's outcome, for the options page (session storage: recomputed at every start-up). */
const lastSyncItem = storage.defineItem<CustomSiteSyncResult | null>('session:customSites.lastSync', { fallback: null });

/** The outcome of the last sync, or null before the first one. Never rejects. */
export function lastCustomSiteSync(): Promise<CustomSiteSyncResult | null> {
  return lastSyncItem.getValue().catch(() => null);
}

export interface CustomSitesSync {
  /** Re-reads the source and syncs (after a host permission was granted or revoked). */
  resync(): Promise<CustomSiteSyncResult | undefined>;
  stop(): void;
}

/**
 * Syncs now and on every change of `source`, one sync at a time so a fast series of changes ends in
 * the last one. `sync` is `syncCustomSiteScripts` bound to the browser in production.
 */
export function keepCustomSitesSynced(source: CustomSitesSource, sync: (configs: unknown) => Promise<CustomSiteSyncResult>): CustomSitesSync {
  const serially = serialQueue();
  const run = (configs: () => Promise<unknown>) =>
    serially(async () => {
      const result = await sync(await configs());
      await lastSyncItem.setValue(result).catch(() => undefined);
      if (result.errors.length > 0) console.warn('PromptFence: admin-added sites:', result.errors.map((e) => e.message).join(' '));
      return result;
    }).catch((error: unknown) => {
      console.warn('PromptFence: could not sync admin-added sites', error);
      return undefined;
    });

  const unwatch = source.watch((configs) => void run(async () => configs));
  void run(() => source.read());
  return { resync: () => run(() => source.read()), stop: unwatch };
}

/** Calls `onChange` when the user grants or revokes optional host permissions. */
export function watchHostPermissions(api: BrowserApi, onChange: () => void): () => void {
  const listener = (permissions: { origins?: string[] }) => {
    if (permissions.origins?.length) onChange();
  };
  api.permissions.onAdded.addListener(listener);
  api.permissions.onRemoved.addListener(listener);
  return () => {
    api.permissions.onAdded.removeListener(listener);
    api.permissions.onRemoved.removeListener(listener);
  };
}
