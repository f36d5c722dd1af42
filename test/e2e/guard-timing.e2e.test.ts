// @vitest-environment node
/**
 * What the guard costs, measured in Chromium on the ChatGPT fixture (ProseMirror):
 * 1. Enter → the page's send (its `fetch`) for a clean 2 KB prompt, with the extension vs without
 *    (target: ≤ 5 ms added);
 * 2. Ctrl+V of a 1 MB text holding one secret → the decision panel on screen (target: ≤ 100 ms);
 * 3. the longest main-thread task (PerformanceObserver 'longtask') from Ctrl+V of a 10 MB text holding
 *    one secret until its panel is up (target: ≤ 200 ms).
 * The numbers are printed (console.log, "[timing]"); the assertions use generous limits (a few times
 * the target) because the machine running `npm test` is shared and has 2 cores: a miss of the target
 * shows in the printed numbers and in the report, a gross regression fails the test.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusComposer, modelText, openFixture, pasteText, waitForAttachments, waitForModelText, waitForSent } from './drive';
import { FIXTURE_SITES, serveFixtures, siteUrl, type Recorder } from './fixture-server';
import { AWS_KEY, BLOCK_TEXT, expectNothingSent, filler } from './guard-helpers';
import { launchWithExtension, launchWithoutExtension, OFFLINE_ARGS, type ExtensionBrowser, type PlainBrowser } from './harness';
import { clickPanelButton, LABEL, PANEL_HOST, TITLE, waitForNoDialog, waitForPanel } from './panel-driver';

const CHATGPT = FIXTURE_SITES.find((s) => s.id === 'chatgpt')!;
const SAMPLES = 11;

/** Generous limits (the targets are 5 ms, 100 ms and 200 ms). */
const LIMIT_ADDED_SEND_MS = 25;
const LIMIT_PANEL_1MB_MS = 500;
const LIMIT_LONGTASK_10MB_MS = 600;

let ext: ExtensionBrowser;
/** The same Chromium without the extension, for baselines. */
let plain: PlainBrowser;

beforeAll(async () => {
  ext = await launchWithExtension({ extraArgs: OFFLINE_ARGS });
  plain = await launchWithoutExtension();
}, 60_000);

afterAll(async () => {
  await ext?.close();
  await plain?.close();
});

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const ms = (n: number) => `${(Math.abs(n) < 0.005 ? 0 : n).toFixed(2)} ms`;

/** Page-side probes: Enter keydown timestamps, when our window listener saw it, and each `fetch` call. */
async function installSendProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = { keydown: [] as number[], seen: [] as number[], fetch: [] as number[] };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    window.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Enter') return;
        probe.keydown.push(e.timeStamp);
        probe.seen.push(performance.now());
      },
      true,
    );
    const original = window.fetch;
    window.fetch = function (...args: Parameters<typeof fetch>) {
      probe.fetch.push(performance.now());
      return original.apply(this, args);
    };
  });
}

interface SendTimings {
  /** keydown.timeStamp → the page's fetch, per sample. */
  readonly total: number[];
  /** keydown.timeStamp → a window capture listener registered by the page (runs after the guard's). */
  readonly capture: number[];
}

/** Enter on a clean 2 KB prompt, `SAMPLES` times, in a browser with or without the extension. */
async function measureSends(browser: Browser): Promise<SendTimings> {
  const page = await browser.newPage();
  try {
    const recorder: Recorder = await serveFixtures(page);
    await openFixture(page, siteUrl(CHATGPT));
    await installSendProbe(page);
    await focusComposer(page);
    const prompt = filler(2048);
    for (let i = 0; i < SAMPLES; i++) {
      await page.keyboard.sendCharacter(prompt); // CDP Input.insertText: trusted input events
      await waitForModelText(page, prompt);
      await new Promise((r) => setTimeout(r, 300)); // the user pauses; the typing scan (250 ms debounce) has run
      await page.keyboard.press('Enter');
      await waitForSent(page, i + 1);
      await waitForModelText(page, '');
    }
    await recorder.waitForBodies(SAMPLES);
    expect(recorder.prompts()).toEqual(Array.from({ length: SAMPLES }, () => prompt));
    const probe = await page.evaluate(() => (window as unknown as { __probe: { keydown: number[]; seen: number[]; fetch: number[] } }).__probe);
    expect(probe.fetch).toHaveLength(SAMPLES);
    return {
      total: probe.keydown.map((k, i) => probe.fetch[i]! - k),
      capture: probe.keydown.map((k, i) => probe.seen[i]! - k),
    };
  } finally {
    await page.close();
  }
}

/**
 * Ctrl+V of `text` into the ChatGPT composer; returns ms from the Ctrl+V keydown to the panel in the DOM
 * and on the next frame, and the long tasks from Ctrl+V until 300 ms after the panel. Without the
 * extension (`expectPanel: false`) it waits for the site's attachment instead.
 */
async function measurePaste(page: Page, text: string, expectPanel = true) {
  await page.evaluate((hostName) => {
    const t = { keydown: -1, inDom: -1, frame: -1, longtasks: [] as { start: number; duration: number }[] };
    (window as unknown as { __pasteProbe: typeof t }).__pasteProbe = t;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) t.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
    window.addEventListener('keydown', (e) => {
      if (e.ctrlKey && (e.key === 'v' || e.key === 'V') && t.keydown < 0) t.keydown = e.timeStamp;
    }, true);
    const hasDialog = () => [...document.querySelectorAll(hostName)].some((h) => !!h.shadowRoot?.querySelector('[role="alertdialog"]'));
    new MutationObserver(() => {
      if (t.inDom < 0 && hasDialog()) t.inDom = performance.now();
    }).observe(document.documentElement, { childList: true, subtree: true });
    const frame = () => {
      if (hasDialog()) t.frame = performance.now();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, PANEL_HOST);
  await pasteText(page, text);
  const panel = expectPanel ? await waitForPanel(page, 'dialog', 20_000) : undefined;
  if (expectPanel) await page.waitForFunction(() => (window as unknown as { __pasteProbe: { frame: number } }).__pasteProbe.frame >= 0, { timeout: 5_000 });
  else await waitForAttachments(page, 1, 20_000);
  await new Promise((r) => setTimeout(r, 300)); // long tasks right after the panel count too
  const t = await page.evaluate(() => (window as unknown as { __pasteProbe: { keydown: number; inDom: number; frame: number; longtasks: { start: number; duration: number }[] } }).__pasteProbe);
  return {
    panel,
    toDom: t.inDom - t.keydown,
    toFrame: t.frame - t.keydown,
    longtasks: t.longtasks.filter((l) => l.start + l.duration >= t.keydown),
  };
}

/** `size` characters of clean filler with BLOCK_TEXT in the middle. */
function bigText(size: number): string {
  const half = Math.floor((size - BLOCK_TEXT.length - 2) / 2);
  return `${filler(half)} ${BLOCK_TEXT} ${filler(size - half - BLOCK_TEXT.length - 2)}`;
}

/** The longest task of the same paste in Chromium without the extension (a reference for the browser's own cost). */
async function pasteWithoutExtension(text: string): Promise<{ longest: number; tasks: number[] }> {
  const page = await plain.browser.newPage();
  try {
    await serveFixtures(page);
    await openFixture(page, siteUrl(CHATGPT));
    await focusComposer(page);
    const m = await measurePaste(page, text, false);
    return { longest: Math.max(0, ...m.longtasks.map((l) => l.duration)), tasks: m.longtasks.map((l) => Math.round(l.duration)) };
  } finally {
    await page.close();
  }
}

describe('guard timings (ChatGPT fixture)', () => {
  it(`Enter → send of a clean 2 KB prompt: added time with the extension (target ≤ 5 ms, limit ${LIMIT_ADDED_SEND_MS} ms)`, async () => {
    const without = await measureSends(plain.browser);
    const withExt = await measureSends(ext.browser);
    const added = median(withExt.total) - median(without.total);
    const handler = median(withExt.capture) - median(without.capture);
    console.log(
      `[timing] Enter → send, clean 2 KB prompt, ${SAMPLES} samples: ` +
        `without extension median ${ms(median(without.total))} (max ${ms(Math.max(...without.total))}), ` +
        `with extension median ${ms(median(withExt.total))} (max ${ms(Math.max(...withExt.total))}); ` +
        `added ${ms(added)} (target ≤ 5 ms); guard's capture-phase handler ≈ ${ms(handler)}`,
    );
    expect(added).toBeLessThanOrEqual(LIMIT_ADDED_SEND_MS);
  }, 90_000);

  it(`1 MB paste with one secret: Ctrl+V → panel visible (target ≤ 100 ms, limit ${LIMIT_PANEL_1MB_MS} ms)`, async () => {
    const page = await ext.browser.newPage();
    try {
      const recorder = await serveFixtures(page);
      await openFixture(page, siteUrl(CHATGPT));
      await focusComposer(page);
      const text = bigText(1024 * 1024);
      const m = await measurePaste(page, text);
      const longest = Math.max(0, ...m.longtasks.map((l) => l.duration));
      console.log(
        `[timing] 1 MB paste with one secret: Ctrl+V → panel in DOM ${ms(m.toDom)}, → first frame with it ${ms(m.toFrame)} (target ≤ 100 ms); ` +
          `longest task meanwhile ${longest > 0 ? ms(longest) : 'none over 50 ms'}`,
      );
      expect(m.panel!.title).toBe(TITLE.block);
      expect(m.toFrame).toBeGreaterThan(0);
      expect(m.toFrame).toBeLessThanOrEqual(LIMIT_PANEL_1MB_MS);
      expect(await modelText(page)).toBe('');
      await clickPanelButton(page, LABEL.cancel);
      await waitForNoDialog(page);
      await expectNothingSent(page, recorder, 50);
    } finally {
      await page.close();
    }
  }, 60_000);

  it(`10 MB paste with one secret: longest main-thread task from Ctrl+V until the panel (target ≤ 200 ms, limit ${LIMIT_LONGTASK_10MB_MS} ms)`, async () => {
    const page = await ext.browser.newPage();
    try {
      const recorder = await serveFixtures(page);
      await openFixture(page, siteUrl(CHATGPT));
      await focusComposer(page);
      const text = bigText(10 * 1024 * 1024);
      const base = await pasteWithoutExtension(text);
      const m = await measurePaste(page, text);
      const longest = Math.max(0, ...m.longtasks.map((l) => l.duration));
      const tasks = m.longtasks.map((l) => Math.round(l.duration));
      console.log(
        `[timing] 10 MB paste with one secret: Ctrl+V → panel on screen ${ms(m.toFrame)}; longest main-thread task ${ms(longest)} (target ≤ 200 ms); ` +
          `${tasks.length} long tasks (ms): [${tasks.join(', ')}]; ` +
          `same paste without the extension (the site makes it an attachment): longest task ${ms(base.longest)}, [${base.tasks.join(', ')}]`,
      );
      expect(m.panel!.title).toBe(TITLE.block);
      expect(longest).toBeLessThanOrEqual(LIMIT_LONGTASK_10MB_MS);
      expect(await modelText(page)).toBe('');
      await clickPanelButton(page, LABEL.cancel);
      await waitForNoDialog(page);
      await expectNothingSent(page, recorder, 50);
      for (const r of recorder.requests()) expect(r.body.includes(AWS_KEY)).toBe(false);
    } finally {
      await page.close();
    }
  }, 90_000);
});
