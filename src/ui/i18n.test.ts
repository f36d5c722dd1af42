import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ALL_DETECTORS } from '../engine/detectors';
import { messageKey, PANEL_ENGLISH } from './panel/strings';
import { CATALOGUE_PREFIX, POLICY_MESSAGES } from '../policy/messages';
import { t } from './i18n';
import { detectorMessageKey } from './shared/explain';
import { format, loadCatalogue, useCatalogue } from './testing/catalogue';

const ROOT = resolve(import.meta.dirname, '../..');
/** Keys the manifest uses (`__MSG_…__` in wxt.config.ts) rather than the UI. */
const MANIFEST_KEYS = ['extName', 'extDescription'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/**
 * Every literal `t('key'…)` in the UI and its entrypoints, plus `policyError_<code>` for every policy
 * problem code (describeProblem builds those keys; messages.test.ts checks each entry's text), plus the
 * in-page guard UI's `panel_<key>` (src/ui/panel/strings.ts; strings.test.ts checks each entry's text).
 */
function usedKeys(): Set<string> {
  const keys = new Set<string>(Object.keys(POLICY_MESSAGES).map((code) => `${CATALOGUE_PREFIX}${code}`));
  for (const key of Object.keys(PANEL_ENGLISH)) keys.add(messageKey(key));
  // Each built-in detector's description (src/ui/shared/explain.ts; detector-messages.test.ts checks the text).
  for (const d of ALL_DETECTORS) keys.add(detectorMessageKey(d.id));
  // The in-page panel and overlay look their keys up through the panel's own `t` (added above, as `panel_…`).
  const inPage = [join(ROOT, 'src/ui/panel'), join(ROOT, 'src/ui/overlay')];
  const uiFiles = sourceFiles(join(ROOT, 'src/ui')).filter((f) => !inPage.some((dir) => f.startsWith(dir)));
  for (const file of [...uiFiles, ...sourceFiles(join(ROOT, 'entrypoints/options')), ...sourceFiles(join(ROOT, 'entrypoints/popup'))]) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)) keys.add(m[1]!);
  }
  return keys;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('English catalogue', () => {
  const catalogue = loadCatalogue();
  const used = usedKeys();

  it('finds the UI keys at all (the parser works)', () => {
    expect(used.size).toBeGreaterThan(50);
    expect(used).toContain('lockedBadge');
  });

  it('has every key the UI uses', () => {
    expect([...used].filter((k) => !Object.hasOwn(catalogue, k))).toEqual([]);
  });

  it('has no key the UI and manifest do not use', () => {
    expect(Object.keys(catalogue).filter((k) => !used.has(k) && !MANIFEST_KEYS.includes(k))).toEqual([]);
  });

  it('uses only valid key names and non-empty messages, and every $PLACEHOLDER$ is declared', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim()).not.toBe('');
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) expect(entry.placeholders, key).toHaveProperty(name!.toLowerCase());
    }
  });

  it('says "Set by your organisation" on locked settings', () => {
    expect(catalogue.lockedBadge?.message).toBe('Set by your organisation');
  });
});

describe('t', () => {
  it('shows the key when there is no i18n API (fakeBrowser throws)', () => {
    expect(t('lockedBadge')).toBe('lockedBadge');
    expect(t('policyErrorsCount', '3')).toBe('policyErrorsCount 3');
  });

  it('shows the key when the catalogue has no such message', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    expect(t('noSuchKey')).toBe('noSuchKey');
  });

  it('returns the message with its substitutions', () => {
    useCatalogue();
    expect(t('lockedBadge')).toBe('Set by your organisation');
    expect(t('policyErrorsCount', '3')).toBe('Policy problems: 3');
    expect(format({ message: 'a $X$ b', placeholders: { x: { content: '$1' } } }, ['y'])).toBe('a y b');
  });
});
