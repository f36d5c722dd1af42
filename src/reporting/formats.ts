/**
 * Wire formats for a batch of audit records. Pure: records in, body and content type out.
 *
 * - `json`: a JSON array.
 * - `splunk-hec`: newline-delimited HEC event objects for `/services/collector/event`
 *   (https://docs.splunk.com/Documentation/Splunk/latest/Data/FormateventsforHTTPEventCollector).
 * - `otlp`: an OTLP/HTTP JSON `ExportLogsServiceRequest` for `/v1/logs`
 *   (https://opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding): lowerCamelCase field names,
 *   64-bit integers (`timeUnixNano`, `intValue`) as decimal strings, enums (`severityNumber`) as numbers.
 *
 * A user id, when the admin asked for one, is a field of the record in `json` and `splunk-hec`
 * (`userId`, `userIdType`), and in `otlp` both `promptfence.userId` and the semantic-convention
 * attribute `user.email` or `user.id` (https://opentelemetry.io/docs/specs/semconv/registry/attributes/user/).
 */
import type { AuditRecord } from './event';

export type ReportFormat = 'json' | 'splunk-hec' | 'otlp';
export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'splunk-hec', 'otlp'];

export interface SerializedBatch {
  readonly body: string;
  readonly contentType: string;
}

export const SPLUNK_SOURCETYPE = 'promptfence:decision';
export const OTLP_SCOPE = 'promptfence.reporting';

/** Serialises a batch in the given format. */
export function serializeBatch(records: readonly AuditRecord[], format: ReportFormat): SerializedBatch {
  switch (format) {
    case 'json':
      return { body: JSON.stringify(records), contentType: 'application/json' };
    case 'splunk-hec':
      return { body: records.map((r) => JSON.stringify(toSplunkEvent(r))).join('\n'), contentType: 'application/json' };
    case 'otlp':
      return { body: JSON.stringify(toOtlpLogs(records)), contentType: 'application/json' };
  }
}

/** One HEC event; `time` is epoch seconds (fractions allowed, ms precision). */
export function toSplunkEvent(record: AuditRecord): { time: number; sourcetype: string; event: AuditRecord } {
  return { time: Date.parse(record.time) / 1000, sourcetype: SPLUNK_SOURCETYPE, event: record };
}

// --- OTLP ---------------------------------------------------------------------------------------

export type OtlpAnyValue =
  | { stringValue: string }
  | { boolValue: boolean }
  | { intValue: string }
  | { doubleValue: number }
  | { arrayValue: { values: OtlpAnyValue[] } }
  | { kvlistValue: { values: OtlpKeyValue[] } };
export interface OtlpKeyValue {
  key: string;
  value: OtlpAnyValue;
}
export interface OtlpLogRecord {
  timeUnixNano: string;
  observedTimeUnixNano: string;
  severityNumber: number;
  severityText: string;
  body: OtlpAnyValue;
  attributes: OtlpKeyValue[];
}
export interface OtlpLogsRequest {
  resourceLogs: {
    resource: { attributes: OtlpKeyValue[] };
    scopeLogs: { scope: { name: string }; logRecords: OtlpLogRecord[] }[];
  }[];
}

/** SeverityNumber enum values (opentelemetry-proto logs/v1/logs.proto). */
const SEVERITY = { INFO: 9, WARN: 13 } as const;

export function toOtlpLogs(records: readonly AuditRecord[]): OtlpLogsRequest {
  return {
    resourceLogs: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'promptfence' } }] },
        scopeLogs: [{ scope: { name: OTLP_SCOPE }, logRecords: records.map(toOtlpRecord) }],
      },
    ],
  };
}

function toOtlpRecord(record: AuditRecord): OtlpLogRecord {
  const nanos = `${BigInt(Date.parse(record.time)) * 1_000_000n}`;
  const warn = record.kind === 'dropped' || record.action === 'block' || record.choice === 'sent-anyway';
  const level = warn ? 'WARN' : 'INFO';
  const body =
    record.kind === 'dropped'
      ? `promptfence dropped ${record.dropped} audit events`
      : `promptfence ${record.action} on ${record.site}: ${record.choice}`;
  const attributes = Object.entries(record)
    .filter(([k, v]) => k !== 'time' && v !== undefined)
    .map(([k, v]) => ({ key: `promptfence.${k}`, value: anyValue(v) }));
  // The semantic-convention name for a log record's unique id, which backends de-duplicate on.
  if (record.kind === 'decision') attributes.push({ key: 'log.record.uid', value: { stringValue: record.eventId } });
  // Also under the OpenTelemetry user attribute names (semconv registry "user": user.email, user.id),
  // so collectors and backends that know them can join the record to a person without a mapping.
  if (record.kind === 'decision' && record.userId !== undefined) {
    attributes.push({ key: record.userIdType === 'email' ? 'user.email' : 'user.id', value: { stringValue: record.userId } });
  }
  return {
    timeUnixNano: nanos,
    observedTimeUnixNano: nanos,
    severityNumber: SEVERITY[level],
    severityText: level,
    body: { stringValue: body },
    attributes,
  };
}

/** Typed OTLP value: integers as `intValue` strings, objects as kvlists. */
export function anyValue(v: unknown): OtlpAnyValue {
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return Number.isSafeInteger(v) ? { intValue: String(v) } : { doubleValue: v };
  if (Array.isArray(v)) return { arrayValue: { values: v.map(anyValue) } };
  if (v && typeof v === 'object') {
    return { kvlistValue: { values: Object.entries(v).map(([key, value]) => ({ key, value: anyValue(value) })) } };
  }
  return { stringValue: String(v) };
}
