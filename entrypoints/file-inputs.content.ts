import { BUILT_IN_MATCHES } from '../src/sites';
import { keepFileInputsVisible } from '../src/files/off-dom-inputs';

// Main world, before the page's scripts: off-DOM file inputs are made visible to the guard.
// Chrome/Edge only: Firefox's MV2 build has no main-world content scripts.
export default defineContentScript({
  matches: [...BUILT_IN_MATCHES],
  runAt: 'document_start',
  world: 'MAIN',
  include: ['chrome', 'edge'],
  main() {
    keepFileInputsVisible(window);
  },
});
