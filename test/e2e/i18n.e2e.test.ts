// @vitest-environment node
/**
 * A French Chromium (`--lang=fr`, and LANGUAGE=fr, which Linux builds read) shows the options page and
 * the in-page panel from public/_locales/fr: the content script's `browser.i18n` and its plural rules.
 * Under `flock /tmp/e2e.lock`, like every e2e file (.output is shared).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusComposer, openFixture, pressEnter, typeText, waitForModelText } from './drive';
import { serveFixtures, siteById, siteUrl } from './fixture-server';
import { watchPanels, WARN_TEXT } from './guard-helpers';
import { launchWithExtension, OFFLINE_ARGS, type ExtensionBrowser } from './harness';
import { waitForPanel } from './panel-driver';

const fr = JSON.parse(readFileSync(new URL('../../public/_locales/fr/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;

let ext: ExtensionBrowser;
const previousLanguage = process.env.LANGUAGE;

beforeAll(async () => {
  process.env.LANGUAGE = 'fr';
  ext = await launchWithExtension({ extraArgs: [...OFFLINE_ARGS, '--lang=fr'] });
}, 60_000);

afterAll(async () => {
  await ext?.close();
  if (previousLanguage === undefined) delete process.env.LANGUAGE;
  else process.env.LANGUAGE = previousLanguage;
});

describe('in a French browser', () => {
  it('the options page is in French', async () => {
    const page = await ext.browser.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.waitForSelector('h1');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe(fr.optionsTitle!.message);
    expect(await page.title()).toBe(fr.optionsTitle!.message);
    await page.close();
  });

  it('the options page’s try-it box says why a finding matched in French', async () => {
    const page = await ext.browser.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.waitForSelector('[data-testid="try-it"]');
    await page.type('[data-testid="try-it"]', 'card 4111 1111 1111 1111');
    const row = '[data-testid="try-it-result"] li[data-type="CREDIT_CARD"] small';
    await page.waitForSelector(row, { timeout: 5_000 });
    const reason = await page.$eval(row, (el) => el.textContent ?? '');
    expect(reason.startsWith(fr.detector_credit_card!.message)).toBe(true);
    expect(reason).toContain(fr.panel_reason_checked!.message);
    await page.close();
  });

  it('the in-page panel is in French, with the singular for one finding', async () => {
    const page: Page = await ext.browser.newPage();
    await serveFixtures(page);
    await openFixture(page, siteUrl(siteById('chatgpt')));
    await watchPanels(page);
    await focusComposer(page);
    await typeText(page, WARN_TEXT);
    await waitForModelText(page, WARN_TEXT);
    await pressEnter(page);
    const panel = await waitForPanel(page);
    expect(panel.title).toBe(fr.panel_title_warn!.message);
    expect(panel.description).toMatch(/^PromptFence a trouvé 1 élément qui semble sensible\./);
    expect(panel.buttons.map((b) => b.label)).toContain(fr.panel_action_sendAnyway!.message);
    expect(panel.findings.map((f) => f.type)).toContain(fr.panel_type_EMAIL!.message);
    // Why it matched, in French too (the engine's structured explanation, not its English sentence).
    expect(panel.text).toContain(fr.detector_email!.message);
    await page.close();
  });
});
