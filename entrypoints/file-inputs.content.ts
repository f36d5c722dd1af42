import { BUILT_IN_MATCHES } from '../src/sites';
import { installFileHooks } from '../src/files/main-world';

// Main world, before the page's scripts: off-DOM file inputs are made visible to the guard, and the
// File System Access pickers hand their files to it (src/files/main-world.ts). Chrome and Edge, and
// Firefox: its MV2 build honours `world: 'MAIN'` from Firefox 128 (docs/design/file-pickers.md).
export default defineContentScript({
  matches: [...BUILT_IN_MATCHES],
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    installFileHooks(window);
  },
});
