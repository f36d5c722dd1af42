/**
 * Picks the way sites do it without a visible `<input>`: an input made and clicked off the document
 * (`pickThroughOffDomInput`), and `window.showOpenFilePicker` (the rest of this file).
 *
 * Automation cannot answer the browser's File System Access picker: with file-chooser interception on,
 * Chromium 156 reports `Page.fileChooserOpened` without an input node, and there is no command that
 * gives it files (puppeteer's `waitForFileChooser` crashes on it: "DOM.resolveNode: Either nodeId or
 * backendNodeId must be specified"). So `installPickerStandIn` puts a stand-in for the picker DIALOG
 * before every document's scripts (CDP runs it before the extension's main-world content script, so
 * the hook wraps the stand-in as it wraps the browser's picker on a real page). The stand-in returns
 * real `FileSystemFileHandle`s, from the origin's private file system, for the files a test staged
 * with `stagePick`; with nothing staged it calls the browser's own picker.
 *
 * `addPickerUpload` gives the page a button that does what a site does: picks, reads each handle's
 * file, and POSTs `{ name, base64 }` to the upload path.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { writeTempFiles } from './drive';

interface PickerWindow {
  showOpenFilePicker(options?: unknown): Promise<FileSystemFileHandle[]>;
  showDirectoryPicker(options?: unknown): Promise<FileSystemDirectoryHandle>;
  __pickerStaged?: string[];
  __pickerResult?: string;
  __picked?: FileSystemFileHandle[];
}

/** Before the page's (and the extension's) scripts: the picker dialog answered from staged files. */
export async function installPickerStandIn(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as PickerWindow;
    const browserPicker = w.showOpenFilePicker;
    if (typeof browserPicker !== 'function') return;
    w.showOpenFilePicker = async function showOpenFilePicker(options?: unknown) {
      const staged = w.__pickerStaged;
      if (!staged) return browserPicker.call(window, options);
      w.__pickerStaged = undefined;
      const root = await navigator.storage.getDirectory();
      return Promise.all(staged.map((name) => root.getFileHandle(name)));
    };
  });
}

/** Writes `files` into the origin's private file system and makes them the next pick's answer. */
export async function stagePick(page: Page, files: readonly { name: string; content: Uint8Array }[]): Promise<void> {
  await writePrivateFiles(page, files);
  await page.evaluate((names) => ((window as unknown as PickerWindow).__pickerStaged = names), files.map((f) => f.name));
}

/** (Over)writes files in the origin's private file system: a staged file changed on disk after the pick. */
export async function writePrivateFiles(page: Page, files: readonly { name: string; content: Uint8Array }[]): Promise<void> {
  const specs = files.map((f) => ({ name: f.name, base64: Buffer.from(f.content).toString('base64') }));
  await page.evaluate(async (list) => {
    const root = await navigator.storage.getDirectory();
    for (const f of list) {
      const handle = await root.getFileHandle(f.name, { create: true });
      const writable = await (handle as unknown as { createWritable(): Promise<{ write(d: BufferSource): Promise<void>; close(): Promise<void> }> }).createWritable();
      await writable.write(Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, specs);
}

/**
 * A `#picker-upload` button (the site's "Attach" through `showOpenFilePicker({ multiple: true })`) and a
 * `#folder-open` button (`showDirectoryPicker`). The pick's outcome is in `pickerResult`: `ok` once every
 * file was uploaded, or the error's name.
 */
export async function addPickerUpload(page: Page, uploadPath: string): Promise<void> {
  await page.evaluate((path) => {
    const w = window as unknown as PickerWindow;
    const base64 = (bytes: Uint8Array) => {
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    };
    const button = (id: string, onClick: () => Promise<void>) => {
      const b = document.createElement('button');
      b.id = id;
      b.textContent = id;
      b.addEventListener('click', () => {
        w.__pickerResult = 'pending';
        onClick().then(
          () => (w.__pickerResult = 'ok'),
          (e: unknown) => (w.__pickerResult = (e as Error).name),
        );
      });
      document.body.append(b);
    };
    button('picker-upload', async () => {
      const handles = await w.showOpenFilePicker({ multiple: true });
      w.__picked = handles;
      for (const h of handles) {
        const f = await h.getFile();
        await fetch(path, { method: 'POST', body: JSON.stringify({ name: f.name, base64: base64(new Uint8Array(await f.arrayBuffer())) }) });
      }
    });
    button('folder-open', async () => {
      await w.showDirectoryPicker();
    });
  }, uploadPath);
}

/** `pending` while the pick is held, then `ok` or the rejection's name (`AbortError`). */
export function pickerResult(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as PickerWindow).__pickerResult);
}

/**
 * The page's own button makes an `<input type=file>`, never appended, clicks it and uploads on change
 * (`{ name, size }` to `uploadPath`); the file is chosen in the browser's file chooser (Chromium over
 * CDP, Firefox over WebDriver BiDi).
 */
export async function pickThroughOffDomInput(page: Page, uploadPath: string, file: { name: string; content: Uint8Array }): Promise<void> {
  await page.evaluate((path) => {
    if (document.getElementById('off-dom-upload')) return;
    const button = document.createElement('button');
    button.id = 'off-dom-upload';
    button.textContent = 'Upload';
    button.addEventListener('click', () => {
      const input = document.createElement('input');
      input.type = 'file';
      input.addEventListener('change', () => {
        const f = input.files?.[0];
        if (!f) return;
        void f.arrayBuffer().then((b) => fetch(path, { method: 'POST', body: JSON.stringify({ name: f.name, size: b.byteLength }) }));
      });
      input.click();
    });
    document.body.append(button);
  }, uploadPath);
  const [chooser] = await Promise.all([page.waitForFileChooser(), page.click('#off-dom-upload')]);
  await chooser.accept(writeTempFiles([file]));
}

/** A folder on disk holding `files`, to drop (`dropFiles(page, [path])`); removed when the process exits. */
export function tempFolder(name: string, files: readonly { name: string; content: string | Uint8Array }[]): string {
  const root = mkdtempSync(join(tmpdir(), 'promptfence-folder-'));
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  const folder = join(root, name);
  mkdirSync(folder);
  for (const f of files) writeFileSync(join(folder, f.name), f.content);
  return folder;
}

/** Counts drops carrying a folder as the page's earliest listener (window, capture) sees them; read it with `foldersSeen`. */
export async function watchFolderDrops(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __folderSeen: number };
    w.__folderSeen = 0;
    window.addEventListener('drop', (e) => {
      if ([...e.dataTransfer!.items].some((i) => i.webkitGetAsEntry()?.isDirectory)) w.__folderSeen++;
    }, true);
  });
}

export function foldersSeen(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __folderSeen: number }).__folderSeen);
}
