import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BUILT_IN_MATCHES } from './src/sites/adapters';
import { DEV_EXTENSION_KEY } from './src/dev-extension-key';
import { USER_ID_PERMISSIONS } from './src/reporting/user-id';

/**
 * `npm run zip` sets this: store packages carry no `key` (each store assigns the id), and are built in
 * their own folder so they never replace the development build the e2e tests load.
 */
const STORE_BUILD = process.env.PROMPTFENCE_STORE_BUILD === '1';

/**
 * Admin-added sites (policy `extraSites`) can be any internal host, so they are optional and asked
 * for at run time (`permissions.request` from the options page); see src/background/custom-sites.ts.
 */
const ANY_WEB_HOST = ['https://*/*', 'http://*/*'];

// See ../shared/research/toolchain.md for why these versions and flags.
export default defineConfig({
  ...(STORE_BUILD ? { outDir: '.output/store' } : {}),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The privacy policy travels inside every package (store reviewers and admins find it there);
    // docs/privacy-policy.md stays the one copy we edit.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve('docs/privacy-policy.md'), relativeDest: 'privacy-policy.md' });
      // pdf.js's worker, shipped as an extension file (no remote code): the document reader starts it.
      files.push({ absoluteSrc: resolve('node_modules/pdfjs-dist/build/pdf.worker.min.mjs'), relativeDest: 'pdf.worker.mjs' });
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    default_locale: 'en',
    description: '__MSG_extDescription__',
    // scripting: re-inject the guard into open tabs after an update, register it on admin-added sites.
    // alarms: the history's daily retention sweep (the MV3 worker is not alive to run a timer).
    permissions: ['storage', 'scripting', 'alarms'],
    // The same hosts as the guard's content script (so no new permission warning); executeScript needs them.
    host_permissions: [...BUILT_IN_MATCHES],
    // MV2 (the Firefox build) has no optional_host_permissions: hosts go in optional_permissions there.
    // identity + identity.email: optional, asked for only when the admin's policy wants a user id in audit
    // events (reporting.userId; src/reporting/user-id.ts). Not on Firefox, which has no getProfileUserInfo.
    ...(manifestVersion === 2
      ? { optional_permissions: ANY_WEB_HOST }
      : { optional_host_permissions: ANY_WEB_HOST, ...(browser === 'firefox' ? {} : { optional_permissions: USER_ID_PERMISSIONS }) }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'promptfence@promptfence.dev',
              // 128: the off-DOM file-input hook is a `world: 'MAIN'` content script (docs/design/file-pickers.md).
              strict_min_version: '128.0',
              // Required on addons.mozilla.org since 3 Nov 2025. The extension itself collects and sends
              // nothing; audit events go only to a collector the user's organisation configured by policy
              // (docs/privacy-policy.md), which is the organisation's processing, not ours.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // The document reader frame the guard embeds to read attached files (src/files/reader-client.ts).
          // Any host: admin-added sites are guarded too. The frame only reads what it is given. Only at
          // its dynamic URL, which changes every session: a page cannot load the static one to tell that
          // PromptFence is installed (test/e2e/fingerprint.e2e.test.ts).
          web_accessible_resources: [{ resources: ['doc-reader.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
          // Admin policy arrives through managed storage; Chrome and Edge filter it by this schema.
          storage: { managed_schema: 'managed_schema.json' },
          // A fixed id for development and test builds (docs/admin.md, "Testing a policy").
          ...(STORE_BUILD ? {} : { key: DEV_EXTENSION_KEY }),
        }),
  }),
});
