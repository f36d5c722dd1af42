// @vitest-environment node
/**
 * Dense customer tables in a real Chromium: however many findings, no paste, send or typing pause holds
 * the page's main thread for more than 50 ms (the guard scans in time slices), and the decision still
 * comes. Tasks are read from a Chromium trace (every task, with its wall-clock and its CPU time) and from
 * `longtask` entries in the page (tasks over 50 ms wall-clock).
 *
 * What is asserted: every task's main-thread CPU time ≤ 50 ms. Wall-clock time is printed, with the
 * run's contention (wall over CPU time of all the page's tasks), and only bounded loosely (5 × 50 ms), for
 * the guard's own tasks: on the shared 2-core CI box other processes take the core in the middle of a
 * task, in bursts, which stretches single tasks several times and is not the guard's doing; and the page's
 * garbage collections wait for helper threads those processes hold (a major GC of 7–15 ms main-thread CPU
 * took 67–250 ms wall here after the 1 MB paste). On an idle machine the two match.
 * Every figure is printed ("[timing]").
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { focusComposer, modelText, openFixture, preparePaste, waitForModelText } from './drive';
import { siteById, siteUrl, type Recorder } from './fixture-server';
import { MAX_GC_MS } from './attach-timing';
import { customerTable } from './customer-table';
import { expectNothingSent, useGuardBrowser, watchPanels } from './guard-helpers';
import { longest, longTasksSince, markNow, startLongTasks, traceMainThreadTasks, type TracedTasks } from './long-tasks';
import { clickPanelButton, LABEL, TITLE, waitForNoDialog, waitForPanel } from './panel-driver';

/** No main-thread task over 50 ms. */
const MAX_TASK_MS = 50;

/** Wall-clock bound: only a gross regression fails it on a busy machine (see above). */
const MAX_WALL_MS = 5 * MAX_TASK_MS;

/** Asserts the limit on the CPU time of `cpu`, and the loose bound on the wall-clock time of `wall` (the guard's tasks). */
function expectShortTasks(wall: readonly number[], cpu: readonly number[], contention: number, what: string): void {
  expect(longest(cpu), `${what}: longest task's CPU time`).toBeLessThanOrEqual(MAX_TASK_MS);
  expect(longest(wall), `${what}: longest task's wall-clock time (contention ${contention})`).toBeLessThanOrEqual(MAX_WALL_MS);
}

const figures = (t: TracedTasks) =>
  `longest task ${ms(t.all[0] ?? 0)} wall / ${ms(t.allCpu[0] ?? 0)} CPU (${t.longestTaskParts || 'no event over 2 ms'}; garbage collection aside ${ms(t.allCpuWithoutGc[0] ?? 0)}, longest GC pause ${ms(t.gcCpu[0] ?? 0)}); the guard's tasks: longest ${ms(t.guard[0] ?? 0)} wall / ${ms(t.guardCpu[0] ?? 0)} CPU (${t.guard.length} tasks; the longest did: ${t.longestGuardWork}); contention ${t.contention}`;

let page: Page;
let recorder: Recorder;
useGuardBrowser((p, r) => {
  page = p;
  recorder = r;
});

const ms = (n: number) => `${n.toFixed(1)} ms`;

/**
 * Puts `text` into the Copilot fixture's React textarea the way React's own tests do (the native value
 * setter, then an `input` event): Chromium's trusted `Input.insertText` of a megabyte takes minutes.
 */
async function fillTextarea(text: string): Promise<void> {
  await page.evaluate((value) => {
    const el = window.__fixture.composer() as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await waitForModelText(page, text, 20_000);
  await page.evaluate(() => window.__fixture.focusEnd());
}

/** The highlight boxes the guard draws over the composer now. */
function highlightBoxes(): Promise<number> {
  return page.evaluate(() => document.querySelector('promptfence-highlights')?.shadowRoot?.querySelectorAll('.pf-hl').length ?? 0);
}

/** The highlight boxes' viewport rects. */
function boxRects(): Promise<{ left: number; top: number; width: number; height: number }[]> {
  return page.evaluate(() =>
    [...(document.querySelector('promptfence-highlights')?.shadowRoot?.querySelectorAll<HTMLElement>('.pf-hl') ?? [])].map((b) => {
      const r = b.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    }),
  );
}

describe('highlights sit on the values', () => {
  it('contenteditable (ChatGPT): the box covers the e-mail\'s own text', async () => {
    await openFixture(page, siteUrl(siteById('chatgpt')));
    await focusComposer(page);
    const text = 'please mail jane.doe@acme-corp.com today';
    await page.keyboard.sendCharacter(text);
    await waitForModelText(page, text);
    await page.waitForFunction(() => !!document.querySelector('promptfence-highlights')?.shadowRoot?.querySelector('.pf-hl'), { timeout: 5_000 });
    const expected = await page.evaluate(() => {
      const root = window.__fixture.composer()!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf('jane.doe@acme-corp.com');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 'jane.doe@acme-corp.com'.length);
        const r = range.getBoundingClientRect();
        return { left: r.left, top: r.top, width: r.width, height: r.height };
      }
      return null;
    });
    const boxes = await boxRects();
    expect(boxes).toHaveLength(1);
    for (const key of ['left', 'top', 'width', 'height'] as const) expect(Math.abs(boxes[0]![key] - expected![key]), key).toBeLessThanOrEqual(2);
  });

  it('textarea, typing at the end of 1 MB: the new value is boxed on the caret\'s line, inside the textarea', async () => {
    await openFixture(page, siteUrl(siteById('copilot')));
    await focusComposer(page);
    await fillTextarea(`${customerTable(1024 * 1024)}\n`);
    await page.waitForFunction(() => !!document.querySelector('promptfence-highlights')?.shadowRoot?.querySelector('.pf-hl'), { timeout: 30_000 });
    await page.keyboard.sendCharacter('write to new.mail@example.org');
    const box = await page.evaluate(() => {
      const el = window.__fixture.composer() as HTMLTextAreaElement;
      el.scrollTop = el.scrollHeight; // the caret's line, at the bottom
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return { top: r.top, bottom: r.bottom, left: r.left, paddingBottom: parseFloat(style.paddingBottom), lineHeight: parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2 };
    });
    // The last line of text sits just above the bottom padding; the e-mail is its only finding.
    await page.waitForFunction(
      (b) => [...(document.querySelector('promptfence-highlights')?.shadowRoot?.querySelectorAll<HTMLElement>('.pf-hl') ?? [])].some((x) => {
        const r = x.getBoundingClientRect();
        return r.bottom <= b.bottom && r.top >= b.bottom - b.paddingBottom - 2.5 * b.lineHeight && r.left > b.left + 40;
      }),
      { timeout: 10_000 },
      box,
    );
  }, 90_000);
});

describe('dense customer tables: no long tasks', () => {
  it('a 1 MB customer table pasted into ChatGPT gets its decision panel without a main-thread task over 50 ms', async () => {
    const site = siteById('chatgpt');
    await openFixture(page, siteUrl(site));
    await watchPanels(page);
    await focusComposer(page);
    await startLongTasks(page);
    const table = customerTable(1024 * 1024);
    const paste = await preparePaste(page, table);
    await new Promise((r) => setTimeout(r, 1000)); // the page has been open a moment (the guard warms up in idle time)
    let since = 0;
    let toPanel = 0;
    const tasks = await traceMainThreadTasks(page, siteUrl(site), async () => {
      since = await markNow(page);
      const t0 = Date.now();
      await paste();
      await waitForPanel(page, 'dialog', 30_000);
      toPanel = Date.now() - t0;
      await new Promise((r) => setTimeout(r, 300));
    });
    const observed = await longTasksSince(page, since);
    console.log(`[timing] 1 MB customer table (${table.split('\n').length - 1} rows), Ctrl+V → panel in ${toPanel} ms: ${figures(tasks)}; longtask entries [${observed.join(', ')}]`);
    const panel = await waitForPanel(page, 'dialog');
    expect(panel.title).toBe(TITLE.redact);
    expectShortTasks(tasks.guard, tasks.allCpuWithoutGc, tasks.contention, 'paste');
    expect(longest(tasks.gcCpu), 'paste: longest garbage-collection pause, CPU').toBeLessThanOrEqual(MAX_GC_MS);
    expect(await modelText(page)).toBe('');
    await clickPanelButton(page, LABEL.cancel);
    await waitForNoDialog(page);
    await expectNothingSent(page, recorder, 50);
  }, 120_000);

  it('typing at the end of a large composer (1 MB customer table in a textarea): no guard task over 50 ms, highlights follow', async () => {
    const site = siteById('copilot');
    await openFixture(page, siteUrl(site));
    await focusComposer(page);
    await fillTextarea(customerTable(1024 * 1024));
    // The first scan of the whole composer (time-sliced) ends with highlights over the visible rows.
    await page.waitForFunction(() => !!document.querySelector('promptfence-highlights')?.shadowRoot?.querySelector('.pf-hl'), { timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 1000));
    const words = ['\nC999999,', 'Call ', 'back: ', 'new.mail@example.org ', 'tomorrow '];
    const tasks = await traceMainThreadTasks(page, siteUrl(site), async () => {
      for (const word of words) {
        await page.keyboard.sendCharacter(word);
        await new Promise((r) => setTimeout(r, 600)); // a typing pause: the overlay rescans what changed
      }
    });
    console.log(`[timing] typing at the end of a 1 MB customer table (React textarea): ${figures(tasks)} (the longest tasks are the site's own keystrokes in a 1 MB textarea)`);
    expect(tasks.guard.length, 'the guard ran while typing').toBeGreaterThan(0);
    expectShortTasks(tasks.guard, tasks.guardCpu, tasks.contention, 'typing');
    expect(await highlightBoxes()).toBeGreaterThan(0);
  }, 120_000);

  it('Enter on a dense 200 KB customer table is decided without a main-thread task over 50 ms', async () => {
    const site = siteById('copilot');
    await openFixture(page, siteUrl(site));
    await watchPanels(page);
    await focusComposer(page);
    const table = customerTable(200 * 1024, 11);
    await fillTextarea(table);
    await new Promise((r) => setTimeout(r, 2000)); // the typing scan has run
    await startLongTasks(page);
    let since = 0;
    let toPanel = 0;
    const tasks = await traceMainThreadTasks(page, siteUrl(site), async () => {
      since = await markNow(page);
      const t0 = Date.now();
      await page.keyboard.press('Enter');
      await waitForPanel(page, 'dialog', 30_000);
      toPanel = Date.now() - t0;
      await new Promise((r) => setTimeout(r, 300));
    });
    const observed = await longTasksSince(page, since);
    console.log(`[timing] Enter on a dense 200 KB customer table (${table.split('\n').length - 1} rows) → panel in ${toPanel} ms: ${figures(tasks)}; longtask entries [${observed.join(', ')}]`);
    const panel = await waitForPanel(page, 'dialog');
    expect(panel.title).toBe(TITLE.redact);
    expectShortTasks(tasks.guard, tasks.allCpuWithoutGc, tasks.contention, 'send');
    expect(longest(tasks.gcCpu), 'send: longest garbage-collection pause, CPU').toBeLessThanOrEqual(MAX_GC_MS);
    await clickPanelButton(page, LABEL.edit);
    await waitForNoDialog(page);
    await expectNothingSent(page, recorder, 50);
    expect(await modelText(page)).toBe(table);
  }, 120_000);
});
