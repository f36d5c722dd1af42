// @vitest-environment node
/**
 * An extension update while a chat page is open: the old content script is orphaned (its runtime is
 * gone), the background re-injects the new one, and protection must never silently switch off. Also:
 * the toolbar badge counts findings while the user types.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusComposer, modelText, openFixture, pressEnter, sentTexts, settle, typeText } from './drive';
import { FIXTURE_SITES, serveFixtures, siteUrl, type Recorder } from './fixture-server';
import { BLOCK_TEXT, CLEAN_TEXT, expectNothingSent } from './guard-helpers';
import { launchWithExtension, OFFLINE_ARGS, type ExtensionBrowser } from './harness';

/** The extension APIs these tests call inside an extension page (no @types/chrome in this project). */
declare const chrome: {
  runtime: { reload(): void };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  management: { uninstallSelf(options?: { showConfirmDialog?: boolean }): Promise<void> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension({ extraArgs: OFFLINE_ARGS });
});
afterAll(async () => ext?.close());

const chatgpt = FIXTURE_SITES.find((s) => s.id === 'chatgpt')!;

async function open(): Promise<{ page: Page; recorder: Recorder; errors: string[] }> {
  const page = await ext.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  page.on('console', (m) => {
    if (/context invalidated/i.test(m.text())) errors.push(m.text());
  });
  const recorder = await serveFixtures(page);
  await openFixture(page, siteUrl(chatgpt));
  return { page, recorder, errors };
}

/**
 * An extension page to call extension APIs from (puppeteer's `worker.evaluate` on the MV3 service
 * worker hangs with this Chromium). The popup page is ours, so it has `chrome.runtime`/`chrome.action`.
 */
async function extensionPage(): Promise<Page> {
  const page = await ext.browser.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  return page;
}


describe('toolbar badge', () => {
  it('counts findings while typing, and clears when the composer is clean', async () => {
    const { page } = await open();
    const extPage = await extensionPage();
    await page.bringToFront();
    const tabBadge = () =>
      extPage.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ url: 'https://chatgpt.com/*' });
        return chrome.action.getBadgeText({ tabId: tab!.id! });
      });
    await focusComposer(page);
    await typeText(page, `${BLOCK_TEXT} and mail jane.doe@acme-corp.com`);
    await settle(page, 800);
    expect(await tabBadge()).toBe('2');
    // Highlights are drawn in our own overlay, never inside the site's editor.
    const overlay = await page.evaluate(() => !!document.querySelector('promptfence-highlights'));
    expect(overlay).toBe(true);
    expect(await page.evaluate(() => document.querySelector('#prompt-textarea')!.querySelectorAll('mark, [data-promptfence-ui]').length)).toBe(0);
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await typeText(page, CLEAN_TEXT);
    await settle(page, 800);
    expect(await tabBadge()).toBe('');
    await pressEnter(page);
    await settle(page, 300);
    expect(await sentTexts(page)).toEqual([CLEAN_TEXT]);
    await extPage.close();
    await page.close();
  });
});

describe('extension reloaded under an open page (what an update does to it)', () => {
  /*
   * Uninstalling orphans the page's content script as an update does (its runtime is gone), and no new
   * version comes to take over, so this checks the orphan on its own: it must keep protecting, say why,
   * and throw nothing. (chrome.runtime.reload() orphans it too, but in this headless Chromium the
   * reloaded extension sometimes comes back and re-injects its guard, sometimes stays disabled: the test
   * failed in CI when it came back.) Re-injection of the new version into open tabs is unit-tested in
   * src/background/reinject.test.ts. Runs last: the extension is gone for the rest of this browser's life.
   */
  it('still holds a secret back, tells the user, lets clean prompts through, and throws nothing', async () => {
    const { page, recorder, errors } = await open();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await focusComposer(page);
    await typeText(page, 'draft ');
    const extPage = await extensionPage();
    await extPage.evaluate(() => {
      setTimeout(() => void chrome.management.uninstallSelf({ showConfirmDialog: false }), 50);
    });
    await settle(page, 2000);
    await page.bringToFront();
    await focusComposer(page);
    await typeText(page, BLOCK_TEXT);
    await pressEnter(page);
    await expectNothingSent(page, recorder);
    expect(await modelText(page)).toBe(`draft ${BLOCK_TEXT}`);
    expect(dialogs.join('\n')).toMatch(/PromptFence was updated/);
    // A clean prompt is not held back by the orphan.
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await typeText(page, CLEAN_TEXT);
    await pressEnter(page);
    await settle(page, 300);
    expect(await sentTexts(page)).toEqual([CLEAN_TEXT]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
