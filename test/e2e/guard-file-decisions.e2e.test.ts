// @vitest-environment node
/**
 * Attached files on a site that uploads at attach time (ChatGPT fixture), issue 11's "many files at
 * once; a folder drop; the same file again (decided once per content hash in the tab)":
 * - the same bytes attached again get the answer given before, without a panel (a note when the file
 *   is not attached, with "Review again"); a policy change makes the guard ask again;
 * - several files picked at once are listed in one panel, each under its name;
 * - a dropped folder's files (sub-folders too) are read and decided like a multi-file drop, and the site
 *   gets them flat; a folder past the limits is not attached, with a notice.
 * Without the extension, the fixture uploads a dropped folder's files (checked below), so "never
 * uploaded" here means the guard held them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx, encryptedOoxml, para, run, table } from '../../src/documents/testing/office-files';
import { extractDocument } from '../../src/documents';
import { DEFAULT_POLICY } from '../../src/policy/schema';
import { USER_SETTINGS_KEY } from '../../src/policy/user-settings';
import { dropFiles, openFixture, pickFiles, settle } from './drive';
import { serveFixtures, siteById, siteUrl, type Recorder } from './fixture-server';
import { CARD, EMAIL, panelsSeen, useGuardBrowser, watchPanels } from './guard-helpers';
import { launchWithoutExtension } from './harness';
import { actionLabels, clickPanelButton, dialogShown, LABEL, PANEL_HOST, waitForNoDialog, waitForPanel } from './panel-driver';

/** The extension page's `chrome` (only what the settings write uses). */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

let page: Page;
let recorder: Recorder;
const ext = useGuardBrowser((p, r) => {
  page = p;
  recorder = r;
});

const chatgpt = siteById('chatgpt');
const DIGITS = CARD.replace(/ /g, '');
const cardDocx = docx({ body: para(run('Customer record')) + table([['Name', 'Card'], ['Ann Lee', CARD]]) });
const emailDocx = docx({ body: para(run(`Write to ${EMAIL} about the renewal.`)) });
const benignDocx = docx({ body: para(run('Summarise the quarterly roadmap in three bullets.')) });
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

interface Upload {
  readonly name: string;
  readonly base64?: string;
  readonly text?: string;
}
const uploads = () => recorder.requests().filter((r) => r.path === chatgpt.uploadPath).map((r) => JSON.parse(r.body) as Upload);
const expectNoCard = () => {
  for (const r of recorder.requests()) expect(r.body.includes(DIGITS) || r.body.includes(CARD), `request to ${r.path} carries the card`).toBe(false);
};

async function open(): Promise<void> {
  await openFixture(page, siteUrl(chatgpt));
  await watchPanels(page);
}

/** The note for files decided earlier in this tab: its text and buttons. */
async function waitForRemembered(timeoutMs = 10_000): Promise<{ text: string; buttons: string[] }> {
  const handle = await page.waitForFunction(
    (host) => {
      for (const h of document.querySelectorAll(host)) {
        const note = h.shadowRoot?.querySelector('[data-remembered]');
        if (note) return { text: note.querySelector('.pf-toast-text')?.textContent ?? '', buttons: [...note.querySelectorAll('button')].map((b) => b.textContent ?? '') };
      }
      return null;
    },
    { timeout: timeoutMs, polling: 'mutation' },
    PANEL_HOST,
  );
  return (await handle.jsonValue()) as { text: string; buttons: string[] };
}

/** A user setting written as the options page writes it (storage.local), from an extension page. */
async function setUserSettings(settings: Record<string, unknown>): Promise<void> {
  const options = await ext().browser.newPage();
  await options.goto(`chrome-extension://${ext().extensionId}/options.html`);
  await options.evaluate((key, value) => chrome.storage.local.set({ [key]: value }), USER_SETTINGS_KEY, settings);
  await options.close();
  await settle(page, 500); // the guard hears storage.onChanged
}

describe('the same file again in this tab', () => {
  it('removed: attached again (same bytes, another name) it is not asked about or uploaded; a note says why; "Review again" asks', async () => {
    await open();
    await pickFiles(page, [{ name: 'customers.docx', content: cardDocx }]);
    await waitForPanel(page, 'dialog', 15_000);
    await clickPanelButton(page, LABEL.removeFile);
    await waitForNoDialog(page);
    await dropFiles(page, [{ name: 'customers-copy.docx', content: cardDocx }]);
    const note = await waitForRemembered();
    expect(note.text).toBe('customers-copy.docx was not attached, as decided when you added it earlier in this tab.');
    expect(note.buttons).toContain(LABEL.reviewAgain);
    expect(await dialogShown(page)).toBe(false);
    await settle(page, 300);
    expect(uploads()).toEqual([]);

    await clickPanelButton(page, LABEL.reviewAgain);
    const panel = await waitForPanel(page, 'dialog', 15_000);
    expect(panel.text).toContain('customers-copy.docx');
    await clickPanelButton(page, LABEL.attachRedacted);
    await expect.poll(() => uploads().length, { timeout: 15_000 }).toBe(1);
    const outcome = await extractDocument(new Uint8Array(Buffer.from(uploads()[0]!.base64!, 'base64')), { name: 'x.docx' });
    expect(outcome.status === 'ok' && outcome.extracted.text).toContain('[CREDIT_CARD_1]');
    expectNoCard();
  });

  it('attached anyway: the same bytes go again, byte-identical, with no panel and no note', async () => {
    await open();
    await pickFiles(page, [{ name: 'renewal.docx', content: emailDocx }]);
    const panel = await waitForPanel(page, 'dialog', 15_000);
    expect(actionLabels(panel)).toContain(LABEL.uploadAnyway);
    await clickPanelButton(page, LABEL.uploadAnyway);
    await expect.poll(() => uploads().length, { timeout: 10_000 }).toBe(1);
    await waitForNoDialog(page);
    const hosts = await panelsSeen(page);
    await dropFiles(page, [{ name: 'renewal.docx', content: emailDocx }]);
    await expect.poll(() => uploads().length, { timeout: 10_000 }).toBe(2);
    await settle(page, 300);
    expect(await panelsSeen(page), 'no panel, note or progress for the second attach').toBe(hosts);
    expect(uploads().map((u) => u.base64 === b64(emailDocx))).toEqual([true, true]);
  });

  it('a redacted copy: the same bytes again get the same copy, and a note says so', async () => {
    await open();
    await pickFiles(page, [{ name: 'customers.docx', content: cardDocx }]);
    await waitForPanel(page, 'dialog', 15_000);
    await clickPanelButton(page, LABEL.attachRedacted);
    await expect.poll(() => uploads().length, { timeout: 15_000 }).toBe(1);
    await pickFiles(page, [{ name: 'customers.docx', content: cardDocx }]);
    const note = await waitForRemembered();
    expect(note.text).toBe('A redacted copy of customers.docx was attached, as decided earlier in this tab.');
    expect(note.buttons).not.toContain(LABEL.reviewAgain);
    await expect.poll(() => uploads().length, { timeout: 10_000 }).toBe(2);
    const [first, second] = uploads();
    expect(second!.base64).toBe(first!.base64);
    expect(first!.base64).not.toBe(b64(cardDocx));
    expectNoCard();
  });

  it('a policy change: a file attached anyway under warn is asked about again under block', async () => {
    await open();
    const locked = encryptedOoxml();
    await dropFiles(page, [{ name: 'locked.docx', content: locked }]);
    await waitForPanel(page, 'dialog', 15_000);
    await clickPanelButton(page, LABEL.uploadAnyway);
    await expect.poll(() => uploads().length, { timeout: 10_000 }).toBe(1);
    await dropFiles(page, [{ name: 'locked.docx', content: locked }]);
    await expect.poll(() => uploads().length, { timeout: 10_000 }).toBe(2);
    await waitForNoDialog(page);

    await setUserSettings({ documents: { ...DEFAULT_POLICY.documents, encrypted: 'block' } });
    try {
      await dropFiles(page, [{ name: 'locked.docx', content: locked }]);
      const panel = await waitForPanel(page, 'dialog', 15_000);
      expect(panel.text).toContain('locked.docx: encrypted');
      expect(actionLabels(panel)).not.toContain(LABEL.uploadAnyway);
      await clickPanelButton(page, LABEL.removeFile);
      await settle(page, 300);
      expect(uploads()).toHaveLength(2);
    } finally {
      await setUserSettings({});
    }
  });
});

describe('many files at once', () => {
  it('a pick of three: the two with findings in one panel, each under its name; a redacted copy of each, the clean one as it is', async () => {
    await open();
    await pickFiles(page, [
      { name: 'customers.docx', content: cardDocx },
      { name: 'notes.txt', content: `Call ${EMAIL} tomorrow.` },
      { name: 'roadmap.docx', content: benignDocx },
    ]);
    const panel = await waitForPanel(page, 'dialog', 15_000);
    expect(panel.text).toContain('customers.docx');
    expect(panel.text).toContain('notes.txt');
    expect(panel.text).not.toContain('roadmap.docx');
    expect(uploads()).toEqual([]);
    await clickPanelButton(page, LABEL.attachRedacted);
    await expect.poll(() => uploads().map((u) => u.name), { timeout: 15_000 }).toEqual(['customers.docx', 'notes.txt', 'roadmap.docx']);
    const [customers, notes, roadmap] = uploads();
    expect(customers!.base64).not.toBe(b64(cardDocx));
    expect(notes!.text).toBe('Call [EMAIL_1] tomorrow.');
    expect(roadmap!.base64).toBe(b64(benignDocx));
    expectNoCard();
  });
});

/** A folder on disk: `exports/` with a card DOCX, `sub/notes.txt` (an e-mail) and a clean DOCX. */
function exportsFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'promptfence-folder-'));
  const dir = join(root, 'exports');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  writeFileSync(join(dir, 'customers.docx'), cardDocx);
  writeFileSync(join(dir, 'sub', 'notes.txt'), `Call ${EMAIL} tomorrow.`);
  writeFileSync(join(dir, 'roadmap.docx'), benignDocx);
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  return dir;
}

/** A folder `logs` of 201 small files, one past the file limit. */
function crowdedFolder(): { dir: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'promptfence-folder-'));
  const dir = join(root, 'logs');
  mkdirSync(dir);
  for (let i = 0; i < 201; i++) writeFileSync(join(dir, `day-${i}.log`), `day ${i}: all quiet`);
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** The exports folder's files listed by their path; nothing goes until "Upload a redacted copy", then all three, flat. */
async function expectExportsDecided(): Promise<void> {
  const panel = await waitForPanel(page, 'dialog', 15_000);
  expect(panel.text).toContain('exports/customers.docx');
  expect(panel.text).toContain('exports/sub/notes.txt');
  await settle(page, 300);
  expect(uploads()).toEqual([]);
  await clickPanelButton(page, LABEL.attachRedacted);
  await expect.poll(() => uploads().map((u) => u.name).sort(), { timeout: 15_000 }).toEqual(['customers.docx', 'notes.txt', 'roadmap.docx']);
  expect(uploads().find((u) => u.name === 'roadmap.docx')!.base64).toBe(b64(benignDocx));
  expectNoCard();
}

/** The folder-limits notice; back to editing, nothing uploaded. */
async function expectCrowdedFolderRefused(): Promise<void> {
  const notice = await waitForPanel(page, 'dialog', 15_000);
  expect(notice.title).toBe('Folder not attached');
  expect(notice.description).toContain('up to 200 files and 200 MB in all. logs holds more');
  await clickPanelButton(page, LABEL.backToEditing);
  await settle(page, 300);
  expect(uploads()).toEqual([]);
}

describe('a dropped folder', () => {
  it('its files, sub-folders too, are listed by their path in one panel; nothing goes until the user decides; the site gets them flat', async () => {
    await open();
    await dropFiles(page, [exportsFolder()]);
    await expectExportsDecided();
    expect(uploads().find((u) => u.name === 'notes.txt')!.text).toBe('Call [EMAIL_1] tomorrow.');
  });

  it('a folder past 200 files: a notice with the limits, nothing uploaded', async () => {
    const folder = crowdedFolder();
    try {
      await open();
      await dropFiles(page, [folder.dir]);
      await expectCrowdedFolderRefused();
    } finally {
      folder.remove();
    }
  });
});

describe('a folder picked through <input webkitdirectory>', () => {
  /** The fixture's file input made a folder picker, as sites that take folders do. */
  async function openFolderPicker(): Promise<void> {
    await open();
    await page.evaluate(() => {
      (document.querySelector('input[type=file]') as HTMLInputElement).webkitdirectory = true;
    });
  }

  it('its files are listed by their path in one panel, as a dropped folder\'s; nothing goes until the user decides', async () => {
    await openFolderPicker();
    await pickFiles(page, [exportsFolder()]);
    await expectExportsDecided();
  });

  it('past 200 files: the dropped folder\'s notice, nothing uploaded, the input emptied', async () => {
    const folder = crowdedFolder();
    try {
      await openFolderPicker();
      await pickFiles(page, [folder.dir]);
      await expectCrowdedFolderRefused();
      expect(await page.evaluate(() => (document.querySelector('input[type=file]') as HTMLInputElement).files!.length)).toBe(0);
    } finally {
      folder.remove();
    }
  });
});

describe('without PromptFence (the fixture is not the reason nothing was uploaded)', () => {
  let plain: Awaited<ReturnType<typeof launchWithoutExtension>>;
  beforeAll(async () => {
    plain = await launchWithoutExtension();
  }, 60_000);
  afterAll(async () => plain?.close());

  it('the fixture uploads a dropped folder’s files, the card among them', async () => {
    const p = await plain.browser.newPage();
    const r = await serveFixtures(p);
    await openFixture(p, siteUrl(chatgpt));
    await dropFiles(p, [exportsFolder()]);
    await expect.poll(() => r.requests().filter((q) => q.path === chatgpt.uploadPath).length, { timeout: 10_000 }).toBe(3);
    const bodies = r.requests().filter((q) => q.path === chatgpt.uploadPath).map((q) => JSON.parse(q.body) as Upload);
    expect(bodies.map((b) => b.name).sort()).toEqual(['customers.docx', 'notes.txt', 'roadmap.docx']);
    expect(bodies.find((b) => b.name === 'customers.docx')!.base64).toBe(b64(cardDocx));
    await p.close();
  });
});
