// @vitest-environment node
/**
 * An internal AI front end an admin adds (policy `extraSites`: a match pattern plus selectors, in a
 * real Chromium policy file): the background registers the guard there, and the guard uses the admin's
 * selectors. Rewriting the policy without the site unregisters it, without a restart.
 *
 * Host permission for the internal host is optional in the manifest, and granting it takes a click in
 * a browser dialog automation cannot reach, so this launch holds it as if granted (see harness.ts).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx, para, run, table } from '../../src/documents/testing/office-files';
import { focusComposer, modelText, openFixture, pressEnter, settle, typeText, waitForModelText } from './drive';
import { pickThroughOffDomInput } from './file-pickers';
import { CORP_HOST, SPECIAL_PAGES, serveFixtures } from './fixture-server';
import { BLOCK_REDACTED, BLOCK_TEXT, CARD, expectNothingSent, expectSentOnce } from './guard-helpers';
import { launchWithExtension, OFFLINE_ARGS, type ExtensionBrowser } from './harness';
import { policyFile } from './policy-file';
import { actionLabels, clickPanelButton, LABEL, TITLE, waitForNoDialog, waitForPanel } from './panel-driver';

/** The extension APIs called from an extension page (no @types/chrome in this project). */
declare const chrome: {
  storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; world?: string }[]> };
};

const CORP_SITE = { match: CORP_HOST, composerSelector: '.chat-input [contenteditable]', sendSelector: '.chat-input button.send' };
const POLICY = policyFile('promptfence-e2e-custom-site');

let ext: ExtensionBrowser;
let extPage: Page;
beforeAll(async () => {
  POLICY.write({ extraSites: [CORP_SITE] });
  // A bare host in the config covers http and https (`*://host/*`), so both are needed to register it.
  ext = await launchWithExtension({ extraArgs: OFFLINE_ARGS, grantedHosts: [`*://${CORP_HOST}/*`] });
  extPage = await ext.browser.newPage();
  await extPage.goto(`chrome-extension://${ext.extensionId}/popup.html`);
});
afterAll(async () => {
  POLICY.remove();
  await ext?.close();
});

/** The worlds of our registered scripts that cover the corp host ('ISOLATED': the guard, 'MAIN': the file hooks). */
async function registered(): Promise<string[]> {
  const scripts = await extPage.evaluate(async () => chrome.scripting.getRegisteredContentScripts());
  return scripts.filter((s) => (s.matches ?? []).some((m) => m.includes(CORP_HOST))).map((s) => s.world ?? 'ISOLATED').sort();
}

/** Chromium delivers policy files about 5 s after start or change (toolchain.md §4). */
async function waitForRegistered(worlds: string[]): Promise<string[]> {
  for (let i = 0; i < 300; i++) {
    const now = await registered();
    if (now.join() === worlds.join()) return now;
    await new Promise((r) => setTimeout(r, 100));
  }
  return registered();
}

describe(`admin-added site ${CORP_HOST}`, () => {
  it('is guarded with the admin\'s adapter once configured, and no longer once removed', async () => {
    expect(await waitForRegistered(['ISOLATED', 'MAIN']), 'the guard and the file hooks registered for the host').toEqual(['ISOLATED', 'MAIN']);

    const page = await ext.browser.newPage();
    const recorder = await serveFixtures(page);
    await openFixture(page, SPECIAL_PAGES.corp.url);
    await focusComposer(page);
    await typeText(page, BLOCK_TEXT);
    await waitForModelText(page, BLOCK_TEXT);
    await pressEnter(page);
    const panel = await waitForPanel(page);
    expect(panel.title).toBe(TITLE.block);
    // The admin-added site's own adapter (named after its host), not the generic fallback, is in use.
    expect(panel.description).toContain(CORP_HOST);
    await expectNothingSent(page, recorder);
    expect(await modelText(page)).toBe(BLOCK_TEXT);
    await clickPanelButton(page, LABEL.redactAndSend);
    await expectSentOnce(page, recorder, BLOCK_REDACTED);

    // A file picked through an input the page never puts in the document reaches the guard only through
    // the main-world hooks: registered for this host too, the card DOCX is held, never uploaded.
    const cardDocx = docx({ body: para(run('Customer record')) + table([['Name', 'Card'], ['Ann Lee', CARD]]) });
    await pickThroughOffDomInput(page, '/corp-upload', { name: 'customers.docx', content: cardDocx });
    const filePanel = await waitForPanel(page, 'dialog', 15_000);
    expect(filePanel.text).toContain('customers.docx');
    expect(actionLabels(filePanel)).toContain(LABEL.removeFile);
    await clickPanelButton(page, LABEL.removeFile);
    await waitForNoDialog(page);
    await settle(page, 300);
    expect(recorder.requests().filter((r) => r.path === '/corp-upload')).toEqual([]);
    await page.close();

    // The decision reached the background (for history and reporting): what, where, how — never the value.
    const decisions = (await extPage.evaluate(async () => (await chrome.storage.session.get('guard.decisions'))['guard.decisions'])) as Record<string, unknown>[];
    // Two: the typed prompt's, and the off-DOM pick's (its file card, held and removed).
    expect(decisions).toHaveLength(2);
    const typed = decisions.filter((d) => d.channel === 'enter');
    expect(typed).toHaveLength(1);
    expect(decisions.find((d) => d.channel !== 'enter')).toMatchObject({ kind: 'guard-decision', host: CORP_HOST, counts: { CREDIT_CARD: 1 } });
    expect(typed[0]).toMatchObject({
      kind: 'guard-decision',
      site: expect.stringMatching(/^custom-/),
      host: CORP_HOST,
      channel: 'enter',
      action: 'block',
      choice: 'redacted',
      counts: { AWS_ACCESS_KEY: 1 },
      findings: [{ type: 'AWS_ACCESS_KEY', category: 'SECRET', detector: 'aws-access-key', preview: expect.stringContaining('…') }],
    });
    expect(JSON.stringify(decisions)).not.toContain('Z3MHALQ7X7RTPW2B');
    expect(JSON.stringify(decisions)).not.toContain(CARD.replace(/ /g, '').slice(4));

    POLICY.write({ customTerms: [{ id: 'placeholder', terms: ['zzplaceholderzz'] }] });
    expect(await waitForRegistered([]), 'the guard and the hooks unregistered').toEqual([]);
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
