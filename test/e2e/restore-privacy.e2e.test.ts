// @vitest-environment node
/**
 * Restored answers leave nothing at rest (issue 12): after a conversation whose answer was shown with
 * its real values, the browser is closed and every file of its profile is searched for the values (raw,
 * UTF-16LE, base64, URL-encoded). The vault lives in `storage.session` (memory), so it is gone after a
 * browser restart. A canary written to `storage.local` is the positive control: the scan finds it.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusComposer, openFixture, pressEnter, typeText, waitForModelText, waitForSent } from './drive';
import { serveFixtures, siteById, siteUrl } from './fixture-server';
import { launchWithExtension, OFFLINE_ARGS, type ExtensionBrowser } from './harness';
import { watchPanels } from './guard-helpers';
import { clickPanelButton, LABEL, waitForPanel } from './panel-driver';
import { searchProfile } from './profile-scan';

const NAME = 'Evangelina Kowalczyk';
const CARD_DIGITS = '4111 1111 1111 1111';
const CANARY = 'canary-Wq7Ht2Lp9Zx4Rk6Jm3Vd8Nb5';

/** The extension page's `chrome` (only what the canary write uses). */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await launchWithExtension({ extraArgs: OFFLINE_ARGS, keepProfile: true });
}, 60_000);

afterAll(async () => {
  await ext?.close();
  if (ext) rmSync(ext.profileDir, { recursive: true, force: true });
});

describe('restored answers at rest', () => {
  it('after the browser closes, no file in its profile holds a restored value', async () => {
    const page = await ext.browser.newPage();
    await serveFixtures(page);
    await openFixture(page, `${siteUrl(siteById('chatgpt'))}?reply=1`);
    await watchPanels(page);
    await focusComposer(page);
    const text = `Please update ${NAME}'s card ${CARD_DIGITS}`;
    await typeText(page, text);
    await waitForModelText(page, text);
    await pressEnter(page);
    await waitForPanel(page);
    await clickPanelButton(page, LABEL.redactAndSend);
    expect((await waitForSent(page, 1))[0]).toBe("Please update [PERSON_1]'s card [CREDIT_CARD_1]");
    await page.waitForSelector('[data-fixture-done]', { timeout: 8_000 });
    // The layer showed the answer (its host is there) before the browser closes.
    await page.waitForSelector('promptfence-restored', { timeout: 8_000 });
    const popup = await ext.browser.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.evaluate(async (canary) => chrome.storage.local.set({ 'e2e.canary': canary }), CANARY);
    await popup.close();
    await page.close();
    await ext.close();

    const { hits, files } = searchProfile(ext.profileDir, [NAME, CARD_DIGITS, CARD_DIGITS.replace(/ /g, ''), CANARY]);
    expect(files, 'files scanned').toBeGreaterThan(20);
    expect(hits.some((h) => h.includes(`: ${CANARY} (`)), 'the storage.local canary is found (the scan works)').toBe(true);
    expect(hits.filter((h) => !h.includes(`: ${CANARY} (`))).toEqual([]);
  });
});
