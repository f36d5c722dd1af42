/**
 * The audit record: what leaves the machine for a SIEM. Content-free by construction.
 *
 * The record is rebuilt field by field from an allow-list; nothing from the event is spread in. Previews
 * are dropped entirely (even masked, they keep a few characters of the value), and only enum-like or
 * identifier-like strings pass. The free-text fields are the user's justification, which is theirs to
 * write, and an attached file's name (masked by the guard when the engine finds a value in it), both
 * cleaned of control characters and truncated (STYLE: "History rows store explanations, never secrets").
 */
import type { Category, Severity } from '../engine/types';
import type { Channel, FileFacts, GuardAction, GuardEvent, UserChoice } from '../decisions/types';

/** Bump when a field changes meaning, so receivers can branch. */
export const AUDIT_SCHEMA = 1;
/** A justification is a reason, not a prompt: keep it short. */
export const JUSTIFICATION_MAX = 280;
/** File systems cap a name at 255 bytes; a longer one is not a name. */
export const FILE_NAME_MAX = 255;

/** `email`: the profile's Google account address; `gaia-id`: that account's opaque, stable id. */
export type UserIdType = 'email' | 'gaia-id';
/**
 * Why a record the admin wanted attributed has no `userId`: the user has not granted the identity
 * permission yet, the browser profile is not signed in, the browser has no such API (Firefox), or the
 * read failed.
 */
export type UserIdMissing = 'not-granted' | 'signed-out' | 'unsupported' | 'error';
export const USER_ID_MISSING: readonly UserIdMissing[] = ['not-granted', 'signed-out', 'unsupported', 'error'];

/** Versions and identity stamped on every record. */
export interface AuditMeta {
  readonly extensionVersion: string;
  readonly policyVersion: string;
  /**
   * Only when the admin's policy asks for one (`reporting.userId`), read from the browser profile
   * (src/reporting/user-id.ts); never derived from the page.
   */
  readonly userId?: string;
  readonly userIdType?: UserIdType;
  /** Set instead of `userId` when the admin asked for an id and none could be read. */
  readonly userIdMissing?: UserIdMissing;
}

/** One guard decision, content-free. */
export interface DecisionRecord {
  readonly kind: 'decision';
  readonly schema: typeof AUDIT_SCHEMA;
  /**
   * Random UUID given when the record is queued. Delivery is at-least-once (a worker stopped after the
   * receiver got a batch but before the answer arrived resends it), so receivers de-duplicate on this.
   */
  readonly eventId: string;
  /** ISO-8601, UTC. */
  readonly time: string;
  readonly site: string;
  readonly host: string;
  readonly channel: Channel;
  readonly action: GuardAction;
  readonly choice: UserChoice;
  readonly justification?: string;
  /** Entity type → how many, e.g. `{ EMAIL: 2 }`. */
  readonly counts: Readonly<Record<string, number>>;
  /** Sorted, unique. */
  readonly types: readonly string[];
  readonly categories: readonly Category[];
  readonly detectors: readonly string[];
  readonly maxSeverity?: Severity;
  /**
   * The attached file the decision is about (one record per file): its name — with the values the
   * engine found in it replaced by placeholders, `nameMasked` then set — format, size in bytes, why it
   * was not read in full, and whether the same bytes were decided earlier in the tab. Never content.
   */
  readonly file?: FileFacts;
  readonly extensionVersion: string;
  readonly policyVersion: string;
  readonly userId?: string;
  readonly userIdType?: UserIdType;
  readonly userIdMissing?: UserIdMissing;
}

/** Sent first after the queue overflowed: how many records were lost and since when. */
export interface DroppedRecord {
  readonly kind: 'dropped';
  readonly schema: typeof AUDIT_SCHEMA;
  readonly time: string;
  readonly dropped: number;
}

export type AuditRecord = DecisionRecord | DroppedRecord;

/** The only keys a `DecisionRecord` may have; the no-content test checks against this list. */
export const DECISION_RECORD_KEYS = [
  'kind', 'schema', 'eventId', 'time', 'site', 'host', 'channel', 'action', 'choice', 'justification', 'counts', 'types',
  'categories', 'detectors', 'maxSeverity', 'file', 'extensionVersion', 'policyVersion', 'userId', 'userIdType', 'userIdMissing',
] as const satisfies readonly (keyof DecisionRecord)[];

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };
const ENTITY_TYPE = /^[A-Z][A-Z0-9_]{0,63}$/;
const IDENT = /^[A-Za-z0-9._:@\-[\]]{1,260}$/;
const FILE_FORMAT = /^[a-z0-9][a-z0-9+.-]{0,15}$/;
/** An e-mail address (RFC 5322 atext, `@` and `.`) or a numeric account id; nothing with spaces or quotes. */
const USER_ID = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~@-]{1,254}$/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Builds the audit record for one (already validated) guard event. */
export function toAuditEvent(event: GuardEvent, meta: AuditMeta, eventId: string = crypto.randomUUID()): DecisionRecord {
  const counts: Record<string, number> = {};
  for (const [type, n] of Object.entries(event.counts)) {
    if (ENTITY_TYPE.test(type) && Number.isSafeInteger(n) && n > 0) counts[type] = n;
  }
  const types = new Set(Object.keys(counts));
  const categories = new Set<Category>();
  const detectors = new Set<string>();
  let maxSeverity: Severity | undefined;
  for (const f of event.findings) {
    if (ENTITY_TYPE.test(f.type)) types.add(f.type);
    categories.add(f.category);
    if (IDENT.test(f.detector)) detectors.add(f.detector);
    if (!maxSeverity || SEVERITY_RANK[f.severity] > SEVERITY_RANK[maxSeverity]) maxSeverity = f.severity;
  }
  const justification = event.justification === undefined ? undefined : cleanJustification(event.justification);
  return {
    kind: 'decision',
    schema: AUDIT_SCHEMA,
    eventId,
    time: new Date(event.at).toISOString(),
    site: ident(event.site),
    host: ident(event.host),
    channel: event.channel,
    action: event.action,
    choice: event.choice,
    ...(justification ? { justification } : {}),
    counts,
    types: [...types].sort(),
    categories: [...categories].sort(),
    detectors: [...detectors].sort(),
    ...(maxSeverity ? { maxSeverity } : {}),
    ...(event.file ? { file: fileFields(event.file) } : {}),
    extensionVersion: ident(meta.extensionVersion),
    policyVersion: ident(meta.policyVersion),
    ...userIdFields(meta),
  };
}

function userIdFields(meta: AuditMeta): Pick<DecisionRecord, 'userId' | 'userIdType' | 'userIdMissing'> {
  if (meta.userId !== undefined && USER_ID.test(meta.userId)) {
    return { userId: meta.userId, ...(meta.userIdType === 'email' || meta.userIdType === 'gaia-id' ? { userIdType: meta.userIdType } : {}) };
  }
  if (meta.userId !== undefined) return { userIdMissing: 'error' }; // asked for, but not a plausible id
  return meta.userIdMissing !== undefined && USER_ID_MISSING.includes(meta.userIdMissing) ? { userIdMissing: meta.userIdMissing } : {};
}

/** Collapses control characters and line breaks to a space, trims, and cuts at `max` (default `JUSTIFICATION_MAX`) with `…`. */
export function cleanJustification(text: string, max = JUSTIFICATION_MAX): string {
  const flat = text.replace(CONTROL, ' ').trim();
  const chars = [...flat]; // by code point, so a surrogate pair is never split
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

/** The file facts rebuilt field by field: the name as the guard masked it, cleaned like a justification. */
function fileFields(file: FileFacts): FileFacts {
  return {
    name: cleanJustification(file.name, FILE_NAME_MAX) || 'invalid',
    ...(file.nameMasked ? { nameMasked: true as const } : {}),
    format: FILE_FORMAT.test(file.format) ? file.format : 'unknown',
    size: Number.isSafeInteger(file.size) && file.size >= 0 ? file.size : 0,
    ...(file.problem === 'encrypted' || file.problem === 'unreadable' || file.problem === 'tooLarge' ? { problem: file.problem } : {}),
    ...(file.repeat ? { repeat: true as const } : {}),
  };
}

function ident(s: string): string {
  return IDENT.test(s) ? s : 'invalid';
}
