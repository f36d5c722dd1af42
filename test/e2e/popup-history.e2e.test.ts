// @vitest-environment node
/**
 * The popup's history in real Chromium, from real decisions on a fixture chat site: a secret blocked
 * (Esc), the same secret blocked then "Redact and send", an email warned then "Send anyway". The popup
 * must list them with masked previews and reasons, narrow them by search and filter, export them as
 * CSV and JSON through a real download, and never show or write a raw value. After the browser
 * closes, every file of its profile is searched for the raw values (raw, UTF-16LE, base64, URL-encoded).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusComposer, openFixture, typeText, waitForModelText, waitForSent } from './drive';
import { serveFixtures, siteById, siteUrl } from './fixture-server';
import { launchWithExtension, OFFLINE_ARGS, type ExtensionBrowser } from './harness';
import { clickPanelButton, LABEL, pressEscape, TITLE, waitForNoDialog, waitForPanel } from './panel-driver';
import { openPopup } from './popup-driver';
import { searchProfile } from './profile-scan';

/** The extension page's `chrome` (only what the canary write uses). */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

/**
 * Values long and random enough that finding them (or their inner fragment) in a file can only mean
 * they were written there (checked with `npm run scan`: OPENAI_KEY → block, EMAIL → warn).
 */
const SECRET = 'sk-proj-Xq7Lm2Nv9Rt4Kp8Wz3Hs6Jd1Fb5Gc0YaT3BlbkFJq8Ws2Ze5Rn7Vm4Lp9Kx3Ht';
const EMAIL = 'priya.raghunathan.ops@northwind-logistics.example';
/**
 * Inner fragments the masked previews never show (`sk-proj-…x3Ht`, `p•••@northwind-logistics.example`).
 * Searched too: LevelDB compresses its table files with Snappy, which may replace the start of a
 * value by a back-reference to an earlier preview's `sk-proj-`, but leaves a random middle literal.
 */
const FRAGMENTS = ['Nv9Rt4Kp8Wz3Hs6Jd1Fb5Gc0', 'raghunathan.ops'];
const RAW = [SECRET, EMAIL, ...FRAGMENTS];
/**
 * Positive controls for the profile scan, written by the test itself: one through `storage.local`
 * (LevelDB, UTF-8 JSON) and one through the popup's `localStorage` (LevelDB, UTF-16 strings). If the
 * scan cannot find these, its "nothing found" means nothing.
 */
const CANARY_LOCAL = 'canary-Zk3Qw8Rt5Yp2Lm7Nx4Vb9Hc6';
const CANARY_DOM = 'canary-Jf2Ps9Dk4Gw7Tq1Xe5Ua8Mz3';
/** Part of a masked preview the history keeps: must be found in the history's IndexedDB files. */
const PREVIEW_PART = '@northwind-logistics.example';
const SECRET_TEXT = `deploy with ${SECRET} tonight`;
const EMAIL_TEXT = `please ping ${EMAIL} today`;

let ext: ExtensionBrowser;
let downloads: string;
let page: Page;

beforeAll(async () => {
  ext = await launchWithExtension({ extraArgs: OFFLINE_ARGS, keepProfile: true });
  downloads = mkdtempSync(join(tmpdir(), 'promptfence-downloads-'));
  const cdp = await ext.browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
}, 60_000);

afterAll(async () => {
  await ext?.close();
  if (ext) rmSync(ext.profileDir, { recursive: true, force: true });
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

async function openChat(): Promise<Page> {
  const p = await ext.browser.newPage();
  await serveFixtures(p);
  await openFixture(p, siteUrl(siteById('chatgpt')));
  await focusComposer(p);
  return p;
}

async function typeAndEnter(p: Page, text: string) {
  await typeText(p, text);
  await waitForModelText(p, text);
  await p.keyboard.press('Enter');
  return waitForPanel(p);
}

const listed = (p: Page) =>
  p.$$eval('[data-testid=history-list] li[data-event-id]', (lis) => lis.map((li) => ({ id: li.getAttribute('data-event-id')!, action: li.getAttribute('data-action'), choice: li.getAttribute('data-choice') })));

/** The file Chromium saved in `downloads` with this extension, once complete. */
async function downloaded(ext_: string): Promise<string> {
  const until = Date.now() + 10_000;
  let last: string | undefined;
  for (;;) {
    const name = readdirSync(downloads).find((f) => f.endsWith(`.${ext_}`));
    // The file can be there before Chromium finished writing it: take it once two reads agree.
    const text = name ? readFileSync(join(downloads, name), 'utf8') : undefined;
    if (text && text === last) return text;
    last = text;
    if (Date.now() > until) throw new Error(`no .${ext_} download in ${downloads}: ${readdirSync(downloads).join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function expectNoRaw(text: string, where: string) {
  for (const value of RAW) expect(text.includes(value), `${where} contains ${value}`).toBe(false);
}

describe('popup history from real decisions', () => {
  it('records a block (Esc), a block → "Redact and send" and a warn → "Send anyway"', async () => {
    page = await openChat();
    const block = await typeAndEnter(page, SECRET_TEXT);
    expect(block.title).toBe(TITLE.block);
    await pressEscape(page);
    await waitForNoDialog(page);
    await page.keyboard.press('Enter');
    await waitForPanel(page);
    await clickPanelButton(page, LABEL.redactAndSend);
    await waitForSent(page, 1);
    await page.close();

    page = await openChat();
    const warn = await typeAndEnter(page, EMAIL_TEXT);
    expect(warn.title).toBe(TITLE.warn);
    await clickPanelButton(page, LABEL.sendAnyway);
    await waitForSent(page, 1);
    await page.close();
  });

  it('lists the three events newest first, with masked previews and reasons, never the values', async () => {
    page = await openPopup(ext, 3);
    const rows = await listed(page);
    expect(rows.map((r) => [r.action, r.choice])).toEqual([
      ['warn', 'sent-anyway'],
      ['block', 'redacted'],
      ['block', expect.stringMatching(/^(cancelled|edited)$/)],
    ]);
    expectNoRaw(await page.content(), 'the popup');

    const details: { previews: string[]; reasons: string[]; seen: string[] }[] = [];
    for (const row of rows) {
      await page.click(`[data-testid=history-list] li[data-event-id="${row.id}"] button`);
      await page.waitForSelector(`[data-testid=event-details][data-event-id="${row.id}"]`);
      details.push(
        await page.$eval('[data-testid=event-details]', (el) => ({
          previews: [...el.querySelectorAll('[data-testid=finding-preview]')].map((e) => e.textContent ?? ''),
          reasons: [...el.querySelectorAll('[data-testid=finding-reason]')].map((e) => e.textContent ?? ''),
          seen: [...el.querySelectorAll<HTMLElement>('[data-testid=finding-seen]')].map((e) => e.dataset.seen ?? ''),
        })),
      );
      expectNoRaw(await page.content(), `the details of event ${row.id}`);
    }
    expect(details[0]!.previews).toEqual(['p•••@northwind-logistics.example']);
    expect(details[1]!.previews[0]).toMatch(/^sk-proj-…/);
    for (const d of details) {
      expect(d.reasons.length).toBeGreaterThan(0);
      for (const r of d.reasons) expect(r.trim().length, 'a reason per finding').toBeGreaterThan(3);
    }
    // The same key was caught twice (by its keyed hash, not its value).
    expect(details[1]!.seen).toEqual(['2']);
    expect(details[2]!.seen).toEqual(['2']);
    expect(details[0]!.seen).toEqual(['1']);
  });

  it('search and the action filter narrow the list', async () => {
    await page.type('[data-testid=history-search]', 'EMAIL');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-list] li').length === 1);
    expect((await listed(page)).map((r) => r.action)).toEqual(['warn']);
    await page.$eval('[data-testid=history-search]', (el) => ((el as HTMLInputElement).value = ''));
    await page.type('[data-testid=history-search]', ' ');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-list] li').length === 3);
    await page.select('[data-testid=history-filter-action]', 'block');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-list] li').length === 2);
    expect((await listed(page)).map((r) => r.action)).toEqual(['block', 'block']);
    await page.select('[data-testid=history-filter-action]', '');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-list] li').length === 3);
  });

  it('exports CSV and JSON as real downloads holding the events, never the values', async () => {
    await page.click('[data-testid=export-csv]');
    const csv = await downloaded('csv');
    await page.click('[data-testid=export-json]');
    const json = await downloaded('json');
    expect(csv.trim().split('\r\n')).toHaveLength(4);
    expect(csv).toContain('p•••@northwind-logistics.example');
    const events = JSON.parse(json) as { action: string; choice: string }[];
    expect(events.map((e) => e.action)).toEqual(['warn', 'block', 'block']);
    expectNoRaw(csv, 'the CSV export');
    expectNoRaw(json, 'the JSON export');
  });

  it('shows the chart and the counts by type', async () => {
    await page.click('[data-testid=tab-summary]');
    await page.waitForSelector('[data-testid=chart] svg');
    expect(await page.$$eval('[data-testid=chart] rect[data-category]', (r) => r.map((e) => e.getAttribute('data-category')).sort())).toEqual(['PII', 'SECRET']);
    const counts = await page.$$eval('[data-testid=type-counts] tbody tr', (rows) => rows.map((r) => [r.getAttribute('data-type'), r.children[1]!.textContent, r.children[2]!.textContent]));
    expect(counts).toEqual([
      ['OPENAI_KEY', '2', '1'],
      ['EMAIL', '1', '1'],
    ]);
    await page.close();
  });

  it('privacy: after the browser closes, no file in its profile holds a raw value in any common encoding', async () => {
    const popup = await ext.browser.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.evaluate(
      async (local, dom) => {
        await chrome.storage.local.set({ 'e2e.canary': local });
        localStorage.setItem('e2e.canary', dom);
      },
      CANARY_LOCAL,
      CANARY_DOM,
    );
    await popup.close();
    await ext.close();
    const { hits, files } = searchProfile(ext.profileDir, [...RAW, CANARY_LOCAL, CANARY_DOM, PREVIEW_PART]);
    expect(files, 'files scanned').toBeGreaterThan(20);
    expect(existsSync(join(ext.profileDir, 'Default', 'IndexedDB')), 'the history database is in the profile').toBe(true);
    const found = (value: string) => hits.filter((h) => h.includes(`: ${value} (`));
    expect(found(CANARY_LOCAL).length, 'the storage.local canary is found (the scan works)').toBeGreaterThan(0);
    expect(found(CANARY_DOM).length, 'the localStorage canary is found (the scan works)').toBeGreaterThan(0);
    // The history's own records are scanned, in the encoding they use (V8 writes a string holding a
    // `•` as UTF-16): the preview is there, in the extension's IndexedDB.
    expect(found(PREVIEW_PART).some((h) => h.includes('IndexedDB')), 'the stored preview is found in IndexedDB').toBe(true);
    expect(hits.filter((h) => !h.includes(': canary-') && !h.includes(`: ${PREVIEW_PART} (`))).toEqual([]);
  });
});
