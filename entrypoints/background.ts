// Wiring only. The guard, policy and history issues add their services here.
import { browser } from 'wxt/browser';
import {
  keepCustomSitesSynced,
  listenForContentMessages,
  policyCustomSitesSource,
  registeredCustomSiteMatches,
  reinjectOnInstall,
  syncCustomSiteScripts,
  watchHostPermissions,
  watchTabLifecycle,
} from '@/src/background';
import { startHistory } from '@/src/background/history';
import { startReporting } from '@/src/background/reporting';
import { BUILT_IN_MATCHES } from '@/src/sites/adapters';
import { serveDocumentReads } from '@/src/files/background-reader';
import { serveVault } from '@/src/restore/vault-service';

export default defineBackground(() => {
  // MV3: every listener is added synchronously here, or the worker misses the event that woke it.
  listenForContentMessages(browser);
  watchTabLifecycle(browser);
  reinjectOnInstall(browser, {
    // Firefox injects manifest content scripts into already-open tabs itself.
    builtInMatches: import.meta.env.FIREFOX ? [] : BUILT_IN_MATCHES,
    customMatches: () => registeredCustomSiteMatches(browser),
  });
  // Admin-added sites (policy `extraSites`): the guard is registered there, given host permission.
  const customSites = keepCustomSitesSynced(policyCustomSitesSource(), (configs) => syncCustomSiteScripts(configs, browser));
  watchHostPermissions(browser, () => void customSites.resync());
  // Audit reporting per managed policy; at every worker start, so the durable queue resumes.
  startReporting(browser, { signal: new AbortController().signal });
  // Firefox reads attached documents here (Chrome: the reader frame, entrypoints/doc-reader).
  if (import.meta.env.FIREFOX) serveDocumentReads(browser);
  // The private history (IndexedDB): mode and retention from policy, enforced at start and daily.
  startHistory(browser, { signal: new AbortController().signal });
  // Placeholders and their values per conversation, in memory only (policy `restore`).
  serveVault(browser, { signal: new AbortController().signal });
});
