/**
 * Serves the fixture chat sites under their real https hostnames to one puppeteer Page, through
 * request interception: nothing reaches the network.
 *
 * - GET of a document on a fixture host → that site's page (any path: `/`, `/app`, `/c/123`);
 *   on every fixture host, `/__fixture/rerender|shadow|attacker` → the special pages.
 * - GET `/__fixture/static/<page>.js` → the page's esbuild bundle (built once per process).
 * - POST to a site's send endpoint → 200 `{"ok":true}`, recorded; other POSTs to fixture hosts → 404, recorded.
 * - chrome-extension:, data: and blob: URLs go through untouched (the extension's own resources).
 * - EVERY other request is aborted and listed in `recorder.aborted()`.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { fixtureBundles } from './fixtures/build';
import { pageHtml, SCRIPT_PATH_PREFIX } from './fixtures/html';
import {
  CORP_HOST,
  FIXTURE_HOSTS,
  FIXTURE_SITES,
  SPECIAL_ENDPOINT,
  SPECIAL_PAGES,
  siteForHost,
  type PageConfig,
  type SentBody,
  type SiteId,
  type SpecialId,
} from './fixtures/sites';

export {
  ATTACKS,
  CORP_HOST,
  FIXTURE_HOSTS,
  FIXTURE_SITES,
  LONG_PASTE_THRESHOLD,
  SPECIAL_PAGES,
  siteById,
  siteForHost,
  siteUrl,
  type Attack,
  type EditorImpl,
  type EditorKind,
  type FixtureSite,
  type PageConfig,
  type SentAttachment,
  type SentBody,
  type SiteId,
  type SpecialId,
  type SpecialPage,
} from './fixtures/sites';
export type { FixtureApi, LoggedEvent, SendRecord, SendVia } from './fixtures/runtime';

export interface RecordedRequest {
  readonly url: string;
  readonly host: string;
  readonly path: string;
  readonly method: string;
  readonly body: string;
  /** The site whose host received it (undefined for ai.corp.example). */
  readonly site?: SiteId;
  /** True when the path is the host's send endpoint (answered 200). */
  readonly endpoint: boolean;
  readonly at: number;
}

export interface Recorder {
  /** Every POST that reached a fixture host, oldest first. */
  requests(): RecordedRequest[];
  /** Parsed JSON bodies of the POSTs to send endpoints. */
  bodies(): SentBody[];
  /** `prompt` of each body. */
  prompts(): string[];
  /** URLs that were aborted (not a fixture host). */
  aborted(): string[];
  /** Forget what was recorded so far. */
  clear(): void;
  /** Resolves once at least `count` bodies were recorded (since the last `clear`). */
  waitForBodies(count: number, timeoutMs?: number): Promise<SentBody[]>;
  /** Stop serving: removes the handler and turns interception off. */
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** Delay before each page mounts its editor ("hydration"), ms. Pages also take `?hydrate=ms`. Default 50. */
  readonly hydrateDelay?: number;
}

const SPECIAL_IDS: readonly SpecialId[] = ['rerender', 'shadow', 'attacker'];

/** Send endpoint paths a host answers 200 on. */
function endpointsFor(host: string): string[] {
  const site = siteForHost(host);
  return site ? [site.endpoint] : host === CORP_HOST ? [SPECIAL_ENDPOINT] : [];
}

/** Upload paths a host answers 200 on (recorded, but not send bodies). */
function uploadPathsFor(host: string): string[] {
  const path = siteForHost(host)?.uploadPath;
  return path ? [path] : [];
}

/** The page config for a document URL on a fixture host, or undefined when there is no page there. */
export function pageConfigFor(url: string, options: ServeOptions = {}): PageConfig | undefined {
  const { hostname, pathname } = new URL(url);
  if (!FIXTURE_HOSTS.includes(hostname)) return undefined;
  const site = siteForHost(hostname);
  const hydrateDelay = options.hydrateDelay ?? 50;
  const special = /^\/__fixture\/([a-z]+)\/?$/.exec(pathname)?.[1] as SpecialId | undefined;
  if (special !== undefined) {
    if (!SPECIAL_IDS.includes(special)) return undefined;
    return { page: special, site: site?.id, endpoint: site?.endpoint ?? SPECIAL_PAGES[special].endpoint, hydrateDelay };
  }
  if (pathname.startsWith('/__fixture/')) return undefined;
  if (hostname === CORP_HOST) return { page: 'corp', endpoint: SPECIAL_PAGES.corp.endpoint, hydrateDelay };
  if (!site) return undefined;
  return {
    page: site.id,
    site: site.id,
    endpoint: site.endpoint,
    longPasteThreshold: site.longPasteThreshold,
    longPasteName: site.longPasteName,
    ...(site.uploadPath ? { uploadPath: site.uploadPath } : {}),
    hydrateDelay,
  };
}

const PASS_THROUGH = /^(chrome-extension|data|blob|about):/;

/** Turns on request interception for `page` and serves the fixtures. Call before `page.goto`. */
export async function serveFixtures(page: Page, options: ServeOptions = {}): Promise<Recorder> {
  const bundles = await fixtureBundles();
  let requests: RecordedRequest[] = [];
  let aborted: string[] = [];
  const waiters = new Set<() => void>();

  const bodiesOf = (list: readonly RecordedRequest[]): SentBody[] =>
    list.filter((r) => r.endpoint).map((r) => JSON.parse(r.body) as SentBody);

  async function handle(req: HTTPRequest): Promise<void> {
    const raw = req.url();
    if (PASS_THROUGH.test(raw)) return req.continue();
    const url = new URL(raw);
    if (url.protocol !== 'https:' || !FIXTURE_HOSTS.includes(url.hostname)) {
      aborted.push(raw);
      return req.abort('blockedbyclient');
    }
    const method = req.method();
    if (method === 'GET') {
      if (url.pathname.startsWith(SCRIPT_PATH_PREFIX)) {
        const script = bundles.get(url.pathname.slice(SCRIPT_PATH_PREFIX.length).replace(/\.js$/, ''));
        if (script !== undefined) return req.respond({ status: 200, contentType: 'application/javascript; charset=utf-8', body: script });
      }
      const config = req.resourceType() === 'document' ? pageConfigFor(raw, options) : undefined;
      if (config) return req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: pageHtml(config) });
      return req.respond({ status: 404, contentType: 'text/plain', body: 'not found' });
    }
    if (method === 'POST') {
      let body = req.postData() ?? '';
      if (!body && req.hasPostData()) body = (await req.fetchPostData()) ?? '';
      const endpoint = endpointsFor(url.hostname).includes(url.pathname);
      requests.push({
        url: raw,
        host: url.hostname,
        path: url.pathname,
        method,
        body,
        site: siteForHost(url.hostname)?.id,
        endpoint,
        at: Date.now(),
      });
      for (const wake of waiters) wake();
      return endpoint || uploadPathsFor(url.hostname).includes(url.pathname)
        ? req.respond({ status: 200, contentType: 'application/json', body: '{"ok":true}' })
        : req.respond({ status: 404, contentType: 'text/plain', body: 'not found' });
    }
    if (method === 'OPTIONS') return req.respond({ status: 204, headers: { 'access-control-allow-origin': '*' }, body: '' });
    return req.respond({ status: 405, contentType: 'text/plain', body: 'method not allowed' });
  }

  const onRequest = (req: HTTPRequest) => {
    if (req.isInterceptResolutionHandled()) return;
    handle(req).catch(() => {
      // The page navigated or closed meanwhile; nothing to answer.
      if (!req.isInterceptResolutionHandled()) req.abort('failed').catch(() => {});
    });
  };
  await page.setRequestInterception(true);
  page.on('request', onRequest);

  return {
    requests: () => [...requests],
    bodies: () => bodiesOf(requests),
    prompts: () => bodiesOf(requests).map((b) => b.prompt),
    aborted: () => [...aborted],
    clear() {
      requests = [];
      aborted = [];
    },
    waitForBodies(count, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const bodies = bodiesOf(requests);
          if (bodies.length < count) return false;
          done();
          resolve(bodies);
          return true;
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`expected ${count} send request(s) within ${timeoutMs} ms, got ${bodiesOf(requests).length}`));
        }, timeoutMs);
        const wake = () => void check();
        const done = () => {
          clearTimeout(timer);
          waiters.delete(wake);
        };
        waiters.add(wake);
        check();
      });
    },
    async stop() {
      page.off('request', onRequest);
      await page.setRequestInterception(false);
    },
  };
}

/** Every fixture URL worth visiting: each site on each of its hosts, the special pages, the corp page. */
export function allFixtureUrls(): string[] {
  return [
    ...FIXTURE_SITES.flatMap((s) => s.urls),
    ...Object.values(SPECIAL_PAGES).map((p) => p.url),
  ];
}
