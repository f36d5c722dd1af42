// @vitest-environment node
/**
 * People's names with the built-in defaults, in Chromium on the ChatGPT fixture (ProseMirror):
 * - a name next to other personal data of the same person (a card) joins the redaction: `[PERSON_1]`;
 * - a name alone ("Ask Tom Becker about the release") is highlighted while typing and counted, and the
 *   message is sent as it is, without any panel.
 *
 * Needs the PERSON detector (src/engine/people, registered by its own module): on a branch without it,
 * the first test fails (no [PERSON_1]) and the second finds no highlight.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { focusComposer, modelText, openFixture, pressEnter, typeText, waitForModelText } from './drive';
import { siteById, siteUrl, type Recorder } from './fixture-server';
import { CARD, expectNeverSentValue, expectNothingSent, expectSentOnce, panelsSeen, useGuardBrowser, watchPanels } from './guard-helpers';
import { clickPanelButton, LABEL, TITLE, waitForPanel } from './panel-driver';

let page: Page;
let recorder: Recorder;
useGuardBrowser((p, r) => {
  page = p;
  recorder = r;
});

const CHATGPT = siteById('chatgpt');

async function open(): Promise<void> {
  await openFixture(page, siteUrl(CHATGPT));
  await watchPanels(page);
  await focusComposer(page);
}

async function type(text: string): Promise<void> {
  await typeText(page, text);
  await waitForModelText(page, text);
}

/** Highlight boxes over the composer (the overlay's shadow root). */
function highlights(): Promise<number> {
  return page.evaluate(() => document.querySelector('promptfence-highlights')?.shadowRoot?.querySelectorAll('.pf-hl').length ?? 0);
}

/** The overlay's announcement ("1 sensitive item in your message"). */
function announced(): Promise<string> {
  return page.evaluate(() => document.querySelector('promptfence-highlights')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '');
}

describe('names with the built-in defaults (ChatGPT fixture)', () => {
  it('a name with a card of the same person joins the redaction: "Redact and send" sends [PERSON_1] and the card placeholder', async () => {
    const text = "Please update Maria Schmidt's card 4111 1111 1111 1111";
    await open();
    await type(text);
    await pressEnter(page);
    const panel = await waitForPanel(page);
    await expectNothingSent(page, recorder, 50);
    expect(panel.title).toBe(TITLE.redact);
    expect(panel.findings.map((f) => f.type)).toEqual(["Person's name", 'Card number']);
    const redacted = "Please update [PERSON_1]'s card [CREDIT_CARD_1]";
    expect(panel.redactedPreview).toBe(redacted);
    expect(panel.text).not.toContain('Maria Schmidt');
    expect(panel.text).not.toContain(CARD);

    await clickPanelButton(page, LABEL.redactAndSend);
    await expectSentOnce(page, recorder, redacted);
    expectNeverSentValue(recorder, 'Maria Schmidt');
    expectNeverSentValue(recorder, CARD);
  });

  it('a name alone is highlighted while typing, and the message goes as it is, without a panel', async () => {
    const text = 'Ask Tom Becker about the release';
    await open();
    await type(text);
    // The overlay rescans after a typing pause and draws a box over the name.
    await page.waitForFunction(() => (document.querySelector('promptfence-highlights')?.shadowRoot?.querySelectorAll('.pf-hl').length ?? 0) > 0, { timeout: 5_000 });
    expect(await highlights()).toBe(1);
    expect(await announced()).toBe('1 sensitive item in your message');
    expect(await modelText(page)).toBe(text);

    await pressEnter(page);
    await expectSentOnce(page, recorder, text);
    expect(await panelsSeen(page), 'no panel, notice or toast at any point').toBe(0);
  });
});
