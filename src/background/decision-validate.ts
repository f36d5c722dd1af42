/**
 * Validation of `guard-decision` events coming from content scripts.
 *
 * A content script runs next to a page we do not control, so its messages are untrusted input: every
 * field is checked for type and length, the event is rebuilt from the known fields only (anything else
 * is dropped), and an event carrying a field that looks like the raw value (`value`, `text`, `raw`) is
 * refused outright. History and reports must hold masked previews only (STYLE: "History rows store
 * explanations, never secrets"), so a sender bug that leaks the value must not reach storage.
 */
import type { Category, FindingWhy, Severity } from '../engine/types';
import { VALUE_HASH } from '../history/value-hash';
import { ACTION_STRENGTH, type Channel, type FileFacts, type FileProblem, type GuardAction, type GuardEvent, type ReportedFinding, type UserChoice } from '../decisions/types';

/** Sane upper bounds; anything longer is refused (a preview is short by construction, see engine/preview.ts). */
export const DECISION_LIMITS = {
  site: 64,
  /** A DNS name is at most 253 characters; leave room for `:port`. */
  host: 260,
  justification: 1000,
  detector: 128,
  entityType: 64,
  /** Custom-term masks are one letter plus a bullet per character, so previews can be long-ish. */
  preview: 512,
  /** The engine's explanation: detector description, pattern name, check, context word. */
  reason: 600,
  /** `why`: a pattern name and a context word are short identifiers; a label is an admin's rule name (≤ 120). */
  whyPattern: 64,
  whyNear: 64,
  whyLabel: 120,
  countKeys: 100,
  count: 1_000_000,
  /** Findings beyond this are dropped (the `counts` still hold the totals); keeps storage bounded. */
  findingsKept: 200,
  /** More findings than this is not a real decision. */
  findings: 10_000,
  /** Most file systems cap a name at 255 bytes; a masked name is a little longer (placeholders). */
  fileName: 400,
} as const;

/** Field names that would mean the raw matched text travelled with the event. */
const FORBIDDEN_KEYS = new Set(['value', 'text', 'raw']);

// Records keyed by the union types, so adding a member to a union without listing it here fails tsc.
const CHANNELS: Record<Channel, true> = { paste: true, drop: true, file: true, enter: true, 'send-button': true, submit: true, typing: true };
const CHOICES: Record<UserChoice, true> = {
  'sent-anyway': true,
  redacted: true,
  edited: true,
  cancelled: true,
  blocked: true,
  'auto-redacted': true,
  'allowed-value': true,
};
const CATEGORIES: Record<Category, true> = { PII: true, FINANCIAL: true, GOVERNMENT_ID: true, SECRET: true, CUSTOM: true };
const SEVERITIES: Record<Severity, true> = { low: true, medium: true, high: true, critical: true };
const FILE_PROBLEMS: Record<FileProblem, true> = { encrypted: true, unreadable: true, tooLarge: true };
/** A format or extension: `docx`, `pdf`, `csv`, `folder`, `unknown`. */
const FILE_FORMAT = /^[a-z0-9][a-z0-9+.-]{0,15}$/;

const ENTITY_TYPE = /^[A-Z][A-Z0-9_]*$/;
/** A detector id: built-in kebab-case, or `custom-<kind>-<rule id>` (src/engine/custom/index.ts). */
const DETECTOR_ID = /^[a-z0-9][A-Za-z0-9_.-]*$/;
/** Host name, IPv4, bracketed IPv6, optional port. */
const HOST = /^[A-Za-z0-9._\-[\]:]+$/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LINE_BREAKING = /[\t\n\r\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** Every preview the engine makes hides part of the value behind `•` or `…`; a preview without either may be the value. */
const MASK = /[•…]/;

/** A clean event, or why the input was refused (for the console; never shown to users). */
export type DecisionCheck = { readonly ok: true; readonly event: GuardEvent } | { readonly ok: false; readonly reason: string };

/** Checks an untrusted `guard-decision` message and returns a clean copy holding only known fields. Never throws. */
export function parseGuardDecision(input: unknown): DecisionCheck {
  try {
    return check(input);
  } catch {
    return { ok: false, reason: 'unreadable event' }; // e.g. a getter or proxy that throws
  }
}

function check(input: unknown): DecisionCheck {
  const fail = (reason: string): DecisionCheck => ({ ok: false, reason });
  if (!isPlainObject(input)) return fail('not an object');
  const forbidden = forbiddenKey(input);
  if (forbidden) return fail(`carries a "${forbidden}" field`);
  const e = input as Record<string, unknown>;
  if (e.kind !== 'guard-decision') return fail('kind');
  if (typeof e.at !== 'number' || !Number.isFinite(e.at) || e.at <= 0 || e.at > 8.64e15) return fail('at');
  if (!isText(e.site, DECISION_LIMITS.site)) return fail('site');
  if (!isText(e.host, DECISION_LIMITS.host) || !HOST.test(e.host)) return fail('host');
  if (!isKey(CHANNELS, e.channel)) return fail('channel');
  if (!isKey(ACTION_STRENGTH, e.action)) return fail('action');
  if (!isKey(CHOICES, e.choice)) return fail('choice');
  if (e.justification !== undefined && !isText(e.justification, DECISION_LIMITS.justification, true)) return fail('justification');

  const counts = checkCounts(e.counts);
  if (!counts) return fail('counts');
  if (!Array.isArray(e.findings) || e.findings.length > DECISION_LIMITS.findings) return fail('findings');
  const findings: ReportedFinding[] = [];
  for (const [i, raw] of e.findings.slice(0, DECISION_LIMITS.findingsKept).entries()) {
    const finding = checkFinding(raw);
    if (typeof finding === 'string') return fail(`findings[${i}] ${finding}`);
    findings.push(finding);
  }

  const event: GuardEvent = {
    kind: 'guard-decision',
    at: e.at,
    site: e.site,
    host: e.host,
    channel: e.channel as Channel,
    action: e.action as GuardAction,
    choice: e.choice as UserChoice,
    ...(e.justification !== undefined ? { justification: e.justification as string } : {}),
    counts,
    findings,
  };
  if (e.file === undefined) return { ok: true, event };
  const file = checkFile(e.file);
  if (typeof file === 'string') return fail(`file ${file}`);
  return { ok: true, event: { ...event, file } };
}

/** A clean copy of an event's file facts, or the reason they were refused. */
function checkFile(value: unknown): FileFacts | string {
  if (!isPlainObject(value)) return 'is not an object';
  const forbidden = forbiddenKey(value);
  if (forbidden) return `carries a "${forbidden}" field`;
  const f = value as Record<string, unknown>;
  if (!isLine(f.name, DECISION_LIMITS.fileName)) return 'name';
  if (f.nameMasked !== undefined && f.nameMasked !== true) return 'nameMasked';
  if (typeof f.format !== 'string' || !FILE_FORMAT.test(f.format)) return 'format';
  if (typeof f.size !== 'number' || !Number.isSafeInteger(f.size) || f.size < 0) return 'size';
  if (f.problem !== undefined && !isKey(FILE_PROBLEMS, f.problem)) return 'problem';
  if (f.repeat !== undefined && f.repeat !== true) return 'repeat';
  return {
    name: f.name,
    ...(f.nameMasked ? { nameMasked: true as const } : {}),
    format: f.format,
    size: f.size,
    ...(f.problem !== undefined ? { problem: f.problem as FileProblem } : {}),
    ...(f.repeat ? { repeat: true as const } : {}),
  };
}

function checkCounts(value: unknown): Record<string, number> | null {
  if (!isPlainObject(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > DECISION_LIMITS.countKeys) return null;
  const counts: Record<string, number> = {};
  for (const [type, n] of entries) {
    if (!isEntityType(type)) return null;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > DECISION_LIMITS.count) return null;
    counts[type] = n;
  }
  return counts;
}

/** A clean finding, or the reason it was refused. */
function checkFinding(value: unknown): ReportedFinding | string {
  if (!isPlainObject(value)) return 'is not an object';
  const forbidden = forbiddenKey(value);
  if (forbidden) return `carries a "${forbidden}" field`;
  const f = value as Record<string, unknown>;
  if (!isEntityType(f.type)) return 'type';
  if (!isKey(CATEGORIES, f.category)) return 'category';
  if (!isKey(SEVERITIES, f.severity)) return 'severity';
  if (!isText(f.detector, DECISION_LIMITS.detector)) return 'detector';
  if (!isText(f.preview, DECISION_LIMITS.preview) || !MASK.test(f.preview)) return 'preview';
  if (f.reason !== undefined && !isText(f.reason, DECISION_LIMITS.reason)) return 'reason';
  if (f.valueHash !== undefined && !(typeof f.valueHash === 'string' && VALUE_HASH.test(f.valueHash))) return 'valueHash';
  // An explanation, not evidence: a bad `why` is dropped alone (the finding keeps its English `reason`).
  const why = checkWhy(f.why, f.detector);
  return {
    type: f.type,
    category: f.category as Category,
    severity: f.severity as Severity,
    detector: f.detector,
    preview: f.preview,
    ...(f.reason !== undefined ? { reason: f.reason as string } : {}),
    ...(why ? { why } : {}),
    ...(f.valueHash !== undefined ? { valueHash: f.valueHash as string } : {}),
  };
}

/** A clean copy of a finding's `why` (known fields only), or undefined when it is absent or not sound. */
function checkWhy(value: unknown, detector: string): FindingWhy | undefined {
  if (!isPlainObject(value) || forbiddenKey(value)) return undefined;
  const w = value as Record<string, unknown>;
  if (w.detector !== detector || !DETECTOR_ID.test(detector)) return undefined;
  if (!isLine(w.pattern, DECISION_LIMITS.whyPattern) || typeof w.checked !== 'boolean') return undefined;
  if (w.near !== undefined && !isLine(w.near, DECISION_LIMITS.whyNear)) return undefined;
  if (w.customLabel !== undefined && !isLine(w.customLabel, DECISION_LIMITS.whyLabel)) return undefined;
  return {
    detector,
    pattern: w.pattern,
    checked: w.checked,
    ...(w.near !== undefined ? { near: w.near as string } : {}),
    ...(w.customLabel !== undefined ? { customLabel: w.customLabel as string } : {}),
  };
}

/** Text that goes inside a sentence: no control characters at all (tabs, line breaks, C1, bidi overrides). */
function isLine(value: unknown, max: number): value is string {
  return isText(value, max) && !LINE_BREAKING.test(value);
}

function forbiddenKey(value: object): string | undefined {
  return Object.keys(value).find((key) => FORBIDDEN_KEYS.has(key.toLowerCase()));
}

function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A non-empty (unless `allowEmpty`) string within `max` characters, without control characters except tab and newlines. */
function isText(value: unknown, max: number, allowEmpty = false): value is string {
  return typeof value === 'string' && value.length <= max && (allowEmpty || value.length > 0) && !CONTROL.test(value);
}

function isEntityType(value: unknown): value is string {
  return typeof value === 'string' && value.length <= DECISION_LIMITS.entityType && ENTITY_TYPE.test(value);
}

function isKey(record: object, value: unknown): boolean {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(record, value);
}
