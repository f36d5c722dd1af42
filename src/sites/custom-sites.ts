/**
 * Admin-added internal AI front ends (policy `extraSites`, see `toCustomSiteConfigs` in
 * src/policy/effective.ts) → SiteAdapters.
 *
 * Policy is untrusted input (STYLE rule 13): this never throws, keeps whatever part of an entry is
 * usable, and explains every dropped part in `errors`. Dropping a single bad selector keeps the site
 * guarded (the generic fallback still finds the composer); an entry is rejected only when it has no
 * usable host or its id is unusable.
 */
import { SITE_ADAPTERS } from './adapters';
import { parseMatchPattern } from './match-pattern';
import { selectorProblem } from './selector-syntax';
import type { CustomSiteConfig, EditorKind, SiteAdapter } from './types';

export interface CustomSiteError {
  /** Index of the entry in the policy list; -1 when the list itself is malformed. */
  readonly index: number;
  /** A full sentence naming the entry and the field, safe to show to the admin. */
  readonly message: string;
}

export interface CustomSitesResult {
  readonly adapters: readonly SiteAdapter[];
  readonly errors: readonly CustomSiteError[];
}

const EDITOR_KINDS: readonly EditorKind[] = ['prosemirror', 'lexical', 'quill', 'textarea', 'contenteditable'];
const ID_RE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const BUILT_IN_IDS = new Set(SITE_ADAPTERS.map((adapter) => adapter.id));
const MAX_ENTRIES = 200;

/** Validates the admin's site list and turns the usable entries into adapters (`custom: true`). */
export function customSiteAdapters(configs: unknown): CustomSitesResult {
  const adapters: SiteAdapter[] = [];
  const errors: CustomSiteError[] = [];
  if (configs === undefined || configs === null) return { adapters, errors };
  if (!Array.isArray(configs)) {
    return { adapters, errors: [{ index: -1, message: 'extraSites must be a list of site entries.' }] };
  }
  const seenIds = new Set<string>();
  configs.slice(0, MAX_ENTRIES).forEach((entry: unknown, index) => {
    const adapter = toAdapter(entry, index, seenIds, (message) => errors.push({ index, message }));
    if (adapter) {
      seenIds.add(adapter.id);
      adapters.push(adapter);
    }
  });
  if (configs.length > MAX_ENTRIES) {
    errors.push({ index: MAX_ENTRIES, message: `extraSites: only the first ${MAX_ENTRIES} entries are used.` });
  }
  return { adapters, errors };
}

function toAdapter(entry: unknown, index: number, seenIds: ReadonlySet<string>, report: (m: string) => void): SiteAdapter | null {
  const where = `extraSites[${index}]`;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    report(`${where}: each entry must be an object with a "hosts" list.`);
    return null;
  }
  const config = entry as Partial<Record<keyof CustomSiteConfig, unknown>>;
  const label = typeof config.id === 'string' ? `${where} ("${config.id}")` : where;

  const matches: string[] = [];
  if (!Array.isArray(config.hosts) || config.hosts.length === 0) {
    report(`${label}: "hosts" must be a non-empty list of host names or match patterns.`);
  } else {
    config.hosts.forEach((host: unknown, i) => {
      const result = hostToPattern(host);
      if (typeof result === 'string') matches.push(result);
      else report(`${label}: hosts[${i}] ${JSON.stringify(host)} ${result.problem}.`);
    });
  }
  if (matches.length === 0) {
    report(`${label}: skipped, no usable host.`);
    return null;
  }

  let id: string;
  if (config.id === undefined) {
    id = `custom-${matches[0]!.replace(/^[^:]*:\/\//, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}`.slice(0, 64);
  } else if (typeof config.id !== 'string' || !ID_RE.test(config.id)) {
    report(`${label}: skipped, "id" must be 1-64 lower-case letters, digits, "-" or "_".`);
    return null;
  } else {
    id = config.id;
  }
  if (BUILT_IN_IDS.has(id)) {
    report(`${label}: skipped, id "${id}" is already used by a built-in site.`);
    return null;
  }
  if (seenIds.has(id)) {
    report(`${label}: skipped, id "${id}" is used by an earlier entry.`);
    return null;
  }

  let editor: EditorKind = 'contenteditable';
  if (config.editor !== undefined) {
    if (EDITOR_KINDS.includes(config.editor as EditorKind)) editor = config.editor as EditorKind;
    else report(`${label}: "editor" ${JSON.stringify(config.editor)} is not one of ${EDITOR_KINDS.join(', ')}; using contenteditable.`);
  }

  const name = typeof config.name === 'string' && config.name.trim() ? config.name.trim().slice(0, 80) : matches[0]!.replace(/^[^:]*:\/\/|\/\*$/g, '');
  if (config.name !== undefined && typeof config.name !== 'string') report(`${label}: "name" must be a string; using the host.`);

  return {
    id,
    name,
    matches,
    composer: selectorList(config.composer, `${label}: composer`, report),
    send: selectorList(config.send, `${label}: send`, report),
    editor,
    custom: true,
  };
}

function selectorList(value: unknown, where: string, report: (m: string) => void): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report(`${where} must be a list of CSS selectors; ignored.`);
    return [];
  }
  const valid: string[] = [];
  value.forEach((selector: unknown, i) => {
    const problem = selectorProblem(selector);
    if (problem) report(`${where}[${i}] ${JSON.stringify(selector)} ${problem}; ignored.`);
    else valid.push((selector as string).trim());
  });
  return valid;
}

/**
 * A bare host (`ai.corp.example`, `*.corp.example`, `ai.corp.example:8443`) becomes `*://host/*`
 * (internal front ends are sometimes plain http); a match pattern is kept as written.
 * Returns the pattern, or the reason it was refused.
 */
export function hostToPattern(raw: unknown): string | { problem: string } {
  if (typeof raw !== 'string' || raw.trim() === '') return { problem: 'is not a host name' };
  const value = raw.trim();
  if (value === '<all_urls>') return { problem: 'matches every site; list the specific hosts of the AI front end' };
  const isPattern = value.includes('://');
  if (!isPattern && value.includes('/')) return { problem: 'is neither a bare host name nor a match pattern like "https://ai.corp.example/*"' };
  const pattern = isPattern ? value : `*://${value.toLowerCase()}/*`;
  const scheme = pattern.slice(0, pattern.indexOf('://'));
  if (!['http', 'https', '*'].includes(scheme)) return { problem: 'uses a scheme other than http or https' };
  const parsed = parseMatchPattern(pattern);
  if (!parsed) return { problem: isPattern ? 'is not a valid match pattern' : 'is not a valid host name' };
  if (parsed.host === '*') return { problem: 'matches every site; list the specific hosts of the AI front end' };
  // `*.com` or `*.internal` would cover a whole top-level domain.
  if (parsed.subdomains && !parsed.host.includes('.')) return { problem: 'uses a wildcard over a whole top-level domain' };
  return pattern;
}
