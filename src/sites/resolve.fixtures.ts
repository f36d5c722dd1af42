/**
 * Trimmed composer markup of real sites (attributes kept where selectors or editors rely on them).
 * Sources and dates: ../shared/research/chat-sites.md §4. Editor children are kept minimal.
 */

/** ChatGPT after hydration: the SSR fallback textarea stays in the DOM, hidden by its CSS-module class. */
export const CHATGPT = `
<style>._fallbackTextarea_ebv8s_2 { display: none; }</style>
<main>
  <form class="w-full" data-type="unified-composer">
    <div class="_prosemirror-parent_ebv8s_2">
      <textarea class="_fallbackTextarea_ebv8s_2" name="prompt-textarea" placeholder="Ask anything" autofocus></textarea>
      <div contenteditable="true" translate="no" class="ProseMirror" id="prompt-textarea" data-virtualkeyboard="true"><p>hello <strong>there</strong></p><p>second</p></div>
    </div>
    <button id="composer-submit-button" data-testid="send-button" aria-label="Send prompt" disabled>↑</button>
  </form>
</main>`;

/** ChatGPT before hydration: only the fallback textarea exists (and is hidden). */
export const CHATGPT_SSR = `
<style>._fallbackTextarea_ebv8s_2 { display: none; }</style>
<form><div class="_prosemirror-parent_ebv8s_2"><textarea class="_fallbackTextarea_ebv8s_2" name="prompt-textarea"></textarea></div></form>`;

/** Gemini: Quill inside Angular's `rich-textarea`; the send button is an mdc icon button. */
export const GEMINI = `
<input-area-v2>
  <div class="text-input-field">
    <rich-textarea class="text-input-field_textarea" enterkeyhint="send">
      <div class="ql-editor ql-blank textarea new-input-ui" data-gramm="false" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Enter a prompt here" data-placeholder="Ask Gemini"><p><br></p></div>
    </rich-textarea>
  </div>
  <div class="send-button-container"><button class="mdc-icon-button send-button" aria-label="Send message" aria-disabled="true">➤</button></div>
</input-area-v2>`;

/** Copilot: a React textarea; a read-only twin is a decoy. */
export const COPILOT = `
<textarea id="userInput" readonly></textarea>
<form><textarea id="userInput" placeholder="Message Copilot"></textarea><button data-testid="submit-button" aria-label="Submit message">→</button></form>`;

/** A ChatGPT redesign our selectors do not know: no id, no ProseMirror class, no form; a sidebar search box too. */
export const REDESIGNED = `
<nav><textarea aria-label="Search chats"></textarea></nav>
<div class="thread-composer">
  <div class="editor-shell"><div contenteditable="true" role="textbox" aria-label="Chat with ChatGPT"><p>draft</p></div></div>
  <div class="toolbar"><button aria-label="Attach">+</button><button aria-label="Send message">↑</button></div>
</div>`;
