import { describe, expect, it } from 'vitest';
import { compileCustomDetectors } from '../engine/custom';
import { validatePolicy } from './validate';

const HEX = 'a'.repeat(64);
const messages = (raw: unknown) => validatePolicy(raw).errors.map((e) => e.message).join('\n');

describe('validatePolicy: valid values are kept', () => {
  it.each([
    ['enabled', false],
    ['mode', 'monitor'],
    ['defaultAction', 'justify'],
    ['actions', { SECRET: 'block', EMAIL: 'audit', CREDIT_CARD: 'redact' }],
    ['actions', { PERSON: 'warn', POSTAL_ADDRESS: 'allow' }],
    ['sites', { 'claude.ai': { actions: { PERSON: 'block' } } }],
    ['sites', { 'chatgpt.com': { enabled: true, defaultAction: 'block', actions: { PII: 'redact' } } }],
    ['extraSites', [{ match: 'https://ai.corp.example/*', composerSelector: 'textarea#prompt', sendSelector: 'button[type=submit]' }]],
    ['customTerms', [{ id: 'codenames', label: 'Code names', terms: ['Bluebird', 'Nightjar'], caseSensitive: false, wholeWord: true, action: 'block' }]],
    ['customPatterns', [{ id: 'ticket', label: 'Ticket', pattern: 'TCK-[0-9]{6}', action: 'warn' }]],
    ['exactMatch', [{ id: 'vip', normalize: 'email', sha256: [HEX], action: 'redact' }]],
    ['allowlist', ['jane@example.com']],
    ['allowedDomains', ['example.com', 'corp.example']],
    ['allowUserOverride', false],
    ['message', { text: 'Ask security first.', url: 'https://intranet.example/ai' }],
    ['history', { mode: 'metadata', retentionDays: 7 }],
    ['documents', { encrypted: 'block', unreadable: 'allow', tooLarge: 'warn', maxFileMB: 20, maxTextMB: 5 }],
    ['reporting', { url: 'https://siem.example/collect', format: 'splunk-hec', headers: { Authorization: 'Splunk x' } }],
    ['lockedSettings', ['defaultAction', '*']],
  ])('%s', (key, value) => {
    const { policy, errors } = validatePolicy({ [key]: value });
    expect(errors).toEqual([]);
    expect(policy).toEqual({ [key]: value });
  });
});

describe('validatePolicy: invalid values are dropped one by one, with a message naming the key', () => {
  it.each([
    ['wrong type', { enabled: 'yes' }, 'enabled', /true or false/],
    ['unknown mode', { mode: 'audit-only' }, 'mode', /enforce, monitor/],
    ['unknown action', { defaultAction: 'nuke' }, 'defaultAction', /not an action/],
    ['unknown entity type', { actions: { EMAILS: 'block' } }, 'actions.EMAILS', /neither a known entity type/],
    ['bad site host', { sites: { 'https://chatgpt.com/': { enabled: false } } }, 'sites.https://chatgpt.com/', /host name/],
    ['bad match pattern', { extraSites: [{ match: 'ftp://x/*' }] }, 'extraSites[0].match', /scheme/],
    ['all-urls match', { extraSites: [{ match: '<all_urls>' }] }, 'extraSites[0].match', /every site/],
    ['non-https reporting url', { reporting: { url: 'http://siem.example/x' } }, 'reporting.url', /https/],
    ['non-https support url', { message: { url: 'javascript:alert(1)' } }, 'message.url', /https/],
    ['hex not 64 chars', { exactMatch: [{ id: 'x', sha256: ['abc'] }] }, 'exactMatch[0] (id "x").sha256[0]', /64 hex/],
    ['retention out of range', { history: { retentionDays: 1e9 } }, 'history.retentionDays', /1 to 3650/],
    ['document action not allow/warn/block', { documents: { encrypted: 'redact' } }, 'documents.encrypted', /allow, warn, block/],
    ['document file limit out of range', { documents: { maxFileMB: 0 } }, 'documents.maxFileMB', /1 to 200/],
    ['document text limit not whole', { documents: { maxTextMB: 2.5 } }, 'documents.maxTextMB', /1 to 50/],
    ['unknown locked key', { lockedSettings: ['everything'] }, 'lockedSettings[0]', /setting name/],
    ['header injection', { reporting: { url: 'https://s.example', headers: { X: 'a\r\nEvil: 1' } } }, 'reporting.headers.X', /single-line/],
    ['invalid RE2', { customPatterns: [{ id: 'p', pattern: '(a)\\1' }] }, 'customPatterns[0] (id "p")', /not a valid RE2 pattern/],
    ['empty-matching RE2', { customPatterns: [{ id: 'p', pattern: 'x*' }] }, 'customPatterns[0] (id "p")', /matches empty text/],
    ['duplicate rule id', { customTerms: [{ id: 'a', terms: ['x'] }], customPatterns: [{ id: 'a', pattern: 'y' }] }, 'customPatterns[0] (id "a")', /duplicate/],
  ])('%s', (_name, raw, path, message) => {
    const { errors } = validatePolicy(raw);
    const error = errors.find((e) => e.path === path);
    expect(error, JSON.stringify(errors)).toBeDefined();
    expect(error!.message).toMatch(message);
    expect(error!.message).toContain(path);
    expect(error!.level).toBe('error');
  });

  it('keeps the valid neighbours of a dropped value', () => {
    const { policy } = validatePolicy({
      enabled: 'no',
      defaultAction: 'block',
      actions: { EMAIL: 'block', PHONE: 'explode' },
      customPatterns: [{ id: 'bad', pattern: '(?<=x)y' }, { id: 'good', pattern: 'EMP-[0-9]{5}' }],
      exactMatch: [{ id: 'h', sha256: ['zz', HEX.toUpperCase()] }],
    });
    expect(policy).toEqual({
      defaultAction: 'block',
      actions: { EMAIL: 'block' },
      customPatterns: [{ id: 'good', pattern: 'EMP-[0-9]{5}' }],
      exactMatch: [{ id: 'h', sha256: [HEX] }],
    });
  });

  it('drops an unknown action on a rule but keeps the rule', () => {
    const { policy, errors } = validatePolicy({ customTerms: [{ id: 't', terms: ['x'], action: 'blokc' }] });
    expect(policy.customTerms).toEqual([{ id: 't', terms: ['x'] }]);
    expect(errors[0]!.path).toBe('customTerms[0] (id "t").action');
  });
});

describe('validatePolicy: hostile input', () => {
  it.each([['a string', 'enabled'], ['an array', [1, 2]], ['a number', 42]])('rejects %s as the whole policy without throwing', (_n, raw) => {
    expect(validatePolicy(raw)).toEqual({ policy: {}, errors: [expect.objectContaining({ path: '(policy)' })] });
  });

  it('reports unknown keys as warnings and ignores them', () => {
    const { policy, errors } = validatePolicy({ enabled: true, colour: 'red' });
    expect(policy).toEqual({ enabled: true });
    expect(errors).toEqual([{ key: 'colour', path: 'colour', code: 'unknownSetting', params: ['colour'], message: 'Unknown setting "colour"; ignored.', level: 'warning' }]);
  });

  it('never lets __proto__ / constructor through, at any depth', () => {
    const raw = JSON.parse('{"__proto__":{"polluted":true},"actions":{"__proto__":"block","EMAIL":"block"},"sites":{"constructor":{"enabled":false},"claude.ai":{"__proto__":{"enabled":false}}}}');
    const { policy, errors } = validatePolicy(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(policy).toEqual({ actions: { EMAIL: 'block' }, sites: { 'claude.ai': {} } });
    expect(Object.getPrototypeOf(policy.actions)).toBe(Object.prototype);
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['__proto__', 'actions.__proto__', 'sites.constructor', 'sites.claude.ai.__proto__']));
  });

  it('caps 100k-element arrays fast and summarises the flood of messages', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => `v${i}`);
    const started = performance.now();
    const { policy, errors } = validatePolicy({
      allowlist: big,
      lockedSettings: big,
      customTerms: Array.from({ length: 100_000 }, (_, i) => ({ id: `t${i}`, terms: ['x'] })),
      exactMatch: [{ id: 'many', sha256: big }],
    });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(policy.allowlist).toHaveLength(10_000);
    expect(policy.customTerms).toHaveLength(500);
    expect(policy.lockedSettings).toEqual([]);
    expect(policy.exactMatch).toEqual([]); // every digest invalid: the rule is dropped
    expect(errors.length).toBeLessThanOrEqual(201);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/allowlist: has 100000 entries, more than the limit of 10000/);
    expect(errors.at(-1)!.message).toMatch(/more problems not listed/);
  });

  it('accepts a catastrophic-backtracking pattern only because RE2 runs it in linear time', () => {
    const { policy, errors } = validatePolicy({ customPatterns: [{ id: 'redos', pattern: '(a+)+$' }] });
    expect(errors).toEqual([]);
    const [detector] = compileCustomDetectors({ customPatterns: policy.customPatterns }).detectors;
    const started = performance.now();
    const hits = [...detector!.match!(`${'a'.repeat(50_000)}!`)];
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(hits).toEqual([]);
  });

  it.each([
    ['a number where an array is expected', { customTerms: 5 }, /customTerms: expected an array, got number 5/],
    ['null', { history: null }, /history: expected an object, got null/],
    ['a rule that is a string', { customPatterns: ['x+'] }, /customPatterns\[0\]: expected a rule object/],
    ['a term list without terms', { customTerms: [{ id: 't', terms: [] }] }, /no usable "terms"/],
  ])('explains %s', (_n, raw, message) => {
    expect(messages(raw)).toMatch(message);
  });
});

describe('reporting.url: https, or plain http to a collector on this machine only', () => {
  const reportingUrl = (url: string) => validatePolicy({ reporting: { url } });

  it.each([
    ['https://siem.example/collect', 'https://siem.example/collect'],
    ['http://localhost:8088/services/collector/event', 'http://localhost:8088/services/collector/event'],
    ['http://LOCALHOST/x', 'http://localhost/x'],
    ['http://127.0.0.1:4318/v1/logs', 'http://127.0.0.1:4318/v1/logs'],
    ['http://127.8.9.10/x', 'http://127.8.9.10/x'],
    ['http://127.1/x', 'http://127.0.0.1/x'], // WHATWG shorthand, still 127.0.0.1
    ['http://[::1]:8080/x', 'http://[::1]:8080/x'],
  ])('accepts %s', (url, href) => {
    const { policy, errors } = reportingUrl(url);
    expect(errors).toEqual([]);
    expect(policy.reporting).toEqual({ url: href, format: 'json' });
  });

  it.each([
    ['a remote http host', 'http://siem.example/x', /https/],
    ['a look-alike subdomain', 'http://localhost.evil.com/x', /https/],
    ['a loopback-looking DNS name', 'http://127.0.0.1.nip.io/x', /https/],
    ['user info before a remote host', 'http://localhost@evil.com/x', /https/],
    ['user info on https', 'https://user:pw@siem.example/x', /user name or password/],
    ['a private LAN address', 'http://192.168.1.10/x', /https/],
    ['an IPv4-mapped IPv6 address', 'http://[::ffff:127.0.0.1]/x', /https/],
    ['localhost with a trailing dot', 'http://localhost./x', /https/],
    ['another scheme', 'ftp://127.0.0.1/x', /https/],
  ])('refuses %s', (_name, url, message) => {
    const { policy, errors } = reportingUrl(url);
    expect(policy.reporting).toBeUndefined();
    expect(errors.find((e) => e.path === 'reporting.url')?.message).toMatch(message);
  });

  it('message.url stays https-only, even for localhost (a link shown to users)', () => {
    const { policy, errors } = validatePolicy({ message: { url: 'http://localhost/help' } });
    expect(policy.message).toEqual({});
    expect(errors.find((e) => e.path === 'message.url')?.message).toMatch(/https/);
  });

  it('the sender accepts exactly what the validator keeps', async () => {
    const { checkReportUrl } = await import('../reporting');
    for (const url of ['http://localhost.evil.com/x', 'http://127.0.0.1.nip.io/x', 'http://localhost@evil.com/x']) expect(() => checkReportUrl(url)).toThrow();
    for (const url of ['http://localhost/x', 'http://127.0.0.1/x', 'http://[::1]/x']) expect(() => checkReportUrl(url)).not.toThrow();
  });
});

describe('reporting.userId', () => {
  it.each(['none', 'email', 'id'])('keeps %s', (userId) => {
    const { policy, errors } = validatePolicy({ reporting: { url: 'https://siem.example/x', userId } });
    expect(errors).toEqual([]);
    expect(policy.reporting).toEqual({ url: 'https://siem.example/x', format: 'json', userId });
  });

  it('is absent when not set (no id is read)', () => {
    expect(validatePolicy({ reporting: { url: 'https://siem.example/x' } }).policy.reporting).not.toHaveProperty('userId');
  });

  it.each([['EMAIL'], [true], ['upn']])('a misspelt value %j sends no id and says so', (userId) => {
    const { policy, errors } = validatePolicy({ reporting: { url: 'https://siem.example/x', userId } });
    expect(policy.reporting?.userId).toBe('none');
    expect(errors.find((e) => e.path === 'reporting.userId')?.message).toMatch(/none, email, id/);
  });
});

describe('restore', () => {
  it('keeps valid values, and reports and ignores a lifetime out of range', () => {
    expect(validatePolicy({ restore: { enabled: false, lifetimeHours: 48 } }).policy.restore).toEqual({ enabled: false, lifetimeHours: 48 });
    const out = validatePolicy({ restore: { enabled: 'yes', lifetimeHours: 0 } });
    expect(out.policy.restore).toEqual({ enabled: true, lifetimeHours: 12 });
    expect(out.errors.map((e) => [e.path, e.code])).toEqual([
      ['restore.enabled', 'expectedBoolean'],
      ['restore.lifetimeHours', 'lifetimeHoursInvalid'],
    ]);
    expect(validatePolicy({ restore: { lifetimeHours: 169 } }).errors[0]?.code).toBe('lifetimeHoursInvalid');
    expect(validatePolicy({ restore: { lifetimeHours: 168 } }).errors).toEqual([]);
  });
});
