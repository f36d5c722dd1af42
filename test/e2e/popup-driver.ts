/**
 * The toolbar popup opened as a page (popup-history.e2e.test.ts, popup-file-history.e2e.test.ts).
 */
import type { Page } from 'puppeteer-core';
import { settle } from './drive';
import type { ExtensionBrowser } from './harness';

/** Opens the popup and waits until its history lists `count` events (the background writes them asynchronously). */
export async function openPopup(ext: ExtensionBrowser, count: number): Promise<Page> {
  const p = await ext.browser.newPage();
  const until = Date.now() + 10_000;
  for (;;) {
    await p.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await p.waitForSelector('[data-testid=history-list], [data-testid=history-empty]');
    if ((await p.$$('[data-testid=history-list] li[data-event-id]')).length >= count) return p;
    if (Date.now() > until) throw new Error(`the popup did not list ${count} events`);
    await settle(p, 200);
  }
}
