import { describe, expect, it } from 'vitest';
import { actionFor, decideAction, DEFAULT_ACTION_RULES } from '../decisions/actions';
import { compileCustomDetectors } from '../engine/custom';
import { customSiteAdapters } from '../sites/custom-sites';
import { effectivePolicy, siteEnabled, toActionRules, toCustomDetectorInput, toCustomSiteConfigs } from './effective';
import { DEFAULT_POLICY, POLICY_KEYS, type Policy } from './schema';

const D = DEFAULT_POLICY;

describe('effectivePolicy: precedence', () => {
  it.each<[string, Partial<Policy> | undefined, Partial<Policy> | undefined, Policy['defaultAction'], string]>([
    ['nothing set → default', undefined, undefined, 'warn', 'default'],
    ['user only → user', { defaultAction: 'audit' }, undefined, 'audit', 'user'],
    ['admin only → admin', undefined, { defaultAction: 'block' }, 'block', 'admin'],
    ['both → admin wins', { defaultAction: 'allow' }, { defaultAction: 'block' }, 'block', 'admin'],
    ['user, admin forbids overrides → default', { defaultAction: 'allow' }, { allowUserOverride: false }, 'warn', 'default'],
    ['user, key locked → default', { defaultAction: 'allow' }, { lockedSettings: ['defaultAction'] }, 'warn', 'default'],
    ['user, "*" locked → default', { defaultAction: 'allow' }, { lockedSettings: ['*'] }, 'warn', 'default'],
    ['user, another key locked → user', { defaultAction: 'allow' }, { lockedSettings: ['mode'] }, 'allow', 'user'],
  ])('%s', (_name, user, managed, expected, origin) => {
    const result = effectivePolicy(D, user, managed);
    expect(result.policy.defaultAction).toBe(expected);
    expect(result.origin.defaultAction).toBe(origin);
  });

  it('reports locked keys: admin-set, listed, and the admin-only keys', () => {
    const { locked } = effectivePolicy(D, {}, { mode: 'monitor', lockedSettings: ['history'] });
    expect([...locked].sort()).toEqual(['allowUserOverride', 'extraSites', 'history', 'lockedSettings', 'message', 'mode', 'reporting']);
    expect(effectivePolicy(D, {}, { lockedSettings: ['*'] }).locked.size).toBe(POLICY_KEYS.length);
    expect(effectivePolicy(D, {}, { allowUserOverride: false }).locked.size).toBe(POLICY_KEYS.length);
  });

  it('a user can never unlock or re-enable overrides for themselves', () => {
    const { policy, origin } = effectivePolicy(D, { allowUserOverride: true, lockedSettings: [] }, { allowUserOverride: false, lockedSettings: ['*'] });
    expect(policy.allowUserOverride).toBe(false);
    expect(policy.lockedSettings).toEqual(['*']);
    expect(origin.lockedSettings).toBe('admin');
    expect(effectivePolicy(D, { lockedSettings: ['*'] }, undefined).origin.lockedSettings).toBe('default');
  });

  it('merges `actions` entry by entry over the defaults, so admin additions keep SECRET → block', () => {
    const { policy } = effectivePolicy(D, { actions: { PHONE: 'allow' } }, { actions: { EMAIL: 'block' } });
    expect(policy.actions).toEqual({ ...D.actions, EMAIL: 'block' });
    expect(policy.actions.SECRET).toBe('block');
  });

  it('does not mutate its inputs', () => {
    const managed = { actions: { EMAIL: 'block' as const } };
    effectivePolicy(D, undefined, managed);
    expect(managed).toEqual({ actions: { EMAIL: 'block' } });
    expect(D.actions.EMAIL).toBe('warn');
  });
});

describe('toActionRules', () => {
  it('DEFAULT_POLICY gives the same decisions as DEFAULT_ACTION_RULES', () => {
    const rules = toActionRules(D);
    for (const f of [
      { type: 'AWS_ACCESS_KEY', category: 'SECRET' as const },
      { type: 'US_SSN', category: 'GOVERNMENT_ID' as const },
      { type: 'CREDIT_CARD', category: 'FINANCIAL' as const },
      { type: 'EMAIL', category: 'PII' as const },
      { type: 'CUSTOM', category: 'CUSTOM' as const },
    ]) {
      expect(actionFor(f, rules), f.type).toBe(actionFor(f, DEFAULT_ACTION_RULES));
    }
  });

  it('applies per-site rules under both the host and the built-in site id, plus message → blockMessage/supportUrl', () => {
    const policy = effectivePolicy(D, undefined, {
      sites: { 'chatgpt.com': { actions: { EMAIL: 'block' } }, 'claude.ai': { enabled: false } },
      message: { text: 'Ask security.', url: 'https://help.example/ai' },
    }).policy;
    const rules = toActionRules(policy);
    const email = { type: 'EMAIL', category: 'PII' as const };
    const key = { type: 'AWS_ACCESS_KEY', category: 'SECRET' as const };
    expect(actionFor(email, rules, 'chatgpt')).toBe('block');
    expect(actionFor(email, rules, 'chatgpt.com')).toBe('block');
    expect(actionFor(email, rules, 'gemini')).toBe('warn');
    expect(actionFor(key, rules, 'claude')).toBe('allow');
    expect(actionFor({ type: 'CREDIT_CARD', category: 'FINANCIAL' }, rules, 'claude')).toBe('allow');
    expect(siteEnabled(policy, 'claude')).toBe(false);
    expect(siteEnabled(policy, 'chatgpt')).toBe(true);
    expect(decideAction([key], rules, 'chatgpt')).toMatchObject({ action: 'block', blockMessage: 'Ask security.', supportUrl: 'https://help.example/ai' });
  });

  it('monitor mode caps every action at audit', () => {
    const rules = toActionRules({ ...D, mode: 'monitor', sites: { 'chatgpt.com': { defaultAction: 'block' } } });
    expect(actionFor({ type: 'AWS_ACCESS_KEY', category: 'SECRET' }, rules)).toBe('audit');
    expect(actionFor({ type: 'X', category: 'PII' }, rules, 'chatgpt')).toBe('audit');
    expect(rules.default).toBe('audit');
  });

  it('names and addresses: the built-in companion rule unless the admin or the user names the type; per site; monitor caps them', () => {
    const at = (type: string, start: number) => ({ type, category: 'PII' as const, start });
    const alone = [at('PERSON', 0)];
    const withMail = [at('PERSON', 0), at('EMAIL', 20)];
    const defaults = toActionRules(D);
    expect(defaults.companionTypes).toEqual(['PERSON', 'POSTAL_ADDRESS']);
    expect(decideAction(alone, defaults).perFinding).toEqual(['allow']);
    expect(decideAction(withMail, defaults).perFinding).toEqual(['warn', 'warn']);
    const admin = toActionRules(effectivePolicy(D, undefined, { actions: { PERSON: 'block' }, sites: { 'claude.ai': { actions: { POSTAL_ADDRESS: 'redact' } } } }).policy);
    expect(decideAction(alone, admin).perFinding).toEqual(['block']);
    expect(decideAction([at('POSTAL_ADDRESS', 0)], admin, 'claude').perFinding).toEqual(['redact']);
    expect(decideAction([at('POSTAL_ADDRESS', 0)], admin, 'chatgpt').perFinding).toEqual(['allow']);
    const user = toActionRules(effectivePolicy(D, { actions: { PERSON: 'justify' } }, undefined).policy);
    expect(decideAction(alone, user).perFinding).toEqual(['justify']);
    const monitor = toActionRules({ ...D, mode: 'monitor', actions: { ...D.actions, PERSON: 'block' } });
    expect(decideAction(alone, monitor).perFinding).toEqual(['audit']);
    expect(decideAction([at('POSTAL_ADDRESS', 0), { type: 'IBAN', category: 'FINANCIAL' as const, start: 30 }], monitor).perFinding).toEqual(['audit', 'audit']);
    // A site switched off lets names through whatever their company.
    const off = toActionRules(effectivePolicy(D, undefined, { sites: { 'claude.ai': { enabled: false } } }).policy);
    expect(decideAction(withMail, off, 'claude').perFinding).toEqual(['allow', 'allow']);
  });

  it('a disabled policy disables every site', () => {
    expect(siteEnabled({ ...D, enabled: false }, 'chatgpt')).toBe(false);
  });
});

describe('toCustomDetectorInput', () => {
  it('feeds the engine compiler without errors', () => {
    const policy: Policy = {
      ...D,
      customTerms: [{ id: 'code', terms: ['Bluebird'] }],
      customPatterns: [{ id: 'emp', pattern: 'EMP-[0-9]{5}', action: 'block' }],
      exactMatch: [{ id: 'vip', normalize: 'email', sha256: ['a'.repeat(64)] }],
      allowlist: ['x@example.com'],
      allowedDomains: ['example.com'],
    };
    const compiled = compileCustomDetectors(toCustomDetectorInput(policy));
    expect(compiled.errors).toEqual([]);
    expect(compiled.detectors.map((d) => d.id)).toEqual(['custom-term-code', 'custom-pattern-emp', 'custom-exact-vip']);
    expect(compiled.actions).toEqual({ 'custom-pattern-emp': 'block' });
  });
});

describe('toCustomSiteConfigs', () => {
  it('turns extraSites into adapters for the site resolver', () => {
    const policy: Policy = { ...D, extraSites: [{ match: 'https://ai.corp.example/*', composerSelector: '#prompt' }, { match: '*://chat.intra.example/*' }] };
    const { adapters, errors } = customSiteAdapters(toCustomSiteConfigs(policy));
    expect(errors).toEqual([]);
    expect(adapters.map((a) => [a.matches, a.composer, a.send])).toEqual([
      [['https://ai.corp.example/*'], ['#prompt'], []],
      [['*://chat.intra.example/*'], [], []],
    ]);
  });
});

describe('custom rules carry their own action', () => {
  it('maps each custom term/pattern rule to its action by detector id, capped in monitor mode', async () => {
    const { compileCustomDetectors } = await import('../engine/custom');
    const { decideAction } = await import('../decisions/actions');
    const policy = { ...DEFAULT_POLICY, customTerms: [{ id: 'falcon', label: 'Project Falcon', terms: ['project falcon'], caseSensitive: false, wholeWord: true, action: 'block' as const }] };
    const custom = compileCustomDetectors(toCustomDetectorInput(policy));
    expect(custom.detectors).toHaveLength(1);
    const rules = toActionRules(policy, custom);
    const finding = { type: custom.detectors[0]!.type, category: 'CUSTOM' as const, detector: custom.detectors[0]!.id };
    expect(decideAction([finding], rules).action).toBe('block');
    expect(decideAction([finding], toActionRules({ ...policy, mode: 'monitor' }, custom)).action).toBe('audit');
  });
});

describe('redact: automatic when the admin owns the action keys, confirmed otherwise', () => {
  const ssn = { type: 'US_SSN', category: 'GOVERNMENT_ID' as const };
  /** The decision the guard makes for one finding under defaults ⊕ user ⊕ managed. */
  const decide = (user: Partial<Policy> | undefined, managed: Partial<Policy> | undefined, finding: { type: string; category: 'PII' | 'GOVERNMENT_ID' | 'CUSTOM' } = ssn) => {
    const { policy, origin } = effectivePolicy(D, user, managed);
    return decideAction([finding], toActionRules(policy, undefined, { origin }));
  };

  it.each<[string, Partial<Policy> | undefined, Partial<Policy> | undefined]>([
    ['built-in default redact (nothing set)', undefined, undefined],
    ['the user set redact', { actions: { GOVERNMENT_ID: 'redact', EMAIL: 'redact' } }, undefined],
    ['the admin set other keys only (history, mode)', undefined, { history: { mode: 'off', retentionDays: 1 }, mode: 'enforce' }],
    ['the admin set actions, but the user also set an action key', { defaultAction: 'redact' }, { actions: { EMAIL: 'redact' } }],
  ])('%s → the user confirms', (_name, user, managed) => {
    const decision = decide(user, managed);
    expect(decision.action).toBe('redact');
    expect(decision.confirmRedact).toBe(true);
  });

  it.each<[string, Partial<Policy>]>([
    ['actions', { actions: { GOVERNMENT_ID: 'redact' } }],
    ['defaultAction', { defaultAction: 'redact' }],
    ['sites', { sites: { 'chatgpt.com': { defaultAction: 'redact' } } }],
    ['customTerms', { customTerms: [{ id: 'falcon', terms: ['project falcon'], action: 'redact' }] }],
  ])('the admin set %s → redact applies without asking', (_name, managed) => {
    const decision = decide(undefined, managed);
    expect(decision.action).toBe('redact');
    expect(decision.confirmRedact).toBe(false);
  });

  it('an admin custom rule that redacts is automatic too', () => {
    const managed: Partial<Policy> = { customTerms: [{ id: 'falcon', terms: ['project falcon'], action: 'redact' }] };
    const { policy, origin } = effectivePolicy(D, undefined, managed);
    const custom = compileCustomDetectors(toCustomDetectorInput(policy));
    const d = custom.detectors[0]!;
    const decision = decideAction([{ type: d.type, category: 'CUSTOM', detector: d.id }], toActionRules(policy, custom, { origin }));
    expect([decision.action, decision.confirmRedact]).toEqual(['redact', false]);
  });

  it('without an origin (old callers, the options page tester) redact keeps confirming', () => {
    const policy = effectivePolicy(D, undefined, { actions: { GOVERNMENT_ID: 'redact' } }).policy;
    expect(toActionRules(policy).confirmRedact).toBe(true);
  });

  it('the guard policy the content script builds follows the same rule', async () => {
    const { toGuardPolicy } = await import('../guard/policy');
    const admin = effectivePolicy(D, undefined, { actions: { EMAIL: 'redact' } });
    const user = effectivePolicy(D, { actions: { EMAIL: 'redact' } }, undefined);
    expect(decideAction([{ type: 'EMAIL', category: 'PII' }], toGuardPolicy(admin.policy, admin.origin).rules).confirmRedact).toBe(false);
    expect(decideAction([{ type: 'EMAIL', category: 'PII' }], toGuardPolicy(user.policy, user.origin).rules).confirmRedact).toBe(true);
  });
});
