// @vitest-environment node
/**
 * Baseline for the guard's e2e rig: the fixture chat sites, WITHOUT the extension, behave like the
 * real ones. Type + Enter sends exactly the typed text (editor model, page record and request body
 * agree), Shift+Enter is a newline, the send control sends, paste/drop/file pick work, long pastes
 * turn into attachments where the real site does that, an IME's composing Enter does not send, and the
 * special pages (re-render, shadow root, self-sending attacker, internal front end) do what they claim.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  clickSend,
  composerHandle,
  dropFiles,
  dropText,
  dropUntrusted,
  focusComposer,
  imeCompose,
  modelText,
  openFixture,
  pasteText,
  pendingAttachments,
  pickFiles,
  pressEnter,
  pressModEnter,
  pressShiftEnter,
  sendRecords,
  sentTexts,
  settle,
  typeText,
  waitForAttachments,
  waitForModelText,
  waitForSent,
} from './drive';
import {
  ATTACKS,
  FIXTURE_SITES,
  LONG_PASTE_THRESHOLD,
  SPECIAL_PAGES,
  serveFixtures,
  siteUrl,
  type LoggedEvent,
  type Recorder,
} from './fixture-server';
import { launchWithoutExtension, type PlainBrowser } from './harness';

/** The pages every baseline runs on: the ten sites plus the admin-added internal front end. */
const PAGES = [
  ...FIXTURE_SITES.map((s) => ({
    id: s.id as string,
    url: siteUrl(s),
    composer: s.composer,
    send: s.send,
    endpoint: `https://${s.hosts[0]}${s.endpoint}`,
    longPaste: s.longPasteThreshold !== undefined,
    longPasteName: s.longPasteName,
    // Lexical rich text joins paragraphs with "\n\n"; a pasted newline is a line break ("\n") everywhere.
  })),
  {
    id: 'corp',
    url: SPECIAL_PAGES.corp.url,
    composer: SPECIAL_PAGES.corp.composer,
    send: SPECIAL_PAGES.corp.send,
    endpoint: `${new URL(SPECIAL_PAGES.corp.url).origin}${SPECIAL_PAGES.corp.endpoint}`,
    longPaste: false,
    longPasteName: undefined,
  },
];

let chrome: PlainBrowser;
let page: Page;
let recorder: Recorder;

beforeAll(async () => {
  chrome = await launchWithoutExtension();
  page = await chrome.browser.newPage();
  recorder = await serveFixtures(page);
}, 60_000);

afterAll(async () => {
  await chrome?.close();
});

beforeEach(() => {
  recorder.clear();
});

async function events(type: string): Promise<LoggedEvent[]> {
  return page.evaluate((t) => window.__fixture.events.filter((e) => e.type === t), type);
}

describe.each(PAGES)('$id fixture', (site) => {
  it('mounts the real editor where the site has it; type + Enter sends exactly the typed text', async () => {
    await openFixture(page, site.url);
    const matches = await page.$$(site.composer);
    expect(matches).toHaveLength(1);
    expect(await page.evaluate((sel) => document.querySelector(sel) === window.__fixture.composer(), site.composer)).toBe(true);
    expect(await page.$$(site.send)).toHaveLength(1);

    await focusComposer(page);
    await typeText(page, 'Hello fixture 42, token abc');
    await waitForModelText(page, 'Hello fixture 42, token abc');
    await pressEnter(page);

    expect(await waitForSent(page, 1)).toEqual(['Hello fixture 42, token abc']);
    const bodies = await recorder.waitForBodies(1);
    expect(bodies).toEqual([{ prompt: 'Hello fixture 42, token abc', attachments: [] }]);
    expect(recorder.requests().map((r) => r.url)).toEqual([site.endpoint]);
    const [record] = await sendRecords(page);
    expect(record).toMatchObject({ via: 'enter', trusted: true });
    await waitForModelText(page, ''); // the site clears its composer
    expect(recorder.aborted()).toEqual([]);
  });

  it('Shift+Enter adds a newline without sending; a click on the send control sends', async () => {
    await openFixture(page, site.url);
    await focusComposer(page);
    await typeText(page, 'line one');
    await pressShiftEnter(page);
    await typeText(page, 'line two');
    await waitForModelText(page, 'line one\nline two');
    await settle(page);
    expect(await sentTexts(page)).toEqual([]);

    await clickSend(page, site.send);
    expect(await waitForSent(page, 1)).toEqual(['line one\nline two']);
    expect((await recorder.waitForBodies(1))[0].prompt).toBe('line one\nline two');
    expect((await sendRecords(page))[0]).toMatchObject({ via: 'button', trusted: true });
  });

  it('a trusted paste inserts the text; a click on an empty composer sends nothing', async () => {
    await openFixture(page, site.url);
    await clickSend(page, site.send);
    await focusComposer(page);
    await typeText(page, 'before ');
    await pasteText(page, 'pasted words');
    await waitForModelText(page, 'before pasted words');
    const pastes = await events('paste');
    expect(pastes.map((e) => e.isTrusted)).toEqual([true]);
    await pressEnter(page);
    expect(await waitForSent(page, 1)).toEqual(['before pasted words']);
    // The request must reach the recorder in this test: a late one would be the next test's first body.
    expect((await recorder.waitForBodies(1))[0].prompt).toBe('before pasted words');
  });

  it(`a paste over ${LONG_PASTE_THRESHOLD} characters ${site.longPaste ? 'becomes an attachment' : 'goes into the editor'}`, async () => {
    const long = `${'0123456789 '.repeat(600)}END`; // 6,603 characters, one line
    await openFixture(page, site.url);
    await focusComposer(page);
    await pasteText(page, long);
    if (site.longPaste) {
      const [chip] = await waitForAttachments(page, 1);
      expect(chip).toMatchObject({ name: site.longPasteName, source: 'paste', size: long.length });
      expect(await modelText(page)).toBe('');
      expect(await page.$$eval('[data-fixture-chip]', (els) => els.length)).toBe(1);
      await typeText(page, 'see attached');
      await pressEnter(page);
      const [body] = await recorder.waitForBodies(1);
      expect(body.prompt).toBe('see attached');
      expect(body.attachments).toHaveLength(1);
      expect(body.attachments[0].text).toBe(long);
    } else {
      await waitForModelText(page, long);
      expect(await pendingAttachments(page)).toEqual([]);
      await pressEnter(page);
      const [body] = await recorder.waitForBodies(1);
      expect(body).toEqual({ prompt: long, attachments: [] });
    }
  });

  it('a trusted drop inserts text; dropped and picked files are attached to the next send', async () => {
    await openFixture(page, site.url);
    await dropText(page, 'dropped words');
    await waitForModelText(page, 'dropped words');
    await dropFiles(page, [{ name: 'config.env', content: 'DB_PASSWORD=hunter2\n' }]);
    await waitForAttachments(page, 1);
    await pickFiles(page, [{ name: 'report.csv', content: 'name,email\nJane,jane@example.com\n' }]);
    const pending = await waitForAttachments(page, 2);
    expect(pending.map((a) => [a.name, a.source])).toEqual([
      ['config.env', 'drop'],
      ['report.csv', 'file'],
    ]);
    const drops = await events('drop');
    expect(drops.map((e) => [e.isTrusted, e.files])).toEqual([
      [true, []],
      [true, ['config.env']],
    ]);

    await focusComposer(page);
    await pressEnter(page);
    const [body] = await recorder.waitForBodies(1);
    expect(body.prompt).toBe('dropped words');
    expect(body.attachments.map((a) => [a.name, a.text])).toEqual([
      ['config.env', 'DB_PASSWORD=hunter2\n'],
      ['report.csv', 'name,email\nJane,jane@example.com\n'],
    ]);
  });

  it("an IME's composing Enter does not send; the Enter after it does", async () => {
    await openFixture(page, site.url);
    await focusComposer(page);
    await imeCompose(page, '日本語');
    await waitForModelText(page, '日本語');
    await settle(page);
    expect(await sentTexts(page)).toEqual([]);
    const composingEnter = (await events('keydown')).filter((e) => e.key === 'Enter');
    expect(composingEnter).toEqual([expect.objectContaining({ isTrusted: true, isComposing: true, keyCode: 229 })]);
    await pressEnter(page);
    expect(await waitForSent(page, 1)).toEqual(['日本語']);
    expect((await recorder.waitForBodies(1))[0].prompt).toBe('日本語');
  });
});

describe('hosts and network', () => {
  it('serves chat.openai.com and perplexity.ai too, each posting to its own host', async () => {
    for (const [id, host] of [
      ['chatgpt', 'chat.openai.com'],
      ['perplexity', 'perplexity.ai'],
    ] as const) {
      const site = FIXTURE_SITES.find((s) => s.id === id)!;
      recorder.clear();
      await openFixture(page, siteUrl(site, host));
      await focusComposer(page);
      await typeText(page, `hi ${host}`);
      await pressModEnter(page); // Ctrl+Enter sends too
      await recorder.waitForBodies(1);
      expect(recorder.requests().map((r) => [r.url, r.body])).toEqual([
        [`https://${host}${site.endpoint}`, JSON.stringify({ prompt: `hi ${host}`, attachments: [] })],
      ]);
    }
  });

  it('aborts every request that is not for a fixture host', async () => {
    await openFixture(page, siteUrl(FIXTURE_SITES[0]));
    const outcome = await page.evaluate(() =>
      fetch('https://example.com/leak', { method: 'POST', body: 'x' }).then(
        () => 'answered',
        () => 'failed',
      ),
    );
    expect(outcome).toBe('failed');
    expect(recorder.aborted()).toEqual(['https://example.com/leak']);
    expect(recorder.requests()).toEqual([]);
  });

  it("ChatGPT's SSR fallback textarea stays in the page, hidden, and is not the composer", async () => {
    await openFixture(page, siteUrl(FIXTURE_SITES[0]));
    const fallback = await page.$('textarea[name="prompt-textarea"]');
    expect(fallback).not.toBeNull();
    expect(await fallback!.isVisible()).toBe(false);
    expect(await page.evaluate(() => window.__fixture.composer()?.tagName)).toBe('DIV');
    await focusComposer(page);
    await typeText(page, 'only in ProseMirror');
    await waitForModelText(page, 'only in ProseMirror');
    expect(await fallback!.evaluate((t) => (t as HTMLTextAreaElement).value)).toBe('');
  });
});

describe('special pages', () => {
  it('re-render: the composer element is replaced after the 5th input, typing goes on, the send has all of it', async () => {
    for (const editor of ['prosemirror', 'react-textarea', 'lexical-rich']) {
      recorder.clear();
      await openFixture(page, `${SPECIAL_PAGES.rerender.url}?editor=${editor}`);
      const first = await composerHandle(page);
      await focusComposer(page);
      await typeText(page, 'abcdefghij', 25);
      await waitForModelText(page, 'abcdefghij');
      await page.waitForFunction(() => window.__fixture.replacements >= 1, { timeout: 2_000 });
      const state = await page.evaluate(() => ({
        replacements: window.__fixture.replacements,
        composers: window.__fixture.composers.map((c) => c.isConnected),
        sameId: window.__fixture.composers.every((c) => c.id === 'prompt-textarea'),
        carriedOver: window.__fixture.carriedOver,
      }));
      // Replaced after the 5th input (timers may lag a keystroke or two behind fast input), then typing went on in the new element.
      expect(state, editor).toMatchObject({ replacements: 1, composers: [false, true], sameId: true });
      expect(state.carriedOver[0], editor).toMatch(/^abcde[fgh]{0,3}$/);
      expect(await first.evaluate((el) => el.isConnected)).toBe(false);
      expect(await page.$$('#prompt-textarea')).toHaveLength(1);
      await pressEnter(page);
      expect((await recorder.waitForBodies(1))[0].prompt, editor).toBe('abcdefghij');
    }
  });

  it('shadow root: the composer is only reachable through the open shadow root, and works', async () => {
    const spec = SPECIAL_PAGES.shadow;
    await openFixture(page, spec.url);
    expect(await page.$$(spec.composer)).toHaveLength(0);
    expect(
      await page.evaluate((s) => {
        const el = document.querySelector(s.host)?.shadowRoot?.querySelector(s.composer);
        return !!el && el === window.__fixture.composer();
      }, { host: spec.shadowHost!, composer: spec.composer }),
    ).toBe(true);
    await focusComposer(page);
    await typeText(page, 'inside the shadow');
    await pasteText(page, ' plus paste');
    await waitForModelText(page, 'inside the shadow plus paste');
    await pressEnter(page);
    await typeText(page, 'second');
    await clickSend(page, `${spec.shadowHost} >>> ${spec.send}`);
    await recorder.waitForBodies(2);
    expect(recorder.prompts()).toEqual(['inside the shadow plus paste', 'second']);
  });

  it.each(ATTACKS)('attacker: the page sends by itself with an untrusted %s', async (attack) => {
    await openFixture(page, SPECIAL_PAGES.attacker.url);
    await focusComposer(page);
    await typeText(page, 'my secret draft');
    await waitForModelText(page, 'my secret draft');
    const result = await page.evaluate((a) => window.__attack.fire(a), attack);
    expect(result.sent).toBe(1);
    expect((await recorder.waitForBodies(1))[0].prompt).toBe('my secret draft');
    const [record] = await sendRecords(page);
    // The form's submission fires a TRUSTED submit event even when a synthetic click (or
    // requestSubmit()) started it: only the synthetic keydown and a dispatched submit stay untrusted.
    expect(record.trusted).toBe(attack === 'click' || attack === 'dispatch-click' || attack === 'request-submit');
    if (attack === 'click' || attack === 'dispatch-click') {
      expect((await events('click')).map((e) => e.isTrusted)).toContain(false);
      expect((await events('submit')).map((e) => e.isTrusted)).toEqual([true]);
    }
    if (attack === 'keydown-enter') expect((await events('keydown')).filter((e) => e.key === 'Enter').map((e) => e.isTrusted)).toEqual([false]);
  });

  it('attacker: a synthetic paste inserts into the editor, and an auto-fire sends after typing stops', async () => {
    await openFixture(page, SPECIAL_PAGES.attacker.url);
    await focusComposer(page);
    const pasted = await page.evaluate(() => window.__attack.paste('injected text'));
    expect(pasted.notCancelled).toBe(false); // ProseMirror handled it
    await waitForModelText(page, 'injected text');
    expect((await events('paste')).map((e) => e.isTrusted)).toEqual([false]);

    recorder.clear();
    await openFixture(page, `${SPECIAL_PAGES.attacker.url}?attack=keydown-enter&idle=150`);
    await focusComposer(page);
    await typeText(page, 'typed by the user');
    const [body] = await recorder.waitForBodies(1);
    expect(body.prompt).toBe('typed by the user');
    expect(await page.evaluate(() => window.__attack.attacks.map((a) => [a.kind, a.sent]))).toEqual([['keydown-enter', 1]]);
  });

  it('an untrusted DataTransfer drop: ProseMirror inserts its text, a textarea does not; files still attach', async () => {
    await openFixture(page, siteUrl(FIXTURE_SITES[0]));
    await dropUntrusted(page, { text: 'synthetic drop' });
    await waitForModelText(page, 'synthetic drop');
    await dropUntrusted(page, { files: [{ name: 'x.txt', content: 'file body' }] });
    expect((await waitForAttachments(page, 1)).map((a) => a.text)).toEqual(['file body']);
    expect((await events('drop')).map((e) => e.isTrusted)).toEqual([false, false]);

    await openFixture(page, siteUrl(FIXTURE_SITES.find((s) => s.id === 'deepseek')!));
    await dropUntrusted(page, { text: 'synthetic drop' });
    await settle(page);
    expect(await modelText(page)).toBe('');
  });
});
