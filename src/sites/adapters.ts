/**
 * The built-in AI chat sites, as data. Facts and dates: ../shared/research/chat-sites.md §4.
 *
 * Selectors are ordered fallbacks (first usable match wins, hidden/disabled elements are skipped by
 * `findComposer`). Prefer attributes a site uses for testing or accessibility over hashed class names.
 * Selectors marked "unverified" were not seen in a dated source: when they miss, the generic fallback
 * still finds the composer and the popup shows the site as degraded.
 *
 * `[aria-label="…" i]` is used where sites vary the case; Chromium supports the `i` flag.
 */
import type { SiteAdapter } from './types';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  {
    id: 'chatgpt',
    name: 'ChatGPT',
    matches: ['https://chatgpt.com/*', 'https://chat.openai.com/*'],
    // SSR first ships a hidden `<textarea name="prompt-textarea">` fallback: never match by name or by
    // "first textarea"; the real composer is the ProseMirror div that carries the id.
    composer: ['div#prompt-textarea[contenteditable="true"]', '#prompt-textarea.ProseMirror', 'form div.ProseMirror[contenteditable="true"]'],
    send: ['button[data-testid="send-button"]', '#composer-submit-button', 'button[data-testid="fruitjuice-send-button"]'],
    editor: 'prosemirror',
    answers: ['[data-message-author-role="assistant"]'],
    // Test pages: https://chatgpt.com/
  },
  {
    id: 'claude',
    name: 'Claude',
    matches: ['https://claude.ai/*'],
    composer: [
      '[data-testid="chat-input"][contenteditable="true"]',
      'fieldset div.ProseMirror[contenteditable="true"]',
      'div.ProseMirror[contenteditable="true"][role="textbox"]',
      'fieldset [contenteditable="true"]',
    ],
    send: ['button[aria-label="Send message"]', 'button[aria-label="Send message" i]', 'fieldset button[type="submit"]'],
    editor: 'prosemirror',
    answers: ['.font-claude-message', '[data-is-streaming]'],
    // Test pages: https://claude.ai/new
  },
  {
    id: 'gemini',
    name: 'Gemini',
    matches: ['https://gemini.google.com/*'],
    // Quill inside Angular's `rich-textarea`; `.ql-editor` is the editing host.
    composer: ['rich-textarea .ql-editor[contenteditable="true"]', 'input-area-v2 .ql-editor[contenteditable="true"]', '.ql-editor[contenteditable="true"]'],
    send: ['button.send-button', 'button[aria-label="Send message"]', 'button[aria-label="Send message" i]'],
    editor: 'quill',
    // unverified: Angular's response element, seen in public extension code (undated); the generic fallback covers a miss.
    answers: ['model-response'],
    // Test pages: https://gemini.google.com/app
  },
  {
    id: 'copilot',
    name: 'Microsoft Copilot',
    matches: ['https://copilot.microsoft.com/*'],
    composer: ['textarea#userInput', '#userInput'],
    // unverified: send button markup is not documented in a dated source.
    send: ['button[data-testid="submit-button"]', 'button[aria-label="Submit message"]', 'button[title="Submit message"]'],
    editor: 'textarea',
    // Test pages: https://copilot.microsoft.com/
  },
  {
    id: 'perplexity',
    name: 'Perplexity',
    matches: ['https://perplexity.ai/*', 'https://www.perplexity.ai/*'],
    // Lexical since 2025; the 2024 textarea is kept last for cached/old builds.
    composer: ['#ask-input[contenteditable="true"]', 'div[data-lexical-editor="true"][contenteditable="true"]', 'textarea[placeholder*="Ask"]'],
    send: ['button[aria-label="Submit"]', 'button[data-testid="submit-button"]'],
    editor: 'lexical',
    // Test pages: https://www.perplexity.ai/
  },
  {
    id: 'deepseek',
    name: 'DeepSeek',
    matches: ['https://chat.deepseek.com/*'],
    composer: ['textarea#chat-input', 'textarea[placeholder*="Message DeepSeek"]'],
    // unverified: DeepSeek's send control is a `div[role=button]` with hashed classes.
    send: ['div[role="button"][aria-label*="send" i]', 'button[aria-label*="send" i]'],
    editor: 'textarea',
    // unverified: the answers' markdown block, seen in public extension code (undated); the generic fallback covers a miss.
    answers: ['.ds-markdown'],
    // Test pages: https://chat.deepseek.com/
  },
  {
    id: 'mistral',
    name: 'Mistral Le Chat',
    matches: ['https://chat.mistral.ai/*'],
    // The placeholder is localised, so it is only the first, most specific try.
    composer: ['div.ProseMirror[contenteditable="true"][data-placeholder="Ask Le Chat anything"]', 'form div.ProseMirror[contenteditable="true"]', 'textarea[name="message.text"]'],
    send: ['form button[type="submit"]', 'button[aria-label="Send question"]'],
    editor: 'prosemirror',
    // Test pages: https://chat.mistral.ai/chat
  },
  {
    id: 'grok',
    name: 'Grok',
    matches: ['https://grok.com/*'],
    // Both a textarea and a ProseMirror editor have been seen; the kind is inferred from what matched.
    composer: ['div.ProseMirror[contenteditable="true"]', 'textarea[aria-label="Ask Grok anything"]', 'form textarea'],
    send: ['button[aria-label="Submit"]', 'form button[type="submit"]'],
    editor: 'prosemirror',
    // Test pages: https://grok.com/
  },
  {
    id: 'poe',
    name: 'Poe',
    matches: ['https://poe.com/*'],
    // CSS-module class names: match on the stable prefix only.
    composer: ['textarea[class^="GrowingTextArea_textArea__"]', 'textarea[class*="GrowingTextArea_textArea"]', 'footer textarea'],
    // unverified
    send: ['button[data-button-send="true"]', 'button[class*="ChatMessageSendButton_sendButton"]', 'button[aria-label="Send message"]'],
    editor: 'textarea',
    // Test pages: https://poe.com/
  },
  {
    id: 'meta-ai',
    name: 'Meta AI',
    matches: ['https://www.meta.ai/*'],
    composer: ['div[data-lexical-editor="true"][contenteditable="true"][role="textbox"]', 'div[contenteditable="true"][role="textbox"]'],
    // unverified
    send: ['div[role="button"][aria-label="Send message"]', 'button[aria-label="Send message"]', 'div[role="button"][aria-label*="send" i]'],
    editor: 'lexical',
    // Test pages: https://www.meta.ai/
  },
];

/** Every built-in match pattern, deduplicated, for the content script's `matches` in the manifest. */
export const BUILT_IN_MATCHES: readonly string[] = [...new Set(SITE_ADAPTERS.flatMap((adapter) => adapter.matches))];
