/**
 * Finding the composer on a page: the adapter's selectors first, then a generic fallback that
 * reports the site as `degraded` so the popup can say "selectors need an update".
 *
 * Also re-exports the other resolution helpers so the guard imports one module.
 */
import { DeepQuery } from './deep-query';
import { editingHostOf, editorKindOf, isEditableElement, isOwnUi, isUsable } from './editable';
import type { AdapterHealth, EditorKind, SiteAdapter } from './types';

export { composerFromEvent } from './composer-from-event';
export { editorKindOf } from './editable';
export { findSendButton, type SendButtonResult } from './send-button';

export interface ComposerFound {
  readonly element: HTMLElement;
  readonly editor: EditorKind;
  /** `ok` when an adapter selector matched (or the adapter has none by design), `degraded` for the fallback. */
  readonly health: Exclude<AdapterHealth, 'no-composer'>;
  /** The adapter selector that matched; absent for the generic fallback. */
  readonly selector?: string;
}

export interface NoComposer {
  readonly element: null;
  readonly editor: null;
  readonly health: 'no-composer';
}

export type ComposerResult = ComposerFound | NoComposer;

const NO_COMPOSER: NoComposer = { element: null, editor: null, health: 'no-composer' };

/** Everything the generic fallback considers: editing hosts are resolved from these. */
const GENERIC_CANDIDATES = 'textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';
/** Containers that usually hold a chat composer; a candidate inside one is preferred. */
const COMPOSER_AREA = [
  'form',
  'footer',
  '[class*="composer" i]',
  '[id*="composer" i]',
  '[data-testid*="composer" i]',
  '[class*="chat-input" i]',
  '[class*="prompt" i]',
].join(', ');
/** SSR / no-JS fallbacks that stay in the DOM next to the real editor (ChatGPT's `_fallbackTextarea_…`). */
const FALLBACK_MARKER = '[class*="fallback" i]';

/**
 * The composer for `adapter` under `root`, or the generic fallback, or `no-composer`.
 * `focused` (usually the deep active element) wins among several matches and drives the fallback.
 * With `adapter === null` (an unknown page) only the fallback runs.
 */
export function findComposer(root: Document | ShadowRoot, adapter: SiteAdapter | null, focused?: Element | null): ComposerResult {
  const query = new DeepQuery(root);
  const focusedHost = focused ? editingHostOf(focused) : null;
  const hint = adapter?.editor;

  if (adapter) {
    // The focused composer first: a page can hold two matches (e.g. an "edit message" editor).
    if (focusedHost && isUsable(focusedHost)) {
      const selector = adapter.composer.find((s) => safeMatches(focusedHost, s));
      if (selector) return found(focusedHost, hint, 'ok', selector);
    }
    for (const selector of adapter.composer) {
      const hit = query.first(selector, (el) => asComposer(el) !== null);
      if (hit) return found(asComposer(hit)!, hint, 'ok', selector);
    }
  }

  // A custom site configured without selectors relies on the fallback by design: that is not degraded.
  const health = adapter && adapter.composer.length === 0 ? 'ok' : 'degraded';
  if (focusedHost && isUsable(focusedHost) && !isOwnUi(focusedHost)) return found(focusedHost, hint, health);
  const best = bestGenericCandidate(query);
  return best ? found(best, hint, health) : NO_COMPOSER;
}

/** The editing host an adapter match stands for (the match itself, or an editable inside a wrapper), if usable. */
function asComposer(el: Element): HTMLElement | null {
  const host = isEditableElement(el) ? editingHostOf(el) : editableDescendant(el);
  return host && isUsable(host) && !isOwnUi(host) ? host : null;
}

/** For a matched wrapper (`rich-textarea`, `[role=textbox]` around the editor): its first editable descendant. */
function editableDescendant(el: Element): HTMLElement | null {
  const inner = el.querySelector('textarea, [contenteditable]:not([contenteditable="false"])');
  return inner ? editingHostOf(inner) : null;
}

function bestGenericCandidate(query: DeepQuery): HTMLElement | null {
  let best: HTMLElement | null = null;
  let bestScore = -1;
  const seen = new Set<Element>();
  for (const candidate of query.all(GENERIC_CANDIDATES)) {
    const host = asComposer(candidate);
    if (!host || seen.has(host) || host.closest(FALLBACK_MARKER)) continue;
    seen.add(host);
    let score = 0;
    if (host.closest('form')) score += 2;
    if (host.closest(COMPOSER_AREA)) score += 2;
    if (editorKindOf(host) !== 'contenteditable' || host.getAttribute('role') === 'textbox') score += 1;
    if (score > bestScore) {
      best = host;
      bestScore = score;
    }
  }
  return best;
}

function found(element: HTMLElement, hint: EditorKind | undefined, health: ComposerFound['health'], selector?: string): ComposerFound {
  return selector === undefined
    ? { element, editor: editorKindOf(element, hint), health }
    : { element, editor: editorKindOf(element, hint), health, selector };
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}
