// Printed after `npm start` builds the extension: where the build is and how to load it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve('.output/chrome-mv3');
if (!existsSync(`${dir}/manifest.json`)) {
  console.error(`PromptFence: no build found in ${dir}; run \`npm run build\` and read its errors.`);
  process.exit(1);
}
console.log(`
PromptFence is built: ${dir}

Load it in Chrome, Edge or Chromium:
  1. open chrome://extensions (edge://extensions)
  2. turn on "Developer mode"
  3. "Load unpacked" → choose ${dir}

Firefox: \`npm run build:firefox\`, then about:debugging → This Firefox → "Load Temporary Add-on…" →
choose .output/firefox-mv2/manifest.json.

Scan text from the command line without a browser: echo "my card is 4111 1111 1111 1111" | npm run --silent scan
`);
