// @vitest-environment node
import type { Page } from 'puppeteer-core';
import { it } from 'vitest';
import { focusComposer, openFixture, preparePaste } from './drive';
import { siteById, siteUrl } from './fixture-server';
import { customerTable } from './customer-table';
import { useGuardBrowser, watchPanels } from './guard-helpers';
import { waitForPanel } from './panel-driver';

let page: Page;
useGuardBrowser((p) => { page = p; });

it('paste slices', async () => {
  for (let k = 0; k < 3; k++) {
    await openFixture(page, siteUrl(siteById('chatgpt')));
    await watchPanels(page);
    await focusComposer(page);
    const paste = await preparePaste(page, customerTable(1024 * 1024, 10 + k));
    await new Promise((r) => setTimeout(r, 1000));
    await page.evaluate(() => { document.documentElement.dataset.pfslices = ''; });
    await paste();
    await waitForPanel(page, 'dialog', 30_000);
    const s = await page.evaluate(() => document.documentElement.dataset.pfslices ?? '');
    const parts = s.trim().split(' ');
    const times = parts.map((p) => Number(p.split(':')[1]));
    console.log('SLICES', parts.length, 'first', parts.slice(0, 5).join(' '), 'max', Math.max(...times), parts[times.indexOf(Math.max(...times))]);
  }
}, 120_000);
