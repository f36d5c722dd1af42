import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { DEV_EXTENSION_ID } from '../../src/dev-extension-key';

/**
 * The id Chromium gives every development build: fixed by the manifest `key` (src/dev-extension-key.ts),
 * whatever folder the build is loaded from. Policy files and extension page URLs use it.
 */
export const EXTENSION_ID = DEV_EXTENSION_ID;

/** The production Chrome build that `npm test` builds before running vitest. */
export const EXTENSION_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags every e2e launch uses (toolchain.md §3). */
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Makes the browser unable to resolve any host name except localhost, so that nothing (preconnects,
 * the predictor, a WebSocket, which request interception does not see) can reach the network. The
 * fixture server answers by request interception before DNS, so the fixture hosts still work.
 */
export const OFFLINE_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'];

function assertChromium(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
}

export interface PlainBrowser {
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium WITHOUT the extension (baseline runs of the fixture pages), with the
 * same flags and a fresh profile.
 */
export async function launchWithoutExtension(): Promise<PlainBrowser> {
  assertChromium();
  const profile = mkdtempSync(join(tmpdir(), 'promptfence-e2e-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...BASE_ARGS, ...OFFLINE_ARGS, `--user-data-dir=${profile}`],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface ExtensionBrowser {
  readonly browser: Browser;
  readonly extensionId: string;
  /** The temporary Chromium profile directory (`--user-data-dir`). */
  readonly profileDir: string;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium with the built extension loaded through command-line flags (the way that
 * also delivers managed policy at start-up; see ../shared/research/toolchain.md §3–4). Fails unless
 * Chromium loaded it under `EXTENSION_ID` (the build's manifest `key`), since policy written for that id
 * would otherwise never reach it and policy tests would fail for the wrong reason.
 */
export async function launchWithExtension(
  options: {
    readonly extraArgs?: readonly string[];
    /**
     * Host permissions to hold as if the user (or admin) had granted them: optional host permissions
     * need a click in a browser dialog that automation cannot reach, so the built extension is copied
     * and these are added to its manifest's `host_permissions`. Everything else is the real build.
     */
    readonly grantedHosts?: readonly string[];
    /** Leave the profile directory on disk after `close()` (the caller inspects, then removes it). */
    readonly keepProfile?: boolean;
  } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No extension build in ${EXTENSION_DIR}: run \`npm run build\` first (npm test does).`);
  }
  assertChromium();
  const profile = mkdtempSync(join(tmpdir(), 'promptfence-e2e-'));
  let extensionDir = EXTENSION_DIR;
  if (options.grantedHosts?.length) {
    extensionDir = join(profile, 'extension');
    cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...options.grantedHosts];
    writeFileSync(manifestPath, JSON.stringify(manifest));
  }
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...BASE_ARGS,
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.extraArgs ?? []),
    ],
  });
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 15_000 },
  );
  const extensionId = new URL(worker.url()).host;
  if (extensionId !== EXTENSION_ID) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    const key = (JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { key?: unknown }).key;
    throw new Error(
      `Chromium loaded the extension from ${extensionDir} as ${extensionId}, expected ${EXTENSION_ID} (DEV_EXTENSION_ID). ` +
        (key === undefined ? 'The build\'s manifest has no "key": was it built as a store package (npm run zip)?' : 'The manifest "key" does not match DEV_EXTENSION_KEY.'),
    );
  }
  return {
    browser,
    extensionId,
    profileDir: profile,
    async close() {
      await browser.close();
      if (!options.keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Forgets every conversation's placeholders (the restore vault, `storage.session`): tests on one fixture
 * path would otherwise share one conversation across the suite, and a value one test redacted would be
 * a follow-up in the next (src/restore/conversation-values.ts). Through an extension page: the session
 * area outlives a stopped worker, and puppeteer's evaluation in the service worker did not see `chrome`
 * in CI.
 */
export async function forgetConversations(ext: ExtensionBrowser): Promise<void> {
  const clear = () => (globalThis as unknown as { chrome: { storage: { session: { remove(key: string): Promise<void> } } } }).chrome.storage.session.remove('restore.vaults');
  const page = await ext.browser.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.evaluate(clear);
  } finally {
    await page.close();
  }
}

/** The extension's service worker targets (none while it is stopped). */
function workerTargets(ext: ExtensionBrowser) {
  return ext.browser.targets().filter((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${ext.extensionId}/`));
}

/** True while the extension's MV3 service worker runs. */
export function extensionWorkerRunning(ext: ExtensionBrowser): boolean {
  return workerTargets(ext).length > 0;
}

/**
 * Stops the extension's MV3 service worker the way Chrome does when it idles it out (CDP
 * `Target.closeTarget` on the worker, through puppeteer's `WebWorker.close`), and waits until its target
 * is gone. Its timers and in-memory state die with it; the next extension event starts a fresh worker.
 */
export async function stopExtensionWorker(ext: ExtensionBrowser, timeoutMs = 10_000): Promise<void> {
  const targets = workerTargets(ext);
  if (targets.length === 0) throw new Error('the extension\'s service worker is not running');
  for (const target of targets) await (await target.worker())?.close();
  const until = Date.now() + timeoutMs;
  while (extensionWorkerRunning(ext)) {
    if (Date.now() > until) throw new Error(`the extension's service worker still runs ${timeoutMs} ms after Target.closeTarget`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface UpdatableExtensionBrowser {
  readonly browser: Browser;
  /** Set once installed (Chromium derives it from the copy's folder, not the manifest `key`, when loading this way). */
  extensionId: string;
  /** Installs the build (when launched without it): the background sees `onInstalled` reason `install`. */
  install(): Promise<string>;
  /**
   * What an update does to open pages: the same folder is loaded again with a higher version, so the
   * old version's content scripts are orphaned and the background sees `onInstalled` reason `update`.
   */
  update(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Chromium with a copy of the build that can be installed and updated while pages are open, through
 * CDP `Extensions.loadUnpacked` (puppeteer `installExtension`, which needs `pipe` and
 * `enableExtensions`). `chrome.runtime.reload()` cannot stand in for an update in this harness: a
 * reloaded extension does not come back in headless Chromium (measured with both loading ways). Managed
 * policy is not loaded at start-up this way (toolchain.md §4), so policy suites use `launchWithExtension`.
 */
export async function launchUpdatableExtension(options: { readonly installed?: boolean } = {}): Promise<UpdatableExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No extension build in ${EXTENSION_DIR}: run \`npm run build\` first (npm test does).`);
  }
  assertChromium();
  const profile = mkdtempSync(join(tmpdir(), 'promptfence-e2e-'));
  const extensionDir = join(profile, 'extension');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: [...BASE_ARGS, ...OFFLINE_ARGS, `--user-data-dir=${profile}`],
  });
  const ext: UpdatableExtensionBrowser = {
    browser,
    extensionId: '',
    async install() {
      ext.extensionId = await browser.installExtension(extensionDir);
      return ext.extensionId;
    },
    async update() {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
      const parts = manifest.version.split('.').map(Number);
      parts[parts.length - 1]! += 1;
      manifest.version = parts.join('.');
      writeFileSync(manifestPath, JSON.stringify(manifest));
      const id = await browser.installExtension(extensionDir);
      if (id !== ext.extensionId) throw new Error(`the update was installed as ${id}, not over ${ext.extensionId}`);
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  try {
    if (options.installed !== false) await ext.install();
  } catch (error) {
    await ext.close();
    throw error;
  }
  return ext;
}
