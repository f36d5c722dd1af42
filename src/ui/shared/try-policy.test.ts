import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '@/src/policy/schema';
import { draftErrors, newRuleId } from '../options/rule-draft';
import { policyTester, siteHost, tryPolicy } from './try-policy';

const policy = (patch: Partial<Policy>): Policy => ({ ...DEFAULT_POLICY, ...patch });
const FALCON: Policy['customTerms'] = [{ id: 'falcon', terms: ['project falcon'], action: 'block' }];

describe('tryPolicy', () => {
  it('built-in detectors with the default actions, masked previews only', () => {
    const result = tryPolicy(policyTester(DEFAULT_POLICY), 'mail jane.doe@example.com, card 4111 1111 1111 1111');
    expect(result.findings.map((f) => f.type)).toEqual(['EMAIL', 'CREDIT_CARD']);
    expect(result.perFinding).toEqual(['warn', 'redact']);
    expect(result.action).toBe('redact');
    expect(result.findings.map((f) => f.preview).join(' ')).not.toContain('4111 1111 1111 1111');
  });

  it('custom terms with their own action', () => {
    const result = tryPolicy(policyTester(policy({ customTerms: FALCON })), 'Status of Project Falcon?');
    expect(result.findings.map((f) => f.type)).toEqual(['CUSTOM']);
    expect(result.action).toBe('block');
  });

  it('monitor mode caps at audit; a disabled site or policy lets everything through', () => {
    expect(tryPolicy(policyTester(policy({ customTerms: FALCON, mode: 'monitor' })), 'project falcon').action).toBe('audit');
    const offOnClaude = policyTester(policy({ customTerms: FALCON, sites: { 'claude.ai': { enabled: false } } }));
    expect(tryPolicy(offOnClaude, 'project falcon', 'claude')).toMatchObject({ guardOn: false, action: 'allow' });
    expect(tryPolicy(offOnClaude, 'project falcon', 'chatgpt')).toMatchObject({ guardOn: true, action: 'block' });
    expect(tryPolicy(policyTester(policy({ enabled: false })), 'jane.doe@example.com')).toMatchObject({ guardOn: false, action: 'allow' });
  });

  it('a site default action applies on that site only', () => {
    const tester = policyTester(policy({ sites: { 'chatgpt.com': { defaultAction: 'block' } }, customTerms: [{ id: 't', terms: ['zebra'] }], actions: {} }));
    expect(tryPolicy(tester, 'zebra', 'chatgpt').action).toBe('block');
    expect(tryPolicy(tester, 'zebra').action).toBe('warn');
  });

  it('names and addresses: alone allowed, with other personal data of the record they join it; a rule for the type wins', () => {
    // The real PERSON detector: "Maria Schmidt" is a known given name and a family name.
    const withPeople = (policyPatch: Partial<Policy>) => policyTester(policy(policyPatch));
    const alone = tryPolicy(withPeople({}), 'Please ask Maria Schmidt about the release.');
    expect(alone.findings.map((f) => f.type)).toEqual(['PERSON']);
    expect(alone).toMatchObject({ perFinding: ['allow'], companion: ['alone'], action: 'allow' });
    const withCard = tryPolicy(withPeople({}), 'Please update Maria Schmidt card 4111 1111 1111 1111');
    expect(withCard).toMatchObject({ perFinding: ['redact', 'redact'], companion: ['record', undefined], action: 'redact' });
    const otherParagraph = tryPolicy(withPeople({}), 'Ask Maria Schmidt.\n\nCard 4111 1111 1111 1111');
    expect(otherParagraph.perFinding).toEqual(['allow', 'redact']);
    const named = tryPolicy(withPeople({ actions: { PERSON: 'warn' } }), 'Please ask Maria Schmidt about the release.');
    expect(named).toMatchObject({ perFinding: ['warn'], companion: [undefined], action: 'warn' });
    const monitored = tryPolicy(withPeople({ mode: 'monitor' }), 'Please update Maria Schmidt card 4111 1111 1111 1111');
    expect(monitored.perFinding).toEqual(['audit', 'audit']);
  });

  it('maps built-in sites to the host they are configured under', () => {
    expect(siteHost('chatgpt')).toBe('chatgpt.com');
    expect(siteHost('nope')).toBeUndefined();
  });
});

describe('rule drafts', () => {
  it.each([
    ['an unsupported RE2 construct', '(?=x)abc'],
    ['an unbalanced group', '(abc'],
    ['a pattern that matches empty text', 'a*'],
  ])('refuses %s with a message', (_, pattern) => {
    expect(draftErrors('customPatterns', [], { id: 'p', pattern })).not.toEqual([]);
  });

  it('accepts a valid pattern and term list', () => {
    expect(draftErrors('customPatterns', [], { id: 'p', pattern: 'ACME-\\d{6}' })).toEqual([]);
    expect(draftErrors('customTerms', [], { id: 't', terms: ['falcon'] })).toEqual([]);
  });

  it('refuses a duplicate id', () => {
    expect(draftErrors('customTerms', [{ id: 't', terms: ['a'] }], { id: 't', terms: ['b'] })).not.toEqual([]);
  });

  it('makes ids the validator accepts', () => {
    expect(newRuleId('exactMatch', 1_700_000_000_000)).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/);
  });
});
