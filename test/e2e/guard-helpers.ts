/**
 * Shared values and assertions of the guard's e2e suite (guard-*.e2e.test.ts).
 *
 * Every assertion about a send reads BOTH what the page itself recorded (`window.__fixture.sent`, the
 * editor model at send time) and what reached the site's endpoint (the fixture server's recorder), so a
 * test never passes on "no error" alone.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { focusComposer, modelText, openFixture, sentTexts, settle, waitForSent } from './drive';
import { serveFixtures, siteById, siteUrl, type Recorder, type SentBody } from './fixture-server';
import { forgetConversations, launchWithExtension, OFFLINE_ARGS, type ExtensionBrowser } from './harness';
import { PANEL_HOST } from './panel-driver';

/** Known detectable values (checked with `npm run scan`). */
export const AWS_KEY = 'AKIAZ3MHALQ7X7RTPW2B'; // SECRET → block
export const CARD = '4111 1111 1111 1111'; // CREDIT_CARD → redact (after confirmation)
export const EMAIL = 'jane.doe@acme-corp.com'; // EMAIL → warn

export const WARN_TEXT = `mail ${EMAIL} today`;
export const WARN_REDACTED = 'mail [EMAIL_1] today';
export const REDACT_TEXT = `card ${CARD} please`;
export const REDACT_REDACTED = 'card [CREDIT_CARD_1] please';
export const BLOCK_TEXT = `key ${AWS_KEY} now`;
export const BLOCK_REDACTED = 'key [AWS_ACCESS_KEY_1] now';
export const CLEAN_TEXT = 'Summarise the quarterly roadmap in 3 bullets';

/** Clean filler (the scanner finds nothing in it), for long and large texts. */
export const FILLER_SENTENCE = 'The quick brown fox jumps over the lazy dog while the team reviews the quarterly roadmap. ';

/** `length` characters of clean filler on one line. */
export function filler(length: number): string {
  return FILLER_SENTENCE.repeat(Math.ceil(length / FILLER_SENTENCE.length)).slice(0, length);
}

/** How long to keep watching for a send that must NOT happen (or a duplicate). */
export const QUIET_MS = 200;

/**
 * Counts `<promptfence-panel>` hosts ever added to the page from now on (a MutationObserver in the page),
 * so a test can prove no panel flashed up at all, not just that none is open at the end.
 */
export async function watchPanels(page: Page): Promise<void> {
  await page.evaluate((hostName) => {
    const w = window as unknown as { __pfPanels?: number };
    if (w.__pfPanels !== undefined) return;
    w.__pfPanels = document.querySelectorAll(hostName).length;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.localName === hostName) w.__pfPanels!++;
    }).observe(document.documentElement, { childList: true, subtree: true });
  }, PANEL_HOST);
}

/** Panel hosts added since `watchPanels` (decision panels, notices and toasts alike). */
export function panelsSeen(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __pfPanels?: number }).__pfPanels ?? -1);
}

/** Nothing was sent: the page recorded no send and no request reached the site's endpoint, after a quiet period. */
export async function expectNothingSent(page: Page, recorder: Recorder, quietMs = QUIET_MS): Promise<void> {
  await settle(page, quietMs);
  expect(await sentTexts(page), 'page sends').toEqual([]);
  expect(recorder.bodies(), 'request bodies').toEqual([]);
}

/**
 * Exactly one send of `text` (page record AND request body), nothing else within a quiet period after it,
 * and the composer emptied by the site. Returns the request body.
 */
export async function expectSentOnce(page: Page, recorder: Recorder, text: string, timeoutMs = 5_000): Promise<SentBody> {
  await waitForSent(page, 1, timeoutMs);
  const bodies = await recorder.waitForBodies(1, timeoutMs);
  await settle(page, QUIET_MS);
  expect(await sentTexts(page), 'page sends').toEqual([text]);
  expect(recorder.bodies().map((b) => b.prompt), 'request prompts').toEqual([text]);
  expect(await modelText(page), 'composer after the send').toBe('');
  return bodies[0]!;
}

/** No request body (prompt or attachment) carried `value`. */
export function expectNeverSentValue(recorder: Recorder, value: string): void {
  for (const r of recorder.requests()) expect(r.body.includes(value), `request to ${r.path} carries ${value}`).toBe(false);
}

/**
 * One browser with the built extension per test file, a fresh fixture-served page per test: registers
 * the hooks and hands each test's page and recorder to `onPage`.
 */
export function useGuardBrowser(onPage: (page: Page, recorder: Recorder) => void): () => ExtensionBrowser {
  let ext: ExtensionBrowser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    ext = await launchWithExtension({ extraArgs: OFFLINE_ARGS });
  }, 60_000);
  afterAll(async () => {
    await ext?.close();
  });
  beforeEach(async () => {
    // Each test is a new conversation, as a user's new chat (the fixtures keep one address).
    await forgetConversations(ext!);
    page = await ext!.browser.newPage();
    onPage(page, await serveFixtures(page));
  });
  afterEach(async () => {
    await page?.close().catch(() => undefined);
  });
  return () => ext!;
}

/**
 * A new tab on a fixture chat site with panels watched and the composer focused, after a short pause
 * so the guard has read the managed policy (a storage read after document_start). For the policy suites.
 */
export async function openGuardedSite(browser: Browser, id: Parameters<typeof siteById>[0]): Promise<{ page: Page; recorder: Recorder }> {
  const page = await browser.newPage();
  const recorder = await serveFixtures(page);
  await openFixture(page, siteUrl(siteById(id)));
  await watchPanels(page);
  await focusComposer(page);
  await new Promise((r) => setTimeout(r, 300));
  return { page, recorder };
}
