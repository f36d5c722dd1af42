/**
 * Sending again after the user approved, the way they tried to send, and putting held-back text back
 * into the editor through its own input path. Our dispatched events are marked (approval.ts) so our
 * own listeners let them through; the approval covers the click → submit chain a resend produces.
 */
import { insertAtCaret, readComposerText } from '../editors';
import type { Channel } from '../decisions/types';
import { markOwn, type Approvals } from './approval';
import type { ComposerAccess, ComposerSnapshot } from './composer-access';

export interface Submission {
  readonly channel: Extract<Channel, 'enter' | 'send-button' | 'submit'>;
  readonly composer: HTMLElement;
  /** The composer (Enter), the send button, or the form. */
  readonly trigger: Element;
  readonly keys?: { readonly ctrlKey: boolean; readonly metaKey: boolean; readonly altKey: boolean };
}

/** How long a resend may take to empty the composer before we stop waiting. */
const SENT_TIMEOUT_MS = 3000;

/**
 * Sends once, then waits for the composer to empty (the site took the message). Returns whether it did:
 * a site that ignored the resend leaves the text in place, and the user can send by hand.
 */
export async function resendSubmission(submission: Submission, snapshot: ComposerSnapshot, approvals: Approvals): Promise<boolean> {
  const { trigger, composer } = submission;
  if (submission.channel === 'send-button' && trigger instanceof HTMLElement && trigger.isConnected) {
    trigger.click();
  } else if (submission.channel === 'submit' && trigger instanceof HTMLFormElement && trigger.isConnected) {
    trigger.requestSubmit();
  } else {
    const target = composer.isConnected ? composer : snapshot.element;
    target.focus({ preventScroll: true });
    target.dispatchEvent(
      markOwn(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          code: 'Enter',
          keyCode: 13,
          which: 13,
          bubbles: true,
          cancelable: true,
          composed: true,
          ...submission.keys,
        }),
      ),
    );
  }
  const sent = await waitUntil(() => !composer.isConnected || readComposerText(composer, snapshot.kind).trim() !== snapshot.text.trim(), SENT_TIMEOUT_MS);
  approvals.clear();
  return sent;
}

/**
 * Puts held-back pasted or dropped text (original or redacted) where the caret was. In Chromium, rich
 * editors get it as a paste again, so the site handles it as its own (ChatGPT, Claude and Perplexity
 * turn a long paste into an attachment instead of freezing the editor with megabytes of text). Where
 * nobody takes that paste (textareas ignore synthetic pastes; Firefox drops their data), the text goes
 * in through the editor's input path and is read back.
 */
export async function reinsertPaste(composers: ComposerAccess, snapshot: ComposerSnapshot, text: string): Promise<boolean> {
  composers.restoreFocus(snapshot);
  if (snapshot.kind !== 'textarea' && import.meta.env.BROWSER !== 'firefox' && snapshot.element.isConnected) {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const paste = markOwn(new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: data }));
    snapshot.element.dispatchEvent(paste);
    // Editors that handle a paste cancel the native one: that is how we know it was taken.
    if (paste.defaultPrevented) return true;
  }
  const result = await insertAtCaret(snapshot.element, snapshot.kind, text);
  return result.ok;
}

/** Lets the site see a file pick we held back: the input still holds the files, or now holds `replace` (redacted copies). */
export function replayFileChange(input: HTMLInputElement, replace?: readonly File[]): void {
  if (replace) {
    const data = new DataTransfer();
    for (const f of replace) data.items.add(f);
    input.files = data.files;
  }
  input.dispatchEvent(markOwn(new Event('input', { bubbles: true, composed: true })));
  input.dispatchEvent(markOwn(new Event('change', { bubbles: true, composed: true })));
}

/** Drops the files on the element they were dropped on, as the user did (Chromium accepts a built DataTransfer). */
export function replayDrop(target: EventTarget | null, files: readonly File[], at: { clientX: number; clientY: number }): void {
  if (!(target instanceof Element) || !target.isConnected) return;
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  target.dispatchEvent(markOwn(new DragEvent('drop', { bubbles: true, cancelable: true, composed: true, dataTransfer: data, ...at })));
}

/** Pastes files into the composer, as the user did. */
export function replayPasteFiles(target: HTMLElement, files: readonly File[]): void {
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  target.dispatchEvent(markOwn(new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: data })));
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}
