import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See ../shared/research/toolchain.md for why these versions and flags.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'PromptFence',
    description: 'Stops sensitive data from leaking into AI chats. Detection runs on your device.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'promptfence@promptfence.dev', strict_min_version: '115.0' } } }
      : {}),
  }),
});
