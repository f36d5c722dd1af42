/**
 * Admin templates generated from the one managed schema (`public/managed_schema.json`): Chrome/Chromium
 * and Edge policy files for Linux, Windows `.reg` files, a macOS configuration profile, Google Admin
 * console JSON and Firefox `policies.json`, all carrying the same example policy. Pure functions: the
 * caller passes the parsed schema, the policy and the extension ids. `scripts/admin-templates/generate.ts`
 * writes the output to `docs/admin-templates/`; `test/policy/admin-templates.test.ts` parses every file
 * back and checks it yields the same policy, and that the checked-in files are current.
 */
import type { Policy } from './schema';

/** The subset of Chrome's schema dialect we read. */
export interface SchemaNode {
  readonly type: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  readonly title?: string;
  readonly description?: string;
  readonly enum?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: SchemaNode;
  readonly items?: SchemaNode;
}

export interface ExtensionIds {
  /** Chrome Web Store id (also used by Chromium). */
  readonly chrome: string;
  /** Edge Add-ons id: differs from the Chrome Web Store id. */
  readonly edge: string;
  /** Firefox add-on id (`browser_specific_settings.gecko.id`). */
  readonly firefox: string;
}

export const EXTENSION_IDS: ExtensionIds = {
  chrome: 'EXTENSION_ID',
  edge: 'EDGE_EXTENSION_ID',
  firefox: 'promptfence@promptfence.dev',
};

export const UPDATE_URLS = {
  chrome: 'https://clients2.google.com/service/update2/crx',
  edge: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx',
  firefox: 'https://addons.mozilla.org/firefox/downloads/latest/promptfence/latest.xpi',
} as const;

/** Example exact-match value and its normalisation; `EXAMPLE_POLICY.exactMatch[0].sha256[0]` is its digest. */
export const EXAMPLE_EXACT_VALUE = { raw: ' Jane.Doe@Customer.example', normalize: 'email' } as const;

/** A policy that sets every key with realistic values: the payload of every template. */
export const EXAMPLE_POLICY: Policy = {
  enabled: true,
  mode: 'monitor',
  defaultAction: 'warn',
  actions: {
    SECRET: 'block',
    GOVERNMENT_ID: 'block',
    FINANCIAL: 'redact',
    PII: 'warn',
    CUSTOM: 'warn',
    EMAIL: 'audit',
    PRIVATE_KEY: 'block',
  },
  sites: {
    'chatgpt.com': { defaultAction: 'warn', actions: { EMAIL: 'redact' } },
    'gemini.google.com': { enabled: false },
  },
  extraSites: [{ match: 'https://ai.corp.example/*', composerSelector: 'textarea#prompt', sendSelector: 'button[type="submit"]' }],
  customTerms: [
    { id: 'project-falcon', label: 'Project Falcon', terms: ['project falcon', 'falcon roadmap'], caseSensitive: false, wholeWord: true, action: 'block' },
  ],
  customPatterns: [{ id: 'ticket-id', label: 'Internal ticket number', pattern: '\\bTKT-\\d{6}\\b', action: 'redact' }],
  exactMatch: [
    {
      id: 'customer-emails',
      label: 'Customer e-mail addresses',
      normalize: 'email',
      sha256: ['8c86ebd3e76ff76c02008bca8f1066509b92c071419c2865e091b4ef2a696aa9'],
      action: 'block',
    },
  ],
  allowlist: ['support@example.com', '4111 1111 1111 1111'],
  allowedDomains: ['example.com'],
  allowUserOverride: true,
  message: { text: 'This looks like confidential data. Check the AI usage policy before sharing it.', url: 'https://intranet.example/ai-policy' },
  history: { mode: 'metadata', retentionDays: 90 },
  documents: { encrypted: 'block', unreadable: 'warn', tooLarge: 'warn', maxFileMB: 50, maxTextMB: 10 },
  restore: { enabled: true, lifetimeHours: 8 },
  reporting: {
    url: 'https://splunk.corp.example:8088/services/collector/event',
    format: 'splunk-hec',
    headers: { Authorization: 'Splunk REPLACE_WITH_HEC_TOKEN' },
    userId: 'email',
  },
  lockedSettings: ['enabled', 'mode', 'actions', 'reporting', 'lockedSettings'],
};

type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

/** The policy's top-level entries in schema order; keys with no value (`null`/`undefined`) are left out. */
export function policyEntries(schema: SchemaNode, policy: Policy): [string, Json, SchemaNode][] {
  const props = schema.properties ?? {};
  const out: [string, Json, SchemaNode][] = [];
  for (const [key, node] of Object.entries(props)) {
    const value = (policy as unknown as Record<string, Json | undefined>)[key];
    if (value === undefined || value === null) continue;
    out.push([key, value, node]);
  }
  return out;
}

function policyObject(schema: SchemaNode, policy: Policy): Record<string, Json> {
  return Object.fromEntries(policyEntries(schema, policy).map(([k, v]) => [k, v]));
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

// ---------------------------------------------------------------------------------------------- Linux

/** Chrome/Chromium/Edge on Linux: a file in the managed policy directory. */
export function linuxPolicyJson(schema: SchemaNode, policy: Policy, id: string): string {
  return json({ '3rdparty': { extensions: { [id]: policyObject(schema, policy) } } });
}

/** Force-install through `ExtensionSettings` (and the older `ExtensionInstallForcelist`, same effect). */
export function forceInstallJson(id: string, updateUrl: string): string {
  return json({
    ExtensionInstallForcelist: [`${id};${updateUrl}`],
    ExtensionSettings: { [id]: { installation_mode: 'force_installed', update_url: updateUrl, toolbar_pin: 'force_pinned' } },
  });
}

// -------------------------------------------------------------------------------------------- Windows

/** A REG_SZ value in .reg syntax: backslash and double quote escaped; no line breaks possible. */
export function regString(value: string): string {
  if (/[\r\n\0]/.test(value)) throw new Error(`.reg strings cannot hold line breaks: ${JSON.stringify(value)}`);
  if (/[^\x20-\x7e]/.test(value)) throw new Error(`keep .reg templates ASCII (regedit reads UTF-8 as ANSI): ${JSON.stringify(value)}`);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function regValue(value: Json, node: SchemaNode, key: string): string {
  switch (node.type) {
    case 'boolean':
      return `dword:${value ? '00000001' : '00000000'}`;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new Error(`${key}: not a dword`);
      return `dword:${value.toString(16).padStart(8, '0')}`;
    case 'string':
      return regString(String(value));
    case 'object':
    case 'array':
      // Chrome accepts a JSON string where the schema expects a list or a dictionary.
      return regString(JSON.stringify(value));
    default:
      throw new Error(`${key}: schema type ${node.type} has no .reg form here`);
  }
}

const REG_HEADER = 'Windows Registry Editor Version 5.00';
const crlf = (lines: readonly string[]) => lines.join('\r\n') + '\r\n';

export const REG_ROOTS = {
  chrome: 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome',
  edge: 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Edge',
} as const;

export function regPolicyKey(root: string, id: string): string {
  return `${root}\\3rdparty\\extensions\\${id}\\policy`;
}

/** Windows `.reg`: one value per top-level key under `…\3rdparty\extensions\<id>\policy`. */
export function windowsReg(schema: SchemaNode, policy: Policy, root: string, id: string): string {
  const lines = [REG_HEADER, '', `; PromptFence policy. Replace ${id} with the extension id before importing.`, `[${regPolicyKey(root, id)}]`];
  for (const [key, value, node] of policyEntries(schema, policy)) lines.push(`${regString(key)}=${regValue(value, node, key)}`);
  return crlf(lines);
}

/** Windows `.reg` force-install: `ExtensionInstallForcelist` entry "1" = "<id>;<update url>". */
export function windowsForceInstallReg(root: string, id: string, updateUrl: string): string {
  return crlf([REG_HEADER, '', `[${root}\\ExtensionInstallForcelist]`, `"1"=${regString(`${id};${updateUrl}`)}`]);
}

// ---------------------------------------------------------------------------------------------- macOS

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function plistValue(value: Json, node: SchemaNode | undefined, indent: string): string[] {
  if (typeof value === 'boolean') return [`${indent}<${value}/>`];
  if (typeof value === 'number') return [`${indent}<${node?.type === 'number' ? 'real' : 'integer'}>${value}</${node?.type === 'number' ? 'real' : 'integer'}>`];
  if (typeof value === 'string') return [`${indent}<string>${xmlEscape(value)}</string>`];
  if (value === null) throw new Error('plist has no null');
  if (Array.isArray(value)) {
    return [`${indent}<array>`, ...value.flatMap((v) => plistValue(v, node?.items, indent + '  ')), `${indent}</array>`];
  }
  const out = [`${indent}<dict>`];
  for (const [k, v] of Object.entries(value as Record<string, Json>)) {
    out.push(`${indent}  <key>${xmlEscape(k)}</key>`, ...plistValue(v, node?.properties?.[k] ?? node?.additionalProperties, indent + '  '));
  }
  out.push(`${indent}</dict>`);
  return out;
}

/** Deterministic UUID-shaped string from a name (FNV-1a based; only needs to be stable and unique per payload). */
function stableUuid(name: string): string {
  let hex = '';
  for (let round = 0; hex.length < 32; round++) {
    let h = 0x811c9dc5 ^ round;
    for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  hex = hex.slice(0, 12) + '4' + hex.slice(13, 16) + '8' + hex.slice(17, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`.toUpperCase();
}

function payloadHeader(type: string, identifier: string, name: string, indent: string): string[] {
  return [
    `${indent}<key>PayloadType</key>`,
    `${indent}<string>${xmlEscape(type)}</string>`,
    `${indent}<key>PayloadIdentifier</key>`,
    `${indent}<string>${xmlEscape(identifier)}</string>`,
    `${indent}<key>PayloadUUID</key>`,
    `${indent}<string>${stableUuid(identifier)}</string>`,
    `${indent}<key>PayloadVersion</key>`,
    `${indent}<integer>1</integer>`,
    `${indent}<key>PayloadDisplayName</key>`,
    `${indent}<string>${xmlEscape(name)}</string>`,
  ];
}

/**
 * macOS configuration profile: a `<domain>.extensions.<id>` payload with the policy keys (the managed
 * preference domain Chrome/Edge read extension policy from) plus a `<domain>` payload that force-installs.
 * `domain` is `com.google.Chrome` or `com.microsoft.Edge`.
 */
export function macosMobileconfig(schema: SchemaNode, policy: Policy, domain: string, id: string, updateUrl: string): string {
  const ind = '      ';
  const policyPayload = [
    '    <dict>',
    ...payloadHeader(`${domain}.extensions.${id}`, `dev.promptfence.policy.${domain}.extensions`, 'PromptFence policy', ind),
    ...policyEntries(schema, policy).flatMap(([key, value, node]) => [`${ind}<key>${xmlEscape(key)}</key>`, ...plistValue(value, node, ind)]),
    '    </dict>',
  ];
  const installPayload = [
    '    <dict>',
    ...payloadHeader(domain, `dev.promptfence.policy.${domain}.install`, 'PromptFence force-install', ind),
    `${ind}<key>ExtensionInstallForcelist</key>`,
    ...plistValue([`${id};${updateUrl}`], undefined, ind),
    '    </dict>',
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    '  <key>PayloadContent</key>',
    '  <array>',
    ...policyPayload,
    ...installPayload,
    '  </array>',
    ...payloadHeader('Configuration', `dev.promptfence.policy.${domain}`, `PromptFence (${domain})`, '  '),
    '  <key>PayloadScope</key>',
    '  <string>System</string>',
    '</dict>',
    '</plist>',
    '',
  ].join('\n');
}

// --------------------------------------------------------------------------------- Google Admin console

/** Google Admin console, "Policy for extensions": every key wrapped as `{"key": {"Value": …}}`. */
export function googleAdminJson(schema: SchemaNode, policy: Policy): string {
  return json(Object.fromEntries(policyEntries(schema, policy).map(([k, v]) => [k, { Value: v }])));
}

// -------------------------------------------------------------------------------------------- Firefox

/** Firefox `policies.json`: force-install through `ExtensionSettings` and the policy under `3rdparty.Extensions`. */
export function firefoxPoliciesJson(schema: SchemaNode, policy: Policy, id: string, installUrl: string): string {
  return json({
    policies: {
      ExtensionSettings: { [id]: { installation_mode: 'force_installed', install_url: installUrl } },
      '3rdparty': { Extensions: { [id]: policyObject(schema, policy) } },
    },
  });
}

// ---------------------------------------------------------------------------------------- Key reference

function typeLabel(node: SchemaNode): string {
  if (node.enum) return node.enum.map((v) => `\`${v}\``).join(' / ');
  if (node.type === 'array') return `list of ${node.items?.type === 'object' ? 'objects' : `${node.items?.type ?? 'value'}s`}`;
  if (node.type === 'object' && node.additionalProperties && !node.properties) return `map of name → ${node.additionalProperties.enum ? 'action' : node.additionalProperties.type}`;
  return node.type;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown reference of every key (and nested field) from the schema's titles and descriptions. */
export function keyReferenceMarkdown(schema: SchemaNode): string {
  const rows: string[] = ['| Key | Type | Title | What it does |', '| --- | --- | --- | --- |'];
  const walk = (path: string, node: SchemaNode) => {
    rows.push(`| \`${path}\` | ${cell(typeLabel(node))} | ${cell(node.title ?? '')} | ${cell(node.description ?? '')} |`);
    const fields = node.properties ?? (node.type === 'array' ? node.items?.properties : undefined) ?? node.additionalProperties?.properties;
    const prefix = node.type === 'array' ? `${path}[]` : node.additionalProperties?.properties ? `${path}.<name>` : path;
    for (const [k, child] of Object.entries(fields ?? {})) walk(`${prefix}.${k}`, child);
  };
  for (const [k, node] of Object.entries(schema.properties ?? {})) walk(k, node);
  return rows.join('\n') + '\n';
}

// --------------------------------------------------------------------------------------------- All of it

/** Every generated file: name in `docs/admin-templates/` → content. */
export function buildAdminTemplates(schema: SchemaNode, policy: Policy = EXAMPLE_POLICY, ids: ExtensionIds = EXTENSION_IDS): Record<string, string> {
  return {
    'README.md': [
      '# Generated admin templates',
      '',
      'Generated by `node --import tsx scripts/admin-templates/generate.ts` from `public/managed_schema.json`',
      'and `EXAMPLE_POLICY` in `src/policy/templates.ts`. Do not edit by hand; `test/policy/admin-templates.test.ts`',
      'fails when these files are out of date. See `docs/admin.md` for how to use them.',
      '',
      `Placeholders: \`${ids.chrome}\` = Chrome Web Store id, \`${ids.edge}\` = Edge Add-ons id. Firefox id: \`${ids.firefox}\`.`,
      '',
      '| File | Where it goes |',
      '| --- | --- |',
      '| `chrome-linux-policy.json` | `/etc/opt/chrome/policies/managed/promptfence.json` (Google Chrome) or `/etc/chromium/policies/managed/promptfence.json` (Chromium) |',
      '| `chrome-linux-force-install.json` | same directory, installs the extension |',
      '| `edge-linux-policy.json` | `/etc/opt/edge/policies/managed/promptfence.json`; some Edge builds read `/etc/opt/microsoft/msedge/policies/managed/` (check `edge://policy`) |',
      '| `edge-linux-force-install.json` | same directory, installs the extension |',
      '| `chrome-windows.reg` / `chrome-windows-force-install.reg` | Chrome on Windows (`regedit /s`, or translate to GPO preferences) |',
      '| `edge-windows.reg` / `edge-windows-force-install.reg` | Edge on Windows |',
      '| `chrome-macos.mobileconfig` / `edge-macos.mobileconfig` | macOS configuration profile (MDM) |',
      '| `google-admin-console.json` | Google Admin console → Apps & extensions → PromptFence → "Policy for extensions" |',
      '| `firefox-policies.json` | Firefox `policies.json` (Linux `/etc/firefox/policies/`, or the `distribution/` folder) |',
      '| `keys.md` | Every policy key, from the schema titles and descriptions |',
      '',
    ].join('\n'),
    'chrome-linux-policy.json': linuxPolicyJson(schema, policy, ids.chrome),
    'chrome-linux-force-install.json': forceInstallJson(ids.chrome, UPDATE_URLS.chrome),
    'edge-linux-policy.json': linuxPolicyJson(schema, policy, ids.edge),
    'edge-linux-force-install.json': forceInstallJson(ids.edge, UPDATE_URLS.edge),
    'chrome-windows.reg': windowsReg(schema, policy, REG_ROOTS.chrome, ids.chrome),
    'chrome-windows-force-install.reg': windowsForceInstallReg(REG_ROOTS.chrome, ids.chrome, UPDATE_URLS.chrome),
    'edge-windows.reg': windowsReg(schema, policy, REG_ROOTS.edge, ids.edge),
    'edge-windows-force-install.reg': windowsForceInstallReg(REG_ROOTS.edge, ids.edge, UPDATE_URLS.edge),
    'chrome-macos.mobileconfig': macosMobileconfig(schema, policy, 'com.google.Chrome', ids.chrome, UPDATE_URLS.chrome),
    'edge-macos.mobileconfig': macosMobileconfig(schema, policy, 'com.microsoft.Edge', ids.edge, UPDATE_URLS.edge),
    'google-admin-console.json': googleAdminJson(schema, policy),
    'firefox-policies.json': firefoxPoliciesJson(schema, policy, ids.firefox, UPDATE_URLS.firefox),
    'keys.md': '# Policy keys\n\nGenerated from `public/managed_schema.json`.\n\n' + keyReferenceMarkdown(schema),
  };
}
