// @vitest-environment node
/**
 * The guard on the special fixture pages: a composer re-rendered mid-typing, a composer inside a shadow
 * root, a page that tries to send (and to approve) by itself with synthetic events, and the internal
 * front end at ai.corp.example, which is not in the built-in match list.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  clickSend,
  composerHandle,
  dropFiles,
  focusComposer,
  modelText,
  openFixture,
  pasteText,
  pendingAttachments,
  pressEnter,
  pressModEnter,
  sendRecords,
  sentTexts,
  settle,
  typeText,
  waitForAttachments,
  waitForModelText,
  waitForSent,
} from './drive';
import { ATTACKS, CORP_HOST, SPECIAL_PAGES, siteById, siteUrl, type Attack, type Recorder } from './fixture-server';
import {
  AWS_KEY,
  BLOCK_REDACTED,
  BLOCK_TEXT,
  EMAIL,
  expectNeverSentValue,
  expectNothingSent,
  expectSentOnce,
  panelsSeen,
  WARN_REDACTED,
  WARN_TEXT,
  useGuardBrowser,
  watchPanels,
} from './guard-helpers';
import {
  actionLabels,
  clickPanelButton,
  dialogShown,
  LABEL,
  PANEL_HOST,
  panelState,
  pressEscape,
  syntheticClickPanelButton,
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

async function open(url: string): Promise<void> {
  await openFixture(page, url);
  await watchPanels(page);
  await focusComposer(page);
}

interface AttackRecord {
  readonly kind: string;
  readonly sent: number;
  readonly notCancelled?: boolean;
}

function fire(kind: Attack): Promise<AttackRecord> {
  return page.evaluate((k) => window.__attack.fire(k), kind);
}

describe('composer re-rendered mid-typing', () => {
  it.each(['prosemirror', 'react-textarea', 'lexical-rich'])(
    '%s: the new composer is still guarded (Enter held, nothing sent); "Redact and send" sends the redacted text once',
    async (editor) => {
      await open(`${SPECIAL_PAGES.rerender.url}?editor=${editor}`);
      await typeText(page, BLOCK_TEXT, 15);
      await waitForModelText(page, BLOCK_TEXT);
      const swap = await page.evaluate(() => ({ replacements: window.__fixture.replacements, connected: window.__fixture.composers.map((c) => c.isConnected) }));
      expect(swap).toEqual({ replacements: 1, connected: [false, true] });

      await pressEnter(page);
      expect((await waitForPanel(page)).title).toBe(TITLE.block);
      await expectNothingSent(page, recorder);
      expect(await modelText(page)).toBe(BLOCK_TEXT);
      await clickPanelButton(page, LABEL.redactAndSend);
      await expectSentOnce(page, recorder, BLOCK_REDACTED);
      expectNeverSentValue(recorder, AWS_KEY);
    },
  );

  it('a composer replaced after every 3 inputs: a click on send is held, and "Redact and send" still sends once, redacted', async () => {
    await open(`${SPECIAL_PAGES.rerender.url}?after=3&times=0`);
    await typeText(page, BLOCK_TEXT, 10);
    await waitForModelText(page, BLOCK_TEXT);
    expect(await page.evaluate(() => window.__fixture.replacements)).toBeGreaterThanOrEqual(3);
    await clickSend(page, SPECIAL_PAGES.rerender.send);
    expect((await waitForPanel(page)).title).toBe(TITLE.block);
    await expectNothingSent(page, recorder);
    await clickPanelButton(page, LABEL.redactAndSend);
    await expectSentOnce(page, recorder, BLOCK_REDACTED);
    expectNeverSentValue(recorder, AWS_KEY);
  });
});

describe('composer inside a shadow root', () => {
  const spec = SPECIAL_PAGES.shadow;
  const send = `${spec.shadowHost} >>> ${spec.send}`;

  it.each(['prosemirror', 'contenteditable'])(
    '%s: Enter and the send button are held with a secret; Esc keeps the text; "Redact and send" sends it redacted once',
    async (editor) => {
      await open(`${spec.url}?editor=${editor}`);
      await typeText(page, BLOCK_TEXT);
      await waitForModelText(page, BLOCK_TEXT);
      await pressEnter(page);
      expect((await waitForPanel(page)).title).toBe(TITLE.block);
      await expectNothingSent(page, recorder);
      await pressEscape(page);
      await waitForNoDialog(page);
      expect(await modelText(page)).toBe(BLOCK_TEXT);

      await clickSend(page, send);
      expect((await waitForPanel(page)).title).toBe(TITLE.block);
      await expectNothingSent(page, recorder);
      await clickPanelButton(page, LABEL.redactAndSend);
      await expectSentOnce(page, recorder, BLOCK_REDACTED);
      expectNeverSentValue(recorder, AWS_KEY);
    },
  );

  it('a pasted secret inside the shadow root stays out of the model; a clean prompt goes through without a panel', async () => {
    await open(spec.url);
    await pasteText(page, BLOCK_TEXT);
    const panel = await waitForPanel(page);
    expect(actionLabels(panel)).toEqual([LABEL.cancel, LABEL.pasteRedacted]);
    await settle(page, 100);
    expect(await modelText(page)).toBe('');
    await clickPanelButton(page, LABEL.cancel);
    await waitForNoDialog(page);
    expect(await modelText(page)).toBe('');

    const seen = await panelsSeen(page);
    await typeText(page, 'hello from the shadow');
    await pressEnter(page);
    await expectSentOnce(page, recorder, 'hello from the shadow');
    expect(await panelsSeen(page)).toBe(seen);
  });
});

describe('a page that sends by itself (synthetic events)', () => {
  const url = SPECIAL_PAGES.attacker.url;

  it.each(ATTACKS)('synthetic %s with a secret in the composer: nothing is sent, the user is asked', async (attack) => {
    await open(url);
    await typeText(page, BLOCK_TEXT);
    await waitForModelText(page, BLOCK_TEXT);
    const result = await fire(attack);
    expect(result.sent, 'sends the attack caused').toBe(0);
    expect((await waitForPanel(page)).title).toBe(TITLE.block);
    await expectNothingSent(page, recorder);
    expect(await modelText(page)).toBe(BLOCK_TEXT);
    await pressEscape(page);
    await waitForNoDialog(page);
    await expectNothingSent(page, recorder, 100);
  });

  it('a synthetic click on the panel\'s "Send anyway" (page main world) does not approve; the user\'s Esc still cancels', async () => {
    await open(url);
    await typeText(page, WARN_TEXT);
    await waitForModelText(page, WARN_TEXT);
    expect((await fire('keydown-enter')).sent).toBe(0);
    expect((await waitForPanel(page)).title).toBe(TITLE.warn);

    expect(await syntheticClickPanelButton(page, LABEL.sendAnyway), 'the page can reach the button').toBe(true);
    await expectNothingSent(page, recorder);
    expect(await dialogShown(page), 'panel still open after the synthetic click').toBe(true);
    expect(await syntheticClickPanelButton(page, LABEL.redact)).toBe(true);
    await settle(page, 150);
    expect(await modelText(page), 'a synthetic "Redact" changes nothing').toBe(WARN_TEXT);
    expect(await dialogShown(page)).toBe(true);

    await pressEscape(page);
    await waitForNoDialog(page);
    await expectNothingSent(page, recorder);
    expect(await modelText(page)).toBe(WARN_TEXT);
  });

  it('a synthetic click on "Redact and send" of a block panel sends nothing', async () => {
    await open(url);
    await typeText(page, BLOCK_TEXT);
    await waitForModelText(page, BLOCK_TEXT);
    expect((await fire('click')).sent).toBe(0);
    await waitForPanel(page);
    expect(await syntheticClickPanelButton(page, LABEL.redactAndSend)).toBe(true);
    await expectNothingSent(page, recorder);
    expect(await modelText(page)).toBe(BLOCK_TEXT);
    expect(await dialogShown(page)).toBe(true);
  });

  it('a synthetic paste of a secret never reaches the model; a synthetic "Paste anyway" does not insert it', async () => {
    await open(url);
    const pasted = await page.evaluate((t) => window.__attack.paste(t), WARN_TEXT);
    expect(pasted.notCancelled, 'the guard cancelled the paste').toBe(false);
    const panel = await waitForPanel(page);
    expect(actionLabels(panel)).toEqual([LABEL.pasteAnyway, LABEL.cancel, LABEL.pasteRedacted]);
    expect(await syntheticClickPanelButton(page, LABEL.pasteAnyway)).toBe(true);
    await settle(page, 150);
    expect(await modelText(page)).toBe('');
    expect(await pendingAttachments(page)).toEqual([]);
    await pressEscape(page);
    await waitForNoDialog(page);
    expect(await modelText(page)).toBe('');
    await expectNothingSent(page, recorder, 50);
  });

  it.each(['keydown-enter', 'click'] as const)('auto-fire (%s when typing pauses) with a secret typed: nothing is sent', async (attack) => {
    await open(`${url}?attack=${attack}&idle=150`);
    await typeText(page, BLOCK_TEXT);
    await page.waitForFunction(() => window.__attack.attacks.length === 1, { timeout: 3_000 });
    expect(await page.evaluate(() => window.__attack.attacks.map((a) => [a.kind, a.sent]))).toEqual([[attack, 0]]);
    await waitForPanel(page);
    await expectNothingSent(page, recorder);
    expect(await modelText(page)).toBe(BLOCK_TEXT);
  });

  /*
   * Was a product bug, found by this test: "Send anyway" re-read the composer and sent whatever it held,
   * so text the page added behind the modal panel went unscanned. The guard now sends only the text the
   * user approved, and otherwise says the message changed.
   */
  it('text the page adds while the warn panel is open is not sent unscanned when the user clicks "Send anyway"', async () => {
    await open(url);
    await typeText(page, WARN_TEXT);
    await waitForModelText(page, WARN_TEXT);
    await pressEnter(page);
    expect((await waitForPanel(page)).title).toBe(TITLE.warn);
    // The page's script appends a secret through the editor's input path (execCommand) behind the modal panel.
    await page.evaluate((t) => window.__attack.insertText(t), ` ${AWS_KEY}`);
    await waitForModelText(page, `${WARN_TEXT} ${AWS_KEY}`);
    await clickPanelButton(page, LABEL.sendAnyway);
    // The user approved sending the email they were shown, not a key they never saw.
    const notice = await waitForPanel(page);
    expect(notice.title).toBe(TITLE.composerMismatch);
    await expectNothingSent(page, recorder);
    expectNeverSentValue(recorder, AWS_KEY);
    for (const s of await sendRecords(page)) expect(s.text).not.toContain(AWS_KEY);
    expect(await modelText(page)).toBe(`${WARN_TEXT} ${AWS_KEY}`);
  });

  it('text the page adds while the block panel is open: "Redact and send" sends nothing and says the message changed', async () => {
    await open(url);
    await typeText(page, BLOCK_TEXT);
    await waitForModelText(page, BLOCK_TEXT);
    await pressEnter(page);
    expect((await waitForPanel(page)).title).toBe(TITLE.block);
    await page.evaluate((t) => window.__attack.insertText(t), ` ${EMAIL}`);
    await waitForModelText(page, `${BLOCK_TEXT} ${EMAIL}`);
    await clickPanelButton(page, LABEL.redactAndSend);
    const notice = await waitForPanel(page);
    expect(notice.title).toBe(TITLE.composerMismatch);
    expect(actionLabels(notice)).toEqual([LABEL.backToEditing]);
    await expectNothingSent(page, recorder);
    expect(await modelText(page)).toBe(`${BLOCK_TEXT} ${EMAIL}`);
  });
});

describe('focus steering', () => {
  const url = SPECIAL_PAGES.attacker.url;

  it('the page focusing "Send anyway" does not turn the user\'s next Enter into an approval; Tab + Enter by the user does send', async () => {
    await open(url);
    await typeText(page, WARN_TEXT);
    await waitForModelText(page, WARN_TEXT);
    await pressEnter(page);
    expect((await waitForPanel(page)).title).toBe(TITLE.warn);
    // The page's script moves focus onto "Send anyway" inside the open shadow root.
    const focused = await page.evaluate(
      (hostName, l) => {
        const host = document.querySelector(hostName);
        const button = [...(host?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => (b.textContent ?? '').trim() === l);
        button?.focus();
        return host?.shadowRoot?.activeElement === button;
      },
      PANEL_HOST,
      LABEL.sendAnyway,
    );
    expect(focused, 'the page could move the focus').toBe(true);
    await page.keyboard.press('Enter');
    await expectNothingSent(page, recorder);
    expect(await dialogShown(page), 'the panel is still open').toBe(true);
    // The user moves the focus themselves (it starts on "Send anyway", where the page put it): Tab round.
    await page.keyboard.press('Tab');
    for (let i = 0; i < 8 && (await panelState(page)).focused !== LABEL.sendAnyway; i++) await page.keyboard.press('Tab');
    expect((await panelState(page)).focused).toBe(LABEL.sendAnyway);
    await page.keyboard.press('Enter');
    await expectSentOnce(page, recorder, WARN_TEXT);
  });
});

describe('"Not sensitive"', () => {
  // Its own address: the allowlist lives in the browser profile, which the other tests share.
  const MINE = 'only.mine@acme-corp.com';
  it('marks a value for this user: the panel clears, "Send" sends once, and the same value later goes through without a panel', async () => {
    await open(siteUrl(siteById('chatgpt')));
    await typeText(page, `mail ${MINE} today`);
    await waitForModelText(page, `mail ${MINE} today`);
    await pressEnter(page);
    expect((await waitForPanel(page)).title).toBe(TITLE.warn);
    await clickPanelButton(page, LABEL.notSensitive);
    const clear = await waitForPanel(page);
    expect(clear.title).toBe(TITLE.clear);
    await clickPanelButton(page, LABEL.send);
    await expectSentOnce(page, recorder, `mail ${MINE} today`);
    // Kept (as a salted hash) in the extension's storage: the next message with it is not held.
    await settle(page, 300);
    await focusComposer(page);
    await typeText(page, `again ${MINE}`);
    await waitForModelText(page, `again ${MINE}`);
    await pressEnter(page);
    await waitForSent(page, 2);
    expect(await sentTexts(page)).toEqual([`mail ${MINE} today`, `again ${MINE}`]);
    expect(await dialogShown(page)).toBe(false);
  });
});

describe('more send paths', () => {
  it.each(['chatgpt', 'deepseek'] as const)('%s: Ctrl+Enter with a secret is held; "Redact and send" sends the redacted text once', async (id) => {
    await open(siteUrl(siteById(id)));
    await typeText(page, BLOCK_TEXT);
    await waitForModelText(page, BLOCK_TEXT);
    await pressModEnter(page);
    expect((await waitForPanel(page)).title).toBe(TITLE.block);
    await expectNothingSent(page, recorder);
    await clickPanelButton(page, LABEL.redactAndSend);
    await expectSentOnce(page, recorder, BLOCK_REDACTED);
    expectNeverSentValue(recorder, AWS_KEY);
  });

  it.each(['chatgpt', 'copilot'] as const)('%s: dropped files: a .env with a key is held and not attached; a .txt with an email attaches on "Upload anyway"', async (id) => {
    await open(siteUrl(siteById(id)));
    await dropFiles(page, [{ name: 'prod.env', content: `AWS_ACCESS_KEY_ID=${AWS_KEY}\n` }]);
    const block = await waitForPanel(page);
    expect(block.title).toBe(TITLE.block);
    expect(actionLabels(block)).toEqual([LABEL.removeFile, LABEL.attachRedacted]);
    await clickPanelButton(page, LABEL.removeFile);
    await waitForNoDialog(page);
    await settle(page, 100);
    expect(await pendingAttachments(page)).toEqual([]);

    await dropFiles(page, [{ name: 'contacts.txt', content: `owner: ${EMAIL}\n` }]);
    expect((await waitForPanel(page)).title).toBe(TITLE.warn);
    await clickPanelButton(page, LABEL.uploadAnyway);
    expect((await waitForAttachments(page, 1)).map((a) => [a.name, a.source])).toEqual([['contacts.txt', 'drop']]);
    await focusComposer(page);
    await typeText(page, 'see file');
    await pressEnter(page);
    const body = await expectSentOnce(page, recorder, 'see file');
    expect(body.attachments.map((a) => a.name)).toEqual(['contacts.txt']);
    expectNeverSentValue(recorder, AWS_KEY);
  });

  it('warn → "Redact", then "Undo redaction" on the toast puts the original back; nothing is sent meanwhile', async () => {
    await open(siteUrl(siteById('claude')));
    await typeText(page, WARN_TEXT);
    await waitForModelText(page, WARN_TEXT);
    await pressEnter(page);
    await waitForPanel(page);
    await clickPanelButton(page, LABEL.redact);
    await waitForModelText(page, WARN_REDACTED);
    await waitForPanel(page, 'toast');
    await clickPanelButton(page, LABEL.undo);
    await waitForModelText(page, WARN_TEXT);
    await expectNothingSent(page, recorder);
  });
});

describe(`internal front end at ${CORP_HOST} (not in the built-in match list)`, () => {
  it('has no guard yet: a secret typed + Enter is sent as typed and no panel appears (current behaviour)', async () => {
    await open(SPECIAL_PAGES.corp.url);
    await typeText(page, BLOCK_TEXT);
    await waitForModelText(page, BLOCK_TEXT);
    await pressEnter(page);
    await expectSentOnce(page, recorder, BLOCK_TEXT);
    expect(recorder.requests().map((r) => r.url)).toEqual([`https://${CORP_HOST}${SPECIAL_PAGES.corp.endpoint}`]);
    expect(await panelsSeen(page)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('promptfence-panel, promptfence-highlights').length)).toBe(0);
    const composer = await composerHandle(page);
    expect(await composer.evaluate((el) => el.isConnected)).toBe(true);
    expect((await panelState(page)).kind).toBeNull();
    // Email warnings do not apply either.
    await typeText(page, `to ${EMAIL}`);
    await pressEnter(page);
    await recorder.waitForBodies(2);
    expect(recorder.prompts()).toEqual([BLOCK_TEXT, `to ${EMAIL}`]);
  });
});
