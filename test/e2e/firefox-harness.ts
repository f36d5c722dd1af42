/**
 * Firefox ESR counterpart of harness.ts: Debian's `firefox-esr`, headless, driven by puppeteer-core over
 * WebDriver BiDi, with the built Firefox add-on (.output/firefox-mv2) installed as a temporary add-on
 * into a fresh profile (../shared/research/toolchain.md §4 "Firefox").
 *
 * - Fixture sites are served under their real https hostnames by the SAME request interception as in
 *   Chromium (fixture-server.ts `serveFixtures`): BiDi `network.addIntercept` + `provideResponse` answer
 *   before any DNS, connection or TLS, so the manifest's production match patterns (https://chatgpt.com/*
 *   …) are what selects the page. Two HTTPRequest getters are CDP-only in puppeteer's BiDi backend and
 *   throw `UnsupportedOperation`; `serveFixturesInFirefox` fills them in first (see `shimBidiRequest`).
 * - Offline: every http(s) request the page interception does not see (the browser's own background
 *   traffic, a request from the add-on's background page, another tab) goes to a local "black hole"
 *   proxy that records where it wanted to go and refuses it, the Firefox equivalent of harness.ts
 *   `OFFLINE_ARGS`. (A page's WebSocket handshake is intercepted like any request, and aborted.)
 * - Admin policy: Firefox reads enterprise policy at start-up only, from /etc/firefox/policies/policies.json
 *   on Linux (docs/admin.md, "Firefox"), and publishes `3rdparty.Extensions[<gecko id>]` as the add-on's
 *   `storage.managed`. It never sends managed change events, so a policy goes in before launch.
 *   (The `browser.policies.alternatePath` pref is ignored by this build, so the system path it is; it
 *   needs root, as CI has. The file is removed in `close()` and on process exit.)
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page, type ResourceType } from 'puppeteer-core';
import { serveFixtures, type Recorder, type ServeOptions } from './fixture-server';

/** The gecko id fixed in wxt.config.ts (`browser_specific_settings.gecko.id`). */
export const GECKO_ID = 'promptfence@promptfence.dev';

/** The production Firefox build that `npm test` builds (`wxt build -b firefox`) before running vitest. */
export const FIREFOX_EXTENSION_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Where Debian's Firefox ESR looks for enterprise policy (docs/admin.md). */
export const FIREFOX_POLICY_DIR = '/etc/firefox/policies';
export const FIREFOX_POLICY_FILE = `${FIREFOX_POLICY_DIR}/policies.json`;

// ---- offline: the black-hole proxy ---------------------------------------------------------

export interface BlackHole {
  readonly port: number;
  /** `host:port` (CONNECT) or absolute URL (plain http) of every request that tried to leave. */
  escaped(): string[];
  close(): Promise<void>;
}

/** A local proxy that lets nothing through: it notes the target of each request and answers 502. */
async function startBlackHole(): Promise<BlackHole> {
  const escaped: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.once('data', (chunk) => {
      const [, target] = /^[A-Z]+ (\S+)/.exec(chunk.toString('latin1')) ?? [];
      escaped.push(target ?? '(unparsed)');
      // An answer, not a reset: Firefox retries a reset connection up to ten times.
      socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('black-hole proxy has no port');
  return {
    port: address.port,
    escaped: () => [...escaped],
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

/**
 * Prefs for a browser that cannot reach the network: every http(s) and WebSocket request goes through
 * the black-hole proxy (HTTP proxies resolve names themselves, so Firefox does no DNS lookup either),
 * and DNS prefetching is off. Loopback stays direct (Firefox never proxies it by default).
 */
function offlinePrefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.socks': '',
    'network.proxy.no_proxies_on': '',
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    // Remote Settings (blocklists, experiments, …) from nowhere, as Firefox's own test harnesses do.
    // Release builds honour this pref only with MOZ_REMOTE_SETTINGS_DEVTOOLS set (see the launch).
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
  };
}

// ---- admin policy ----------------------------------------------------------------------------

/**
 * Writes `policy` as the add-on's managed storage through Firefox's enterprise policy file. Refuses to
 * overwrite a policies.json it did not write (a real one on the machine), needs root. Returns the
 * removal (also registered for process exit), which takes away what it created, directories included.
 */
export function writeFirefoxPolicy(policy: object): () => void {
  if (process.getuid?.() !== 0) throw new Error(`writing ${FIREFOX_POLICY_FILE} needs root (CI runs as root)`);
  if (existsSync(FIREFOX_POLICY_FILE)) {
    throw new Error(`${FIREFOX_POLICY_FILE} already exists; not overwriting it (remove it, or run this suite elsewhere)`);
  }
  const created = ['/etc/firefox', FIREFOX_POLICY_DIR].filter((d) => !existsSync(d));
  mkdirSync(FIREFOX_POLICY_DIR, { recursive: true });
  writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }));
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    process.off('exit', remove);
    rmSync(FIREFOX_POLICY_FILE, { force: true });
    for (const dir of created.reverse()) {
      try {
        rmdirSync(dir);
      } catch {
        // Not empty any more (someone else put something there): leave it.
      }
    }
  };
  process.once('exit', remove);
  return remove;
}

// ---- launch ------------------------------------------------------------------------------------

export interface FirefoxExtensionBrowser {
  readonly browser: Browser;
  /** The id Firefox installed the add-on under (checked to be `GECKO_ID`). */
  readonly extensionId: string;
  /** Requests that tried to leave the machine (see `BlackHole.escaped`). */
  escaped(): string[];
  /**
   * An update while pages are open: a copy of the build, one version up, installed over the add-on
   * (Firefox then injects the new version's content scripts into the open tabs itself).
   */
  update(): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Admin policy for the add-on, written before launch and removed in `close()`. */
  readonly policy?: object;
}

/** Launches headless Firefox ESR, offline, in a fresh profile, with the built add-on installed. */
export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions = {}): Promise<FirefoxExtensionBrowser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first (npm test does).`);
  }
  const gecko = (JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  }).browser_specific_settings?.gecko?.id;
  if (gecko !== GECKO_ID) throw new Error(`${FIREFOX_EXTENSION_DIR} is not the Firefox build of PromptFence (gecko id ${String(gecko)}, expected ${GECKO_ID})`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR not found at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH).`);

  const cleanups: (() => void | Promise<void>)[] = [];
  /** Undoes what was set up, newest first; every step runs even if one fails (the policy file must go). */
  const cleanUp = async () => {
    let failure: unknown;
    for (const step of cleanups.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== undefined) throw failure;
  };
  try {
    if (options.policy) cleanups.push(writeFirefoxPolicy(options.policy));
    const profile = mkdtempSync(join(tmpdir(), 'promptfence-e2e-firefox-'));
    cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
    const blackHole = await startBlackHole();
    cleanups.push(() => blackHole.close());
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      extraPrefsFirefox: offlinePrefs(blackHole.port),
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    });
    cleanups.push(() => browser.close());
    const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (extensionId !== GECKO_ID) throw new Error(`Firefox installed the add-on as ${extensionId}, expected ${GECKO_ID}`);
    let updates = 0;
    const update = async () => {
      const dir = join(profile, `update-${++updates}`);
      cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
      const manifestPath = join(dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
      manifest.version = `${manifest.version}.${updates}`;
      writeFileSync(manifestPath, JSON.stringify(manifest));
      const id = await browser.installExtension(dir);
      if (id !== GECKO_ID) throw new Error(`Firefox installed the update as ${id}, expected ${GECKO_ID}`);
    };
    return { browser, extensionId, escaped: () => blackHole.escaped(), update, close: cleanUp };
  } catch (error) {
    await cleanUp().catch(() => undefined);
    throw error;
  }
}

// ---- fixture serving and input over BiDi --------------------------------------------------------

/**
 * puppeteer's BiDi HTTPRequest throws `UnsupportedOperation` from `resourceType()` and `postData()`
 * (CDP-only). fixture-server.ts uses both: `resourceType() === 'document'` picks page loads, and
 * `postData()` is tried before `fetchPostData()` (BiDi `network.getData`, which Firefox supports).
 * Navigation requests are the document loads here (no iframes on the fixture pages).
 */
function shimBidiRequest(req: HTTPRequest): void {
  const type: ResourceType = req.isNavigationRequest() ? 'document' : 'other';
  Object.assign(req, { resourceType: () => type, postData: () => undefined });
}

/**
 * fixture-server.ts `serveFixtures` for a Firefox page: the shim listener is registered first, so it
 * runs before the server's handler on the same request object.
 */
export async function serveFixturesInFirefox(page: Page, options: ServeOptions = {}): Promise<Recorder> {
  page.on('request', shimBidiRequest);
  const recorder = await serveFixtures(page, options);
  return {
    ...recorder,
    async stop() {
      await recorder.stop();
      page.off('request', shimBidiRequest);
    },
  };
}

/**
 * A trusted paste into the focused element, as a user would: the text goes on the clipboard
 * (`navigator.clipboard.writeText`; headless Firefox has its own in-memory clipboard and needs no
 * permission for writing), then Ctrl+V, which Firefox turns into a native paste (a trusted `paste`
 * event, then the editor's own insertion). drive.ts `pasteText` is Chromium-only: it grants
 * `clipboard-read`, which BiDi `permissions.setPermission` rejects in Firefox, and uses CDP editing commands.
 */
export async function pasteInFirefox(page: Page, text: string): Promise<void> {
  const focused = await page.evaluateHandle(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.evaluate((el) => {
    if (el instanceof HTMLElement && document.activeElement !== el) el.focus();
  }, focused);
  await page.keyboard.down('Control');
  try {
    await page.keyboard.press('v');
  } finally {
    await page.keyboard.up('Control');
  }
}

