// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';

/**
 * The built extension loads in real Chromium and runs the detector engine inside its own page
 * (the popup's try-it box), with the MV3 content security policy in force.
 */
describe('built extension in Chromium', () => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchWithExtension();
  }, 60_000);

  afterAll(async () => {
    await ext?.close();
  });

  it('finds sensitive values in the popup with masked previews only', async () => {
    const page = await ext.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await (await page.waitForSelector('[data-testid=tab-try]'))!.click(); // the popup opens on its history
    await page.waitForSelector('textarea');
    await page.type('textarea', 'Write to jane.doe@example.com about card 4111 1111 1111 1111 please');
    await page.waitForFunction(() => document.querySelectorAll('li').length >= 2, { timeout: 5_000 });
    const items = await page.$$eval('li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items.some((t) => t.startsWith('EMAIL'))).toBe(true);
    expect(items.some((t) => t.startsWith('CREDIT_CARD') && t.includes('•••• 1111'))).toBe(true);
    expect(items.join('\n')).not.toContain('jane.doe@example.com');
    expect(items.join('\n')).not.toContain('4111 1111 1111 1111');
    expect(errors).toEqual([]);
  }, 30_000);
});
