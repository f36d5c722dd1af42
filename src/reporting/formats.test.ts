import { describe, expect, it } from 'vitest';
import type { AuditRecord, DecisionRecord } from './event';
import { anyValue, serializeBatch } from './formats';

const DECISION: DecisionRecord = {
  kind: 'decision',
  schema: 1,
  eventId: 'a3f1c2d4-0000-4000-8000-000000000001',
  time: '2025-06-15T15:06:40.123Z',
  site: 'chatgpt',
  host: 'chatgpt.com',
  channel: 'paste',
  action: 'block',
  choice: 'blocked',
  counts: { GITHUB_TOKEN: 1 },
  types: ['GITHUB_TOKEN'],
  categories: ['SECRET'],
  detectors: ['github-pat'],
  maxSeverity: 'critical',
  extensionVersion: '0.1.0',
  policyVersion: 'p1',
};
const DROPPED: AuditRecord = { kind: 'dropped', schema: 1, time: '2025-06-15T15:00:00.000Z', dropped: 12 };

describe('serializeBatch', () => {
  it('json: an array body', () => {
    const out = serializeBatch([DROPPED, DECISION], 'json');
    expect(out.contentType).toBe('application/json');
    expect(JSON.parse(out.body)).toEqual([DROPPED, DECISION]);
  });

  it('splunk-hec: newline-delimited event objects with epoch seconds', () => {
    const out = serializeBatch([DROPPED, DECISION], 'splunk-hec');
    const lines = out.body.split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { time: 1749999600, sourcetype: 'promptfence:decision', event: DROPPED },
      { time: 1750000000.123, sourcetype: 'promptfence:decision', event: DECISION },
    ]);
  });

  it('otlp: ExportLogsServiceRequest JSON with typed attributes', () => {
    const body = JSON.parse(serializeBatch([DECISION], 'otlp').body);
    const attr = (key: string) => ({ key: `promptfence.${key}` });
    expect(body).toEqual({
      resourceLogs: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'promptfence' } }] },
          scopeLogs: [
            {
              scope: { name: 'promptfence.reporting' },
              logRecords: [
                {
                  timeUnixNano: '1750000000123000000',
                  observedTimeUnixNano: '1750000000123000000',
                  severityNumber: 13,
                  severityText: 'WARN',
                  body: { stringValue: 'promptfence block on chatgpt: blocked' },
                  attributes: [
                    { ...attr('kind'), value: { stringValue: 'decision' } },
                    { ...attr('schema'), value: { intValue: '1' } },
                    { ...attr('eventId'), value: { stringValue: 'a3f1c2d4-0000-4000-8000-000000000001' } },
                    { ...attr('site'), value: { stringValue: 'chatgpt' } },
                    { ...attr('host'), value: { stringValue: 'chatgpt.com' } },
                    { ...attr('channel'), value: { stringValue: 'paste' } },
                    { ...attr('action'), value: { stringValue: 'block' } },
                    { ...attr('choice'), value: { stringValue: 'blocked' } },
                    { ...attr('counts'), value: { kvlistValue: { values: [{ key: 'GITHUB_TOKEN', value: { intValue: '1' } }] } } },
                    { ...attr('types'), value: { arrayValue: { values: [{ stringValue: 'GITHUB_TOKEN' }] } } },
                    { ...attr('categories'), value: { arrayValue: { values: [{ stringValue: 'SECRET' }] } } },
                    { ...attr('detectors'), value: { arrayValue: { values: [{ stringValue: 'github-pat' }] } } },
                    { ...attr('maxSeverity'), value: { stringValue: 'critical' } },
                    { ...attr('extensionVersion'), value: { stringValue: '0.1.0' } },
                    { ...attr('policyVersion'), value: { stringValue: 'p1' } },
                    { key: 'log.record.uid', value: { stringValue: 'a3f1c2d4-0000-4000-8000-000000000001' } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it('otlp: a plain decision is INFO, the dropped notice is WARN', () => {
    const body = JSON.parse(serializeBatch([{ ...DECISION, action: 'warn', choice: 'redacted' }, DROPPED], 'otlp').body);
    const records = body.resourceLogs[0].scopeLogs[0].logRecords;
    expect(records.map((r: { severityText: string; severityNumber: number }) => [r.severityText, r.severityNumber])).toEqual([
      ['INFO', 9],
      ['WARN', 13],
    ]);
    expect(records[1].body).toEqual({ stringValue: 'promptfence dropped 12 audit events' });
  });

  describe('a user id reaches the receiver in every format', () => {
    const withEmail: DecisionRecord = { ...DECISION, userId: 'jane@corp.example', userIdType: 'email' };
    const withId: DecisionRecord = { ...DECISION, userId: '114233827316021587519', userIdType: 'gaia-id' };
    const otlpAttrs = (r: DecisionRecord) =>
      Object.fromEntries(
        (JSON.parse(serializeBatch([r], 'otlp').body).resourceLogs[0].scopeLogs[0].logRecords[0].attributes as { key: string; value: { stringValue?: string } }[]).map(
          (a) => [a.key, a.value.stringValue],
        ),
      );

    it('json and splunk-hec: userId and userIdType fields of the record', () => {
      expect(JSON.parse(serializeBatch([withEmail], 'json').body)[0]).toMatchObject({ userId: 'jane@corp.example', userIdType: 'email' });
      expect(JSON.parse(serializeBatch([withEmail], 'splunk-hec').body).event).toMatchObject({ userId: 'jane@corp.example', userIdType: 'email' });
    });

    it('otlp: promptfence.userId plus the semantic-convention user.email / user.id', () => {
      expect(otlpAttrs(withEmail)).toMatchObject({ 'promptfence.userId': 'jane@corp.example', 'user.email': 'jane@corp.example' });
      expect(otlpAttrs(withEmail)).not.toHaveProperty('user.id');
      expect(otlpAttrs(withId)).toMatchObject({ 'promptfence.userIdType': 'gaia-id', 'user.id': '114233827316021587519' });
      expect(otlpAttrs(withId)).not.toHaveProperty('user.email');
    });

    it('otlp: no user attributes when the record has none', () => {
      expect(Object.keys(otlpAttrs(DECISION)).filter((k) => k.startsWith('user.') || k.startsWith('promptfence.userId'))).toEqual([]);
    });
  });

  it.each([
    [true, { boolValue: true }],
    [1.5, { doubleValue: 1.5 }],
    [2 ** 53, { doubleValue: 2 ** 53 }], // beyond safe integers: not an exact intValue
  ])('anyValue(%j)', (input, expected) => expect(anyValue(input)).toEqual(expected));
});
