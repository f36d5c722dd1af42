/**
 * Capture-phase listeners on `window` for every way text leaves for the AI. Registered at
 * document_start, before the site's scripts: the site's own handlers (on the editor, its form or
 * `document`) run after ours, so a stopped event never reaches them.
 */
import { isOwnSyntheticEvent } from '../editors';
import { composerFromEvent, findSendButton, isOwnUi } from '../sites';
import { isOwn } from './approval';
import type { ComposerAccess } from './composer-access';
import type { Submission } from './resend';

export interface InterceptHandlers {
  readonly signal: AbortSignal;
  readonly composers: ComposerAccess;
  /** Returns true when it stopped the event. */
  onSubmission(event: Event, submission: Submission): boolean;
  onPaste(event: ClipboardEvent, composer: HTMLElement): boolean;
  onDrop(event: DragEvent, composer: HTMLElement | null): boolean;
  onFilePick(event: Event, input: HTMLInputElement): boolean;
}

export function interceptInputs(h: InterceptHandlers): void {
  const options = { capture: true, signal: h.signal } as const;

  window.addEventListener(
    'keydown',
    (event) => {
      if (isOwn(event) || !isSendKey(event)) return;
      const composer = composerFromEvent(event);
      if (!composer) return;
      h.onSubmission(event, { channel: 'enter', composer, trigger: composer, keys: modifiers(event) });
    },
    options,
  );

  window.addEventListener(
    'click',
    (event) => {
      // Clicks land everywhere; on the built-in sites only one on a button can be a send, so the
      // composer and send-button lookups (selector queries through shadow roots) run for those alone.
      // An admin's send selector may name any element, so admin-added sites skip this shortcut.
      if (isOwn(event) || fromOwnUi(event)) return;
      if (!h.composers.adapter?.custom && !event.composedPath().some(isButtonLike)) return;
      const current = h.composers.current();
      if (!current) return;
      const send = findSendButton(document, h.composers.adapter, current.element);
      if (!send || !event.composedPath().includes(send.element)) return;
      h.onSubmission(event, { channel: 'send-button', composer: current.element, trigger: send.element });
    },
    options,
  );

  window.addEventListener(
    'submit',
    (event) => {
      if (isOwn(event)) return;
      const form = event.target;
      const current = h.composers.current();
      if (!(form instanceof HTMLFormElement) || !current || !form.contains(current.element)) return;
      h.onSubmission(event, { channel: 'submit', composer: current.element, trigger: form });
    },
    options,
  );

  window.addEventListener(
    'paste',
    (event) => {
      if (isOwn(event) || isOwnSyntheticEvent(event)) return;
      const composer = composerFromEvent(event);
      if (!composer) return;
      h.onPaste(event, composer);
    },
    options,
  );

  window.addEventListener(
    'drop',
    (event) => {
      if (isOwn(event) || fromOwnUi(event)) return;
      h.onDrop(event, composerFromEvent(event));
    },
    options,
  );

  window.addEventListener(
    'change',
    (event) => {
      if (isOwn(event)) return;
      const input = event.composedPath()[0];
      if (input instanceof HTMLInputElement && input.type === 'file') h.onFilePick(event, input);
    },
    options,
  );
}

/**
 * Enter sends on every supported site; Shift+Enter is a newline; Enter during IME composition
 * commits the composition (keyCode 229 covers browsers that do not set `isComposing`). Ctrl/Cmd/Alt+
 * Enter also count: several sites send on them.
 */
function isSendKey(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229;
}

function modifiers(event: KeyboardEvent): Submission['keys'] {
  return { ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey };
}

const BUTTON_LIKE = 'button, [role="button"], input[type="submit"], input[type="image"]';

function isButtonLike(target: EventTarget): boolean {
  return target instanceof Element && target.matches(BUTTON_LIKE);
}

function fromOwnUi(event: Event): boolean {
  const first = event.composedPath()[0];
  return first instanceof Element && isOwnUi(first);
}

