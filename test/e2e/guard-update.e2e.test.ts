// @vitest-environment node
/**
 * An extension update while a chat page is open: the old content script is orphaned (its runtime is
 * gone), the background re-injects the new one, and protection must never silently switch off. The page
 * keeps the old version's main-world hooks (off-DOM file inputs, `showOpenFilePicker`), which must hand
 * their picks to the new guard. Also: the toolbar badge counts findings while the user types.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx, para, run, table } from '../../src/documents/testing/office-files';
import { extractDocument } from '../../src/documents';
import { focusComposer, modelText, openFixture, pressEnter, sentTexts, settle, typeText } from './drive';
import { addPickerUpload, installPickerStandIn, pickerResult, pickThroughOffDomInput, stagePick } from './file-pickers';
import { FIXTURE_SITES, serveFixtures, siteUrl, type Recorder } from './fixture-server';
import { BLOCK_TEXT, CARD, CLEAN_TEXT, expectNothingSent, watchPanels } from './guard-helpers';
import { launchUpdatableExtension, launchWithExtension, OFFLINE_ARGS, type ExtensionBrowser, type UpdatableExtensionBrowser } from './harness';
import { clickPanelButton, LABEL, waitForNoDialog, waitForPanel } from './panel-driver';

/** The extension APIs these tests call inside an extension page (no @types/chrome in this project). */
declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension({ extraArgs: OFFLINE_ARGS });
});
afterAll(async () => ext?.close());

const chatgpt = FIXTURE_SITES.find((s) => s.id === 'chatgpt')!;
const UPLOAD = chatgpt.uploadPath!;
const DIGITS = CARD.replace(/ /g, '');
const cardDocx = docx({ body: para(run('Customer record')) + table([['Name', 'Card'], ['Ann Lee', CARD]]) });
// Other bytes than cardDocx: the guard decides the same bytes once per tab (a cancelled file comes back
// with a "removed earlier" note, not a panel), and each pick below must be decided afresh.
const orderDocx = docx({ body: para(run('Order record')) + table([['Name', 'Card'], ['Ann Lee', CARD]]) });
const benignDocx = docx({ body: para(run('Summarise the quarterly roadmap in three bullets.')) });

/** Names of the files that reached ChatGPT's upload path. */
const uploaded = (recorder: Recorder) => recorder.requests().filter((r) => r.path === UPLOAD).map((r) => (JSON.parse(r.body) as { name: string }).name);

async function open(browser = ext.browser): Promise<{ page: Page; recorder: Recorder; errors: string[] }> {
  const page = await browser.newPage();
  await installPickerStandIn(page);
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

/** Counts the guard's start announcements (src/guard/takeover.ts), which the page's world sees too. */
async function countGuardStarts(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __guardStarts: number };
    w.__guardStarts = 0;
    window.addEventListener('promptfence:guard-started', () => w.__guardStarts++);
  });
  return () => page.evaluate(() => (window as unknown as { __guardStarts: number }).__guardStarts);
}

/**
 * A card DOCX picked through an off-DOM input and through `showOpenFilePicker` is held by a live guard
 * (a panel, never the orphan's alert); Cancel and "Upload a redacted copy" are applied; a benign DOCX goes.
 */
async function expectPicksGuarded(page: Page, recorder: Recorder, dialogs: readonly string[]): Promise<void> {
  await pickThroughOffDomInput(page, UPLOAD, { name: 'customers.docx', content: cardDocx });
  await waitForPanel(page, 'dialog', 15_000);
  await clickPanelButton(page, LABEL.removeFile);
  await waitForNoDialog(page);
  await settle(page, 200);
  expect(uploaded(recorder)).toEqual([]);

  await stagePick(page, [{ name: 'orders.docx', content: orderDocx }]);
  await page.click('#picker-upload');
  await waitForPanel(page, 'dialog', 15_000);
  await clickPanelButton(page, LABEL.attachRedacted);
  await expect.poll(() => pickerResult(page), { timeout: 15_000 }).toBe('ok');
  const copy = recorder.requests().find((r) => r.path === UPLOAD)!;
  const read = await extractDocument(new Uint8Array(Buffer.from((JSON.parse(copy.body) as { base64: string }).base64, 'base64')), { name: 'orders.docx' });
  expect(read.status === 'ok' && read.extracted.text).toContain('[CREDIT_CARD_1]');

  await pickThroughOffDomInput(page, UPLOAD, { name: 'roadmap.docx', content: benignDocx });
  await expect.poll(() => uploaded(recorder), { timeout: 15_000 }).toEqual(['orders.docx', 'roadmap.docx']);
  for (const r of recorder.requests()) expect(r.body).not.toContain(DIGITS);
  expect(dialogs).toEqual([]);
}

describe('extension updated under an open page (the same build installed again over CDP, one version up)', () => {
  let updatable: UpdatableExtensionBrowser | undefined;
  afterAll(async () => updatable?.close());

  async function openChatGpt(browser: UpdatableExtensionBrowser) {
    const opened = await open(browser.browser);
    const dialogs: string[] = [];
    opened.page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await watchPanels(opened.page);
    await addPickerUpload(opened.page, UPLOAD);
    return { ...opened, dialogs, guardStarts: await countGuardStarts(opened.page) };
  }

  it('the old version\'s main-world hooks hand file picks to the new guard, which reads and decides them', async () => {
    updatable = await launchUpdatableExtension();
    const { page, recorder, errors, dialogs, guardStarts } = await openChatGpt(updatable);
    await updatable.update();
    // The new version's background re-injects its guard, which announces itself; the orphan stands down.
    await expect.poll(guardStarts, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    await expectPicksGuarded(page, recorder, dialogs);
    expect(errors).toEqual([]);
    await updatable.close();
    updatable = undefined;
  });

  it('a tab opened before the install gets the main-world hooks with the guard', async () => {
    updatable = await launchUpdatableExtension({ installed: false });
    const { page, recorder, errors, dialogs, guardStarts } = await openChatGpt(updatable);
    expect(await page.evaluate(() => HTMLInputElement.prototype.click.toString())).toContain('[native code]');
    await updatable.install();
    await expect.poll(guardStarts, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    await expectPicksGuarded(page, recorder, dialogs);
    expect(errors).toEqual([]);
    await updatable.close();
    updatable = undefined;
  });
});

describe('extension gone under an open page (an update whose new version never reaches the tab)', () => {
  /*
   * Uninstalling orphans the page's content script as an update does (its runtime is gone), and no new
   * version announces itself, so the orphan is on its own: it must keep protecting, say why, and throw
   * nothing. (chrome.runtime.reload() would orphan it too, but in this headless Chromium the reloaded
   * extension sometimes comes back and re-injects its guard, sometimes stays disabled: measured, both.)
   */
  let gone: UpdatableExtensionBrowser | undefined;
  afterAll(async () => gone?.close());

  it('still holds a secret back, tells the user, lets clean prompts through, holds picked documents, and throws nothing', async () => {
    gone = await launchUpdatableExtension();
    const { page, recorder, errors } = await open(gone.browser);
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await focusComposer(page);
    await typeText(page, 'draft ');
    await gone.browser.uninstallExtension(gone.extensionId);
    await settle(page, 500);
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
    // Files: the orphan cannot read documents (the reader went with the old version). Picked through the
    // main-world hooks, a DOCX is held, the user is told to reload and attach it again, nothing uploads.
    const filesNotice = /could not check the file you attached/;
    await addPickerUpload(page, UPLOAD);
    await pickThroughOffDomInput(page, UPLOAD, { name: 'roadmap.docx', content: benignDocx });
    await expect.poll(() => dialogs.filter((d) => filesNotice.test(d)).length, { timeout: 5_000 }).toBe(1);
    await stagePick(page, [{ name: 'customers.docx', content: cardDocx }]);
    await page.click('#picker-upload');
    await expect.poll(() => pickerResult(page), { timeout: 5_000 }).toBe('AbortError');
    expect(dialogs.filter((d) => filesNotice.test(d))).toHaveLength(2);
    await settle(page, 300);
    expect(uploaded(recorder)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
