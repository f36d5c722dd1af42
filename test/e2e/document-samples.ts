/**
 * Documents for the attach e2e tests, made by real code (fflate-zipped OOXML/ODF parts, pdf-lib PDFs):
 * each format with a card number in a place of its own (a header, a hidden sheet, speaker notes …) and
 * each format without anything sensitive, and how to attach them on each channel.
 */
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { docx, odf, para, pptx, run, table, xlsx } from '../../src/documents/testing/office-files';
import { pdfOf } from '../../src/files/testing/pdf-files';
import { dropFiles, pasteFilesUntrusted, pendingAttachments, pickFiles, settle } from './drive';
import type { Recorder } from './fixture-server';
import { CARD } from './guard-helpers';
import { panelState, waitForPanel } from './panel-driver';

export type Format = 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'odp' | 'rtf' | 'zip' | 'eml';
export type Channel = 'pick' | 'drop' | 'paste';
export const FORMATS: readonly Format[] = ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'rtf', 'zip', 'eml'];

export interface Doc {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Where the panel says the card is (`where.*` of src/ui/panel/strings-en.ts). */
  readonly where: string;
  /** The redacted copy's name: the same for Office and OpenDocument files, a text copy for PDF, RTF, ZIP and EML. */
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
/** A message saved from a mail client (RFC 822); no addresses in the benign one, which must not hold any finding. */
const eml = (from: string, subject: string, body: string) =>
  strToU8(`From: ${from}\r\nSubject: ${subject}\r\nDate: Mon, 7 Dec 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`);

/** Each format with a card in a place of its own (a header, a hidden sheet, speaker notes …). */
export async function cardDoc(format: Format): Promise<Doc> {
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
    case 'zip': {
      // One level deep: the card is in a Word table inside the archive, and the panel says which entry.
      const inner = docx({ body: para(run('Customer record')) + table([['Name', 'Card'], ['Ann Lee', CARD]]) });
      return { name: 'exports.zip', bytes: zipSync({ 'notes.txt': strToU8('Exports for the audit.'), 'customers.docx': inner }), where: 'customers.docx: table 1, row 2', copy: 'exports-redacted.txt' };
    }
    case 'eml':
      return { name: 'refund.eml', bytes: eml('Billing <billing@example.org>', 'Refund', `Please refund card ${CARD} today.`), where: 'text', copy: 'refund-redacted.txt' };
  }
}

/** Each format without anything sensitive: it must go through untouched. */
export async function benignDoc(format: Format): Promise<{ name: string; bytes: Uint8Array }> {
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
    case 'zip': return { name: 'roadmap.zip', bytes: zipSync({ 'roadmap.txt': strToU8(line), 'plan.docx': docx({ body: para(run(line)) }) }) };
    case 'eml': return { name: 'roadmap.eml', bytes: eml('Roadmap team', 'Roadmap', line) };
  }
}

/** Attaches `files` at once on the composer: picked through the page's file input, dropped, or pasted. */
export async function attach(page: Page, channel: Channel, files: readonly { name: string; bytes: Uint8Array }[]): Promise<void> {
  const specs = files.map((f) => ({ name: f.name, content: f.bytes }));
  if (channel === 'pick') await pickFiles(page, specs);
  else if (channel === 'drop') await dropFiles(page, specs);
  else await pasteFilesUntrusted(page, specs);
}

/** What an upload or an attachment of a send request holds, as bytes (documents travel as base64, text copies as text). */
export const bytesOf = (a: { readonly base64?: string; readonly text?: string }): Uint8Array => (a.base64 !== undefined ? new Uint8Array(Buffer.from(a.base64, 'base64')) : new TextEncoder().encode(a.text ?? ''));

/**
 * The documents just attached are held: one panel with a card per document, each listed under its name
 * with where the card is (the list's later rows come after a paint), never the card itself, and the page
 * got nothing to upload or send.
 */
export async function expectDocsHeld(page: Page, docs: readonly Doc[]): Promise<void> {
  const panel = await waitForPanel(page, 'dialog', 30_000);
  expect(panel.findings.filter((f) => f.type === 'Card number')).toHaveLength(docs.length);
  const missing = async () => {
    const text = (await panelState(page)).text;
    return docs.filter((d) => !text.includes(d.name) || !text.includes(d.where)).map((d) => `${d.name}: ${d.where}`);
  };
  await expect.poll(missing, { timeout: 5_000 }).toEqual([]);
  expect(panel.text).not.toContain(CARD);
  await settle(page, 200);
  expect(await pendingAttachments(page)).toEqual([]);
}

/** No request of the page ever carried the card, in any spelling, nor any of the original documents. */
export function expectNoCardOrOriginal(recorder: Recorder, docs: readonly Doc[]): void {
  const digits = CARD.replace(/ /g, '');
  const originals = docs.map((d) => Buffer.from(d.bytes).toString('base64'));
  for (const r of recorder.requests()) {
    expect(r.body).not.toContain(digits);
    expect(r.body).not.toContain(CARD);
    for (const [i, original] of originals.entries()) expect(r.body.includes(original), `${docs[i]!.name} sent as it is`).toBe(false);
  }
}
