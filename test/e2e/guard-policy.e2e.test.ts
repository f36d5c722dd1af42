// @vitest-environment node
/**
 * Admin policy through the browser's own managed storage: a Chromium policy file written before launch
 * reaches the extension and changes what the guard does on a fixture chat page; rewriting the file while
 * the browser runs changes it again without a restart.
 *
 * The file is written for the extension's fixed id (manifest `key`; `launchWithExtension` checks that
 * Chromium loaded it under that id). Needs root (Chromium reads /etc/chromium/policies/managed), as CI
 * runs; elsewhere the suite says so and fails rather than pretending to pass.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, pressEnter, typeText, waitForModelText } from './drive';
import { addPickerUpload, foldersSeen, pickerResult, tempFolder, watchFolderDrops } from './file-pickers';
import { siteById } from './fixture-server';
import { BLOCK_TEXT, expectNothingSent, expectSentOnce, panelsSeen, openGuardedSite } from './guard-helpers';
import { launchWithExtension, OFFLINE_ARGS, type ExtensionBrowser } from './harness';
import { clickPanelButton, LABEL, PANEL_HOST, panelState, TITLE, waitForPanel } from './panel-driver';
import { policyFile, waitForManaged as waitForManagedOn } from './policy-file';

declare const chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };

const policy = policyFile('promptfence-e2e-policy');
const BASE_POLICY = {
  customTerms: [{ id: 'falcon', label: 'Project Falcon', terms: ['project falcon'], caseSensitive: false, wholeWord: true, action: 'block' }],
  sites: { 'claude.ai': { enabled: false } },
  message: { text: 'Ask the security team before sharing this.', url: 'https://intranet.example/security' },
};

let ext: ExtensionBrowser;
let extPage: Page;

const waitForManaged = (check: (p: Record<string, unknown>) => boolean) => waitForManagedOn(extPage, check);

const openSite = (id: 'chatgpt' | 'claude') => openGuardedSite(ext.browser, id);

beforeAll(async () => {
  policy.write(BASE_POLICY);
  ext = await launchWithExtension({ extraArgs: OFFLINE_ARGS });
  extPage = await ext.browser.newPage();
  await extPage.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await waitForManaged((p) => Array.isArray(p.customTerms));
}, 90_000);

afterAll(async () => {
  policy.remove();
  await ext?.close();
});

describe('admin policy from managed storage', () => {
  it('blocks the admin\'s custom term, with the admin\'s message', async () => {
    const { page, recorder } = await openSite('chatgpt');
    const text = 'status update on Project Falcon please';
    await typeText(page, text);
    await waitForModelText(page, text);
    await pressEnter(page);
    const panel = await waitForPanel(page);
    expect(panel.title).toBe(TITLE.block);
    expect(panel.text).toContain('Ask the security team before sharing this.');
    await expectNothingSent(page, recorder);
    await page.close();
  });

  it('leaves a site the admin disabled alone', async () => {
    const { page, recorder } = await openSite('claude');
    await typeText(page, BLOCK_TEXT);
    await waitForModelText(page, BLOCK_TEXT);
    await pressEnter(page);
    await expectSentOnce(page, recorder, BLOCK_TEXT);
    expect(await panelsSeen(page)).toBe(0);
    await page.close();
  });

  it('follows a policy file rewritten while the browser runs: monitor mode never interrupts', async () => {
    policy.write({ ...BASE_POLICY, mode: 'monitor' });
    await waitForManaged((p) => p.mode === 'monitor');
    const { page, recorder } = await openSite('chatgpt');
    await typeText(page, BLOCK_TEXT);
    await waitForModelText(page, BLOCK_TEXT);
    await pressEnter(page);
    await expectSentOnce(page, recorder, BLOCK_TEXT);
    expect(await panelsSeen(page)).toBe(0);
    expect((await panelState(page)).kind).toBeNull();
    await page.close();
  });

  it('monitor mode: a dropped folder and the folder picker go through unread (documents.unreadable is allow there)', async () => {
    policy.write({ ...BASE_POLICY, mode: 'monitor' });
    await waitForManaged((p) => p.mode === 'monitor');
    const { page } = await openSite('chatgpt');
    const folder = tempFolder('export', [{ name: 'notes.txt', content: BLOCK_TEXT }]);
    await watchFolderDrops(page);
    await dropFiles(page, [folder]);
    await expect.poll(() => foldersSeen(page)).toBe(1);
    // The browser's folder picker opens (cancelled here by CDP, as automation cannot answer it).
    await addPickerUpload(page, siteById('chatgpt').uploadPath!);
    const cdp = await page.createCDPSession();
    await cdp.send('Page.setInterceptFileChooserDialog', { enabled: true, cancel: true } as never);
    await page.click('#folder-open');
    await expect.poll(() => pickerResult(page)).toBe('AbortError');
    await cdp.detach();
    expect(await panelsSeen(page)).toBe(0);
    await page.close();
  });
});

describe('actions only policy can ask for', () => {
  it('justify: "Send anyway" waits for a typed reason, which is recorded with the decision (never the value)', async () => {
    policy.write({ ...BASE_POLICY, actions: { EMAIL: 'justify' } });
    await waitForManaged((p) => (p.actions as Record<string, string> | undefined)?.EMAIL === 'justify');
    const { page, recorder } = await openSite('chatgpt');
    const text = 'reply to jane.doe@acme-corp.com today';
    await typeText(page, text);
    await waitForModelText(page, text);
    await pressEnter(page);
    const panel = await waitForPanel(page);
    expect(panel.title).toBe(TITLE.justify);
    expect(panel.buttons.find((b) => b.label === LABEL.sendAnyway)?.disabled, 'disabled until a reason is typed').toBe(true);
    const field = await page.evaluateHandle((host) => document.querySelector(host)!.shadowRoot!.querySelector('textarea')!, PANEL_HOST);
    await (field as unknown as { type(t: string): Promise<void> }).type('customer asked for a follow-up');
    await clickPanelButton(page, LABEL.sendAnyway);
    await expectSentOnce(page, recorder, text);
    const decisions = (await extPage.evaluate(async () => (await chrome.storage.session.get('guard.decisions'))['guard.decisions'])) as Record<string, unknown>[];
    expect(decisions.at(-1)).toMatchObject({ action: 'justify', choice: 'sent-anyway', justification: 'customer asked for a follow-up', counts: { EMAIL: 1 } });
    expect(JSON.stringify(decisions)).not.toContain('jane.doe');
    await page.close();
  });

  it('audit: sent without interruption, and recorded', async () => {
    policy.write({ ...BASE_POLICY, actions: { EMAIL: 'audit' } });
    await waitForManaged((p) => (p.actions as Record<string, string> | undefined)?.EMAIL === 'audit');
    const { page, recorder } = await openSite('chatgpt');
    const text = 'cc ops.lead@acme-corp.com on this';
    await typeText(page, text);
    await waitForModelText(page, text);
    await pressEnter(page);
    await expectSentOnce(page, recorder, text);
    expect(await panelsSeen(page)).toBe(0);
    const decisions = (await extPage.evaluate(async () => (await chrome.storage.session.get('guard.decisions'))['guard.decisions'])) as Record<string, unknown>[];
    expect(decisions.at(-1)).toMatchObject({ action: 'audit', choice: 'sent-anyway', counts: { EMAIL: 1 } });
    await page.close();
  });
});
