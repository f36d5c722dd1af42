// @vitest-environment node
/**
 * History rows for attached files, from real decisions on a fixture chat site (ChatGPT: uploads at
 * attach time): three files dropped at once (a text file named after a card number and holding an
 * e-mail address, a DOCX holding a card, a clean DOCX) and uploaded as redacted copies; the card DOCX
 * picked again (the same copy, decided earlier); an encrypted DOCX removed. The popup must list one row
 * per file with something to decide — name (masked where it holds a value), kind, size, counts, what
 * happened — and never a raw value; after the browser closes, no file of its profile holds one.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx, encryptedOoxml, para, run, table } from '../../src/documents/testing/office-files';
import { dropFiles, openFixture, pickFiles } from './drive';
import { serveFixtures, siteById, siteUrl } from './fixture-server';
import { launchWithExtension, OFFLINE_ARGS, type ExtensionBrowser } from './harness';
import { clickPanelButton, LABEL, PANEL_HOST, waitForNoDialog, waitForPanel } from './panel-driver';
import { openPopup } from './popup-driver';
import { searchProfile } from './profile-scan';

/** The extension page's `chrome` (only what the canary write uses). */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

/**
 * A Luhn-valid card number of no test suite or detector example (so finding it in the profile can only
 * mean it was written there), and an e-mail address as unlikely.
 */
const CARD = '4539 1726 5083 1422';
const DIGITS = CARD.replace(/ /g, '');
const EMAIL = 'ines.vandermolen.files@contoso-shipping.example';
const RAW = [CARD, DIGITS, EMAIL, 'vandermolen.files'];
const NAMED = `card_${DIGITS}.txt`;
const MASKED = 'card_[CREDIT_CARD_1].txt';
const CANARY = 'canary-Wq4Nz8Lp2Tx6Hb9Kd3';

const cardDocx = docx({ body: para(run('Customer record')) + table([['Name', 'Card'], ['Ann Lee', CARD]]) });
const benignDocx = docx({ body: para(run('Summarise the quarterly roadmap in three bullets.')) });
const locked = encryptedOoxml();

let ext: ExtensionBrowser;
let popup: Page;

beforeAll(async () => {
  ext = await launchWithExtension({ extraArgs: OFFLINE_ARGS, keepProfile: true });
}, 60_000);

afterAll(async () => {
  await ext?.close();
  if (ext) rmSync(ext.profileDir, { recursive: true, force: true });
});

async function openChat(): Promise<Page> {
  const p = await ext.browser.newPage();
  await serveFixtures(p);
  await openFixture(p, siteUrl(siteById('chatgpt')));
  return p;
}

const expectNoRaw = (text: string, where: string) => {
  for (const value of RAW) expect(text.includes(value), `${where} contains ${value}`).toBe(false);
};

describe('history rows for files', () => {
  it('decides: three files dropped at once → redacted copies; the card DOCX again → the same copy; an encrypted DOCX → removed', async () => {
    const page = await openChat();
    await dropFiles(page, [
      { name: NAMED, content: `Call ${EMAIL} tomorrow.` },
      { name: 'customers.docx', content: cardDocx },
      { name: 'roadmap.docx', content: benignDocx },
    ]);
    await waitForPanel(page, 'dialog', 15_000);
    await clickPanelButton(page, LABEL.attachRedacted);
    await waitForNoDialog(page, 15_000);
    await pickFiles(page, [{ name: 'customers.docx', content: cardDocx }]);
    await page.waitForFunction((host) => [...document.querySelectorAll(host)].some((h) => h.shadowRoot?.querySelector('[data-remembered]')), { timeout: 10_000 }, PANEL_HOST);
    await dropFiles(page, [{ name: 'locked.docx', content: locked }]);
    await waitForPanel(page, 'dialog', 15_000);
    await clickPanelButton(page, LABEL.removeFile);
    await waitForNoDialog(page);
    await page.close();
  });

  it('the popup lists one row per file decided — never the clean one — with name, kind, size, counts and what happened', async () => {
    popup = await openPopup(ext, 4);
    const rows = await popup.$$eval('[data-testid=history-list] li[data-event-id]', (lis) =>
      lis.map((li) => ({
        id: li.getAttribute('data-event-id')!,
        choice: li.getAttribute('data-choice'),
        file: li.querySelector('[data-testid=row-file]')?.textContent?.trim() ?? '',
        action: li.querySelector('.row-action')?.textContent ?? '',
        types: li.querySelector('.row-types')?.textContent ?? '',
      })),
    );
    expect(rows).toHaveLength(4);
    const size = (bytes: number) => (bytes < 1000 ? `${bytes} bytes` : `${Math.round(bytes / 100) / 10} kB`);
    const sized = (name: string, kind: string, bytes: number) => `File ${name} (${kind}, ${size(bytes)})`;
    expect(rows[0]).toMatchObject({ file: sized('locked.docx', 'DOCX', locked.length), action: 'Warn → removed', types: '' });
    expect(rows[1]).toMatchObject({ file: sized('customers.docx', 'DOCX', cardDocx.length), action: 'Redact → redacted copy uploaded' });
    // The two rows of the drop (same millisecond possible: either order).
    const drop = rows.slice(2).sort((a, b) => a.file.localeCompare(b.file));
    expect(drop.map((r) => [r.file, r.action, r.types])).toEqual([
      [sized(MASKED, 'TXT', `Call ${EMAIL} tomorrow.`.length), 'Warn → redacted copy uploaded', 'EMAIL'],
      [sized('customers.docx', 'DOCX', cardDocx.length), 'Redact → redacted copy uploaded', 'PERSON, CREDIT_CARD'],
    ]);
    expect(rows.some((r) => r.file.includes('roadmap'))).toBe(false);
    expectNoRaw(await popup.content(), 'the popup');

    const details = async (id: string) => {
      await popup.click(`[data-testid=history-list] li[data-event-id="${id}"] button`);
      await popup.waitForSelector(`[data-testid=event-details][data-event-id="${id}"] [data-testid=event-file]`);
      return popup.$eval('[data-testid=event-file]', (el) => el.textContent ?? '');
    };
    const masked = rows.find((r) => r.file.includes(MASKED))!;
    expect(await details(masked.id)).toContain('(sensitive data in the name is hidden)');
    expect(await details(rows[1]!.id)).toContain('decided earlier in this tab');
    expect(await details(rows[0]!.id)).toContain('encrypted (password-protected)');
    expectNoRaw(await popup.content(), 'the details');
    await popup.close();
  });

  it('privacy: after the browser closes, no file of its profile holds the card (from the name or the content) or the address', async () => {
    const page = await ext.browser.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await page.evaluate((canary) => chrome.storage.local.set({ 'e2e.canary': canary }), CANARY);
    await page.close();
    await ext.close();
    const { hits, files } = searchProfile(ext.profileDir, [...RAW, CANARY, MASKED]);
    expect(files, 'files scanned').toBeGreaterThan(20);
    expect(existsSync(join(ext.profileDir, 'Default', 'IndexedDB')), 'the history database is in the profile').toBe(true);
    const found = (value: string) => hits.filter((h) => h.includes(`: ${value} (`));
    expect(found(CANARY).length, 'the canary is found (the scan works)').toBeGreaterThan(0);
    expect(found(MASKED).some((h) => h.includes('IndexedDB')), 'the masked name is found in the history (file rows are on disk)').toBe(true);
    expect(hits.filter((h) => !h.includes(`: ${CANARY} (`) && !h.includes(`: ${MASKED} (`))).toEqual([]);
  });
});
