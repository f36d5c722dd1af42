// @vitest-environment node
/**
 * A malformed admin policy, end to end: a Chromium policy file whose values pass Chromium's schema
 * filter (public/managed_schema.json, applied silently) but fail our validator (src/policy/validate.ts)
 * reaches the extension. The guard on a fixture chat page keeps working: the bad entries alone are
 * dropped, the valid rules of the same policy are enforced, the built-in detectors still block and warn,
 * and the user sees what was dropped (options page and popup, `[data-testid="policy-errors"] li`).
 *
 * The bad values are near misses that would each relax the guard if they were taken loosely: a URL
 * instead of a host name that would switch ChatGPT off, a lower-case "secret" category set to allow, an
 * allowed domain that would let the fixture's e-mail address through, an RE2-unsupported look-around.
 *
 * Two browsers, one after the other, each with a fresh profile (so no earlier policy is cached): one
 * policy with some bad entries, one in which nothing is usable. Needs root (see policy-file.ts).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pressEnter, typeText, waitForModelText } from './drive';
import { BLOCK_TEXT, expectNothingSent, expectSentOnce, panelsSeen, WARN_TEXT, openGuardedSite } from './guard-helpers';
import { EXTENSION_ID, launchWithExtension, OFFLINE_ARGS, type ExtensionBrowser } from './harness';
import { TITLE, waitForPanel } from './panel-driver';
import { policyFile, waitForManaged } from './policy-file';

const policy = policyFile('promptfence-e2e-malformed');

/** Some entries bad, the rest valid. */
const PARTLY_BAD = {
  customTerms: [{ id: 'falcon', label: 'Project Falcon', terms: ['project falcon'], caseSensitive: false, wholeWord: true, action: 'block' }],
  customPatterns: [
    { id: 'ticket-lookahead', label: 'Ticket (look-ahead)', pattern: '(?=ticket)ticket-\\d+', action: 'block' }, // RE2 has no look-around
    { id: 'employee-id', label: 'Employee number', pattern: '\\bEMP-\\d{6}\\b', action: 'block' },
  ],
  actions: { NOT_A_TYPE: 'allow', secret: 'allow' }, // unknown entity type; categories are upper case
  sites: { 'https://chatgpt.com/': { enabled: false } }, // a URL, not a host name
};

/** Every key set, none usable. */
const ALL_BAD = {
  customTerms: [{ id: 'zebra project', label: 'Zebra', terms: ['zebra'], action: 'block' }], // id with a space
  customPatterns: [{ id: 'aws-lookbehind', pattern: '(?<=key )AKIA\\w+', action: 'allow' }],
  exactMatch: [{ id: 'customers', sha256: ['not-a-sha256-digest'] }],
  actions: { secret: 'allow', 'SECRET ': 'allow' },
  sites: { 'https://chatgpt.com/': { enabled: false } },
  allowedDomains: ['https://acme-corp.com/'], // would let WARN_TEXT's address through if it were taken as acme-corp.com
  reporting: { url: 'http://collector.example/ingest' }, // plain http to a remote host
};

const TICKET_TEXT = 'see ticket-4521 for details';
const EMPLOYEE_TEXT = 'badge EMP-123456 lost';
const FALCON_TEXT = 'status update on Project Falcon please';
const ZEBRA_TEXT = 'notes on the zebra crossing';

const openChatGpt = (ext: ExtensionBrowser) => openGuardedSite(ext.browser, 'chatgpt');

/** Types `text` on the ChatGPT fixture and presses Enter; the guard must stop it with a panel titled `title`. */
async function expectStopped(ext: ExtensionBrowser, text: string, title: string): Promise<void> {
  const { page, recorder } = await openChatGpt(ext);
  try {
    await typeText(page, text);
    await waitForModelText(page, text);
    await pressEnter(page);
    expect((await waitForPanel(page)).title).toBe(title);
    await expectNothingSent(page, recorder);
  } finally {
    await page.close();
  }
}

/** Types `text` on the ChatGPT fixture and presses Enter; it must go out once, without any panel. */
async function expectPassesUntouched(ext: ExtensionBrowser, text: string): Promise<void> {
  const { page, recorder } = await openChatGpt(ext);
  try {
    await typeText(page, text);
    await waitForModelText(page, text);
    await pressEnter(page);
    await expectSentOnce(page, recorder, text);
    expect(await panelsSeen(page)).toBe(0);
  } finally {
    await page.close();
  }
}

interface ListedErrors {
  /** Text of each `li`, whitespace collapsed. */
  readonly items: string[];
  /** Text of the whole `[data-testid="policy-errors"]` section ('' when absent). */
  readonly section: string;
}

/**
 * What an extension page shows under `[data-testid="policy-errors"]`, once `ready` holds for the items
 * (or after `timeoutMs`, for the assertions to say what is missing).
 */
async function listedErrors(ext: ExtensionBrowser, file: 'options.html' | 'popup.html', ready: (items: string[]) => boolean, timeoutMs = 10_000): Promise<ListedErrors> {
  const page = await ext.browser.newPage();
  try {
    const response = await page.goto(`chrome-extension://${EXTENSION_ID}/${file}`);
    if (response && !response.ok()) throw new Error(`${file}: HTTP ${response.status()} (is the page in the build?)`);
    const until = Date.now() + timeoutMs;
    for (;;) {
      const shown = await page.evaluate(() => {
        // innerText: block boundaries become line breaks, so "Policy problems: 4" stays apart from the list.
        const clean = (e: HTMLElement | null) => (e?.innerText ?? '').replace(/\s+/g, ' ').trim();
        const section = document.querySelector<HTMLElement>('[data-testid="policy-errors"]');
        return { items: [...(section?.querySelectorAll('li') ?? [])].map(clean), section: clean(section) };
      });
      if (ready(shown.items) || Date.now() > until) return shown;
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await page.close();
  }
}

type Problem = readonly [path: string, message: string];
const names = (item: string, [path, message]: Problem) => item.includes(path) && item.includes(message);

/** The options page lists every problem, each `[path, message fragment]` together in one item. */
async function expectOptionsList(ext: ExtensionBrowser, problems: readonly Problem[]): Promise<string[]> {
  const { items } = await listedErrors(ext, 'options.html', (shown) => problems.every((p) => shown.some((i) => names(i, p))));
  for (const problem of problems) {
    expect(items.filter((i) => names(i, problem)), `an item naming ${problem[0]} with "${problem[1]}" in ${JSON.stringify(items)}`).not.toHaveLength(0);
  }
  return items;
}

/** The popup is small: it shows the total and the first few problems (each one of `problems`). */
async function expectPopupSummary(ext: ExtensionBrowser, problems: readonly Problem[], total: number): Promise<void> {
  const { items, section } = await listedErrors(ext, 'popup.html', (shown) => shown.length > 0);
  expect(section, 'the popup counts every problem').toMatch(new RegExp(`\\b${total}\\b`));
  expect(items.length).toBeGreaterThan(0);
  expect(items.length).toBeLessThanOrEqual(Math.min(3, total));
  for (const item of items) expect(problems.some((p) => names(item, p)), `${item} is one of the expected problems`).toBe(true);
}

afterAll(() => policy.remove());

describe('a policy with some malformed entries', () => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    policy.write(PARTLY_BAD);
    ext = await launchWithExtension({ extraArgs: OFFLINE_ARGS });
    const extPage = await ext.browser.newPage();
    await extPage.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    // Chromium's schema filter lets all four keys through; only our validator rejects parts of them.
    const managed = await waitForManaged(extPage, (p) => Array.isArray(p.customTerms));
    expect(Object.keys(managed).sort()).toEqual(['actions', 'customPatterns', 'customTerms', 'sites']);
    expect(managed.customPatterns).toHaveLength(2);
    await extPage.close();
  }, 90_000);

  afterAll(async () => {
    await ext?.close();
  });

  it('enforces the valid custom term of the same policy', async () => {
    await expectStopped(ext, FALCON_TEXT, TITLE.block);
  });

  it('enforces the valid pattern listed after the bad one', async () => {
    await expectStopped(ext, EMPLOYEE_TEXT, TITLE.block);
  });

  it('disables the rule with the unsupported pattern, and only it (no fallback to a look-ahead engine)', async () => {
    await expectPassesUntouched(ext, TICKET_TEXT);
  });

  it('still blocks a secret with the built-in detectors (the bad "secret" action and the "https://chatgpt.com/" site were not taken)', async () => {
    await expectStopped(ext, BLOCK_TEXT, TITLE.block);
  });

  it('still warns on an e-mail address with the built-in detectors', async () => {
    await expectStopped(ext, WARN_TEXT, TITLE.warn);
  });

  const PROBLEMS: readonly Problem[] = [
    ['customPatterns[0]', 'RE2'],
    ['actions.NOT_A_TYPE', 'neither a known entity type nor a category'],
    ['actions.secret', 'neither a known entity type nor a category'],
    ['sites.https://chatgpt.com/', 'not a host name'],
  ];

  it('the options page lists each dropped entry with its path and reason, and nothing about the valid rules', async () => {
    const items = await expectOptionsList(ext, PROBLEMS);
    expect(items).toHaveLength(PROBLEMS.length);
    expect(items.filter((i) => i.includes('customTerms') || i.includes('customPatterns[1]')), 'valid rules are not errors').toEqual([]);
  });

  it('the popup shows that the policy has problems', async () => {
    await expectPopupSummary(ext, PROBLEMS, PROBLEMS.length);
  });
});

describe('a policy in which nothing is usable', () => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    policy.write(ALL_BAD);
    ext = await launchWithExtension({ extraArgs: OFFLINE_ARGS });
    const extPage = await ext.browser.newPage();
    await extPage.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    const managed = await waitForManaged(extPage, (p) => 'reporting' in p && 'exactMatch' in p);
    expect(Object.keys(managed).sort()).toEqual(Object.keys(ALL_BAD).sort());
    await extPage.close();
  }, 90_000);

  afterAll(async () => {
    await ext?.close();
  });

  it('runs on the built-in defaults: a secret is blocked', async () => {
    await expectStopped(ext, BLOCK_TEXT, TITLE.block);
  });

  it('runs on the built-in defaults: an e-mail address warns', async () => {
    await expectStopped(ext, WARN_TEXT, TITLE.warn);
  });

  it('applies none of the dropped rules', async () => {
    await expectPassesUntouched(ext, ZEBRA_TEXT);
  });

  const PROBLEMS: readonly Problem[] = [
    ['customTerms[0]', '"id" must be'],
    ['customPatterns[0]', 'RE2'],
    ['exactMatch[0]', 'SHA-256'],
    ['actions.secret', 'neither a known entity type nor a category'],
    ['actions.SECRET ', 'neither a known entity type nor a category'],
    ['sites.https://chatgpt.com/', 'not a host name'],
    ['allowedDomains[0]', 'not a domain name'],
    ['reporting.url', 'https://'],
    ['reporting', 'reporting is off'],
  ];

  it('the options page lists why each setting was dropped', async () => {
    await expectOptionsList(ext, PROBLEMS);
  });

  it('the popup shows that the policy has problems', async () => {
    // PROBLEMS plus exactMatch's second message (the bad digest, then the rule dropped for lack of any).
    await expectPopupSummary(ext, PROBLEMS, PROBLEMS.length + 1);
  });
});
