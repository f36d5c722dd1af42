import { BUILT_IN_MATCHES, SITE_ADAPTERS, adapterForUrl } from '../src/sites';
import { startGuard } from '../src/content/guard';
import { claimPage } from '../src/content/takeover';

// Thin on purpose: the guard lives in src/content. Runs at document_start so its capture listeners
// are in place before the site's scripts register theirs.
export default defineContentScript({
  matches: [...BUILT_IN_MATCHES],
  runAt: 'document_start',
  main(ctx) {
    const signal = claimPage();
    if (!signal) return;
    void startGuard(ctx, { adapter: adapterForUrl(location.href, SITE_ADAPTERS), signal });
  },
});
