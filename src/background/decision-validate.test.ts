import { describe, expect, it } from 'vitest';
import { DECISION_LIMITS, parseGuardDecision } from './decision-validate';
import { decision } from './decision.fixtures';

const finding = (overrides: Record<string, unknown>) => ({ ...decision().findings[0], ...overrides });

describe('parseGuardDecision: accepted', () => {
  it('returns a clean copy of a valid event', () => {
    const input = decision({ justification: 'customer asked for it' });
    const result = parseGuardDecision(input);
    expect(result).toEqual({ ok: true, event: input });
    expect(result.ok && result.event).not.toBe(input);
  });

  it('drops unknown fields instead of storing them', () => {
    const result = parseGuardDecision({ ...decision(), tabUrl: 'https://chatgpt.com/c/123', findings: [finding({ start: 3, end: 9 })] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.event).not.toHaveProperty('tabUrl');
    expect(result.event.findings[0]).not.toHaveProperty('start');
  });

  it('takes names and addresses with their masked previews, never more', () => {
    const people = [
      { type: 'PERSON', category: 'PII', severity: 'medium', detector: 'person-name', preview: 'M••• S•••••' },
      { type: 'POSTAL_ADDRESS', category: 'PII', severity: 'medium', detector: 'postal-address', preview: '•• Hauptstraße ••' },
    ];
    const result = parseGuardDecision(decision({ findings: people, counts: { PERSON: 3, POSTAL_ADDRESS: 1 } }));
    expect(result.ok && result.event.findings).toEqual(people);
    expect(result.ok && result.event.counts).toEqual({ PERSON: 3, POSTAL_ADDRESS: 1 });
  });

  it('keeps at most DECISION_LIMITS.findingsKept findings (the counts keep the totals)', () => {
    const many = Array.from({ length: DECISION_LIMITS.findingsKept + 50 }, () => finding({}));
    const result = parseGuardDecision(decision({ findings: many, counts: { EMAIL: many.length } }));
    expect(result.ok && result.event.findings.length).toBe(DECISION_LIMITS.findingsKept);
    expect(result.ok && result.event.counts.EMAIL).toBe(many.length);
  });

  it.each([
    ['host with port', { host: 'ai.corp.example:8443' }],
    ['IPv6 host', { host: '[::1]:3000' }],
    ['custom entity type', { counts: { CUSTOM_PROJECT_X: 2 } }],
    ['no findings', { findings: [], counts: {}, action: 'allow', choice: 'sent-anyway' }],
    ['empty justification', { justification: '' }],
    ['multi-line justification', { justification: 'line one\nline two' }],
  ])('%s', (_name, overrides) => {
    expect(parseGuardDecision(decision(overrides)).ok).toBe(true);
  });
});

describe('parseGuardDecision: refused', () => {
  it.each<[string, unknown]>([
    ['not an object', 'guard-decision'],
    ['null', null],
    ['an array', [decision()]],
    ['another kind', decision({ kind: 'findings-count' })],
    ['a raw "value" field', decision({ value: 'ghp_realtoken' })],
    ['a raw "text" field', decision({ text: 'my card is 4111 1111 1111 1111' })],
    ['a "Text" field, any case', decision({ Text: 'x' })],
    ['a "value" inside a finding', decision({ findings: [finding({ value: 'jane@example.com' })] })],
    ['a "raw" inside a finding', decision({ findings: [finding({ raw: 'jane@example.com' })] })],
    ['at not a number', decision({ at: '2025-01-01' })],
    ['at NaN', decision({ at: Number.NaN })],
    ['at negative', decision({ at: -1 })],
    ['empty site', decision({ site: '' })],
    ['site too long', decision({ site: 'x'.repeat(DECISION_LIMITS.site + 1) })],
    ['site with control characters', decision({ site: 'chat\u0000gpt' })],
    ['host with a path', decision({ host: 'chatgpt.com/c/123' })],
    ['host too long', decision({ host: `${'a'.repeat(DECISION_LIMITS.host)}.com` })],
    ['unknown channel', decision({ channel: 'telepathy' })],
    ['unknown action', decision({ action: 'nuke' })],
    ['unknown choice', decision({ choice: 'ignored' })],
    ['justification too long', decision({ justification: 'x'.repeat(DECISION_LIMITS.justification + 1) })],
    ['justification not a string', decision({ justification: 42 })],
    ['counts not an object', decision({ counts: [1, 2] })],
    ['count not an integer', decision({ counts: { EMAIL: 1.5 } })],
    ['count negative', decision({ counts: { EMAIL: -1 } })],
    ['count key not an entity type', decision({ counts: { email: 1 } })],
    ['too many count keys', decision({ counts: Object.fromEntries(Array.from({ length: DECISION_LIMITS.countKeys + 1 }, (_, i) => [`T${i}`, 1])) })],
    ['findings not an array', decision({ findings: {} })],
    ['absurdly many findings', decision({ findings: Array.from({ length: DECISION_LIMITS.findings + 1 }, () => finding({})) })],
    ['finding not an object', decision({ findings: ['EMAIL'] })],
    ['finding with unknown category', decision({ findings: [finding({ category: 'GOSSIP' })] })],
    ['finding with unknown severity', decision({ findings: [finding({ severity: 'meh' })] })],
    ['finding with lower-case type', decision({ findings: [finding({ type: 'email' })] })],
    ['finding with empty detector', decision({ findings: [finding({ detector: '' })] })],
    ['preview without a mask (could be the value)', decision({ findings: [finding({ preview: 'jane@example.com' })] })],
    ['preview too long', decision({ findings: [finding({ preview: `a${'•'.repeat(DECISION_LIMITS.preview)}` })] })],
    ['reason too long', decision({ findings: [finding({ reason: 'r'.repeat(DECISION_LIMITS.reason + 1) })] })],
    ['reason with control characters', decision({ findings: [finding({ reason: 'a\u0000b' })] })],
    ['value hash that could be the value', decision({ findings: [finding({ valueHash: '4111111111111111' })] })],
    ['value hash of the wrong length', decision({ findings: [finding({ valueHash: 'abcdef' })] })],
    ['class instance instead of plain object', Object.assign(new (class Event {})(), decision())],
  ])('%s', (_name, input) => {
    const result = parseGuardDecision(input);
    expect(result.ok).toBe(false);
  });

  it('keeps a finding\'s reason and value hash', () => {
    const result = parseGuardDecision(decision({ findings: [finding({ reason: 'Email address (pattern "address")', valueHash: 'abcdefghijklmnop' })] }));
    expect(result.ok && result.event.findings[0]).toMatchObject({ reason: 'Email address (pattern "address")', valueHash: 'abcdefghijklmnop' });
  });

  it('says why', () => {
    expect(parseGuardDecision(decision({ text: 'x' }))).toEqual({ ok: false, reason: 'carries a "text" field' });
    expect(parseGuardDecision(decision({ findings: [finding({ preview: 'plain' })] }))).toEqual({ ok: false, reason: 'findings[0] preview' });
  });

  it('never throws, even on a hostile object', () => {
    const hostile = new Proxy(decision(), {
      get() {
        throw new Error('boom');
      },
    });
    expect(parseGuardDecision(hostile)).toEqual({ ok: false, reason: 'unreadable event' });
  });
});

describe('parseGuardDecision: a finding’s why', () => {
  const why = { detector: 'email', pattern: 'finder', checked: true, near: 'mail' };
  const first = (input: unknown) => {
    const result = parseGuardDecision(input);
    expect(result.ok).toBe(true);
    return result.ok ? result.event.findings[0] : undefined;
  };

  it('keeps a sound why (known fields only), with an admin rule’s label', () => {
    expect(first(decision({ findings: [finding({ why: { ...why, extra: 1 } })] }))?.why).toEqual(why);
    const custom = { detector: 'custom-term-projects.v2', pattern: 'whole word', checked: false, customLabel: 'Code names “Q3”' };
    expect(first(decision({ findings: [finding({ detector: custom.detector, why: custom })] }))?.why).toEqual(custom);
  });

  it.each([
    ['not an object', 'email'],
    ['another detector', { ...why, detector: 'iban' }],
    ['a detector id that is not one', { ...why, detector: 'Email Address' }],
    ['a missing pattern', { ...why, pattern: undefined }],
    ['a long pattern', { ...why, pattern: 'p'.repeat(DECISION_LIMITS.whyPattern + 1) }],
    ['checked not a boolean', { ...why, checked: 'yes' }],
    ['a control character in the context word', { ...why, near: 'ma\u0007il' }],
    ['a line break in the label', { ...why, customLabel: 'a\nb' }],
    ['a bidi override in the label', { ...why, customLabel: '\u202egnp.exe' }],
    ['a long label', { ...why, customLabel: 'x'.repeat(DECISION_LIMITS.whyLabel + 1) }],
    ['a value field', { ...why, value: 'jane@example.com' }],
  ])('drops a why with %s, and keeps the decision and the reason', (_, bad) => {
    const kept = first(decision({ findings: [finding({ reason: 'Email address (pattern "finder")', why: bad })] }));
    expect(kept).not.toHaveProperty('why');
    expect(kept?.reason).toBe('Email address (pattern "finder")');
  });
});

describe('parseGuardDecision: an attached file', () => {
  const file = { name: 'card_[CREDIT_CARD_1].docx', nameMasked: true, format: 'docx', size: 12_345, problem: 'tooLarge', repeat: true };

  it('keeps the file facts (known fields only)', () => {
    const result = parseGuardDecision(decision({ channel: 'file', file: { ...file, pages: 3 } }));
    expect(result.ok && result.event.file).toEqual(file);
    expect(parseGuardDecision(decision({ file: { name: 'roadmap.pdf', format: 'pdf', size: 0 } })).ok).toBe(true);
  });

  it.each<[string, unknown]>([
    ['not an object', 'roadmap.pdf'],
    ['a "text" field (content)', { ...file, text: 'Card on file: 4111 1111 1111 1111' }],
    ['an empty name', { ...file, name: '' }],
    ['a name with a line break', { ...file, name: 'a\nb.pdf' }],
    ['a name too long', { ...file, name: `${'a'.repeat(DECISION_LIMITS.fileName)}.pdf` }],
    ['nameMasked not true', { ...file, nameMasked: 'yes' }],
    ['a format that is a sentence', { ...file, format: 'Word document' }],
    ['a negative size', { ...file, size: -1 }],
    ['a fractional size', { ...file, size: 1.5 }],
    ['an unknown problem', { ...file, problem: 'haunted' }],
  ])('refuses %s', (_name, value) => {
    expect(parseGuardDecision(decision({ file: value })).ok).toBe(false);
  });
});
