import { describe, expect, it } from 'vitest';
import { DECISION_RECORD_KEYS, FILE_NAME_MAX, JUSTIFICATION_MAX, cleanJustification, toAuditEvent } from './event';
import { decision } from '../background/decision.fixtures';

const META = { extensionVersion: '0.1.0', policyVersion: '2026-11-01' };
const PROMPT = 'Here is my key ghp_R3alT0kenValue1234567890abcdefghijA1B2 and jane.doe@example.com';

describe('toAuditEvent', () => {
  it('builds the golden record', () => {
    expect(toAuditEvent(decision(), { ...META, userId: 'emp-42' }, 'a3f1c2d4-0000-4000-8000-000000000001')).toEqual({
      kind: 'decision',
      schema: 1,
      eventId: 'a3f1c2d4-0000-4000-8000-000000000001',
      time: '2025-06-15T15:06:40.000Z',
      site: 'chatgpt',
      host: 'chatgpt.com',
      channel: 'paste',
      action: 'warn',
      choice: 'redacted',
      counts: { EMAIL: 1, GITHUB_TOKEN: 1 },
      types: ['EMAIL', 'GITHUB_TOKEN'],
      categories: ['PII', 'SECRET'],
      detectors: ['email', 'github-pat'],
      maxSeverity: 'critical',
      extensionVersion: '0.1.0',
      policyVersion: '2026-11-01',
      userId: 'emp-42',
    });
  });

  it('gives every record its own random id, so receivers can drop a resent copy', () => {
    const ids = new Set(Array.from({ length: 50 }, () => toAuditEvent(decision(), META).eventId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('carries no prompt text: only allow-listed fields, no previews, stray fields dropped', () => {
    // A hostile or buggy sender: extra fields with the raw text, previews that keep parts of the value.
    const event = decision({
      justification: `needed for the ticket\n\r\u0000${'x'.repeat(5000)}`,
      text: PROMPT,
      prompt: PROMPT,
      findings: [
        { type: 'EMAIL', category: 'PII', severity: 'medium', detector: 'email', preview: 'j•••@example.com', value: PROMPT },
        { type: 'GITHUB_TOKEN', category: 'SECRET', severity: 'critical', detector: 'github-pat', preview: 'ghp_…A1B2' },
      ],
    });
    const record = toAuditEvent(event, META);
    for (const key of Object.keys(record)) expect(DECISION_RECORD_KEYS).toContain(key);
    const wire = JSON.stringify(record);
    for (const fragment of ['example.com', 'A1B2', 'ghp_', 'j•••', 'Here is my key', '\\n', '\\u0000']) {
      expect(wire).not.toContain(fragment);
    }
    expect(record.justification?.startsWith('needed for the ticket x')).toBe(true);
    expect([...record.justification!].length).toBe(JUSTIFICATION_MAX);
    expect(record.justification!.endsWith('…')).toBe(true);
  });

  it('drops malformed identifiers instead of passing them through', () => {
    const record = toAuditEvent(
      decision({
        counts: { EMAIL: 2, 'my secret is hunter2': 1, PHONE: -1 },
        findings: [{ type: 'EMAIL', category: 'PII', severity: 'low', detector: 'has spaces and text', preview: '•' }],
      }),
      { ...META, userId: 'bob smith <bob@example.com>' },
    );
    expect(record.counts).toEqual({ EMAIL: 2 });
    expect(record.detectors).toEqual([]);
    expect(record).not.toHaveProperty('userId');
    expect(record.userIdMissing).toBe('error'); // asked for, unusable: the receiver sees the gap
  });

  it('an attached file: name (as masked), format, size, problem and repeat, rebuilt field by field', () => {
    const file = { name: 'card_[CREDIT_CARD_1].pdf', nameMasked: true as const, format: 'pdf', size: 2048, problem: 'tooLarge' as const, repeat: true as const };
    const record = toAuditEvent(decision({ channel: 'file', file: { ...file, text: PROMPT } as never }), META);
    expect(record.file).toEqual(file);
    const hostile = toAuditEvent(decision({ file: { name: `a\nb${'x'.repeat(400)}.pdf`, format: 'Word Document', size: -3, problem: 'odd' } as never }), META);
    expect(hostile.file).toEqual({ name: expect.stringMatching(/^a bx+…$/), format: 'unknown', size: 0 });
    expect([...hostile.file!.name].length).toBe(FILE_NAME_MAX);
    expect(toAuditEvent(decision(), META)).not.toHaveProperty('file');
  });

  it('omits empty justification and severity', () => {
    const record = toAuditEvent(decision({ justification: ' \n ', findings: [], counts: {} }), META);
    expect(record).not.toHaveProperty('justification');
    expect(record).not.toHaveProperty('maxSeverity');
  });
});

describe('toAuditEvent: user id', () => {
  it.each<[string, Parameters<typeof toAuditEvent>[1], Record<string, unknown>]>([
    ['an e-mail address', { ...META, userId: 'jane.o+ai@corp.example', userIdType: 'email' }, { userId: 'jane.o+ai@corp.example', userIdType: 'email' }],
    ['an account id', { ...META, userId: '114233827316021587519', userIdType: 'gaia-id' }, { userId: '114233827316021587519', userIdType: 'gaia-id' }],
    ['the permission not granted', { ...META, userIdMissing: 'not-granted' }, { userIdMissing: 'not-granted' }],
    ['a signed-out profile', { ...META, userIdMissing: 'signed-out' }, { userIdMissing: 'signed-out' }],
  ])('%s', (_name, meta, expected) => {
    const record = toAuditEvent(decision(), meta);
    expect(Object.fromEntries(Object.entries(record).filter(([k]) => k.startsWith('userId')))).toEqual(expected);
  });

  it('no user id asked for → no user fields at all', () => {
    const record = toAuditEvent(decision(), META);
    expect(Object.keys(record).filter((k) => k.startsWith('userId'))).toEqual([]);
  });

  it('an unknown reason or type is not passed through', () => {
    const record = toAuditEvent(decision(), { ...META, userIdMissing: 'because <script>' as never });
    expect(record).not.toHaveProperty('userIdMissing');
    expect(toAuditEvent(decision(), { ...META, userId: 'x@y.example', userIdType: 'upn' as never })).not.toHaveProperty('userIdType');
  });
});

describe('cleanJustification', () => {
  it.each([
    ['short', 'short'],
    ['  line\nbreak\t ', 'line break'],
    ['😀'.repeat(JUSTIFICATION_MAX + 5), `${'😀'.repeat(JUSTIFICATION_MAX - 1)}…`], // never splits a surrogate pair
  ])('%j → %j', (input, expected) => expect(cleanJustification(input)).toBe(expected));
});
