// @vitest-environment node
/**
 * Attached documents on the sites that upload at send (Gemini, Copilot, DeepSeek, Le Chat, Grok, Poe,
 * Meta AI): the fixture keeps each attached `File` and reads it only when the message is sent, into the
 * send request (test/e2e/fixtures/runtime.ts). ChatGPT, Claude and Perplexity, which upload at attach
 * time, are in guard-documents-attach.e2e.test.ts (every format on every channel) and
 * guard-documents.e2e.test.ts (pickers, folders, encrypted files).
 *
 * One test per site, each on one channel with several documents at once (a card number in each, in a
 * place the panel names), then "Upload a redacted copy", then a benign document on the same channel, then
 * Send. Channels and formats rotate across the sites so that every channel × format pair is covered once
 * at least (`PLAN`, checked below): the send request never carries the card, each redacted copy reads
 * back (through the same reader) with a placeholder where the card was, and the benign file arrives
 * byte-identical.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/documents';
import { attach, benignDoc, bytesOf, cardDoc, expectDocsHeld, expectNoCardOrOriginal, FORMATS, type Channel, type Format } from './document-samples';
import { focusComposer, openFixture, typeText, waitForAttachments } from './drive';
import { siteById, siteUrl, type Recorder, type SiteId } from './fixture-server';
import { CARD, expectNothingSent, expectSentOnce, panelsSeen, useGuardBrowser, watchPanels } from './guard-helpers';
import { clickPanelButton, LABEL, waitForNoDialog } from './panel-driver';

let page: Page;
let recorder: Recorder;
useGuardBrowser((p, r) => {
  page = p;
  recorder = r;
});

const DIGITS = CARD.replace(/ /g, '');
const PLACEHOLDER = /\[CREDIT_CARD_\d+\]/;

/** Per site: the channel, the documents with a card (a PDF and Office or OpenDocument files), and the benign one. */
const PLAN: readonly { site: SiteId; channel: Channel; cards: readonly Format[]; benign: Format }[] = [
  { site: 'gemini', channel: 'pick', cards: ['pdf', 'docx', 'xlsx', 'zip'], benign: 'pptx' },
  { site: 'copilot', channel: 'drop', cards: ['pdf', 'pptx', 'odt', 'ods', 'eml'], benign: 'docx' },
  { site: 'deepseek', channel: 'paste', cards: ['pdf', 'odp', 'rtf', 'docx', 'zip', 'eml'], benign: 'xlsx' },
  { site: 'mistral', channel: 'pick', cards: ['pdf', 'pptx', 'odt'], benign: 'ods' },
  { site: 'grok', channel: 'drop', cards: ['pdf', 'odp', 'rtf', 'docx', 'xlsx', 'zip'], benign: 'odt' },
  { site: 'poe', channel: 'paste', cards: ['pdf', 'xlsx', 'pptx', 'odt', 'ods'], benign: 'odp' },
  { site: 'meta', channel: 'pick', cards: ['pdf', 'ods', 'odp', 'rtf', 'eml'], benign: 'zip' },
];

it('the plan covers every channel × format pair, and a PDF and an office file on every site', () => {
  const covered = new Set(PLAN.flatMap((p) => p.cards.map((f) => `${p.channel}:${f}`)));
  expect([...covered].sort()).toEqual((['pick', 'drop', 'paste'] as const).flatMap((c) => FORMATS.map((f) => `${c}:${f}`)).sort());
  for (const p of PLAN) expect(p.cards.includes('pdf') && p.cards.some((f) => !['pdf', 'rtf', 'zip', 'eml'].includes(f)), p.site).toBe(true);
  expect(new Set(PLAN.map((p) => p.site)).size).toBe(7);
});

describe('sites that upload at send: documents with a card are held, redacted copies and benign files go with the message', () => {
  it.each(PLAN)('$site: $channel of $cards, then a benign $benign', { timeout: 90_000 }, async ({ site: id, channel, cards, benign }) => {
    const site = siteById(id);
    expect(site.uploadPath, 'a site that uploads at send').toBeUndefined();
    await openFixture(page, siteUrl(site));
    await watchPanels(page);
    const docs = await Promise.all(cards.map(cardDoc));

    await attach(page, channel, docs);
    await expectDocsHeld(page, docs);
    await expectNothingSent(page, recorder, 0);

    await clickPanelButton(page, LABEL.attachRedacted);
    await waitForNoDialog(page, 15_000);
    expect((await waitForAttachments(page, docs.length, 20_000)).map((a) => [a.name, a.source])).toEqual(docs.map((d) => [d.copy, channel === 'pick' ? 'file' : channel]));

    const seen = await panelsSeen(page);
    const plain = await benignDoc(benign);
    await attach(page, channel, [plain]);
    expect((await waitForAttachments(page, docs.length + 1, 15_000)).map((a) => a.name).at(-1)).toBe(plain.name);
    expect(await panelsSeen(page), 'no panel for the benign file').toBe(seen);
    // Nothing has left the page yet: the site uploads at send.
    expect(recorder.requests()).toEqual([]);

    await focusComposer(page);
    await typeText(page, 'see files');
    await page.keyboard.press('Enter');
    const body = await expectSentOnce(page, recorder, 'see files', 15_000);
    expect(body.attachments.map((a) => a.name)).toEqual([...docs.map((d) => d.copy), plain.name]);
    for (const [i, doc] of docs.entries()) {
      const copy = body.attachments[i]!;
      const read = await extractDocument(bytesOf(copy), { name: copy.name });
      expect(read.status, `${copy.name} reads back`).toBe('ok');
      const text = read.status === 'ok' ? read.extracted.text : '';
      expect(text, `${doc.name}: the placeholder where the card was`).toMatch(PLACEHOLDER);
      expect(text).not.toContain(DIGITS);
      expect(text.replace(/\s/g, '')).not.toContain(DIGITS);
    }
    expect(Buffer.from(bytesOf(body.attachments.at(-1)!)).equals(Buffer.from(plain.bytes)), 'the benign file byte-identical').toBe(true);
    expectNoCardOrOriginal(recorder, docs);
  });
});
