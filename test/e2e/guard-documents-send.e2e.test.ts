// @vitest-environment node
/**
 * Attached documents on the sites that upload at send (Gemini, Copilot, DeepSeek, Le Chat, Grok, Poe,
 * Meta AI): the fixture keeps each attached `File` and reads it only when the message is sent, into the
 * send request (test/e2e/fixtures/runtime.ts). ChatGPT, Claude and Perplexity, which upload at attach
 * time, are in guard-documents.e2e.test.ts.
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
import { docx, odf, para, pptx, run, table, xlsx } from '../../src/documents/testing/office-files';
import { pdfOf } from '../../src/files/testing/pdf-files';
import { dropFiles, focusComposer, openFixture, pasteFilesUntrusted, pendingAttachments, pickFiles, settle, typeText, waitForAttachments } from './drive';
import { siteById, siteUrl, type Recorder, type SentAttachment, type SiteId } from './fixture-server';
import { CARD, expectNothingSent, expectSentOnce, panelsSeen, useGuardBrowser, watchPanels } from './guard-helpers';
import { clickPanelButton, LABEL, panelState, waitForNoDialog, waitForPanel } from './panel-driver';

let page: Page;
let recorder: Recorder;
useGuardBrowser((p, r) => {
  page = p;
  recorder = r;
});

const DIGITS = CARD.replace(/ /g, '');
const PLACEHOLDER = /\[CREDIT_CARD_\d+\]/;

type Format = 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'odp' | 'rtf';
type Channel = 'pick' | 'drop' | 'paste';
const FORMATS: readonly Format[] = ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'rtf'];

interface Doc {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Where the panel says the card is (`where.*` of src/guard/panel/strings-en.ts). */
  readonly where: string;
  /** The redacted copy's name: the same for Office and OpenDocument files, a text copy for PDF and RTF. */
  readonly copy: string;
}

const odtBody = (p: string) => `<office:text><text:p>Contract renewal</text:p><text:p>${p}</text:p></office:text>`;
const odsBody = (rows: string[][]) =>
  `<office:spreadsheet><table:table table:name="Customers">${rows
    .map((r) => `<table:table-row>${r.map((c) => `<table:table-cell office:value-type="string"><text:p>${c}</text:p></table:table-cell>`).join('')}</table:table-row>`)
    .join('')}</table:table></office:spreadsheet>`;
const odpBody = (slides: string[]) =>
  `<office:presentation>${slides
    .map((s, i) => `<draw:page draw:name="page${i + 1}"><draw:frame><draw:text-box><text:p>${s}</text:p></draw:text-box></draw:frame></draw:page>`)
    .join('')}</office:presentation>`;
const rtf = (lines: string[]) => new TextEncoder().encode(`{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 ${lines.join('\\par\n')}\\par}`);

/** Each format with a card in a place of its own (a header, a hidden sheet, speaker notes …). */
async function cardDoc(format: Format): Promise<Doc> {
  switch (format) {
    case 'pdf':
      return { name: 'review.pdf', bytes: await pdfOf([['Quarterly review'], [`Card on file: ${CARD}`]]), where: 'page 2', copy: 'review-redacted.txt' };
    case 'docx':
      return { name: 'letter.docx', bytes: docx({ header: para(run(`Card ${CARD}`)), body: para(run('Dear customer, thank you.')) }), where: 'header', copy: 'letter.docx' };
    case 'xlsx':
      return {
        name: 'cards.xlsx',
        bytes: xlsx(['Reference', 'Card', 'R-17', CARD], [
          { name: 'Summary', rows: { 1: { A: { inline: 'Nothing here' } } } },
          { name: 'Cards', hidden: true, rows: { 1: { A: { s: 0 }, B: { s: 1 } }, 2: { A: { s: 2 }, B: { s: 3 } } } },
        ]),
        where: 'Sheet Cards (hidden), cell B2',
        copy: 'cards.xlsx',
      };
    case 'pptx':
      return { name: 'deck.pptx', bytes: pptx([{ texts: ['Roadmap', 'Q3 goals'] }, { texts: ['Refunds'], notes: `Refund to card ${CARD}` }]), where: 'slide 2 notes', copy: 'deck.pptx' };
    case 'odt':
      return { name: 'renewal.odt', bytes: odf('text', odtBody(`Card on file: ${CARD}`)), where: 'body', copy: 'renewal.odt' };
    case 'ods':
      return { name: 'payments.ods', bytes: odf('spreadsheet', odsBody([['Reference', 'Card'], ['R-17', CARD]])), where: 'Sheet Customers, cell B2', copy: 'payments.ods' };
    case 'odp':
      return { name: 'pitch.odp', bytes: odf('presentation', odpBody(['Welcome', `Card ${CARD}`])), where: 'slide 2', copy: 'pitch.odp' };
    case 'rtf':
      return { name: 'memo.rtf', bytes: rtf(['Memo', `Card ${CARD}`]), where: 'text', copy: 'memo-redacted.txt' };
  }
}

/** Each format without anything sensitive: it must go through untouched. */
async function benignDoc(format: Format): Promise<{ name: string; bytes: Uint8Array }> {
  const line = 'Summarise the quarterly roadmap in three bullets.';
  switch (format) {
    case 'pdf': return { name: 'roadmap.pdf', bytes: await pdfOf([[line]]) };
    case 'docx': return { name: 'roadmap.docx', bytes: docx({ body: para(run(line)) + table([['Quarter', 'Goal'], ['Q3', 'Ship search']]) }) };
    case 'xlsx': return { name: 'roadmap.xlsx', bytes: xlsx(['Quarter', 'Goal', 'Q3', 'Ship search'], [{ name: 'Plan', rows: { 1: { A: { s: 0 }, B: { s: 1 } }, 2: { A: { s: 2 }, B: { s: 3 } } } }]) };
    case 'pptx': return { name: 'roadmap.pptx', bytes: pptx([{ texts: ['Roadmap', line], notes: 'Keep it short.' }]) };
    case 'odt': return { name: 'roadmap.odt', bytes: odf('text', odtBody(line)) };
    case 'ods': return { name: 'roadmap.ods', bytes: odf('spreadsheet', odsBody([['Quarter', 'Goal'], ['Q3', 'Ship search']])) };
    case 'odp': return { name: 'roadmap.odp', bytes: odf('presentation', odpBody(['Roadmap', line])) };
    case 'rtf': return { name: 'roadmap.rtf', bytes: rtf([line]) };
  }
}

/** Per site: the channel, the documents with a card (a PDF and Office or OpenDocument files), and the benign one. */
const PLAN: readonly { site: SiteId; channel: Channel; cards: readonly Format[]; benign: Format }[] = [
  { site: 'gemini', channel: 'pick', cards: ['pdf', 'docx', 'xlsx'], benign: 'pptx' },
  { site: 'copilot', channel: 'drop', cards: ['pdf', 'pptx', 'odt', 'ods'], benign: 'docx' },
  { site: 'deepseek', channel: 'paste', cards: ['pdf', 'odp', 'rtf', 'docx'], benign: 'xlsx' },
  { site: 'mistral', channel: 'pick', cards: ['pdf', 'pptx', 'odt'], benign: 'ods' },
  { site: 'grok', channel: 'drop', cards: ['pdf', 'odp', 'rtf', 'docx', 'xlsx'], benign: 'odt' },
  { site: 'poe', channel: 'paste', cards: ['pdf', 'xlsx', 'pptx', 'odt', 'ods'], benign: 'odp' },
  { site: 'meta', channel: 'pick', cards: ['pdf', 'ods', 'odp', 'rtf'], benign: 'pdf' },
];

it('the plan covers every channel × format pair, and a PDF and an office file on every site', () => {
  const covered = new Set(PLAN.flatMap((p) => p.cards.map((f) => `${p.channel}:${f}`)));
  expect([...covered].sort()).toEqual((['pick', 'drop', 'paste'] as const).flatMap((c) => FORMATS.map((f) => `${c}:${f}`)).sort());
  for (const p of PLAN) expect(p.cards.includes('pdf') && p.cards.some((f) => f !== 'pdf' && f !== 'rtf'), p.site).toBe(true);
  expect(new Set(PLAN.map((p) => p.site)).size).toBe(7);
});

async function attach(channel: Channel, files: readonly { name: string; bytes: Uint8Array }[]): Promise<void> {
  const specs = files.map((f) => ({ name: f.name, content: f.bytes }));
  if (channel === 'pick') await pickFiles(page, specs);
  else if (channel === 'drop') await dropFiles(page, specs);
  else await pasteFilesUntrusted(page, specs);
}

/** What an attachment of the send request holds, as bytes (documents travel as base64, text copies as text). */
const bytesOf = (a: SentAttachment) => (a.base64 !== undefined ? new Uint8Array(Buffer.from(a.base64, 'base64')) : new TextEncoder().encode(a.text));

describe('sites that upload at send: documents with a card are held, redacted copies and benign files go with the message', () => {
  it.each(PLAN)('$site: $channel of $cards, then a benign $benign', { timeout: 90_000 }, async ({ site: id, channel, cards, benign }) => {
    const site = siteById(id);
    expect(site.uploadPath, 'a site that uploads at send').toBeUndefined();
    await openFixture(page, siteUrl(site));
    await watchPanels(page);
    const docs = await Promise.all(cards.map(cardDoc));

    await attach(channel, docs);
    const panel = await waitForPanel(page, 'dialog', 30_000);
    expect(panel.findings.filter((f) => f.type === 'Card number')).toHaveLength(docs.length);
    // Every file is listed under its name with where the card is (the list's later rows come after a paint).
    const missing = async () => {
      const text = (await panelState(page)).text;
      return docs.filter((d) => !text.includes(d.name) || !text.includes(d.where)).map((d) => `${d.name}: ${d.where}`);
    };
    await expect.poll(missing, { timeout: 5_000 }).toEqual([]);
    expect(panel.text).not.toContain(CARD);
    // Held: the page got nothing to send.
    await settle(page, 100);
    expect(await pendingAttachments(page)).toEqual([]);
    await expectNothingSent(page, recorder, 0);

    await clickPanelButton(page, LABEL.attachRedacted);
    await waitForNoDialog(page, 15_000);
    expect((await waitForAttachments(page, docs.length, 20_000)).map((a) => [a.name, a.source])).toEqual(docs.map((d) => [d.copy, channel === 'pick' ? 'file' : channel]));

    const seen = await panelsSeen(page);
    const plain = await benignDoc(benign);
    await attach(channel, [plain]);
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
    // No request of the page ever carried the card, in any spelling, nor any of the original files.
    const originals = docs.map((d) => Buffer.from(d.bytes).toString('base64'));
    for (const r of recorder.requests()) {
      expect(r.body).not.toContain(DIGITS);
      expect(r.body).not.toContain(CARD);
      for (const [i, original] of originals.entries()) expect(r.body.includes(original), `${docs[i]!.name} sent as it is`).toBe(false);
    }
  });
});
