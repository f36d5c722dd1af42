// @vitest-environment node
/**
 * Smoke test of the Firefox build (.output/firefox-mv2) in Debian's Firefox ESR: the paste guard on the
 * ChatGPT fixture served as https://chatgpt.com (the manifest's own match pattern selects it), and an
 * admin policy from Firefox's enterprise policy file, read by the add-on at start-up.
 *
 * The Chromium suites cover the guard in depth; this one proves the same build logic runs in Gecko (MV2,
 * background page, content-script storage access, shadow-root UI, native paste) — see firefox-harness.ts
 * for how pages are served and kept offline there.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { focusComposer, modelText, openFixture, pickFiles, pressEnter, settle, typeText, waitForModelText } from './drive';
import { docx, para, run, table } from '../../src/documents/testing/office-files';
import { pdfOf } from '../../src/files/testing/pdf-files';
import { siteById, siteUrl, type Recorder } from './fixture-server';
import {
  AWS_KEY,
  CARD,
  BLOCK_REDACTED,
  BLOCK_TEXT,
  CLEAN_TEXT,
  expectNeverSentValue,
  expectNothingSent,
  expectSentOnce,
  panelsSeen,
  watchPanels,
} from './guard-helpers';
import { launchFirefoxWithExtension, pasteInFirefox, serveFixturesInFirefox, type FirefoxExtensionBrowser } from './firefox-harness';
import { pickThroughOffDomInput } from './file-pickers';
import { actionLabels, clickPanelButton, LABEL, TITLE, waitForNoDialog, waitForPanel } from './panel-driver';

const CHATGPT = siteUrl(siteById('chatgpt'));
const FALCON_TEXT = 'status update on Project Falcon please';
const FALCON_POLICY = { customTerms: [{ id: 'falcon', terms: ['project falcon'], action: 'block' }] };

/** Each describe's browser; a fresh fixture-served ChatGPT page per test. */
function useFirefox(options: { policy?: object } = {}) {
  const state: { ext?: FirefoxExtensionBrowser; page?: Page; recorder?: Recorder } = {};
  beforeAll(async () => {
    state.ext = await launchFirefoxWithExtension(options);
  }, 90_000);
  afterEach(async () => {
    await state.page?.close().catch(() => undefined);
    state.page = undefined;
  });
  afterAll(async () => {
    const escaped = state.ext?.escaped() ?? [];
    await state.ext?.close();
    // Nothing tried to leave the machine: the interception answered (or aborted) every page request,
    // and the browser's own background traffic is switched off (firefox-harness.ts).
    expect(escaped, 'requests that reached the black-hole proxy').toEqual([]);
  });
  /** Opens the ChatGPT fixture and focuses its composer; `open.ext()` is the describe's browser. */
  return Object.assign(open, { ext: () => state.ext! });
  async function open(url = CHATGPT): Promise<{ page: Page; recorder: Recorder }> {
    const page = await state.ext!.browser.newPage();
    state.page = page;
    const recorder = await serveFixturesInFirefox(page);
    state.recorder = recorder;
    await openFixture(page, url);
    await watchPanels(page);
    await focusComposer(page);
    return { page, recorder };
  }
}

describe('Firefox ESR: paste guard on https://chatgpt.com', () => {
  const open = useFirefox();

  it('a clean paste goes in untouched (Ctrl+V is a real paste here) and is sent once', async () => {
    const { page, recorder } = await open();
    await pasteInFirefox(page, CLEAN_TEXT);
    await waitForModelText(page, CLEAN_TEXT);
    await pressEnter(page);
    await expectSentOnce(page, recorder, CLEAN_TEXT);
    expect(await panelsSeen(page)).toBe(0);
  });

  it('a pasted secret is held back by the block panel; Cancel keeps it out and nothing is sent', async () => {
    const { page, recorder } = await open();
    await typeText(page, 'prefix ');
    await waitForModelText(page, 'prefix ');
    await pasteInFirefox(page, BLOCK_TEXT);
    const panel = await waitForPanel(page);
    expect(panel.title).toBe(TITLE.block);
    expect(actionLabels(panel)).toEqual([LABEL.cancel, LABEL.pasteRedacted]);
    expect(panel.text, 'the panel never shows the raw value').not.toContain(AWS_KEY);
    await settle(page, 50);
    expect(await modelText(page), 'model while the panel is open').toBe('prefix ');

    await clickPanelButton(page, LABEL.cancel);
    await waitForNoDialog(page);
    expect(await modelText(page), 'model after Cancel').toBe('prefix ');
    await expectNothingSent(page, recorder);
  });

  it('"Paste redacted" inserts the placeholder; the send carries it, never the secret', async () => {
    const { page, recorder } = await open();
    await pasteInFirefox(page, BLOCK_TEXT);
    await waitForPanel(page);
    await clickPanelButton(page, LABEL.pasteRedacted);
    await waitForNoDialog(page);
    await waitForModelText(page, BLOCK_REDACTED);
    await pressEnter(page);
    await expectSentOnce(page, recorder, BLOCK_REDACTED);
    expectNeverSentValue(recorder, AWS_KEY);
  });

  it('restored answers: after "Redact and send" the answer gets PromptFence\'s layer; the page reads no value', async () => {
    const { page, recorder } = await open(`${CHATGPT}c/firefox?reply=1`);
    const text = "Please update Maria Schmidt's card 4111 1111 1111 1111";
    await typeText(page, text);
    await waitForModelText(page, text);
    await pressEnter(page);
    await waitForPanel(page);
    await clickPanelButton(page, LABEL.redactAndSend);
    await expectSentOnce(page, recorder, "Please update [PERSON_1]'s card [CREDIT_CARD_1]");
    await page.waitForSelector('[data-fixture-done]', { timeout: 10_000 });
    // The layer's host is made only for an answer it restored; its shadow root is closed.
    await page.waitForSelector('promptfence-restored', { timeout: 10_000 });
    const seen = await page.evaluate(() => ({
      roots: [...document.querySelectorAll('promptfence-restored')].map((h) => h.shadowRoot === null),
      text: `${document.body.innerText}\n${document.documentElement.outerHTML}`,
    }));
    expect(seen.roots).toEqual([true]);
    expect(seen.text).toContain('[PERSON_1]');
    expect(seen.text).not.toContain('Maria Schmidt');
    expectNeverSentValue(recorder, 'Maria Schmidt');
  });

  it('without an admin policy the admin\'s term is ordinary text (control for the policy test below)', async () => {
    const { page, recorder } = await open();
    await typeText(page, FALCON_TEXT);
    await waitForModelText(page, FALCON_TEXT);
    await pressEnter(page);
    await expectSentOnce(page, recorder, FALCON_TEXT);
    expect(await panelsSeen(page)).toBe(0);
  });
});

describe('Firefox ESR: attached documents are read in the background page', () => {
  const open = useFirefox();

  it.each([
    ['customers.docx', () => docx({ body: para(run('Customer record')) + table([['Name', 'Card'], ['Ann Lee', CARD]]) }), 'table 1, row 2'],
    ['review.pdf', () => pdfOf([['Quarterly review'], [`Card on file: ${CARD}`]]), 'page 2'],
  ] as const)('a picked %s with a card is held and listed with its place; "Remove file" uploads nothing', async (name, make, where) => {
    const { page, recorder } = await open();
    await pickFiles(page, [{ name, content: await make() }]);
    const panel = await waitForPanel(page, 'dialog', 20_000);
    expect(panel.findings.map((f) => f.type)).toContain('Card number');
    expect(panel.text).toContain(name);
    expect(panel.text).toContain(where);
    await clickPanelButton(page, LABEL.removeFile);
    await waitForNoDialog(page);
    await settle(page, 200);
    expect(recorder.requests().filter((r) => r.path === siteById('chatgpt').uploadPath)).toEqual([]);
  });
});

describe('Firefox ESR: an input the page never puts in the document (main-world hook, `world: MAIN`)', () => {
  const open = useFirefox();
  const upload = siteById('chatgpt').uploadPath!;
  const uploads = (recorder: Recorder) => recorder.requests().filter((r) => r.path === upload).map((r) => (JSON.parse(r.body) as { name: string }).name);

  it('a DOCX with a card picked through it is held and listed; "Remove file" uploads nothing; a benign one is uploaded', async () => {
    const { page, recorder } = await open();
    const cardDocx = docx({ body: para(run('Customer record')) + table([['Name', 'Card'], ['Ann Lee', CARD]]) });
    await pickThroughOffDomInput(page, upload, { name: 'customers.docx', content: cardDocx });
    const panel = await waitForPanel(page, 'dialog', 20_000);
    expect(panel.findings.map((f) => f.type)).toContain('Card number');
    expect(panel.text).toContain('customers.docx');
    await clickPanelButton(page, LABEL.removeFile);
    await waitForNoDialog(page);
    await settle(page, 300);
    expect(uploads(recorder)).toEqual([]);
    await pickThroughOffDomInput(page, upload, { name: 'roadmap.docx', content: docx({ body: para(run('Summarise the roadmap in three bullets.')) }) });
    await expect.poll(() => uploads(recorder), { timeout: 20_000 }).toEqual(['roadmap.docx']);
  });

  it('after an update under the open page, the hook hands the pick to the new version\'s guard: held, nothing uploaded', async () => {
    const { page, recorder } = await open();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.evaluate(() => {
      const w = window as unknown as { __guardStarts: number };
      w.__guardStarts = 0;
      window.addEventListener('promptfence:guard-started', () => w.__guardStarts++);
    });
    await open.ext().update();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __guardStarts: number }).__guardStarts), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    const cardDocx = docx({ body: table([['Name', 'Card'], ['Ann Lee', CARD]]) });
    await pickThroughOffDomInput(page, upload, { name: 'customers.docx', content: cardDocx });
    const panel = await waitForPanel(page, 'dialog', 20_000);
    expect(panel.findings.map((f) => f.type)).toContain('Card number');
    await clickPanelButton(page, LABEL.removeFile);
    await waitForNoDialog(page);
    await settle(page, 300);
    expect(uploads(recorder)).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});

describe('Firefox ESR: admin policy (policies.json → storage.managed) read at start-up', () => {
  const open = useFirefox({ policy: FALCON_POLICY });

  it('blocks the admin\'s custom term, pasted or typed, and nothing is sent', async () => {
    const { page, recorder } = await open();
    await pasteInFirefox(page, FALCON_TEXT);
    const pasted = await waitForPanel(page);
    expect(pasted.title).toBe(TITLE.block);
    await clickPanelButton(page, LABEL.cancel);
    await waitForNoDialog(page);
    expect(await modelText(page)).toBe('');

    await typeText(page, FALCON_TEXT);
    await waitForModelText(page, FALCON_TEXT);
    await pressEnter(page);
    const typed = await waitForPanel(page);
    expect(typed.title).toBe(TITLE.block);
    await expectNothingSent(page, recorder);
  });
});
