import { describe, expect, it } from 'vitest';
import type { Category } from '../engine/types';
import { ENTITY_CATEGORIES } from '../engine/entity-types';
import { actionFor, decideAction, DEFAULT_ACTION_RULES, isGuardAction, remainingAction } from './actions';
import type { ActionRules, GuardAction } from './types';

const f = (type: string, category: Category = (ENTITY_CATEGORIES as Record<string, Category>)[type] ?? 'CUSTOM') => ({ type, category });

describe('DEFAULT_ACTION_RULES', () => {
  it.each<[string, GuardAction]>([
    ['GITHUB_TOKEN', 'block'],
    ['AWS_SECRET_KEY', 'block'],
    ['PRIVATE_KEY', 'block'],
    ['API_TOKEN', 'block'],
    ['US_SSN', 'redact'],
    ['UK_NINO', 'redact'],
    ['IN_AADHAAR', 'redact'],
    ['CREDIT_CARD', 'redact'],
    ['IBAN', 'redact'],
    ['EMAIL', 'warn'],
    ['PHONE', 'warn'],
    ['IP_ADDRESS', 'warn'],
    ['MAC_ADDRESS', 'warn'],
    ['DATE_OF_BIRTH', 'warn'],
    ['SWIFT_BIC', 'warn'],
    ['US_BANK_ROUTING', 'warn'],
    ['CUSTOM', 'warn'],
    ['CUSTOM_ACME_CLIENT', 'warn'],
  ])('%s → %s', (type, expected) => {
    expect(actionFor(f(type), DEFAULT_ACTION_RULES)).toBe(expected);
  });

  it('covers every built-in type with a valid action', () => {
    for (const type of Object.keys(ENTITY_CATEGORIES)) expect(isGuardAction(actionFor(f(type), DEFAULT_ACTION_RULES))).toBe(true);
  });

  it('offers redact-and-send on block, confirms redaction, and never lets users allow a blocked value', () => {
    const d = decideAction([f('GITHUB_TOKEN'), f('EMAIL')], DEFAULT_ACTION_RULES);
    expect(d).toMatchObject({ action: 'block', redactOnBlock: true, confirmRedact: true, allowable: [false, true] });
  });
});

/** Every level set, so removing one at a time shows which level wins. */
const layered: ActionRules = {
  default: 'audit',
  byCategory: { PII: 'warn' },
  byType: { EMAIL: 'justify' },
  bySite: { chatgpt: { byType: { EMAIL: 'block' }, byCategory: { PII: 'redact' }, default: 'allow' } },
};

describe('precedence: site-type > site-category > type > category > site default > default', () => {
  it.each<[string, ActionRules, string | undefined, GuardAction]>([
    ['site type wins', layered, 'chatgpt', 'block'],
    ['site category next', { ...layered, bySite: { chatgpt: { byCategory: { PII: 'redact' }, default: 'allow' } } }, 'chatgpt', 'redact'],
    ['global type next', { ...layered, bySite: { chatgpt: { default: 'allow' } } }, 'chatgpt', 'justify'],
    ['global category next', { ...layered, byType: {}, bySite: { chatgpt: { default: 'allow' } } }, 'chatgpt', 'warn'],
    ['site default next', { ...layered, byType: {}, byCategory: {}, bySite: { chatgpt: { default: 'allow' } } }, 'chatgpt', 'allow'],
    ['global default last', { ...layered, byType: {}, byCategory: {} }, 'claude', 'audit'],
    ['other sites ignore the site entry', layered, 'claude', 'justify'],
    ['no site id ignores bySite', layered, undefined, 'justify'],
    ['a site id named like an Object builtin is not a site', layered, 'toString', 'justify'],
  ])('%s', (_name, rules, site, expected) => {
    expect(actionFor(f('EMAIL'), rules, site)).toBe(expected);
  });

  it.each<[string, ActionRules, GuardAction]>([
    ['misspelt type action falls through to category', { default: 'warn', byCategory: { PII: 'justify' }, byType: { EMAIL: 'blok' as GuardAction } }, 'justify'],
    ['misspelt everything falls back to warn', { default: 'nope' as GuardAction, byCategory: {}, byType: {} }, 'warn'],
    ['inherited keys are not rules', { default: 'audit', byCategory: {}, byType: Object.create({ EMAIL: 'block' }) }, 'audit'],
  ])('untrusted policy: %s', (_name, rules, expected) => {
    expect(actionFor(f('EMAIL'), rules)).toBe(expected);
  });
});

describe('decideAction', () => {
  it.each<[string, string[], GuardAction]>([
    ['no findings → allow', [], 'allow'],
    ['one warn', ['EMAIL'], 'warn'],
    ['warn + redact → redact', ['EMAIL', 'CREDIT_CARD'], 'redact'],
    ['redact + block → block', ['US_SSN', 'OPENAI_KEY', 'PHONE'], 'block'],
    ['order does not matter', ['OPENAI_KEY', 'US_SSN'], 'block'],
  ])('strongest wins: %s', (_name, types, expected) => {
    const d = decideAction(types.map((t) => f(t)), DEFAULT_ACTION_RULES);
    expect(d.action).toBe(expected);
    expect(d.perFinding).toHaveLength(types.length);
  });

  it('reports one action per finding, index-aligned', () => {
    const d = decideAction([f('EMAIL'), f('IBAN'), f('JWT')], DEFAULT_ACTION_RULES);
    expect(d.perFinding).toEqual(['warn', 'redact', 'block']);
  });

  it('applies site overrides of the panel options and messages', () => {
    const rules: ActionRules = {
      ...DEFAULT_ACTION_RULES,
      blockMessage: 'Global message',
      supportUrl: 'https://help.example/global',
      bySite: { internal: { confirmRedact: false, allowRedactOnBlock: false, userMayAllowBlocked: true, blockMessage: 'Site message' } },
    };
    const d = decideAction([f('JWT')], rules, 'internal');
    expect(d).toMatchObject({
      action: 'block',
      confirmRedact: false,
      redactOnBlock: false,
      allowable: [true],
      blockMessage: 'Site message',
      supportUrl: 'https://help.example/global',
    });
    expect(decideAction([f('JWT')], rules, 'chatgpt')).toMatchObject({ confirmRedact: true, redactOnBlock: true, blockMessage: 'Global message' });
  });

  it('treats missing options as the safe defaults', () => {
    const d = decideAction([f('JWT')], { default: 'warn', byCategory: { SECRET: 'block' }, byType: {} });
    expect(d).toMatchObject({ redactOnBlock: true, confirmRedact: true, allowable: [false] });
    expect(d).not.toHaveProperty('blockMessage');
  });
});

describe('remainingAction', () => {
  it.each<[string, GuardAction[], number[], GuardAction]>([
    ['nothing allowed', ['warn', 'block'], [], 'block'],
    ['the block allowed', ['warn', 'block'], [1], 'warn'],
    ['everything allowed', ['warn', 'redact'], [0, 1], 'allow'],
  ])('%s', (_name, per, allowed, expected) => {
    expect(remainingAction(per, new Set(allowed))).toBe(expected);
  });
});

describe('admin rules by detector', () => {
  it('a custom rule\'s own action wins over the CUSTOM category and the default', () => {
    const rules = { ...DEFAULT_ACTION_RULES, byDetector: { 'custom-term-project-falcon': 'block' as const } };
    expect(actionFor({ type: 'CUSTOM', category: 'CUSTOM', detector: 'custom-term-project-falcon' }, rules)).toBe('block');
    expect(actionFor({ type: 'CUSTOM', category: 'CUSTOM', detector: 'custom-term-other' }, rules)).toBe('warn');
    expect(decideAction([{ type: 'CUSTOM', category: 'CUSTOM', detector: 'custom-term-project-falcon' }], rules).action).toBe('block');
  });
  it('ignores a misspelt action and inherited keys', () => {
    const rules = { ...DEFAULT_ACTION_RULES, byDetector: JSON.parse('{"x": "blok", "__proto__": {"y": "allow"}}') };
    expect(actionFor({ type: 'CUSTOM', category: 'CUSTOM', detector: 'x' }, rules)).toBe('warn');
    expect(actionFor({ type: 'CUSTOM', category: 'CUSTOM', detector: 'y' }, rules)).toBe('warn');
  });
});
