// @vitest-environment node
/**
 * An internal AI front end an admin adds (hosts plus selectors): the background registers the guard
 * there, and the guard uses the admin's adapter. The configuration is written where the policy work
 * will read it from managed storage (`customSites`, storage.local for now).
 *
 * Host permission for the internal host is optional in the manifest, and granting it takes a click in
 * a browser dialog automation cannot reach, so this launch holds it as if granted (see harness.ts).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusComposer, modelText, openFixture, pressEnter, typeText, waitForModelText } from './drive';
import { CORP_HOST, SPECIAL_PAGES, serveFixtures } from './fixture-server';
import { BLOCK_REDACTED, BLOCK_TEXT, expectNothingSent, expectSentOnce } from './guard-helpers';
import { launchWithExtension, OFFLINE_ARGS, type ExtensionBrowser } from './harness';
import { clickPanelButton, LABEL, TITLE, waitForPanel } from './panel-driver';

/** The extension APIs called from an extension page (no @types/chrome in this project). */
declare const chrome: {
  storage: {
    local: { set(v: object): Promise<void>; remove(k: string): Promise<void> };
    session: { get(k: string): Promise<Record<string, unknown>> };
  };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};

const CORP_SITE = {
  id: 'corp-ai',
  name: 'Corp AI',
  hosts: [CORP_HOST],
  composer: ['.chat-input [contenteditable]'],
  send: ['.chat-input button.send'],
};

let ext: ExtensionBrowser;
let extPage: Page;
beforeAll(async () => {
  // A bare host in the config covers http and https (`*://host/*`), so both are needed to register it.
  ext = await launchWithExtension({ extraArgs: OFFLINE_ARGS, grantedHosts: [`*://${CORP_HOST}/*`] });
  extPage = await ext.browser.newPage();
  await extPage.goto(`chrome-extension://${ext.extensionId}/popup.html`);
});
afterAll(async () => ext?.close());

async function registered(): Promise<string[]> {
  return extPage.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));
}

async function waitForRegistered(expectMatch: boolean): Promise<string[]> {
  for (let i = 0; i < 50; i++) {
    const matches = await registered();
    if (matches.some((m) => m.includes(CORP_HOST)) === expectMatch) return matches;
    await new Promise((r) => setTimeout(r, 100));
  }
  return registered();
}

describe(`admin-added site ${CORP_HOST}`, () => {
  it('is guarded with the admin\'s adapter once configured, and no longer once removed', async () => {
    await extPage.evaluate((site) => chrome.storage.local.set({ customSites: [site] }), CORP_SITE);
    expect((await waitForRegistered(true)).some((m) => m.includes(CORP_HOST)), 'guard registered for the host').toBe(true);

    const page = await ext.browser.newPage();
    const recorder = await serveFixtures(page);
    await openFixture(page, SPECIAL_PAGES.corp.url);
    await focusComposer(page);
    await typeText(page, BLOCK_TEXT);
    await waitForModelText(page, BLOCK_TEXT);
    await pressEnter(page);
    const panel = await waitForPanel(page);
    expect(panel.title).toBe(TITLE.block);
    // The admin's name for the site: the custom adapter, not the generic fallback, is in use.
    expect(panel.description).toContain('Corp AI');
    await expectNothingSent(page, recorder);
    expect(await modelText(page)).toBe(BLOCK_TEXT);
    await clickPanelButton(page, LABEL.redactAndSend);
    await expectSentOnce(page, recorder, BLOCK_REDACTED);
    await page.close();

    // The decision reached the background (for history and reporting): what, where, how — never the value.
    const decisions = (await extPage.evaluate(async () => (await chrome.storage.session.get('guard.decisions'))['guard.decisions'])) as Record<string, unknown>[];
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({
      kind: 'guard-decision',
      site: 'corp-ai',
      host: CORP_HOST,
      channel: 'enter',
      action: 'block',
      choice: 'redacted',
      counts: { AWS_ACCESS_KEY: 1 },
      findings: [{ type: 'AWS_ACCESS_KEY', category: 'SECRET', detector: 'aws-access-key', preview: expect.stringContaining('…') }],
    });
    expect(JSON.stringify(decisions)).not.toContain('Z3MHALQ7X7RTPW2B');

    await extPage.evaluate(() => chrome.storage.local.remove('customSites'));
    expect((await waitForRegistered(false)).some((m) => m.includes(CORP_HOST)), 'guard unregistered').toBe(false);
    const after = await ext.browser.newPage();
    const afterRecorder = await serveFixtures(after);
    await openFixture(after, SPECIAL_PAGES.corp.url);
    await focusComposer(after);
    await typeText(after, BLOCK_TEXT);
    await waitForModelText(after, BLOCK_TEXT);
    await pressEnter(after);
    await expectSentOnce(after, afterRecorder, BLOCK_TEXT);
    await after.close();
  });
});
