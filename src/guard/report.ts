/**
 * Hands messages to the background without ever throwing into the page: after an extension update
 * the old content script's `runtime` is gone ("Extension context invalidated"), and a decision that
 * cannot be reported must not break the guard that made it.
 */
import { browser } from 'wxt/browser';
import type { ContentMessage } from '../messaging/protocol';

/** True while this content script still talks to a live extension. */
export function runtimeAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export function sendToBackground(message: ContentMessage): void {
  if (!runtimeAlive()) return;
  try {
    void browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // invalidated between the check and the call
  }
}
