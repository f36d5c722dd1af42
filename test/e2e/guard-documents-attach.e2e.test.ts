// @vitest-environment node
/**
 * Every document format on every channel at the sites that upload the moment a file is attached
 * (ChatGPT, Claude, Perplexity): each site takes one channel — pick, drop or paste — with all eight
 * formats at once, a card number in each in a place of its own (a header, a hidden sheet, speaker
 * notes …). Held before the site sees anything and listed per file with where the card is; "Upload a
 * redacted copy" uploads copies that read back (through the same reader) with a placeholder; then the
 * eight formats without anything sensitive go through on the same channel, byte-identical, with no
 * decision asked. The sites that upload at send are in guard-documents-send.e2e.test.ts.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/documents';
import { attach, benignDoc, bytesOf, cardDoc, expectDocsHeld, expectNoCardOrOriginal, FORMATS, type Channel } from './document-samples';
import { openFixture } from './drive';
import { siteById, siteUrl, type Recorder, type SiteId } from './fixture-server';
import { CARD, useGuardBrowser, watchPanels } from './guard-helpers';
import { clickPanelButton, dialogShown, LABEL, waitForNoDialog } from './panel-driver';

let page: Page;
let recorder: Recorder;
useGuardBrowser((p, r) => {
  page = p;
  recorder = r;
});

const DIGITS = CARD.replace(/ /g, '');
const PLACEHOLDER = /\[CREDIT_CARD_\d+\]/;

const PLAN: readonly { site: SiteId; channel: Channel }[] = [
  { site: 'chatgpt', channel: 'pick' },
  { site: 'claude', channel: 'drop' },
  { site: 'perplexity', channel: 'paste' },
];

interface Upload {
  readonly name: string;
  readonly base64?: string;
  readonly text?: string;
}

describe('sites that upload at attach: every format, held, redacted copies and benign files uploaded', () => {
  it.each(PLAN)('$site: $channel of every format', { timeout: 120_000 }, async ({ site: id, channel }) => {
    const site = siteById(id);
    expect(site.uploadPath, 'a site that uploads at attach').toBeDefined();
    const uploads = () => recorder.requests().filter((r) => r.path === site.uploadPath).map((r) => JSON.parse(r.body) as Upload);
    await openFixture(page, siteUrl(site));
    await watchPanels(page);
    const docs = await Promise.all(FORMATS.map(cardDoc));

    await attach(page, channel, docs);
    await expectDocsHeld(page, docs);
    expect(uploads(), 'nothing uploaded while the panel is open').toEqual([]);

    await clickPanelButton(page, LABEL.attachRedacted);
    await waitForNoDialog(page, 15_000);
    await expect.poll(() => uploads().length, { timeout: 20_000 }).toBe(docs.length);
    const copies = uploads();
    expect(copies.map((u) => u.name).sort()).toEqual(docs.map((d) => d.copy).sort());
    for (const copy of copies) {
      const read = await extractDocument(bytesOf(copy), { name: copy.name });
      expect(read.status, `${copy.name} reads back`).toBe('ok');
      const text = read.status === 'ok' ? read.extracted.text : '';
      expect(text, `${copy.name}: the placeholder where the card was`).toMatch(PLACEHOLDER);
      expect(text.replace(/\s/g, '')).not.toContain(DIGITS);
    }

    const plain = await Promise.all(FORMATS.map(benignDoc));
    await attach(page, channel, plain);
    await expect.poll(() => uploads().length, { timeout: 20_000 }).toBe(docs.length + plain.length);
    const benign = uploads().slice(docs.length);
    for (const file of plain) {
      const sent = benign.find((u) => u.name === file.name);
      expect(sent, `${file.name} uploaded`).toBeDefined();
      expect(Buffer.from(bytesOf(sent!)).equals(Buffer.from(file.bytes)), `${file.name} byte-identical`).toBe(true);
    }
    // Uploaded with no click: nothing held them. (A progress toast may show while they are read, under load.)
    expect(await dialogShown(page), 'no decision panel for the benign files').toBe(false);

    expectNoCardOrOriginal(recorder, docs);
  });
});
