/**
 * Chrome extension match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns),
 * parsed and matched in pure TS so the manifest, the content script and policy validation agree on one meaning.
 *
 * Semantics kept from Chromium's `URLPattern`:
 * - `<all_urls>` matches every URL with a permitted scheme;
 * - scheme `*` matches `http` and `https` only;
 * - host `*` matches any host, `*.example.com` matches `example.com` and every subdomain;
 * - a pattern without a port matches every port; `:*` too; `:8080` only that (effective) port;
 * - the path glob (`*` is the only wildcard) is matched against path + query, never the fragment.
 */
import type { SiteAdapter } from './types';

export interface MatchPattern {
  /** The pattern as written. */
  readonly source: string;
  /** Schemes this pattern accepts. */
  readonly schemes: readonly string[];
  /** `*` for any host, '' for file URLs, else a lower-case host name (without the `*.` prefix). */
  readonly host: string;
  /** True for `*.host`: the host itself and all subdomains. */
  readonly subdomains: boolean;
  /** `*` for any port, else the port number as a string. */
  readonly port: string;
  /** Glob over path + query; `*` matches any run of characters. */
  readonly path: string;
}

const SCHEMES = ['http', 'https', 'ws', 'wss', 'ftp', 'file', 'urn'] as const;
const ALL_URLS_SCHEMES = ['http', 'https', 'ws', 'wss', 'ftp', 'file', 'urn'];
const DEFAULT_PORTS: Readonly<Record<string, string>> = { http: '80', https: '443', ws: '80', wss: '443', ftp: '21' };
/** Host names (letters, digits, `-`, `_` for intranet names, dots) or a bracketed IPv6 literal. */
const HOST_RE = /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*\.?|\[[0-9a-f:.]+\])$/;

/** Parses a match pattern; `null` when Chrome would reject it. */
export function parseMatchPattern(pattern: string): MatchPattern | null {
  if (pattern === '<all_urls>') {
    return { source: pattern, schemes: ALL_URLS_SCHEMES, host: '*', subdomains: false, port: '*', path: '/*' };
  }
  const sep = pattern.indexOf('://');
  if (sep <= 0) return null;
  const scheme = pattern.slice(0, sep);
  if (scheme !== '*' && !(SCHEMES as readonly string[]).includes(scheme)) return null;
  const rest = pattern.slice(sep + 3);
  const slash = rest.indexOf('/');
  if (slash < 0) return null; // a path is mandatory, even if only `/`
  const authority = rest.slice(0, slash).toLowerCase();
  const path = rest.slice(slash);
  const schemes = scheme === '*' ? ['http', 'https'] : [scheme];

  if (scheme === 'file') {
    return authority === '' ? { source: pattern, schemes, host: '', subdomains: false, port: '*', path } : null;
  }
  if (authority === '') return null;

  let hostPart = authority;
  let port = '*';
  const colon = authority.lastIndexOf(':');
  if (colon >= 0 && !authority.endsWith(']')) {
    port = authority.slice(colon + 1);
    hostPart = authority.slice(0, colon);
    if (port !== '*' && !/^\d{1,5}$/.test(port)) return null;
    if (port !== '*') port = String(Number(port)); // `:080` and `:80` are the same port
  }
  if (hostPart === '*') return { source: pattern, schemes, host: '*', subdomains: false, port, path };
  const subdomains = hostPart.startsWith('*.');
  const host = subdomains ? hostPart.slice(2) : hostPart;
  if (!HOST_RE.test(host)) return null; // also rejects `*` anywhere but the leading `*.`
  return { source: pattern, schemes, host, subdomains, port, path };
}

export function isValidMatchPattern(pattern: string): boolean {
  return parseMatchPattern(pattern) !== null;
}

const parsedCache = new Map<string, MatchPattern | null>();

function cachedParse(pattern: string): MatchPattern | null {
  let parsed = parsedCache.get(pattern);
  if (parsed === undefined) {
    parsed = parseMatchPattern(pattern);
    if (parsedCache.size > 500) parsedCache.clear(); // policy can add patterns; keep the cache bounded
    parsedCache.set(pattern, parsed);
  }
  return parsed;
}

/** True when `url` is matched by `pattern` (a string pattern or a parsed one). Invalid patterns match nothing. */
export function matchesPattern(pattern: string | MatchPattern, url: string | URL): boolean {
  const p = typeof pattern === 'string' ? cachedParse(pattern) : pattern;
  if (!p) return false;
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  const scheme = u.protocol.slice(0, -1);
  if (!p.schemes.includes(scheme)) return false;
  if (p.host !== '*') {
    const host = u.hostname.toLowerCase().replace(/\.$/, '');
    const want = p.host.replace(/\.$/, '');
    if (host !== want && !(p.subdomains && host.endsWith(`.${want}`))) return false;
  }
  if (p.port !== '*' && (u.port || DEFAULT_PORTS[scheme] || '') !== p.port) return false;
  return globMatch(p.path, u.pathname + u.search);
}

/** The first adapter one of whose patterns matches `url`, else `null`. Put admin overrides first to let them win. */
export function adapterForUrl<A extends Pick<SiteAdapter, 'matches'>>(url: string | URL, adapters: readonly A[]): A | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  for (const adapter of adapters) {
    if (adapter.matches.some((pattern) => matchesPattern(pattern, u))) return adapter;
  }
  return null;
}

/**
 * `*`-only glob, linear-ish two-pointer match (backtracks only to the last star), so a hostile pattern
 * like `/*a*a*a*b` cannot blow up the way a naive regex translation could.
 */
export function globMatch(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let starG = -1;
  let starT = 0;
  while (t < text.length) {
    if (g < glob.length && glob[g] === '*') {
      starG = g++;
      starT = t;
    } else if (g < glob.length && glob[g] === text[t]) {
      g++;
      t++;
    } else if (starG >= 0) {
      g = starG + 1;
      t = ++starT;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}
