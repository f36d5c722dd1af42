/**
 * `t(key, substitutions)`: every user-visible string of the options page and the popup goes through
 * here, so translations only touch `public/_locales/<lang>/messages.json`. `i18n.test.ts` checks that
 * every key used under src/ui exists in the English catalogue and that the catalogue has no dead keys.
 */
import { browser } from 'wxt/browser';

/**
 * The message for `key`, or `key` itself when the catalogue has no such message (getMessage returns
 * '' then): a missing translation must be visible on screen, not a silently empty label. Also falls
 * back when there is no i18n API at all (unit tests, an orphaned page after an update).
 */
export function t(key: string, substitutions?: string | readonly string[]): string {
  return lookup(key, substitutions) ?? (substitutions === undefined ? key : `${key} ${[substitutions].flat().join(' ')}`);
}

/** The message for `key`, or `undefined` when there is none (no such key, or no i18n API): for callers with their own fallback. */
export function lookup(key: string, substitutions?: string | readonly string[]): string | undefined {
  try {
    // WXT types getMessage with the catalogue's keys only after `wxt prepare`; the key check is the unit test.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    const message = substitutions === undefined ? getMessage(key) : getMessage(key, [substitutions].flat());
    if (message) return message;
  } catch {
    // fall through: no i18n API in this context
  }
  return undefined;
}
