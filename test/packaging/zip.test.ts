// @vitest-environment node
/**
 * `npm run zip` makes the store packages: what a store reviewer and an installing browser will see.
 * Builds for real (about 10 s, into .output/store, away from the development build), then reads the zips.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readZip, type ZipEntry } from './zip-reader';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.output/store');
const LOCALES = readdirSync(join(ROOT, 'public/_locales')).sort();

let chrome: Map<string, ZipEntry>;
let firefox: Map<string, ZipEntry>;
let sources: Map<string, ZipEntry>;
const manifest = (zip: Map<string, ZipEntry>) => JSON.parse(zip.get('manifest.json')!.read().toString('utf8')) as Record<string, any>;

beforeAll(() => {
  execFileSync('npm', ['run', '--silent', 'zip'], { cwd: ROOT, stdio: 'pipe', timeout: 180_000 });
  const version = (JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: ROOT }).toString()) as { version: string }).version;
  chrome = readZip(join(OUT, `promptfence-${version}-chrome.zip`));
  firefox = readZip(join(OUT, `promptfence-${version}-firefox.zip`));
  sources = readZip(join(OUT, `promptfence-${version}-sources.zip`));
}, 200_000);

describe('store packages (npm run zip)', () => {
  it('Chrome: MV3, no development key (the store assigns the id), icons 16–128, options page, managed schema', () => {
    const m = manifest(chrome);
    expect(m.manifest_version).toBe(3);
    expect(m.key).toBeUndefined();
    expect(Object.keys(m.icons).sort()).toEqual(['128', '16', '32', '48', '96']);
    for (const path of Object.values(m.icons) as string[]) expect(chrome.has(path), path).toBe(true);
    expect(m.options_ui?.page).toBe('options.html');
    expect(m.storage?.managed_schema).toBe('managed_schema.json');
    expect(chrome.has('managed_schema.json')).toBe(true);
    // No remote code and no eval: the default MV3 CSP, not loosened.
    expect(m.content_security_policy).toBeUndefined();
  });

  it('Firefox: gecko id, no data collection declared, Firefox 128 or later (main-world scripts), icons 48 and 96', () => {
    const m = manifest(firefox);
    expect(m.browser_specific_settings.gecko).toMatchObject({ id: 'promptfence@promptfence.dev', data_collection_permissions: { required: ['none'] } });
    // The off-DOM file-input hook is a `world: 'MAIN'` content script, which Firefox honours from 128.
    expect(m.browser_specific_settings.gecko.strict_min_version).toBe('128.0');
    expect(m.content_scripts.some((c: { world?: string }) => c.world === 'MAIN')).toBe(true);
    expect(m.icons['48']).toBeDefined();
    expect(m.icons['96']).toBeDefined();
  });

  it.each([['chrome'], ['firefox']])('%s: every locale, and the privacy policy saying detection is on-device', (which) => {
    const zip = which === 'chrome' ? chrome : firefox;
    for (const locale of LOCALES) expect(zip.has(`_locales/${locale}/messages.json`), locale).toBe(true);
    const policy = zip.get('privacy-policy.md')?.read().toString('utf8') ?? '';
    expect(policy).toMatch(/scanned\s+\*\*inside your browser\*\*/);
    expect(policy).toMatch(/Nothing is collected — unless your organisation configures reporting/);
  });

  it('Firefox sources zip: the source and lock file to rebuild it, without build output or dependencies', () => {
    const names = [...sources.keys()];
    expect(names).toContain('package.json');
    expect(names).toContain('package-lock.json');
    expect(names).toContain('wxt.config.ts');
    expect(names.some((n) => n.startsWith('src/engine/'))).toBe(true);
    expect(names.some((n) => n.startsWith('node_modules/') || n.startsWith('.output/'))).toBe(false);
  });
});
