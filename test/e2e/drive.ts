/**
 * Input drivers for the fixture pages, all producing TRUSTED input in headless Chromium (except the
 * `*Untrusted` helpers, which exist to compare):
 * - keys: puppeteer's keyboard (CDP `Input.dispatchKeyEvent`);
 * - paste: clipboard permission + `navigator.clipboard.writeText` + Ctrl+V with `commands: ['paste']`;
 * - drop: CDP `Input.dispatchDragEvent` dragEnter/dragOver/drop with `data.items` (text) or
 *   `data.files` (paths on disk) — the page gets trusted drag events and real `File`s;
 * - file pick: `ElementHandle.uploadFile` on the page's `<input type=file>`;
 * - IME: CDP `Input.imeSetComposition` (compositionstart/update), a keyCode-229 Enter while composing,
 *   then `Input.insertText` to commit.
 * Readers return what the page recorded (`window.__fixture`); the server's recorder has the requests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, ElementHandle, KeyInput, Page } from 'puppeteer-core';
import type { SendRecord } from './fixtures/runtime';
import type { SentAttachment } from './fixtures/sites';

export type Target = string | ElementHandle<Element>;

/** Opens a fixture URL and waits until its editor is mounted. */
export async function openFixture(page: Page, url: string, timeoutMs = 10_000): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  await waitForReady(page, timeoutMs);
}

export async function waitForReady(page: Page, timeoutMs = 10_000): Promise<void> {
  await page.waitForFunction(() => window.__fixture?.ready === true, { timeout: timeoutMs });
}

/** The current composer element (works inside shadow roots and after re-renders). */
export async function composerHandle(page: Page): Promise<ElementHandle<HTMLElement>> {
  const handle = await page.evaluateHandle(() => window.__fixture.composer());
  const el = handle.asElement() as ElementHandle<HTMLElement> | null;
  if (!el) throw new Error('the fixture page has no composer');
  return el;
}

async function resolve(page: Page, target: Target): Promise<ElementHandle<Element>> {
  if (typeof target !== 'string') return target;
  const el = await page.$(target);
  if (!el) throw new Error(`no element matches ${target}`);
  return el;
}

/** Clicks the composer (trusted) and puts the caret at the end of its text. */
export async function focusComposer(page: Page): Promise<void> {
  const el = await composerHandle(page);
  await el.click();
  await page.evaluate(() => window.__fixture.focusEnd());
}

/** Types into the focused element; `\n` is typed as Shift+Enter (a newline, not a send). */
export async function typeText(page: Page, text: string, delayMs = 0): Promise<void> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await pressShiftEnter(page);
    if (lines[i]) await page.keyboard.type(lines[i], { delay: delayMs });
  }
}

export async function pressEnter(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
}

export async function pressShiftEnter(page: Page): Promise<void> {
  await chord(page, ['Shift'], 'Enter');
}

/** Ctrl+Enter (or Cmd+Enter with `'Meta'`). */
export async function pressModEnter(page: Page, modifier: 'Control' | 'Meta' = 'Control'): Promise<void> {
  await chord(page, [modifier], 'Enter');
}

async function chord(page: Page, modifiers: KeyInput[], key: KeyInput, commands?: string[]): Promise<void> {
  for (const m of modifiers) await page.keyboard.down(m);
  try {
    await page.keyboard.press(key, commands ? { commands } : undefined);
  } finally {
    for (const m of [...modifiers].reverse()) await page.keyboard.up(m);
  }
}

/** A trusted mouse click on the send control (a disabled button gets no click, as in real life). */
export async function clickSend(page: Page, target: Target): Promise<void> {
  const el = await resolve(page, target);
  await el.click();
}

/** Grants the clipboard permissions a trusted paste needs, for the page's current origin (or `origin`). */
export async function grantClipboard(browser: Browser, origin: string): Promise<void> {
  await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
}

/** Puts `text` on the system clipboard (the page must be focused and allowed to write). */
export async function writeClipboard(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

/**
 * A trusted paste into the focused element: grant clipboard access for the page's origin, write the
 * clipboard, press Ctrl+V with the `paste` editing command. The page sees `paste` with `isTrusted: true`.
 */
export async function pasteText(page: Page, text: string): Promise<void> {
  const browser = page.browser();
  await grantClipboard(browser, new URL(page.url()).origin);
  const focused = await page.evaluateHandle(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  });
  await writeClipboard(page, text);
  // writeText can move focus to the document in headless mode; put it back where it was.
  await page.evaluate((el) => {
    if (el instanceof HTMLElement && document.activeElement !== el) el.focus();
  }, focused);
  await pressPaste(page);
}

/** Ctrl+V with the `paste` editing command (the clipboard already holds the text: `pasteText` writes it first). */
export async function pressPaste(page: Page): Promise<void> {
  await chord(page, ['Control'], 'KeyV', ['paste']);
}

/**
 * `pasteText` in two steps, so a test can time the paste alone: `prepare` grants access and writes the
 * clipboard (a page task of the harness's own for a large text), `paste` presses Ctrl+V.
 */
export async function preparePaste(page: Page, text: string): Promise<() => Promise<void>> {
  await grantClipboard(page.browser(), new URL(page.url()).origin);
  const focused = await page.evaluateHandle(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  });
  await writeClipboard(page, text);
  await page.evaluate((el) => {
    if (el instanceof HTMLElement && document.activeElement !== el) el.focus();
  }, focused);
  return () => pressPaste(page);
}

export interface DropOptions {
  /** Where to drop, default the composer. */
  readonly target?: Target;
}

/**
 * Where a drop lands: the middle of the composer's first line (its first block child), so the text
 * goes into the existing paragraph; the element's centre when it has no child (a textarea).
 */
async function dropPoint(el: ElementHandle<Element>): Promise<{ x: number; y: number }> {
  await el.scrollIntoView();
  const point = await el.evaluate((node) => {
    const child = node.firstElementChild?.getBoundingClientRect();
    const box = child && child.width > 0 && child.height > 0 ? child : node.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  return point;
}

async function dispatchDrop(page: Page, point: { x: number; y: number }, data: object): Promise<void> {
  const cdp = await page.createCDPSession();
  try {
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
      await cdp.send('Input.dispatchDragEvent', { type, x: point.x, y: point.y, modifiers: 0, data: data as never });
    }
  } finally {
    await cdp.detach();
  }
}

/** A trusted drop of plain text (CDP `Input.dispatchDragEvent` with a `text/plain` item). */
export async function dropText(page: Page, text: string, options: DropOptions = {}): Promise<void> {
  const el = options.target ? await resolve(page, options.target) : await composerHandle(page);
  await dispatchDrop(page, await dropPoint(el), { items: [{ mimeType: 'text/plain', data: text }], dragOperationsMask: 1 });
}

export interface FileSpec {
  readonly name: string;
  readonly content: string | Uint8Array;
}

let tempDir: string | undefined;

/** Writes the files to a temp dir (removed when the process exits) and returns their paths. */
export function writeTempFiles(files: readonly (FileSpec | string)[]): string[] {
  if (!tempDir) {
    const dir = mkdtempSync(join(tmpdir(), 'promptfence-drive-'));
    tempDir = dir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return files.map((f) => {
    if (typeof f === 'string') return f;
    const sub = mkdtempSync(join(tempDir!, 'f-'));
    const path = join(sub, basename(f.name));
    writeFileSync(path, f.content);
    return path;
  });
}

/** A trusted drop of files from disk (CDP `Input.dispatchDragEvent` with `data.files`): the page gets real `File`s. */
export async function dropFiles(page: Page, files: readonly (FileSpec | string)[], options: DropOptions = {}): Promise<void> {
  const el = options.target ? await resolve(page, options.target) : await composerHandle(page);
  await dispatchDrop(page, await dropPoint(el), { items: [], files: writeTempFiles(files), dragOperationsMask: 1 });
}

/**
 * An UNTRUSTED drop built in the page (`new DataTransfer()` + `new DragEvent('drop')`), for comparison:
 * editors that read `dataTransfer` themselves (ProseMirror) insert its text, native insertion does not happen.
 */
export async function dropUntrusted(page: Page, data: { text?: string; files?: readonly { name: string; content: string }[] }, options: DropOptions = {}): Promise<void> {
  const el = options.target ? await resolve(page, options.target) : await composerHandle(page);
  const { x, y } = await dropPoint(el);
  await el.evaluate(
    (node, d, px, py) => {
      const dt = new DataTransfer();
      if (d.text !== undefined) dt.setData('text/plain', d.text);
      for (const f of d.files ?? []) dt.items.add(new File([f.content], f.name, { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        node.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true, composed: true, clientX: px, clientY: py }));
      }
    },
    data,
    x,
    y,
  );
}

/**
 * An UNTRUSTED paste of files built in the page (a headless browser cannot put a document on the real
 * clipboard: the async clipboard API takes text and PNG only): `new ClipboardEvent('paste')` on the
 * composer with the files in its DataTransfer. The guard handles untrusted pastes like trusted ones.
 */
export async function pasteFilesUntrusted(page: Page, files: readonly { name: string; content: Uint8Array; type?: string }[]): Promise<void> {
  const el = await composerHandle(page);
  const specs = files.map((f) => ({ name: f.name, type: f.type ?? '', bytes: Buffer.from(f.content).toString('base64') }));
  await el.evaluate((node, list) => {
    (node as HTMLElement).focus();
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.bytes), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    node.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }));
  }, specs);
}

/** Picks files through the page's `<input type=file>` (default: the first one, also inside the shadow page). */
export async function pickFiles(page: Page, files: readonly (FileSpec | string)[], input?: Target): Promise<void> {
  const el = input
    ? await resolve(page, input)
    : ((await page.evaluateHandle(
        () => document.querySelector('input[type=file]') ?? document.querySelector('ai-composer')?.shadowRoot?.querySelector('input[type=file]') ?? null,
      )).asElement() as ElementHandle<Element> | null);
  if (!el) throw new Error('no file input on the page');
  await (el as ElementHandle<HTMLInputElement>).uploadFile(...writeTempFiles(files));
}

export interface ImeOptions {
  /** Intermediate composition strings (default: the committed text's prefixes). */
  readonly steps?: readonly string[];
  /**
   * Press Enter while the composition is open, as an IME does to confirm a candidate: keydown with
   * keyCode 229 (`isComposing: true`), then commit, then keyup Enter. Default true.
   */
  readonly enterToCommit?: boolean;
}

/**
 * IME composition into the focused element: CDP `Input.imeSetComposition` for each step
 * (compositionstart/update, `isComposing` input events), optionally the composing Enter, then
 * `Input.insertText(text)` to commit (compositionend). The committed text must not be sent.
 */
export async function imeCompose(page: Page, text: string, options: ImeOptions = {}): Promise<void> {
  const steps = options.steps ?? [...text].map((_, i) => text.slice(0, i + 1)).slice(0, -1);
  const cdp = await page.createCDPSession();
  try {
    for (const step of steps.length ? steps : [text]) {
      await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
    }
    const enter = options.enterToCommit ?? true;
    if (enter) {
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'rawKeyDown',
        key: 'Enter',
        code: 'Enter',
        windowsVirtualKeyCode: 229,
        nativeVirtualKeyCode: 229,
      });
    }
    await cdp.send('Input.insertText', { text });
    if (enter) {
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 });
    }
  } finally {
    await cdp.detach();
  }
}

// ---- readers -------------------------------------------------------------------------------

/** Model text of every send the page made (`window.__fixture.sent`). */
export function sentTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.__fixture.sent]);
}

export function sendRecords(page: Page): Promise<SendRecord[]> {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__fixture.sends)) as SendRecord[]);
}

/** Waits until the page has recorded at least `count` sends; returns their texts. */
export async function waitForSent(page: Page, count: number, timeoutMs = 5_000): Promise<string[]> {
  await page.waitForFunction((n) => window.__fixture.sent.length >= n, { timeout: timeoutMs }, count);
  return sentTexts(page);
}

/** The text in the editor's own model now. */
export function modelText(page: Page): Promise<string> {
  return page.evaluate(() => window.__fixture.getText());
}

/** Waits until the editor's model holds exactly `text`. */
export async function waitForModelText(page: Page, text: string, timeoutMs = 5_000): Promise<void> {
  await page
    .waitForFunction((t) => window.__fixture.getText() === t, { timeout: timeoutMs }, text)
    .catch(async (e: unknown) => {
      throw new Error(`model text stayed ${JSON.stringify(await modelText(page))}, wanted ${JSON.stringify(text)} (${String(e)})`);
    });
}

/** Attachments waiting for the next send. */
export function pendingAttachments(page: Page): Promise<SentAttachment[]> {
  return page.evaluate(() => window.__fixture.pending());
}

export async function waitForAttachments(page: Page, count: number, timeoutMs = 5_000): Promise<SentAttachment[]> {
  await page.waitForFunction((n) => window.__fixture.pending().length >= n && window.__fixture.busy === 0, { timeout: timeoutMs }, count);
  return pendingAttachments(page);
}

/** Lets queued page work (editor updates, fetches) run: two animation frames plus `ms`. */
export async function settle(page: Page, ms = 50): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  if (ms > 0) await new Promise((r) => setTimeout(r, ms));
}
