import { describe, expect, it } from 'vitest';
import type { Category } from '../engine/types';
import { ENTITY_CATEGORIES } from '../engine/entity-types';
import { actedOn, actionFor, decideAction, decideSteps, DEFAULT_ACTION_RULES, isGuardAction, remainingAction, TABLE_OF_PEOPLE_ROWS, type RecordLookup } from './actions';
import { STEP } from './steps';
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

describe('decideSteps', () => {
  it('pauses every few hundred findings, and ends with the decision decideAction makes in one go', () => {
    // A table: rows of 100 characters, each with a name, an e-mail and a card.
    const rows: RecordLookup = { recordAt: (pos) => ({ start: pos - (pos % 100), end: pos - (pos % 100) + 100, table: true }) };
    const findings = Array.from({ length: 2 * STEP }, (_, row) => [
      { ...f('PERSON'), start: row * 100 },
      { ...f('EMAIL'), start: row * 100 + 20 },
      { ...f('CREDIT_CARD'), start: row * 100 + 50 },
    ]).flat();
    const steps = decideSteps(findings, DEFAULT_ACTION_RULES, 'chatgpt', rows);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    // Every pass over the 6 × STEP findings pauses about 6 times; there are several passes.
    expect(pauses).toBeGreaterThanOrEqual(12);
    expect(next.value).toEqual(decideAction(findings, DEFAULT_ACTION_RULES, 'chatgpt', rows));
    expect(next.value.perFinding.slice(0, 3)).toEqual(['redact', 'warn', 'redact']);
  });

  it('does not pause on a prompt\'s few findings', () => {
    expect(decideSteps([f('EMAIL'), f('PERSON')], DEFAULT_ACTION_RULES).next().done).toBe(true);
  });

  it('answers each finding by its own type and category, even when one detector reports several', () => {
    const rules: ActionRules = { ...DEFAULT_ACTION_RULES, byType: { ...DEFAULT_ACTION_RULES.byType, EMAIL: 'block' } };
    const findings = [
      { ...f('EMAIL'), detector: 'contact' },
      { ...f('PHONE'), detector: 'contact' },
      { ...f('EMAIL'), detector: 'contact' },
      { type: 'EMAIL', category: 'SECRET' as const, detector: 'contact' },
    ];
    expect(decideAction(findings, rules).perFinding).toEqual(['block', 'warn', 'block', 'block']);
    // No type rule for MAC addresses: the category decides, finding by finding.
    const mac = [{ ...f('MAC_ADDRESS'), detector: 'net' }, { type: 'MAC_ADDRESS', category: 'SECRET' as const, detector: 'net' }];
    expect(decideAction(mac, DEFAULT_ACTION_RULES).perFinding).toEqual(['warn', 'block']);
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

describe('companion types: a name or an address counts only in company', () => {
  /** A finding of `type` at `start` (one char long). */
  const at = (type: string, start: number) => ({ ...f(type), start, end: start + 1 });
  /** Records are the paragraphs of `layout` (blank-line separated); `table: true` makes them table rows. */
  const records = (bounds: readonly [number, number][], table = false): RecordLookup => ({
    recordAt: (pos) => {
      const b = bounds.find(([s, e]) => pos >= s && pos < e) ?? [pos, pos + 1];
      return { start: b[0], end: b[1], table };
    },
  });
  const twoParagraphs = records([[0, 100], [100, 200]]);

  it('a name or an address alone is allow, and the guard does not act on it', () => {
    const findings = [at('PERSON', 5), at('POSTAL_ADDRESS', 40)];
    const d = decideAction(findings, DEFAULT_ACTION_RULES, undefined, twoParagraphs);
    expect(d.perFinding).toEqual(['allow', 'allow']);
    expect(d.companion).toEqual(['alone', 'alone']);
    expect(d.action).toBe('allow');
    expect(actedOn(findings, d).findings).toEqual([]);
  });

  it('with a card in the same record the name takes the card\'s action; in another paragraph it stays alone', () => {
    const same = decideAction([at('PERSON', 5), at('CREDIT_CARD', 30)], DEFAULT_ACTION_RULES, undefined, twoParagraphs);
    expect(same.perFinding).toEqual(['redact', 'redact']);
    expect(same.companion).toEqual(['record', undefined]);
    const apart = decideAction([at('PERSON', 5), at('CREDIT_CARD', 130)], DEFAULT_ACTION_RULES, undefined, twoParagraphs);
    expect(apart.perFinding).toEqual(['allow', 'redact']);
    const acted = actedOn([at('PERSON', 5), at('CREDIT_CARD', 130)], apart);
    expect(acted.findings.map((x) => x.type)).toEqual(['CREDIT_CARD']);
    expect(acted.decision).toMatchObject({ action: 'redact', perFinding: ['redact'], allowable: [true], companion: [undefined] });
  });

  it.each<[string, string, GuardAction]>([
    ['e-mail', 'EMAIL', 'warn'],
    ['phone', 'PHONE', 'warn'],
    ['IBAN', 'IBAN', 'redact'],
    ['national ID', 'NL_BSN', 'redact'],
    ['IP address', 'IP_ADDRESS', 'warn'],
  ])('an address with an %s of the same record goes with it', (_name, type, expected) => {
    const d = decideAction([at(type, 10), at('POSTAL_ADDRESS', 50)], DEFAULT_ACTION_RULES, undefined, twoParagraphs);
    expect(d.perFinding).toEqual([expected, expected]);
  });

  it('a secret or an admin term is not personal data of the person: the name stays alone', () => {
    const d = decideAction([at('PERSON', 5), at('GITHUB_TOKEN', 20), at('CUSTOM', 30)], DEFAULT_ACTION_RULES, undefined, twoParagraphs);
    expect(d.perFinding).toEqual(['allow', 'block', 'warn']);
  });

  it('a name and an address together, with nothing else, are still alone', () => {
    const d = decideAction([at('PERSON', 5), at('POSTAL_ADDRESS', 20)], DEFAULT_ACTION_RULES, undefined, twoParagraphs);
    expect(d.perFinding).toEqual(['allow', 'allow']);
  });

  it(`a table of people (names in ${TABLE_OF_PEOPLE_ROWS} rows or more): every name and address in its rows joins, with its category's action`, () => {
    const rows = (n: number) => records(Array.from({ length: n }, (_, i) => [i * 10, i * 10 + 10] as [number, number]), true);
    const table = [at('PERSON', 1), at('POSTAL_ADDRESS', 5), at('PERSON', 11), at('PERSON', 21), at('CREDIT_CARD', 25)];
    const d = decideAction(table, DEFAULT_ACTION_RULES, undefined, rows(3));
    expect(d.perFinding).toEqual(['warn', 'warn', 'warn', 'redact', 'redact']);
    expect(d.companion).toEqual(['table', 'table', 'table', 'table', undefined]);
    // Two rows with a name: not yet a table of people.
    const small = decideAction(table.slice(0, 3), DEFAULT_ACTION_RULES, undefined, rows(3));
    expect(small.perFinding).toEqual(['allow', 'allow', 'allow']);
    // Paragraphs are not table rows, however many names.
    const prose = decideAction([at('PERSON', 1), at('PERSON', 11), at('PERSON', 21)], DEFAULT_ACTION_RULES, undefined, records([[0, 10], [10, 20], [20, 30]]));
    expect(prose.perFinding).toEqual(['allow', 'allow', 'allow']);
  });

  it('without records, the whole message is one record', () => {
    expect(decideAction([at('PERSON', 5), at('EMAIL', 500)], DEFAULT_ACTION_RULES).perFinding).toEqual(['warn', 'warn']);
    expect(decideAction([at('PERSON', 5)], DEFAULT_ACTION_RULES).perFinding).toEqual(['allow']);
  });

  it('an action set for the type itself wins: globally, for a site, and it makes the name count alone', () => {
    const global: ActionRules = { ...DEFAULT_ACTION_RULES, byType: { ...DEFAULT_ACTION_RULES.byType, PERSON: 'block' } };
    const d = decideAction([at('PERSON', 5), at('POSTAL_ADDRESS', 50)], global, undefined, twoParagraphs);
    expect(d.perFinding).toEqual(['block', 'allow']);
    expect(d.companion).toEqual([undefined, 'alone']);
    const allowed: ActionRules = { ...DEFAULT_ACTION_RULES, byType: { ...DEFAULT_ACTION_RULES.byType, PERSON: 'allow' } };
    expect(decideAction([at('PERSON', 5), at('CREDIT_CARD', 30)], allowed, undefined, twoParagraphs).perFinding).toEqual(['allow', 'redact']);
    const site: ActionRules = { ...DEFAULT_ACTION_RULES, bySite: { chatgpt: { byType: { POSTAL_ADDRESS: 'justify' } } } };
    expect(decideAction([at('POSTAL_ADDRESS', 5)], site, 'chatgpt', twoParagraphs).perFinding).toEqual(['justify']);
    expect(decideAction([at('POSTAL_ADDRESS', 5)], site, 'claude', twoParagraphs).perFinding).toEqual(['allow']);
  });

  it('a category rule does not make a name count alone, but is its action in a table of people', () => {
    const strictPii: ActionRules = { ...DEFAULT_ACTION_RULES, byCategory: { ...DEFAULT_ACTION_RULES.byCategory, PII: 'block' } };
    expect(decideAction([at('PERSON', 5)], strictPii, undefined, twoParagraphs).perFinding).toEqual(['allow']);
    const rows = records([[0, 10], [10, 20], [20, 30]], true);
    expect(decideAction([at('PERSON', 1), at('PERSON', 11), at('PERSON', 21)], strictPii, undefined, rows).perFinding).toEqual(['block', 'block', 'block']);
  });

  it('follows what its company is allowed: an admin allowing e-mail lets the name through too', () => {
    const rules: ActionRules = { ...DEFAULT_ACTION_RULES, byType: { ...DEFAULT_ACTION_RULES.byType, EMAIL: 'allow' } };
    const findings = [at('PERSON', 5), at('EMAIL', 30)];
    const d = decideAction(findings, rules, undefined, twoParagraphs);
    expect(d.perFinding).toEqual(['allow', 'allow']);
    expect(actedOn(findings, d).findings).toEqual([]);
  });

  it('no companion types: names are like any other PII type', () => {
    const rules: ActionRules = { ...DEFAULT_ACTION_RULES, companionTypes: [] };
    const d = decideAction([at('PERSON', 5)], rules, undefined, twoParagraphs);
    expect(d.perFinding).toEqual(['warn']);
    expect(d).not.toHaveProperty('companion');
  });

  it('asks for each record once however many values it holds, and copes with findings out of order', () => {
    const calls: number[] = [];
    const lookup: RecordLookup = {
      recordAt: (pos) => {
        calls.push(pos);
        return { start: Math.floor(pos / 100) * 100, end: Math.floor(pos / 100) * 100 + 100, table: true };
      },
    };
    const findings = Array.from({ length: 50 }, (_, row) => [at('PERSON', row * 100 + 1), at('EMAIL', row * 100 + 20), at('IBAN', row * 100 + 50)]).flat();
    const reversed = [...findings].reverse();
    const d = decideAction(reversed, DEFAULT_ACTION_RULES, undefined, lookup);
    expect(calls).toHaveLength(50);
    expect(d.perFinding).toEqual(reversed.map((x) => (x.type === 'EMAIL' ? 'warn' : 'redact')));
    expect(d.companion!.filter((c) => c === 'table')).toHaveLength(50);
  });

  it('keeps the decision index-aligned when allow findings are dropped', () => {
    const findings = [at('EMAIL', 5), at('PERSON', 150), at('GITHUB_TOKEN', 160)];
    const acted = actedOn(findings, decideAction(findings, DEFAULT_ACTION_RULES, undefined, twoParagraphs));
    expect(acted.findings.map((x) => x.type)).toEqual(['EMAIL', 'GITHUB_TOKEN']);
    expect(acted.decision).toMatchObject({ action: 'block', perFinding: ['warn', 'block'], allowable: [true, false] });
  });
});
