// @vitest-environment node
/**
 * A page cannot tell that PromptFence is installed by loading one of its files: the document reader
 * frame (the one web-accessible file) loads only from its dynamic URL, which changes every session
 * (`use_dynamic_url` in wxt.config.ts). The guard itself still reads documents through it
 * (guard-documents.e2e.test.ts).
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { openFixture } from './drive';
import { siteById, siteUrl } from './fixture-server';
import { useGuardBrowser } from './guard-helpers';
import { EXTENSION_ID } from './harness';

let page: Page;
const ext = useGuardBrowser((p) => {
  page = p;
});

/** What a page script sees when it fetches `url`: the status, or the error. */
const probe = (url: string) =>
  page.evaluate(async (u) => {
    try {
      return `status ${(await fetch(u)).status}`;
    } catch (error) {
      return `error ${(error as Error).name}`;
    }
  }, url);

describe('extension fingerprinting', () => {
  it('a page fetching the reader frame at the extension URL gets a network error', async () => {
    await openFixture(page, siteUrl(siteById('claude')));
    expect(await probe(`chrome-extension://${EXTENSION_ID}/doc-reader.html`)).toBe('error TypeError');
  });

  it('the extension reaches its own reader page (the probe above could succeed)', async () => {
    // The same fetch from an extension page: the file is there, so the page's error is the browser's refusal.
    const extensionPage = await ext().browser.newPage();
    try {
      await extensionPage.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
      const status = await extensionPage.evaluate(async (u) => (await fetch(u)).status, `chrome-extension://${EXTENSION_ID}/doc-reader.html`);
      expect(status).toBe(200);
    } finally {
      await extensionPage.close();
    }
  });
});
