// @vitest-environment node
/**
 * Restored answers (issue 12), in Chromium with the built extension, on fixture sites that reply by
 * streaming an answer echoing what they received (`?reply=1`):
 * - after "Redact and send", the user sees the answer again beside it with the real values, in
 *   PromptFence's closed shadow root (read here through CDP, which sees closed roots);
 * - a script of the page's main world walking `innerText`, every attribute and every open shadow root
 *   finds none of the values, `shadowRoot` of our host is null, and no request carried them;
 * - a second message of the same conversation keeps the first one's placeholders and numbers on;
 *   another conversation numbers from 1 and shows its own values; a reload keeps the vault;
 * - a follow-up naming a value sent before (a name alone, otherwise only highlighted) goes as the same placeholder;
 * - a site whose answer markup no adapter knows is restored through the generic fallback.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { focusComposer, openFixture, pressEnter, typeText, waitForModelText, waitForSent } from './drive';
import { FIXTURE_SITES, siteById, siteUrl, type Recorder } from './fixture-server';
import { CARD, expectNeverSentValue, useGuardBrowser, watchPanels } from './guard-helpers';
import { clickPanelButton, LABEL, waitForPanel } from './panel-driver';
import { traceMainThreadTasks } from './long-tasks';

let page: Page;
let recorder: Recorder;
const browser = useGuardBrowser((p, r) => {
  page = p;
  recorder = r;
});

const HOST = 'promptfence-restored';

let conversations = 0;

/**
 * Opens `site` at a conversation of its own: the vault lives as long as the browser, which the tests
 * share, so each test names a conversation no other test used (as a site's address does).
 */
async function open(site: string, path = `/c/test-${++conversations}`): Promise<void> {
  await openFixture(page, `${new URL(path, siteUrl(siteById(site as Parameters<typeof siteById>[0]))).href}?reply=1`);
  await watchPanels(page);
  await focusComposer(page);
}

/** Types `text`, sends it, and answers the panel with "Redact and send"; returns what the site got. */
async function redactAndSend(text: string, sends: number): Promise<string> {
  await typeText(page, text);
  await waitForModelText(page, text);
  await pressEnter(page);
  await waitForPanel(page);
  await clickPanelButton(page, LABEL.redactAndSend);
  const sent = await waitForSent(page, sends);
  return sent[sends - 1]!;
}

/** The text of every closed shadow root under a `<promptfence-restored>` host, through CDP (DOM with `pierce`). */
async function restoredTexts(): Promise<string[]> {
  const client = await page.createCDPSession();
  try {
    type CdpNode = { nodeId: number; localName?: string; nodeValue?: string; nodeType: number; children?: CdpNode[]; shadowRoots?: (CdpNode & { shadowRootType?: string })[] };
    const { root } = (await client.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const texts: string[] = [];
    const textOf = (n: CdpNode): string => (n.nodeType === 3 ? (n.nodeValue ?? '') : [...(n.children ?? [])].map(textOf).join(''));
    const walk = (n: CdpNode): void => {
      if (n.localName === HOST) {
        for (const s of n.shadowRoots ?? []) {
          expect(s.shadowRootType).toBe('closed');
          // The style sheet is text too: only the bar and the body.
          texts.push((s.children ?? []).filter((c) => c.localName !== 'style').map(textOf).join(' | '));
        }
      }
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    };
    walk(root);
    return texts;
  } finally {
    await client.detach();
  }
}

/** For each restored layer: whether its text body is hidden (CDP, through the closed root). */
async function restoredBodyHidden(): Promise<boolean[]> {
  const client = await page.createCDPSession();
  try {
    type CdpNode = { localName?: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[] };
    const { root } = (await client.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const out: boolean[] = [];
    const walk = (n: CdpNode): void => {
      if (n.localName === HOST) {
        for (const s of n.shadowRoots ?? []) {
          const body = (s.children ?? []).find((c) => (c.attributes ?? []).join(' ').includes('body'));
          if (body) out.push((body.attributes ?? []).includes('hidden'));
        }
      }
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    };
    walk(root);
    return out;
  } finally {
    await client.detach();
  }
}

/** Waits until the restored layers' text holds `want` (the answer streams in chunks). */
async function waitForRestored(want: string, timeoutMs = 8_000): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  let texts: string[] = [];
  while (Date.now() < until) {
    texts = await restoredTexts();
    if (texts.some((t) => t.includes(want))) return texts;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no restored answer shows "${want}"; restored layers: ${JSON.stringify(texts)}`);
}

/** Clicks, with the real mouse (a trusted click), the button labelled `label` inside our closed layer. */
async function clickRestoredButton(label: string): Promise<void> {
  const client = await page.createCDPSession();
  try {
    type CdpNode = { nodeId: number; backendNodeId: number; localName?: string; nodeValue?: string; nodeType: number; children?: CdpNode[]; shadowRoots?: CdpNode[] };
    const { root } = (await client.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const textOf = (n: CdpNode): string => (n.nodeType === 3 ? (n.nodeValue ?? '') : (n.children ?? []).map(textOf).join(''));
    let button: CdpNode | undefined;
    const walk = (n: CdpNode, inside: boolean): void => {
      if (inside && n.localName === 'button' && textOf(n) === label) button ??= n;
      for (const c of n.children ?? []) walk(c, inside);
      for (const s of n.shadowRoots ?? []) walk(s, inside || n.localName === HOST);
    };
    walk(root, false);
    if (!button) throw new Error(`no "${label}" button in the restored layer`);
    const { model } = (await client.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
  } finally {
    await client.detach();
  }
}

/** What a script of the page's main world can read: text, every attribute, every open shadow root, and our host's shadowRoot. */
function pageCanRead(): Promise<{ text: string; hostShadowRoots: (string | null)[] }> {
  return page.evaluate((host) => {
    const parts: string[] = [document.body.innerText, document.title];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.getAttributeNames()) parts.push(el.getAttribute(a) ?? '');
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.textContent ?? '');
          visit(el.shadowRoot);
        }
      }
    };
    visit(document);
    parts.push(document.documentElement.outerHTML);
    const hosts = [...document.querySelectorAll(host)].map((h) => (h.shadowRoot ? 'open' : null));
    return { text: parts.join('\n'), hostShadowRoots: hosts };
  }, HOST);
}

describe('restored answers', () => {
  it('ChatGPT: the answer shows the real values to the user, in a closed layer the page cannot read', async () => {
    await open('chatgpt');
    const sent = await redactAndSend("Please update Maria Schmidt's card 4111 1111 1111 1111", 1);
    expect(sent).toBe("Please update [PERSON_1]'s card [CREDIT_CARD_1]");
    await page.waitForSelector('[data-message-author-role="assistant"][data-fixture-done]', { timeout: 8_000 });
    const texts = await waitForRestored(`notify("Please update Maria Schmidt's card ${CARD}")`);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain("Here is what I read: Please update Maria Schmidt's card 4111 1111 1111 1111");
    expect(texts[0]).toContain('2 real values shown here, on this device only');

    const seen = await pageCanRead();
    expect(seen.hostShadowRoots).toEqual([null]);
    expect(seen.text).toContain('[PERSON_1]');
    expect(seen.text).not.toContain('Maria Schmidt');
    expect(seen.text).not.toContain(CARD);
    expect(seen.text.replace(/\s/g, '')).not.toContain(CARD.replace(/\s/g, ''));
    expectNeverSentValue(recorder, 'Maria Schmidt');
    expectNeverSentValue(recorder, CARD);
  });

  it('a second message of the conversation keeps the first one’s placeholders and numbers on', async () => {
    await open('chatgpt');
    expect(await redactAndSend("Please update Maria Schmidt's card 4111 1111 1111 1111", 1)).toBe("Please update [PERSON_1]'s card [CREDIT_CARD_1]");
    await page.waitForSelector('[data-fixture-done]', { timeout: 8_000 });
    await focusComposer(page);
    const second = await redactAndSend('Jan de Vries now shares the card 4111 1111 1111 1111 with Maria Schmidt', 2);
    expect(second).toBe('[PERSON_2] now shares the card [CREDIT_CARD_1] with [PERSON_1]');
    const texts = await waitForRestored('Jan de Vries now shares the card 4111 1111 1111 1111 with Maria Schmidt');
    expect(texts).toHaveLength(2);
    expect((await pageCanRead()).text).not.toContain('Jan de Vries');
  });

  it('a new chat that gets its address after the first message keeps its placeholders there', async () => {
    // The only test on a landing path: a new chat's vault moves to the address the chat gets.
    await open('chatgpt', '/');
    expect(await redactAndSend("Please update Maria Schmidt's card 4111 1111 1111 1111", 1)).toBe("Please update [PERSON_1]'s card [CREDIT_CARD_1]");
    await page.evaluate(() => history.replaceState({}, '', `/c/new-${Date.now()}${location.search}`));
    await page.waitForSelector('[data-fixture-done]', { timeout: 8_000 });
    await waitForRestored('Maria Schmidt');
    await focusComposer(page);
    expect(await redactAndSend('Jan de Vries now shares the card 4111 1111 1111 1111 with Maria Schmidt', 2)).toBe('[PERSON_2] now shares the card [CREDIT_CARD_1] with [PERSON_1]');
  });

  it('a follow-up that names a value sent before goes as the same placeholder, and its answer shows the value', async () => {
    await open('chatgpt');
    expect(await redactAndSend("Please update Maria Schmidt's card 4111 1111 1111 1111", 1)).toBe("Please update [PERSON_1]'s card [CREDIT_CARD_1]");
    await page.waitForSelector('[data-fixture-done]', { timeout: 8_000 });
    await focusComposer(page);
    // A name alone is otherwise only highlighted: here it was sent as [PERSON_1] already.
    const text = 'Did Maria Schmidt confirm it?';
    await typeText(page, text);
    await waitForModelText(page, text);
    await pressEnter(page);
    const panel = await waitForPanel(page);
    expect(panel.redactedPreview).toBe('Did [PERSON_1] confirm it?');
    await clickPanelButton(page, LABEL.redactAndSend);
    expect((await waitForSent(page, 2))[1]).toBe('Did [PERSON_1] confirm it?');
    await waitForRestored('Here is what I read: Did Maria Schmidt confirm it?');
    expectNeverSentValue(recorder, 'Maria Schmidt');
  });

  it('another conversation numbers from 1, and its answers show its own values, not the first one’s', async () => {
    await open('chatgpt');
    // A second conversation, reached without a page load (as sites navigate).
    expect(await redactAndSend("Please update Maria Schmidt's card 4111 1111 1111 1111", 1)).toBe("Please update [PERSON_1]'s card [CREDIT_CARD_1]");
    await page.waitForSelector('[data-fixture-done]', { timeout: 8_000 });
    await waitForRestored('Maria Schmidt');
    await page.evaluate(() => {
      history.pushState({}, '', `/c/other-${Date.now()}${location.search}`);
      document.querySelector('[data-fixture-thread]')?.replaceChildren();
    });
    await focusComposer(page);
    const other = await redactAndSend('Jan de Vries has the card 5555 5555 5555 4444', 2);
    expect(other).toBe('[PERSON_1] has the card [CREDIT_CARD_1]');
    const texts = await waitForRestored('Here is what I read: Jan de Vries has the card 5555 5555 5555 4444');
    expect(texts.join('\n')).not.toContain('Maria Schmidt');
  });

  it('a regenerated answer (the site replaces the element) is restored again, and the old layer goes', async () => {
    await open('chatgpt');
    await redactAndSend("Please update Maria Schmidt's card 4111 1111 1111 1111", 1);
    await page.waitForSelector('[data-fixture-done]', { timeout: 8_000 });
    await waitForRestored('Here is what I read');
    await page.evaluate(() => {
      const old = document.querySelector('[data-message-author-role="assistant"]')!;
      const regenerated = document.createElement('div');
      regenerated.setAttribute('data-message-author-role', 'assistant');
      regenerated.innerHTML = '<p>Second try: <em>[PERSON_1]</em> keeps the card [CREDIT_CARD_1].</p>';
      old.replaceWith(regenerated);
    });
    await waitForRestored(`Second try: Maria Schmidt keeps the card ${CARD}.`);
    await page.waitForFunction((host) => document.querySelectorAll(host).length === 1, { timeout: 5_000 }, HOST);
    const after = await restoredTexts();
    expect(after).toHaveLength(1);
    expect(after[0]).toContain('Second try: Maria Schmidt');
  });

  it('after a reload, an answer of the conversation still shows its real values', async () => {
    await open('chatgpt');
    await redactAndSend("Please update Maria Schmidt's card 4111 1111 1111 1111", 1);
    await page.waitForSelector('[data-fixture-done]', { timeout: 8_000 });
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.__fixture?.ready === true);
    // The site renders the conversation again from its server: the answer with the placeholders.
    await page.evaluate(() => {
      const answer = document.createElement('div');
      answer.setAttribute('data-message-author-role', 'assistant');
      answer.innerHTML = '<p>Done: the card <code>[CREDIT_CARD_1]</code> of <strong>[PERSON_1]</strong> is updated.</p>';
      document.body.prepend(answer);
    });
    const texts = await waitForRestored(`Done: the card ${CARD} of Maria Schmidt is updated.`);
    expect(texts).toHaveLength(1);
    expect((await pageCanRead()).text).not.toContain('Maria Schmidt');
  });

  it.each([['chatgpt'], ['deepseek']])('cost, %s: restoring a streamed answer with 30 placeholders takes no task over 50 ms (its tasks are printed)', async (id) => {
    await open(id);
    const people = ['Maria Schmidt', 'Jan de Vries', 'Lucía Fernández', 'François Lefèvre', 'Giulia Bianchi'];
    const text = people.map((p, i) => `${p} paid with card 4111 1111 1111 1111 and mailed ${['maria', 'jan', 'lucia', 'francois', 'giulia'][i]}@example.org`).join('; ');
    let restoreTasks: number[] = [];
    const traced = await traceMainThreadTasks(page, new URL(page.url()).origin, async () => {
      await redactAndSend(text, 1);
      await page.waitForSelector('[data-fixture-done]', { timeout: 15_000 });
      await waitForRestored('giulia@example.org');
    });
    restoreTasks = traced.guardTasks.filter((t) => t.work.includes('restore')).map((t) => t.cpu);
    const sent = (await page.evaluate(() => window.__fixture.sent[0]!)) ?? '';
    const placeholders = (sent.match(/\[[A-Z_]+_\d+\]/g) ?? []).length * 2; // the answer echoes it twice
    console.info(`restore, ${id}: ${placeholders} placeholders in the answer, ${restoreTasks.length} tasks, CPU ms longest ${Math.max(...restoreTasks).toFixed(1)}, total ${restoreTasks.reduce((a, b) => a + b, 0).toFixed(1)}`);
    expect(placeholders).toBeGreaterThanOrEqual(30);
    expect(restoreTasks.length).toBeGreaterThan(0);
    expect(Math.max(...restoreTasks)).toBeLessThanOrEqual(50);
  });

  it('"Show placeholders" hides the real values, and "Copy with real values" copies them without the page seeing a copy', async () => {
    await open('chatgpt');
    await browser().browser.defaultBrowserContext().overridePermissions('https://chatgpt.com', ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await page.evaluate(() => {
      const w = window as unknown as { __copies: string[] };
      w.__copies = [];
      document.addEventListener('copy', () => w.__copies.push(String(document.getSelection())), true);
    });
    await redactAndSend("Please update Maria Schmidt's card 4111 1111 1111 1111", 1);
    await page.waitForSelector('[data-fixture-done]', { timeout: 8_000 });
    await waitForRestored(`notify("Please update Maria Schmidt's card ${CARD}")`);

    await clickRestoredButton('Copy with real values');
    await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.includes('Maria')), { timeout: 5_000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("Here is what I read: Please update Maria Schmidt's card 4111 1111 1111 1111");
    expect(await page.evaluate(() => (window as unknown as { __copies: string[] }).__copies)).toEqual([]);

    await clickRestoredButton('Show placeholders');
    const texts = await waitForRestored('Show real values');
    // The bar stays; the restored text is hidden (its `hidden` body is not rendered).
    expect(await restoredBodyHidden()).toEqual([true]);
    expect(texts[0]).toContain('Show real values');
    await clickRestoredButton('Show real values');
    await waitForRestored('Show placeholders');
    expect(await restoredBodyHidden()).toEqual([false]);
  });

  it.each(FIXTURE_SITES.map((site) => [site.id]))('%s: the answer is restored (its own markup, or the generic fallback)', async (id) => {
    await open(id);
    const sent = await redactAndSend("Please update Maria Schmidt's card 4111 1111 1111 1111", 1);
    expect(sent).toBe("Please update [PERSON_1]'s card [CREDIT_CARD_1]");
    await page.waitForSelector('[data-fixture-done]', { timeout: 8_000 });
    const texts = await waitForRestored(`Here is what I read: Please update Maria Schmidt's card ${CARD}`);
    expect(texts).toHaveLength(1);
    expect((await pageCanRead()).text).not.toContain('Maria Schmidt');
  });

  it('DeepSeek (answer markup unknown to the adapter): restored through the generic fallback', async () => {
    await open('deepseek');
    const sent = await redactAndSend("Please update Maria Schmidt's card 4111 1111 1111 1111", 1);
    expect(sent).toBe("Please update [PERSON_1]'s card [CREDIT_CARD_1]");
    await page.waitForSelector('.fixture-answer[data-fixture-done]', { timeout: 8_000 });
    const texts = await waitForRestored('Maria Schmidt');
    expect(texts.join('\n')).toContain(CARD);
    expect((await pageCanRead()).text).not.toContain('Maria Schmidt');
  });
});
