// @vitest-environment node
/**
 * The real toolbar popup (opened with `chrome.action.openPopup()` from the service worker, so the
 * active tab is the fixture page, as when a user clicks the button): the active tab's status, pause and
 * resume for this site (the guard follows at once), the per-tab findings badge, and clear all.
 */
import type { Page, WebWorker } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { focusComposer, openFixture, typeText, waitForModelText } from './drive';
import { serveFixtures, siteById, siteUrl, type Recorder } from './fixture-server';
import { BLOCK_TEXT, expectSentOnce, useGuardBrowser, WARN_TEXT } from './guard-helpers';
import { clickPanelButton, LABEL, TITLE, waitForPanel } from './panel-driver';

declare const chrome: {
  action: { openPopup(): Promise<void>; getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
};

let page: Page;
let recorder: Recorder;
const ext = useGuardBrowser((p, r) => {
  page = p;
  recorder = r;
});

async function worker(): Promise<WebWorker> {
  const target = await ext().browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${ext().extensionId}/`));
  return (await target.worker())!;
}

/** Opens the toolbar popup over `tab` (brought to the front first) and waits for its status line. */
async function openActionPopup(tab: Page): Promise<Page> {
  await tab.bringToFront();
  await (await worker()).evaluate(() => chrome.action.openPopup());
  const target = await ext().browser.waitForTarget((t) => t.url() === `chrome-extension://${ext().extensionId}/popup.html`, { timeout: 5_000 });
  const popup = (await target.asPage())!;
  await popup.waitForSelector('[data-testid=tab-status][data-status]');
  return popup;
}

const statusOf = (popup: Page) => popup.$eval('[data-testid=tab-status]', (e) => e.getAttribute('data-status'));

async function openChat(id: 'chatgpt' | 'claude', on = page): Promise<void> {
  await openFixture(on, siteUrl(siteById(id)));
  await focusComposer(on);
}

describe('toolbar popup: this tab', () => {
  it('a guarded site is protected; pause stops the guard there at once, resume brings it back', async () => {
    await openChat('chatgpt');
    let popup = await openActionPopup(page);
    await popup.waitForFunction(() => document.querySelector('[data-testid=tab-status]')?.getAttribute('data-status') === 'protected');
    expect(await popup.$eval('[data-testid=tab-status]', (e) => e.textContent)).toContain('chatgpt.com');

    await popup.click('[data-testid=pause-site]');
    await popup.waitForFunction(() => document.querySelector('[data-testid=tab-status]')?.getAttribute('data-status') === 'paused');
    await popup.close();

    await focusComposer(page);
    await typeText(page, BLOCK_TEXT);
    await waitForModelText(page, BLOCK_TEXT);
    await page.keyboard.press('Enter');
    await expectSentOnce(page, recorder, BLOCK_TEXT); // paused: no panel, sent as typed

    popup = await openActionPopup(page);
    expect(await statusOf(popup)).toBe('paused');
    await popup.click('[data-testid=pause-site]');
    await popup.waitForFunction(() => document.querySelector('[data-testid=tab-status]')?.getAttribute('data-status') !== 'paused');
    await popup.close();

    await focusComposer(page);
    await typeText(page, BLOCK_TEXT);
    await waitForModelText(page, BLOCK_TEXT);
    await page.keyboard.press('Enter');
    expect((await waitForPanel(page)).title).toBe(TITLE.block);
  });

  it('a page that is not an AI chat site is "not-guarded", without a pause button', async () => {
    await page.goto('data:text/html,<title>plain</title><p>hello</p>');
    const popup = await openActionPopup(page);
    expect(await statusOf(popup)).toBe('not-guarded');
    expect(await popup.$('[data-testid=pause-site]')).toBeNull();
    await popup.close();
  });

  it('the badge counts the findings in each tab\'s composer, per tab', async () => {
    await openChat('chatgpt');
    const other = await ext().browser.newPage();
    await serveFixtures(other);
    await openChat('claude', other);
    await page.bringToFront();
    await focusComposer(page);
    await typeText(page, BLOCK_TEXT);
    await waitForModelText(page, BLOCK_TEXT);
    const badge = (url: string) =>
      worker().then((w) =>
        w.evaluate(async (u) => {
          const [tab] = await chrome.tabs.query({ url: u });
          return chrome.action.getBadgeText({ tabId: tab!.id! });
        }, url),
      );
    const until = Date.now() + 5_000;
    while ((await badge('https://chatgpt.com/*')) !== '1' && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(await badge('https://chatgpt.com/*')).toBe('1');
    expect(await badge('https://claude.ai/*')).toBe('');
    await other.close();
  });

  it('clear all asks to confirm, then empties the history for good', async () => {
    await openChat('chatgpt');
    await typeText(page, WARN_TEXT);
    await waitForModelText(page, WARN_TEXT);
    await page.keyboard.press('Enter');
    await waitForPanel(page);
    await clickPanelButton(page, LABEL.sendAnyway);
    await expectSentOnce(page, recorder, WARN_TEXT);

    const popup = await openActionPopup(page);
    await popup.waitForSelector('[data-testid=history-list] li[data-event-id]');
    await popup.click('[data-testid=clear-history]');
    expect(await popup.$$('[data-testid=history-list] li'), 'nothing deleted before the confirm').not.toHaveLength(0);
    await popup.click('[data-testid=clear-cancel]');
    await popup.click('[data-testid=clear-history]');
    await popup.click('[data-testid=clear-confirm]');
    await popup.waitForSelector('[data-testid=history-empty]');
    await popup.reload();
    await popup.waitForSelector('[data-testid=history-empty]');
    await popup.close();
  });
});
