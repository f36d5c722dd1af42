// @vitest-environment node
/**
 * Attached documents on a site that uploads at attach time (ChatGPT fixture): a DOCX or a PDF holding
 * a card number, picked, dropped or pasted, is held before the site sees it, read in the extension's
 * reader frame (never on the page), listed per file with where the value is, and never uploaded
 * unless the user says so; a benign document goes through byte-identical.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { docx, encryptedOoxml, para, run, table } from '../../src/documents/testing/office-files';
import { extractDocument } from '../../src/documents';
import { pdfOf } from '../../src/files/testing/pdf-files';
import { encryptedPdfOf } from '../../src/files/testing/encrypted-pdf';
import { dropFiles, openFixture, pasteFilesUntrusted, pendingAttachments, pickFiles, settle } from './drive';
import { siteById, siteUrl, type Recorder } from './fixture-server';
import { CARD, useGuardBrowser, watchPanels } from './guard-helpers';
import { actionLabels, clickPanelButton, LABEL, TITLE, waitForNoDialog, waitForPanel } from './panel-driver';
import { addPickerUpload, foldersSeen, installPickerStandIn, pickerResult, pickThroughOffDomInput, stagePick, tempFolder, watchFolderDrops, writePrivateFiles } from './file-pickers';

let page: Page;
let recorder: Recorder;
useGuardBrowser((p, r) => {
  page = p;
  recorder = r;
});

const chatgpt = siteById('chatgpt');
const UPLOAD = chatgpt.uploadPath!;
const DIGITS = CARD.replace(/ /g, '');

let cardDocx: Uint8Array;
let cardPdf: Uint8Array;
let benignDocx: Uint8Array;
beforeAll(async () => {
  cardDocx = docx({ body: para(run('Customer record')) + table([['Name', 'Card'], ['Ann Lee', CARD]]) });
  cardPdf = await pdfOf([['Quarterly review'], ['Nothing here'], [`Card on file: ${CARD}`]]);
  benignDocx = docx({ body: para(run('Summarise the quarterly roadmap in three bullets.')) });
});

let site = chatgpt;

async function open(on = chatgpt): Promise<void> {
  site = on;
  await openFixture(page, siteUrl(on));
  await watchPanels(page);
}

const uploads = () => recorder.requests().filter((r) => r.path === site.uploadPath).map((r) => JSON.parse(r.body) as { name: string; base64?: string });

/** The panel for held files: the card is listed under `file`, with where it is; "Remove file(s)" drops them. */
async function expectHeldAndRemoved(file: string, where: string, remove: string = LABEL.removeFile): Promise<void> {
  const panel = await waitForPanel(page, 'dialog', 15_000);
  expect(panel.findings.map((f) => f.type)).toContain('Card number');
  expect(panel.text).toContain(file);
  expect(panel.text).toContain(where);
  expect(panel.text).not.toContain(CARD);
  expect(actionLabels(panel)).toEqual([remove, LABEL.attachRedacted]);
  await clickPanelButton(page, remove);
  await waitForNoDialog(page);
  await settle(page, 200);
  expect(await pendingAttachments(page)).toEqual([]);
  expect(uploads()).toEqual([]);
  for (const r of recorder.requests()) expect(r.body).not.toContain(DIGITS);
}

describe('ChatGPT: documents with a card number never reach the upload', () => {
  it('pick: a DOCX', async () => {
    await open();
    await pickFiles(page, [{ name: 'customers.docx', content: cardDocx }]);
    await expectHeldAndRemoved('customers.docx', 'table 1, row 2');
    // The pick was cleared: a site that reads the input at send time gets nothing.
    expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('input[type=file]')!.files!.length)).toBe(0);
  });

  it('pick: a PDF (pdf.js in the reader frame), the card found on page 3', async () => {
    await open();
    await pickFiles(page, [{ name: 'review.pdf', content: cardPdf }]);
    await expectHeldAndRemoved('review.pdf', 'page 3');
  });

  it('drop: a DOCX and a PDF at once, each listed under its own name', async () => {
    await open();
    await dropFiles(page, [{ name: 'customers.docx', content: cardDocx }, { name: 'review.pdf', content: cardPdf }]);
    const panel = await waitForPanel(page, 'dialog', 15_000);
    expect(panel.findings.filter((f) => f.type === 'Card number')).toHaveLength(2);
    await expectHeldAndRemoved('review.pdf', 'page 3', LABEL.removeFiles);
  });

  it('paste: a PDF and a DOCX', async () => {
    await open();
    await pasteFilesUntrusted(page, [{ name: 'review.pdf', content: cardPdf, type: 'application/pdf' }]);
    await expectHeldAndRemoved('review.pdf', 'page 3');
    await pasteFilesUntrusted(page, [{ name: 'customers.docx', content: cardDocx }]);
    await expectHeldAndRemoved('customers.docx', 'table 1, row 2');
  });
});

describe('ChatGPT: "Upload a redacted copy"', () => {
  it('a picked DOCX: the upload is a DOCX holding the placeholder (read back), never the card', async () => {
    await open();
    await pickFiles(page, [{ name: 'customers.docx', content: cardDocx }]);
    await waitForPanel(page, 'dialog', 15_000);
    await clickPanelButton(page, LABEL.attachRedacted);
    await expect.poll(() => uploads().length, { timeout: 15_000 }).toBe(1);
    const [upload] = uploads();
    expect(upload!.name).toBe('customers.docx');
    const outcome = await extractDocument(new Uint8Array(Buffer.from(upload!.base64!, 'base64')), { name: 'customers.docx' });
    expect(outcome.status === 'ok' && outcome.extracted.text).toContain('[PERSON_1]\t[CREDIT_CARD_1]'); // the name goes with the card (same row)
    for (const r of recorder.requests()) expect(r.body).not.toContain(DIGITS);
  });

  it('a dropped PDF: the upload is a text copy of it with the placeholder', async () => {
    await open();
    await dropFiles(page, [{ name: 'review.pdf', content: cardPdf }]);
    await waitForPanel(page, 'dialog', 15_000);
    await clickPanelButton(page, LABEL.attachRedacted);
    await expect.poll(() => uploads().length, { timeout: 15_000 }).toBe(1);
    const upload = uploads()[0] as { name: string; text: string };
    expect(upload.name).toBe('review-redacted.txt');
    expect(upload.text).toContain('Card on file: [CREDIT_CARD_1]');
    for (const r of recorder.requests()) expect(r.body).not.toContain(DIGITS);
    expect(JSON.stringify(recorder.requests())).not.toContain(CARD);
  });
});

describe('ChatGPT: an input the page never puts in the document', () => {
  const pickOffDom = (file: { name: string; content: Uint8Array }) => pickThroughOffDomInput(page, UPLOAD, file);

  it('a DOCX with a card picked through it is held; a benign one is uploaded', async () => {
    await open();
    await pickOffDom({ name: 'customers.docx', content: cardDocx });
    await expectHeldAndRemoved('customers.docx', 'table 1, row 2');
    await pickOffDom({ name: 'roadmap.docx', content: benignDocx });
    await expect.poll(() => uploads().map((u) => u.name), { timeout: 10_000 }).toEqual(['roadmap.docx']);
    expect(await page.evaluate(() => document.querySelectorAll('promptfence-panel').length)).toBe(0);
  });
});

describe('ChatGPT: files picked through showOpenFilePicker (main-world hook)', () => {
  /** The fixture with a site-like "Attach" button that picks through `showOpenFilePicker` and uploads each handle's file. */
  async function openWithPicker(): Promise<void> {
    await installPickerStandIn(page);
    await open();
    await addPickerUpload(page, UPLOAD);
  }

  const pick = async (files: readonly { name: string; content: Uint8Array }[]) => {
    await stagePick(page, files);
    await page.click('#picker-upload');
  };

  it('a DOCX with a card is held until the decision; "Remove file" rejects the pick as a cancelled picker would, nothing uploaded', async () => {
    await openWithPicker();
    await pick([{ name: 'customers.docx', content: cardDocx }]);
    await waitForPanel(page, 'dialog', 15_000);
    // While the panel is open the page has no handle yet.
    expect(await pickerResult(page)).toBe('pending');
    expect(await page.evaluate(() => (window as unknown as { __picked?: unknown }).__picked)).toBeUndefined();
    await expectHeldAndRemoved('customers.docx', 'table 1, row 2');
    await expect.poll(() => pickerResult(page)).toBe('AbortError');
    expect(await page.evaluate(() => (window as unknown as { __picked?: unknown }).__picked)).toBeUndefined();
  });

  it('"Upload a redacted copy": the handle\'s file is the redacted DOCX; the handle is read-only and never reaches the file on disk', async () => {
    await openWithPicker();
    await pick([{ name: 'customers.docx', content: cardDocx }]);
    await waitForPanel(page, 'dialog', 15_000);
    await clickPanelButton(page, LABEL.attachRedacted);
    await expect.poll(() => pickerResult(page), { timeout: 15_000 }).toBe('ok');
    const [upload] = uploads();
    expect(upload!.name).toBe('customers.docx');
    const outcome = await extractDocument(new Uint8Array(Buffer.from(upload!.base64!, 'base64')), { name: 'customers.docx' });
    expect(outcome.status === 'ok' && outcome.extracted.text).toContain('[CREDIT_CARD_1]');
    const probe = await page.evaluate(async () => {
      const [h] = (window as unknown as { __picked: FileSystemFileHandle[] }).__picked;
      const again = await h!.getFile();
      const tryIt = async (f: () => Promise<unknown>) => f().then(() => 'ok', (e: Error) => e.name);
      return {
        isHandle: h instanceof FileSystemFileHandle,
        kind: h!.kind,
        sameFileTwice: (await h!.getFile()) === again,
        write: await tryIt(() => (h as unknown as { createWritable(): Promise<unknown> }).createWritable()),
        nativeGetFile: await tryIt(async () => FileSystemFileHandle.prototype.getFile.call(h)),
        readPermission: await (h as unknown as { queryPermission(d: object): Promise<string> }).queryPermission({ mode: 'read' }),
        // What a page storing the handle (IndexedDB) or posting it to a worker would get.
        cloned: (() => {
          try {
            const copy = structuredClone(h) as unknown as Record<string, unknown>;
            return `${typeof copy.getFile} ${Object.keys(copy).join(',')}`;
          } catch (e) {
            return (e as Error).name;
          }
        })(),
      };
    });
    expect(probe).toEqual({ isHandle: true, kind: 'file', sameFileTwice: true, write: 'NotAllowedError', nativeGetFile: 'TypeError', readPermission: 'granted', cloned: 'undefined kind,name' });
    for (const r of recorder.requests()) expect(r.body).not.toContain(DIGITS);
  });

  it('a benign DOCX goes through byte-identical; a later change on disk never reaches the page through its handle', async () => {
    await openWithPicker();
    await pick([{ name: 'roadmap.docx', content: benignDocx }]);
    await expect.poll(() => pickerResult(page), { timeout: 15_000 }).toBe('ok');
    expect(uploads().map((u) => [u.name, u.base64 === Buffer.from(benignDocx).toString('base64')])).toEqual([['roadmap.docx', true]]);
    expect(await page.evaluate(() => document.querySelectorAll('promptfence-panel').length)).toBe(0);
    // The file on disk now holds a card. The browser's own handle would read it (control); the page's
    // handle gives the file as it was checked, which, like a picked File, cannot be read once changed.
    await writePrivateFiles(page, [{ name: 'roadmap.docx', content: cardDocx }]);
    const reread = await page.evaluate(async () => {
      const [h] = (window as unknown as { __picked: FileSystemFileHandle[] }).__picked;
      const pageRead = await h!.getFile().then((f) => f.arrayBuffer()).then((b) => b.byteLength, (e: Error) => e.name);
      const browsers = await (await (await navigator.storage.getDirectory()).getFileHandle('roadmap.docx')).getFile();
      return { pageRead, browserHandleRead: browsers.size };
    });
    expect(reread).toEqual({ pageRead: 'NotReadableError', browserHandleRead: cardDocx.length });
  });

  it('images are not read: a PNG picked with a DOCX is given as it is, with the DOCX', async () => {
    await openWithPicker();
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await pick([{ name: 'chart.png', content: png }, { name: 'roadmap.docx', content: benignDocx }]);
    await expect.poll(() => pickerResult(page), { timeout: 15_000 }).toBe('ok');
    expect(uploads().map((u) => u.name)).toEqual(['chart.png', 'roadmap.docx']);
  });

  it('the browser\'s own picker is what the hook opens: cancelling it rejects the page\'s call as before, with no panel', async () => {
    await openWithPicker();
    const cdp = await page.createCDPSession();
    await cdp.send('Page.setInterceptFileChooserDialog', { enabled: true, cancel: true } as never);
    await page.click('#picker-upload');
    await expect.poll(() => pickerResult(page)).toBe('AbortError');
    await cdp.detach();
    expect(await page.evaluate(() => document.querySelectorAll('promptfence-panel').length)).toBe(0);
  });

  it('showDirectoryPicker is refused with an explanation, as if cancelled', async () => {
    await openWithPicker();
    await page.click('#folder-open');
    const panel = await waitForPanel(page, 'dialog', 5_000);
    expect(panel.title).toBe(TITLE.folderNotOpened);
    expect(panel.description).toContain('can’t check the files of a folder');
    await expect.poll(() => pickerResult(page)).toBe('AbortError');
  });
});

describe('ChatGPT: a dropped folder', () => {
  it('is read by the guard, never handed to the page: its held file is listed by its path in the folder', async () => {
    await open();
    const folder = tempFolder('export', [{ name: 'customers.docx', content: cardDocx }]);
    await watchFolderDrops(page);
    await dropFiles(page, [folder]);
    const panel = await waitForPanel(page, 'dialog', 15_000);
    expect(panel.text).toContain('export/customers.docx');
    expect(panel.findings.map((f) => f.type)).toContain('Card number');
    await clickPanelButton(page, LABEL.removeFile);
    await waitForNoDialog(page);
    await settle(page, 200);
    // The page's earliest listener never saw the folder: its entry or handle would read every file in it.
    expect(await foldersSeen(page)).toBe(0);
    expect(await pendingAttachments(page)).toEqual([]);
    expect(uploads()).toEqual([]);
  });
});

describe('ChatGPT: documents that go through', () => {
  it('a benign DOCX, picked, dropped and pasted, is uploaded byte-identical with no panel', async () => {
    await open();
    const original = Buffer.from(benignDocx).toString('base64');
    await pickFiles(page, [{ name: 'roadmap.docx', content: benignDocx }]);
    await page.waitForFunction(() => (window as unknown as { __fixture: { pending(): unknown[] } }).__fixture.pending().length === 1, { timeout: 15_000 });
    await dropFiles(page, [{ name: 'roadmap.docx', content: benignDocx }]);
    await pasteFilesUntrusted(page, [{ name: 'roadmap.docx', content: benignDocx }]);
    await page.waitForFunction(() => (window as unknown as { __fixture: { pending(): unknown[] } }).__fixture.pending().length === 3, { timeout: 15_000 });
    await settle(page, 200);
    expect(uploads().map((u) => [u.name, u.base64 === original])).toEqual([
      ['roadmap.docx', true],
      ['roadmap.docx', true],
      ['roadmap.docx', true],
    ]);
    expect(await page.evaluate(() => document.querySelectorAll('promptfence-panel').length)).toBe(0);
  });

  it('an encrypted DOCX: the panel says it cannot be read (policy default warn); "Upload anyway" uploads it as it is', async () => {
    await open();
    const locked = encryptedOoxml();
    await dropFiles(page, [{ name: 'locked.docx', content: locked }]);
    const panel = await waitForPanel(page, 'dialog', 15_000);
    expect(panel.text).toContain('locked.docx: encrypted');
    expect(actionLabels(panel)).toEqual([LABEL.uploadAnyway, LABEL.removeFile]);
    expect(uploads()).toEqual([]);
    await clickPanelButton(page, LABEL.uploadAnyway);
    await page.waitForFunction(() => (window as unknown as { __fixture: { pending(): unknown[] } }).__fixture.pending().length === 1, { timeout: 5_000 });
    await settle(page, 200);
    expect(uploads().map((u) => [u.name, u.base64 === Buffer.from(locked).toString('base64')])).toEqual([['locked.docx', true]]);
  });
});

describe('ChatGPT: a password-protected PDF', () => {
  it('picked: held, the panel says it is encrypted (documents.encrypted, default warn); "Remove file" uploads nothing', async () => {
    await open();
    // RC4 128-bit, user password: pdf.js in the reader frame cannot open it without the password.
    const locked = encryptedPdfOf([['Statement'], [`Card on file: ${CARD}`]], { user: 'open sesame', revision: 3 });
    await pickFiles(page, [{ name: 'statement.pdf', content: locked }]);
    const panel = await waitForPanel(page, 'dialog', 15_000);
    expect(panel.text).toContain('statement.pdf: encrypted (password-protected), so PromptFence can’t read it.');
    expect(panel.findings).toEqual([]);
    expect(actionLabels(panel)).toEqual([LABEL.uploadAnyway, LABEL.removeFile]);
    await settle(page, 200);
    expect(uploads()).toEqual([]);
    await clickPanelButton(page, LABEL.removeFile);
    await waitForNoDialog(page);
    await settle(page, 200);
    expect(uploads()).toEqual([]);
    expect(await pendingAttachments(page)).toEqual([]);
  });
});

describe.each(['claude', 'perplexity'] as const)('%s (uploads at attach time too)', (id) => {
  it('a picked DOCX and a dropped PDF with a card are held; a benign DOCX is uploaded byte-identical', async () => {
    await open(siteById(id));
    await pickFiles(page, [{ name: 'customers.docx', content: cardDocx }]);
    await expectHeldAndRemoved('customers.docx', 'table 1, row 2');
    await dropFiles(page, [{ name: 'review.pdf', content: cardPdf }]);
    await expectHeldAndRemoved('review.pdf', 'page 3');
    await pickFiles(page, [{ name: 'roadmap.docx', content: benignDocx }]);
    await expect.poll(() => uploads().map((u) => [u.name, u.base64 === Buffer.from(benignDocx).toString('base64')]), { timeout: 15_000 }).toEqual([['roadmap.docx', true]]);
  });
});
