// @vitest-environment node
/**
 * The guard, end to end, on every fixture chat site: site × channel × action, with the built extension
 * loaded in Chromium. Every test asserts what the page actually sent (the editor model it recorded at
 * send time, and the request body that reached the site's endpoint), what stayed in the composer, and
 * what the panel offered.
 *
 * Sampling (to keep the file at ~2 minutes on 2 shared cores):
 * - the FULL action set (warn: Send anyway / Redact then send / Esc + Edit; redact: Redact and send;
 *   block: held, Esc, Redact and send) runs on type + Enter, on all ten sites;
 * - every other channel runs on all ten sites with the action that exercises its own code path:
 *   click send → block (held, then "Redact and send" re-clicks the button) and warn ("Send anyway");
 *   paste → block, multi-line (Cancel keeps it out of the model, "Paste redacted" inserts placeholders, then send);
 *   long paste → block (nothing in the model or attachments while held; "Paste redacted" goes back to the site
 *   as a paste, so ChatGPT/Claude/Perplexity attach the REDACTED text; no request carries the key);
 *   drop text → block ("Paste redacted");
 *   file pick → block (.env, only "Remove file") + warn (.txt, "Upload anyway") + clean (.txt, no panel);
 *   Shift+Enter and IME Enter → a secret in the composer, no send and no panel;
 *   clean prompt → Enter and click, sent unchanged, no panel.
 * The decision logic is the same for every channel (one `decideAction`); what differs per channel is how
 * the event is held and how the guard resends or reinserts, which is what the channel tests cover.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  clickSend,
  dropText,
  focusComposer,
  imeCompose,
  modelText,
  openFixture,
  pasteText,
  pendingAttachments,
  pickFiles,
  pressEnter,
  pressShiftEnter,
  sendRecords,
  sentTexts,
  settle,
  typeText,
  waitForAttachments,
  waitForModelText,
  waitForSent,
} from './drive';
import { FIXTURE_SITES, LONG_PASTE_THRESHOLD, siteUrl, type FixtureSite, type Recorder } from './fixture-server';
import {
  AWS_KEY,
  BLOCK_REDACTED,
  BLOCK_TEXT,
  CARD,
  CLEAN_TEXT,
  EMAIL,
  expectNeverSentValue,
  expectNothingSent,
  expectSentOnce,
  filler,
  panelsSeen,
  REDACT_REDACTED,
  REDACT_TEXT,
  WARN_REDACTED,
  WARN_TEXT,
  useGuardBrowser,
  watchPanels,
} from './guard-helpers';
import {
  actionLabels,
  clickPanelButton,
  composerHasFocus,
  LABEL,
  panelState,
  pressEscape,
  TITLE,
  waitForNoDialog,
  waitForPanel,
} from './panel-driver';

let page: Page;
let recorder: Recorder;
useGuardBrowser((p, r) => {
  page = p;
  recorder = r;
});

async function open(site: FixtureSite): Promise<void> {
  await openFixture(page, siteUrl(site));
  await watchPanels(page);
  await focusComposer(page);
}

async function type(text: string): Promise<void> {
  await typeText(page, text);
  await waitForModelText(page, text);
}

/** Type + Enter, then the panel must be up, nothing sent and the text still in the composer. */
async function enterAndHold(text: string) {
  await pressEnter(page);
  const panel = await waitForPanel(page);
  await expectNothingSent(page, recorder, 50);
  expect(await modelText(page), 'composer while the panel is open').toBe(text);
  return panel;
}

describe.each(FIXTURE_SITES.map((s) => ({ ...s, label: s.id })))('$label', (site) => {
  describe('type + Enter', () => {
    it('clean prompt: sent unchanged exactly once, no panel (Enter, then the send control)', async () => {
      await open(site);
      await type(CLEAN_TEXT);
      await pressEnter(page);
      await expectSentOnce(page, recorder, CLEAN_TEXT);

      await type(`${CLEAN_TEXT} again`);
      await clickSend(page, site.send);
      await waitForSent(page, 2);
      await recorder.waitForBodies(2);
      await settle(page, 150);
      expect(await sentTexts(page)).toEqual([CLEAN_TEXT, `${CLEAN_TEXT} again`]);
      expect(recorder.prompts()).toEqual([CLEAN_TEXT, `${CLEAN_TEXT} again`]);
      expect((await sendRecords(page)).map((r) => [r.via, r.trusted])).toEqual([
        ['enter', true],
        ['button', true],
      ]);
      expect(await panelsSeen(page), 'panels shown').toBe(0);
    });

    it('warn (email): panel offers Send anyway / Edit / Redact; "Send anyway" sends the original exactly once', async () => {
      await open(site);
      await type(WARN_TEXT);
      const panel = await enterAndHold(WARN_TEXT);
      expect(panel.title).toBe(TITLE.warn);
      expect(actionLabels(panel)).toEqual([LABEL.sendAnyway, LABEL.edit, LABEL.redact]);
      expect(panel.findings).toEqual([{ type: 'Email address', preview: 'j•••@acme-corp.com' }]);
      expect(panel.text).not.toContain(EMAIL);
      expect(panel.focused, 'initial focus on the safe button').toBe(LABEL.edit);

      await clickPanelButton(page, LABEL.sendAnyway);
      await expectSentOnce(page, recorder, WARN_TEXT);
      await waitForNoDialog(page);
    });

    it('warn (email): "Redact" rewrites the composer and sends nothing; Enter then sends the placeholder exactly once', async () => {
      await open(site);
      await type(WARN_TEXT);
      await enterAndHold(WARN_TEXT);
      await clickPanelButton(page, LABEL.redact);
      await waitForModelText(page, WARN_REDACTED);
      const toast = await waitForPanel(page, 'toast');
      expect(actionLabels(toast)).toContain(LABEL.undo);
      await expectNothingSent(page, recorder, 100);
      expect(await composerHasFocus(page), 'focus back in the composer').toBe(true);

      await pressEnter(page);
      await expectSentOnce(page, recorder, WARN_REDACTED);
      expectNeverSentValue(recorder, EMAIL);
      expect((await panelState(page)).kind, 'no second decision panel').not.toBe('dialog');
    });

    it('warn (email): Esc and "Edit" send nothing, keep the text, the focus and the caret', async () => {
      await open(site);
      await type(WARN_TEXT);
      await enterAndHold(WARN_TEXT);
      await pressEscape(page);
      await waitForNoDialog(page);
      await expectNothingSent(page, recorder);
      expect(await modelText(page)).toBe(WARN_TEXT);
      expect(await composerHasFocus(page), 'focus after Esc').toBe(true);

      await enterAndHold(WARN_TEXT);
      await clickPanelButton(page, LABEL.edit);
      await waitForNoDialog(page);
      await expectNothingSent(page, recorder);
      expect(await composerHasFocus(page), 'focus after Edit').toBe(true);
      await typeText(page, '!');
      await waitForModelText(page, `${WARN_TEXT}!`); // typing goes on at the caret
      await expectNothingSent(page, recorder, 50);
    });

    it('redact (card): the panel shows the redacted message; "Redact and send" sends [CREDIT_CARD_1] exactly once and empties the composer', async () => {
      await open(site);
      await type(REDACT_TEXT);
      const panel = await enterAndHold(REDACT_TEXT);
      expect(panel.title).toBe(TITLE.redact);
      expect(actionLabels(panel)).toEqual([LABEL.edit, LABEL.redactAndSend]);
      expect(panel.redactedPreview).toBe(REDACT_REDACTED);
      expect(panel.text).not.toContain(CARD);

      await clickPanelButton(page, LABEL.redactAndSend);
      await expectSentOnce(page, recorder, REDACT_REDACTED);
      expectNeverSentValue(recorder, CARD);
    });

    it('block (AWS key): nothing sent and the text stays (also after Esc); "Redact and send" sends the redacted text exactly once', async () => {
      await open(site);
      await type(BLOCK_TEXT);
      const panel = await enterAndHold(BLOCK_TEXT);
      expect(panel.title).toBe(TITLE.block);
      expect(actionLabels(panel)).toEqual([LABEL.edit, LABEL.redactAndSend]);
      expect(panel.buttons.map((b) => b.label), 'no way to allow a blocked value').not.toContain(LABEL.notSensitive);
      expect(panel.text).not.toContain(AWS_KEY);

      await pressEscape(page);
      await waitForNoDialog(page);
      await expectNothingSent(page, recorder);
      expect(await modelText(page)).toBe(BLOCK_TEXT);

      await enterAndHold(BLOCK_TEXT);
      await clickPanelButton(page, LABEL.redactAndSend);
      await expectSentOnce(page, recorder, BLOCK_REDACTED);
      expectNeverSentValue(recorder, AWS_KEY);
    });
  });

  describe('other channels', () => {
    it('Shift+Enter adds a newline and IME composition Enter commits: neither sends nor shows a panel, even with a secret', async () => {
      await open(site);
      await type(BLOCK_TEXT);
      await pressShiftEnter(page);
      await typeText(page, 'more');
      await waitForModelText(page, `${BLOCK_TEXT}\nmore`);
      await expectNothingSent(page, recorder, 100);
      expect(await panelsSeen(page), 'panels after Shift+Enter').toBe(0);

      await typeText(page, ' ');
      await imeCompose(page, '日本語');
      await waitForModelText(page, `${BLOCK_TEXT}\nmore 日本語`);
      await expectNothingSent(page, recorder);
      expect(await panelsSeen(page), 'panels after the IME Enter').toBe(0);
    });

    it('click send, block: the click is held; "Redact and send" sends the redacted text exactly once through the send control', async () => {
      await open(site);
      await type(BLOCK_TEXT);
      await clickSend(page, site.send);
      const panel = await waitForPanel(page);
      expect(panel.title).toBe(TITLE.block);
      await expectNothingSent(page, recorder);
      expect(await modelText(page)).toBe(BLOCK_TEXT);

      await clickPanelButton(page, LABEL.redactAndSend);
      await expectSentOnce(page, recorder, BLOCK_REDACTED);
      expect((await sendRecords(page)).map((r) => r.via)).toEqual(['button']);
      expectNeverSentValue(recorder, AWS_KEY);
    });

    it('click send, warn: "Send anyway" sends the original exactly once through the send control', async () => {
      await open(site);
      await type(WARN_TEXT);
      await clickSend(page, site.send);
      const panel = await waitForPanel(page);
      expect(panel.title).toBe(TITLE.warn);
      await expectNothingSent(page, recorder, 100);

      await clickPanelButton(page, LABEL.sendAnyway);
      await expectSentOnce(page, recorder, WARN_TEXT);
      expect((await sendRecords(page)).map((r) => r.via)).toEqual(['button']);
    });

    it('paste (multi-line), block: the secret stays out of the model (Cancel keeps it out); "Paste redacted" inserts placeholders, line breaks kept; send sends them once', async () => {
      const pasted = ` first line\n${BLOCK_TEXT}\nlast line`;
      // What the site's own paste makes of the line breaks (Lexical rich text: one paragraph per line).
      const nl = site.impl === 'lexical-rich' ? '\n\n' : '\n';
      const expected = `prefix first line${nl}${BLOCK_REDACTED}${nl}last line`;
      await open(site);
      await type('prefix');
      await pasteText(page, pasted);
      const panel = await waitForPanel(page);
      expect(panel.title).toBe(TITLE.block);
      expect(actionLabels(panel)).toEqual([LABEL.cancel, LABEL.pasteRedacted]);
      await settle(page, 50);
      expect(await modelText(page), 'model while the panel is open').toBe('prefix');
      expect(await pendingAttachments(page)).toEqual([]);

      await clickPanelButton(page, LABEL.cancel);
      await waitForNoDialog(page);
      await expectNothingSent(page, recorder, 100);
      expect(await modelText(page), 'model after Cancel').toBe('prefix');

      await pasteText(page, pasted);
      await waitForPanel(page);
      await clickPanelButton(page, LABEL.pasteRedacted);
      await waitForModelText(page, expected);
      await expectNothingSent(page, recorder, 50);
      await clickSend(page, site.send);
      await expectSentOnce(page, recorder, expected);
      expectNeverSentValue(recorder, AWS_KEY);
    });

    it(`long paste (> ${LONG_PASTE_THRESHOLD} chars) with a secret: held before it becomes text or an attachment; "Paste redacted" then send carries no secret`, async () => {
      const long = `${filler(3000)} ${BLOCK_TEXT} ${filler(3000)}`;
      const redacted = long.replace(AWS_KEY, '[AWS_ACCESS_KEY_1]');
      expect(long.length).toBeGreaterThan(LONG_PASTE_THRESHOLD);
      await open(site);
      await pasteText(page, long);
      const panel = await waitForPanel(page);
      expect(panel.title).toBe(TITLE.block);
      await settle(page, 50);
      expect(await modelText(page), 'model while the panel is open').toBe('');
      expect(await pendingAttachments(page), 'attachments while the panel is open').toEqual([]);
      await expectNothingSent(page, recorder, 50);

      await clickPanelButton(page, LABEL.pasteRedacted);
      await page.waitForFunction(
        (r) => window.__fixture.getText() === r || window.__fixture.pending().some((a) => a.text === r),
        { timeout: 5_000 },
        redacted,
      );
      if (site.longPasteThreshold !== undefined) {
        // The redacted paste reaches the site as a paste again, so the site makes its usual attachment of it.
        expect((await pendingAttachments(page)).map((a) => [a.name, a.source, a.text === redacted])).toEqual([[site.longPasteName, 'paste', true]]);
        expect(await modelText(page)).toBe('');
        await typeText(page, 'see attached');
      } else {
        expect(await modelText(page)).toBe(redacted);
      }
      await clickSend(page, site.send);
      const [body] = await recorder.waitForBodies(1);
      await settle(page, 200);
      expect(recorder.bodies(), 'one send').toHaveLength(1);
      const carried = [body!.prompt, ...body!.attachments.map((a) => a.text)];
      expect(carried.filter((t) => t === redacted), 'the redacted paste, once').toHaveLength(1);
      expectNeverSentValue(recorder, AWS_KEY);
    });

    it('drop text, block: nothing inserted or sent while the panel is open; "Paste redacted" inserts placeholders; Enter sends them once', async () => {
      await open(site);
      await dropText(page, BLOCK_TEXT);
      const panel = await waitForPanel(page);
      expect(panel.title).toBe(TITLE.block);
      expect(actionLabels(panel)).toEqual([LABEL.cancel, LABEL.pasteRedacted]);
      await settle(page, 50);
      expect(await modelText(page), 'model while the panel is open').toBe('');
      await expectNothingSent(page, recorder, 50);

      await clickPanelButton(page, LABEL.pasteRedacted);
      await waitForModelText(page, BLOCK_REDACTED);
      await pressEnter(page);
      await expectSentOnce(page, recorder, BLOCK_REDACTED);
      expectNeverSentValue(recorder, AWS_KEY);
    });

    it('file pick: a .env with a key is held ("Remove file" or a redacted copy, nothing attached on "Remove file"); a .txt with an email attaches on "Upload anyway"; a clean .txt attaches without a panel', async () => {
      await open(site);
      await pickFiles(page, [{ name: 'prod.env', content: `AWS_ACCESS_KEY_ID=${AWS_KEY}\nREGION=eu-west-1\n` }]);
      const block = await waitForPanel(page);
      expect(block.title).toBe(TITLE.block);
      // As a blocked paste may be pasted redacted, a blocked file may go as a redacted copy (never as is).
      expect(actionLabels(block)).toEqual([LABEL.removeFile, LABEL.attachRedacted]);
      await settle(page, 50);
      expect(await pendingAttachments(page), 'attachments while the panel is open').toEqual([]);
      await clickPanelButton(page, LABEL.removeFile);
      await waitForNoDialog(page);
      await settle(page, 50);
      expect(await pendingAttachments(page), 'attachments after Cancel').toEqual([]);
      // Not left selected either: a site reading the input at send time must find nothing.
      expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('input[type=file]')?.files?.length ?? 0), 'files left in the input').toBe(0);

      await pickFiles(page, [{ name: 'contacts.txt', content: `owner: ${EMAIL}\n` }]);
      const warn = await waitForPanel(page);
      expect(warn.title).toBe(TITLE.warn);
      expect(actionLabels(warn)).toEqual([LABEL.uploadAnyway, LABEL.removeFile, LABEL.attachRedacted]);
      expect(await pendingAttachments(page)).toEqual([]);
      await clickPanelButton(page, LABEL.uploadAnyway);
      expect((await waitForAttachments(page, 1)).map((a) => a.name)).toEqual(['contacts.txt']);

      const seen = await panelsSeen(page);
      await pickFiles(page, [{ name: 'notes.txt', content: `${CLEAN_TEXT}\n` }]);
      expect((await waitForAttachments(page, 2)).map((a) => a.name)).toEqual(['contacts.txt', 'notes.txt']);
      expect(await panelsSeen(page), 'no panel for a clean file').toBe(seen);

      await focusComposer(page);
      await type('see files');
      await pressEnter(page);
      const body = await expectSentOnce(page, recorder, 'see files');
      expect(body.attachments.map((a) => [a.name, a.text])).toEqual([
        ['contacts.txt', `owner: ${EMAIL}\n`],
        ['notes.txt', `${CLEAN_TEXT}\n`],
      ]);
      expectNeverSentValue(recorder, AWS_KEY);
    });
  });
});
