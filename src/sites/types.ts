/**
 * A site adapter: how PromptFence finds one AI chat site's composer, declared as data.
 *
 * Selectors are ordered fallbacks: the first that matches wins. When none matches, the guard falls
 * back to the generic composer (the focused textarea / contenteditable / role=textbox inside the
 * composer's form) and reports the site as `degraded`, so the popup can say so.
 */

/** The editor technology behind a composer: decides how text is read and replaced. */
export type EditorKind =
  | 'prosemirror' // ProseMirror and TipTap (ChatGPT, Claude, Le Chat, Grok)
  | 'lexical' // Perplexity, Meta AI
  | 'quill' // Gemini
  | 'textarea' // plain or React-controlled <textarea> (Copilot, DeepSeek, Poe, Grok)
  | 'contenteditable'; // anything else that is editable (generic fallback, admin-added sites)

export interface SiteAdapter {
  /** Stable id used by policy (per-site actions), history and reports: `chatgpt`, `claude`, … */
  readonly id: string;
  /** Human name for panels and the popup. */
  readonly name: string;
  /** Extension match patterns (`https://chatgpt.com/*`). */
  readonly matches: readonly string[];
  /** Composer selectors, most specific first. */
  readonly composer: readonly string[];
  /** Send-button selectors, most specific first. */
  readonly send: readonly string[];
  /**
   * Where the assistant's answers are (restored answers, src/restore): selectors of one answer each.
   * Absent or not matching: the blocks around text showing a placeholder of the conversation.
   */
  readonly answers?: readonly string[];
  /** The editor the site uses; the generic fallback infers it from the element. */
  readonly editor: EditorKind;
  /** True for hosts an admin added through policy (internal AI front ends). */
  readonly custom?: boolean;
}

/** Where the guard stands on a page, for the popup: `ok`, or `degraded` when only the generic fallback matched. */
export type AdapterHealth = 'ok' | 'degraded' | 'no-composer';

/** An admin-added internal AI front end (policy `extraSites`): hosts plus optional selectors. */
export interface CustomSiteConfig {
  readonly id?: string;
  readonly name?: string;
  /** Host names (`ai.corp.example`) or match patterns (`https://ai.corp.example/*`). */
  readonly hosts: readonly string[];
  readonly composer?: readonly string[];
  readonly send?: readonly string[];
  readonly editor?: EditorKind;
}
