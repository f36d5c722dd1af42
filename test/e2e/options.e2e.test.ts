// @vitest-environment node
/**
 * The options page and the popup in real Chromium: origin of each setting, saving through the page,
 * live validation of custom rules, "try it" under the effective policy, and an admin policy file (a
 * locked key, an invalid value reported in both pages).
 *
 * The managed-policy half needs root (Chromium reads /etc/chromium/policies/managed), as CI runs.
 * /etc/chromium/policies and .output are shared with other suites: run under `flock /tmp/e2e.lock`.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, OFFLINE_ARGS, type ExtensionBrowser } from './harness';
import { policyFile } from './policy-file';
import { POLICY_KEYS } from '../../src/policy/schema';

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };

const POLICY = policyFile('promptfence-options-e2e');
const BAD_PATTERN = '(?=x)abc';

const ADMIN_POLICY = {
  defaultAction: 'block',
  lockedSettings: ['mode'],
  // Passes Chrome's schema check (a string) but not the engine's RE2 compiler: reported, not enforced.
  customPatterns: [{ id: 'bad-lookahead', pattern: BAD_PATTERN }],
  extraSites: [{ match: 'https://ai.corp.example/*' }],
};

const row = (key: string) => `[data-setting="${key}"]`;

async function openPage(ext: ExtensionBrowser, file: 'options.html' | 'popup.html', errors: string[]): Promise<Page> {
  const page = await ext.browser.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`chrome-extension://${ext.extensionId}/${file}`);
  return page;
}

async function userSettings(page: Page): Promise<Record<string, unknown>> {
  return ((await page.evaluate(() => chrome.storage.local.get('policy.userSettings')))['policy.userSettings'] ?? {}) as Record<string, unknown>;
}

describe('options page without a policy', () => {
  let ext: ExtensionBrowser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    POLICY.remove();
    ext = await launchWithExtension({ extraArgs: OFFLINE_ARGS });
    page = await openPage(ext, 'options.html', errors);
    await page.waitForSelector(row('defaultAction'));
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('shows every setting as default, no policy errors, and the effective policy table', async () => {
    const origins = await page.$$eval('[data-setting]', (els) => els.map((e) => `${e.getAttribute('data-setting')}=${e.getAttribute('data-origin')}`));
    expect(origins.length).toBeGreaterThanOrEqual(POLICY_KEYS.length);
    expect(origins.filter((o) => !o.endsWith('=default'))).toEqual([]);
    expect(await page.$('[data-testid="policy-errors"]')).toBeNull();
    expect(await page.$$eval('[data-testid="effective-policy"] tbody tr', (rows) => rows.length)).toBe(POLICY_KEYS.length);
    expect(await page.$eval(`${row('defaultAction')} select`, (s) => s.matches(':disabled'))).toBe(false);
    expect(await page.title()).toBe('PromptFence settings');
  });

  it('saves a changed default action as a user setting, and resets it', async () => {
    await page.select(`${row('defaultAction')} select`, 'block');
    await page.waitForSelector(`${row('defaultAction')}[data-origin="user"]`, { timeout: 5_000 });
    expect(await userSettings(page)).toMatchObject({ defaultAction: 'block' });
    await page.click(`${row('defaultAction')} [data-testid="reset"]`);
    await page.waitForSelector(`${row('defaultAction')}[data-origin="default"]`, { timeout: 5_000 });
    expect(await userSettings(page)).not.toHaveProperty('defaultAction');
  });

  it('a custom term added in the editor is found by the try-it box, with its action', async () => {
    await page.type(`${row('customTerms')} [data-testid="terms-input"]`, 'project falcon');
    await page.click(`${row('customTerms')} [data-testid="save-rule"]`);
    await page.waitForSelector(`${row('customTerms')}[data-origin="user"] [data-rule]`, { timeout: 5_000 });
    await page.type('[data-testid="try-it"]', 'What is the status of Project Falcon? Mail jane.doe@example.com');
    await page.waitForSelector('[data-testid="try-it-result"] li[data-type="CUSTOM"]', { timeout: 5_000 });
    const result = await page.$eval('[data-testid="try-it-result"]', (el) => ({ action: el.getAttribute('data-action'), text: el.textContent ?? '' }));
    expect(result.action).toBe('warn');
    expect(result.text).toContain('Action: Warn');
    expect(result.text).toContain('EMAIL');
    expect(result.text).not.toContain('jane.doe@example.com');
  });

  it('an invalid custom pattern shows the error and is not saved', async () => {
    const input = `${row('customPatterns')} [data-testid="pattern-input"]`;
    await page.type(input, BAD_PATTERN);
    await page.waitForSelector(`${row('customPatterns')} [data-testid="field-errors"]`, { timeout: 5_000 });
    expect(await page.$eval(`${row('customPatterns')} [data-testid="field-errors"]`, (el) => el.textContent)).toMatch(/rule disabled/);
    expect(await page.$eval(`${row('customPatterns')} [data-testid="save-rule"]`, (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await page.focus(input);
    await page.keyboard.press('Enter');
    await new Promise((r) => setTimeout(r, 300));
    expect(await userSettings(page)).not.toHaveProperty('customPatterns');
    expect(await page.$eval(row('customPatterns'), (el) => el.getAttribute('data-origin'))).toBe('default');
    expect(errors).toEqual([]);
  });

  it('the popup shows no policy errors and still finds values with masked previews', async () => {
    const popup = await openPage(ext, 'popup.html', errors);
    await (await popup.waitForSelector('[data-testid="tab-try"]'))!.click(); // the popup opens on its history
    await popup.waitForSelector('[data-testid="try-it"]');
    await popup.type('[data-testid="try-it"]', 'card 4111 1111 1111 1111');
    await popup.waitForSelector('[data-testid="try-it-result"] li[data-type="CREDIT_CARD"]', { timeout: 5_000 });
    expect(await popup.$('[data-testid="policy-errors"]')).toBeNull();
    expect(await popup.$eval('[data-testid="try-it-result"]', (el) => el.textContent)).not.toContain('4111 1111 1111 1111');
    await popup.close();
    expect(errors).toEqual([]);
  });
});

describe('options page and popup with an admin policy', () => {
  let ext: ExtensionBrowser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    POLICY.write(ADMIN_POLICY);
    ext = await launchWithExtension({ extraArgs: OFFLINE_ARGS });
    page = await openPage(ext, 'options.html', errors);
    // Chromium publishes the policy a few seconds after start; the page follows managed changes live.
    await page.waitForSelector(`${row('defaultAction')}[data-origin="admin"]`, { timeout: 30_000 });
  }, 60_000);

  afterAll(async () => {
    await ext?.close();
    POLICY.remove();
  });

  it('a key the admin set or locked shows the badge and a disabled control', async () => {
    for (const key of ['defaultAction', 'mode']) {
      const state = await page.$eval(row(key), (el) => ({
        locked: el.hasAttribute('data-locked'),
        badge: el.querySelector('[data-testid="locked-badge"]')?.textContent,
        disabled: el.querySelector('select')?.matches(':disabled'),
      }));
      expect(state, key).toEqual({ locked: true, badge: 'Set by your organisation', disabled: true });
    }
    expect(await page.$eval(`${row('defaultAction')} select`, (s) => (s as HTMLSelectElement).value)).toBe('block');
    expect(await page.$eval(row('mode'), (el) => el.getAttribute('data-origin'))).toBe('default');
    expect(await page.$eval(row('enabled'), (el) => el.hasAttribute('data-locked'))).toBe(false);
  });

  it('lists the invalid admin value in the options page', async () => {
    await page.waitForSelector('[data-testid="policy-errors"] li', { timeout: 10_000 });
    const items = await page.$$eval('[data-testid="policy-errors"] li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items.some((t) => t.includes('customPatterns') && t.includes('bad-lookahead'))).toBe(true);
  });

  it('lists admin sites and offers to grant access to them', async () => {
    expect(await page.$eval('[data-testid="extra-sites"]', (el) => el.textContent)).toContain('https://ai.corp.example/*');
    await page.waitForSelector('[data-testid="grant-sites"]', { timeout: 5_000 });
  });

  it('shows the policy errors in the popup, with a way to the settings', async () => {
    const popup = await openPage(ext, 'popup.html', errors);
    await popup.waitForSelector('[data-testid="policy-errors"] li', { timeout: 10_000 });
    const text = await popup.$eval('[data-testid="policy-errors"]', (el) => el.textContent ?? '');
    expect(text).toContain('customPatterns');
    expect(text).toMatch(/Policy problems: \d+/);
    expect(await popup.$('[data-testid="open-settings"]')).not.toBeNull();
    await popup.close();
    expect(errors).toEqual([]);
  });
});
