import { BUILT_IN_MATCHES, SITE_ADAPTERS, adapterForUrl } from '../src/sites';
import { startGuard } from '../src/guard/guard';
import { claimPage } from '../src/guard/takeover';
import { customAdapterFor } from '../src/guard/custom-site';

// Thin on purpose: the guard lives in src/guard. Runs at document_start so its capture listeners
// are in place before the site's scripts register theirs.
export default defineContentScript({
  matches: [...BUILT_IN_MATCHES],
  runAt: 'document_start',
  main(ctx) {
    const signal = claimPage();
    const adapter = adapterForUrl(location.href, SITE_ADAPTERS);
    void startGuard(ctx, { adapter, adapterLater: adapter ? undefined : customAdapterFor(location.href), signal });
  },
});
