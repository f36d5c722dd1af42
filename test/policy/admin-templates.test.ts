// @vitest-environment node
/**
 * The admin templates in docs/admin-templates/ are generated from public/managed_schema.json and
 * EXAMPLE_POLICY: every file parses back to the same policy, the example covers every schema key, and
 * the checked-in files equal what the generator produces now.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeValue } from '../../src/engine/custom/normalize';
import { POLICY_KEYS } from '../../src/policy/schema';
import {
  buildAdminTemplates,
  EXAMPLE_EXACT_VALUE,
  EXAMPLE_POLICY,
  EXTENSION_IDS,
  REG_ROOTS,
  regPolicyKey,
  UPDATE_URLS,
  type SchemaNode,
} from '../../src/policy/templates';
import { validatePolicy } from '../../src/policy/validate';

const ROOT = resolve(__dirname, '../..');
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'public/managed_schema.json'), 'utf8')) as SchemaNode;
const OUT_DIR = join(ROOT, 'docs/admin-templates');
const files = buildAdminTemplates(SCHEMA);
const ID = EXTENSION_IDS;

function expectExample(raw: unknown): void {
  const { policy, errors } = validatePolicy(raw);
  expect(errors).toEqual([]);
  expect(policy).toEqual(EXAMPLE_POLICY);
}

/** A .reg reader for what windowsReg writes: sections, "name"="string" and "name"=dword:hex values. */
function parseReg(text: string): Map<string, Record<string, string | number>> {
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  const sections = new Map<string, Record<string, string | number>>();
  let current: Record<string, string | number> | undefined;
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = {};
      sections.set(section[1]!, current);
      continue;
    }
    const m = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!m || !current) throw new Error(`unparsed .reg line: ${line}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current[unescape(m[1]!)] = m[3] !== undefined ? parseInt(m[3], 16) : unescape(m[2]!);
  }
  return sections;
}

/** Registry values → policy, the way Chrome reads them against the schema. */
function regToPolicy(values: Record<string, string | number>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const type = SCHEMA.properties![key]!.type;
    if (type === 'boolean') out[key] = value === 1;
    else if (type === 'object' || type === 'array') out[key] = JSON.parse(value as string);
    else out[key] = value;
  }
  return out;
}

/** A tiny plist XML reader: dict, array, string, integer, real, true, false. */
function parsePlist(xml: string): unknown {
  const tokens = [...xml.replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>/g, '').matchAll(/<(\/?)(\w+)(\/?)>([^<]*)/g)];
  let i = 0;
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const value = (): unknown => {
    const [, close, tag, selfClose, text] = tokens[i++]!;
    if (close) throw new Error(`unexpected </${tag}>`);
    if (selfClose) {
      if (tag === 'true') return true;
      if (tag === 'false') return false;
      throw new Error(`unexpected <${tag}/>`);
    }
    if (tag === 'plist') {
      const v = value();
      i++;
      return v;
    }
    if (tag === 'string' || tag === 'integer' || tag === 'real') {
      i++; // closing tag
      return tag === 'string' ? unescape(text!) : Number(text);
    }
    if (tag === 'array') {
      const out: unknown[] = [];
      while (tokens[i]![1] !== '/') out.push(value());
      i++;
      return out;
    }
    if (tag === 'dict') {
      const out: Record<string, unknown> = {};
      while (tokens[i]![1] !== '/') {
        const [, , keyTag, , keyText] = tokens[i]!;
        expect(keyTag).toBe('key');
        i += 2;
        out[unescape(keyText!)] = value();
      }
      i++;
      return out;
    }
    throw new Error(`unknown plist tag ${tag}`);
  };
  return value();
}

const PAYLOAD_KEYS = /^Payload/;

describe('EXAMPLE_POLICY', () => {
  it('passes validatePolicy with no errors and unchanged', () => expectExample(EXAMPLE_POLICY));

  it('sets every schema key (and POLICY_KEYS) to a value', () => {
    const keys = Object.keys(SCHEMA.properties!);
    expect(keys).toEqual([...POLICY_KEYS]);
    for (const key of keys) expect((EXAMPLE_POLICY as unknown as Record<string, unknown>)[key], key).not.toBeNull();
    expect(Object.keys(EXAMPLE_POLICY).sort()).toEqual([...keys].sort());
  });

  it('uses monitor mode, a disabled site and the documented exact-match digest', () => {
    expect(EXAMPLE_POLICY.mode).toBe('monitor');
    expect(Object.values(EXAMPLE_POLICY.sites).some((s) => s.enabled === false)).toBe(true);
    const digest = createHash('sha256').update(normalizeValue(EXAMPLE_EXACT_VALUE.raw, EXAMPLE_EXACT_VALUE.normalize)).digest('hex');
    expect(EXAMPLE_POLICY.exactMatch[0]!.sha256).toEqual([digest]);
  });
});

describe('generated templates parse back to EXAMPLE_POLICY', () => {
  it.each(['chrome-linux-policy.json', 'edge-linux-policy.json'] as const)('%s', (name) => {
    const parsed = JSON.parse(files[name]!);
    const id = name.startsWith('edge') ? ID.edge : ID.chrome;
    expect(Object.keys(parsed)).toEqual(['3rdparty']);
    expect(Object.keys(parsed['3rdparty'].extensions)).toEqual([id]);
    expectExample(parsed['3rdparty'].extensions[id]);
  });

  it.each([
    ['chrome-windows.reg', REG_ROOTS.chrome, ID.chrome],
    ['edge-windows.reg', REG_ROOTS.edge, ID.edge],
  ] as const)('%s', (name, root, id) => {
    const sections = parseReg(files[name]!);
    expect([...sections.keys()]).toEqual([regPolicyKey(root, id)]);
    const values = sections.get(regPolicyKey(root, id))!;
    expect(typeof values.enabled).toBe('number');
    expect(values.history).toBeTypeOf('string');
    expectExample(regToPolicy(values));
  });

  it.each([
    ['chrome-macos.mobileconfig', 'com.google.Chrome', ID.chrome, UPDATE_URLS.chrome],
    ['edge-macos.mobileconfig', 'com.microsoft.Edge', ID.edge, UPDATE_URLS.edge],
  ] as const)('%s', (name, domain, id, updateUrl) => {
    const profile = parsePlist(files[name]!) as { PayloadType: string; PayloadContent: Record<string, unknown>[] };
    expect(profile.PayloadType).toBe('Configuration');
    const policyPayload = profile.PayloadContent.find((p) => p.PayloadType === `${domain}.extensions.${id}`)!;
    expect(policyPayload).toBeDefined();
    expectExample(Object.fromEntries(Object.entries(policyPayload).filter(([k]) => !PAYLOAD_KEYS.test(k))));
    const install = profile.PayloadContent.find((p) => p.PayloadType === domain)!;
    expect(install.ExtensionInstallForcelist).toEqual([`${id};${updateUrl}`]);
    const uuids = [profile, ...profile.PayloadContent].map((p) => (p as Record<string, unknown>).PayloadUUID);
    expect(new Set(uuids).size).toBe(3);
  });

  it('google-admin-console.json wraps every key as {"Value": …}', () => {
    const parsed = JSON.parse(files['google-admin-console.json']!) as Record<string, { Value: unknown }>;
    for (const wrapped of Object.values(parsed)) expect(Object.keys(wrapped)).toEqual(['Value']);
    expectExample(Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, v.Value])));
  });

  it('firefox-policies.json', () => {
    const parsed = JSON.parse(files['firefox-policies.json']!);
    expect(parsed.policies.ExtensionSettings[ID.firefox]).toEqual({ installation_mode: 'force_installed', install_url: UPDATE_URLS.firefox });
    expect(Object.keys(parsed.policies['3rdparty'].Extensions)).toEqual([ID.firefox]);
    expectExample(parsed.policies['3rdparty'].Extensions[ID.firefox]);
  });
});

describe('force-install snippets', () => {
  it.each([
    ['chrome-linux-force-install.json', ID.chrome, UPDATE_URLS.chrome],
    ['edge-linux-force-install.json', ID.edge, UPDATE_URLS.edge],
  ] as const)('%s', (name, id, url) => {
    const parsed = JSON.parse(files[name]!);
    expect(parsed.ExtensionInstallForcelist).toEqual([`${id};${url}`]);
    expect(parsed.ExtensionSettings[id]).toMatchObject({ installation_mode: 'force_installed', update_url: url });
  });

  it.each([
    ['chrome-windows-force-install.reg', REG_ROOTS.chrome, ID.chrome, UPDATE_URLS.chrome],
    ['edge-windows-force-install.reg', REG_ROOTS.edge, ID.edge, UPDATE_URLS.edge],
  ] as const)('%s', (name, root, id, url) => {
    const sections = parseReg(files[name]!);
    expect(Object.fromEntries(sections)).toEqual({ [`${root}\\ExtensionInstallForcelist`]: { '1': `${id};${url}` } });
  });
});

describe('key reference', () => {
  it('lists every schema key with its title', () => {
    for (const [key, node] of Object.entries(SCHEMA.properties!)) expect(files['keys.md']).toContain(`| \`${key}\` | `), expect(files['keys.md']).toContain(node.title!);
    expect(files['keys.md']).toContain('`customTerms[].terms`');
    expect(files['keys.md']).toContain('`sites.<name>.enabled`');
  });
});

describe('docs/admin-templates', () => {
  it('is up to date with the generator (run: node --import tsx scripts/admin-templates/generate.ts)', () => {
    expect(readdirSync(OUT_DIR).sort()).toEqual(Object.keys(files).sort());
    for (const [name, content] of Object.entries(files)) expect(readFileSync(join(OUT_DIR, name), 'utf8'), name).toBe(content);
  });
});
