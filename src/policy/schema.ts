/**
 * The policy: what an admin (managed storage) or a user (options) can set. Mirrors
 * `public/managed_schema.json` key for key; `schema.test.ts` keeps the two in step.
 */
import { DEFAULT_ACTION_RULES } from '../decisions/actions';
import type { GuardAction } from '../decisions/types';
import type { Normalization } from '../engine/custom/normalize';

export type PolicyMode = 'enforce' | 'monitor';
export type HistoryMode = 'off' | 'metadata' | 'masked';
export type ReportingFormat = 'json' | 'splunk-hec' | 'otlp';
/**
 * Which account identifier audit events carry: none (the default), the profile's Google account e-mail,
 * or its opaque, stable account id. Both come from `chrome.identity.getProfileUserInfo` and need the
 * optional `identity` + `identity.email` permissions (docs/admin.md, "User id in events").
 */
export type ReportingUserId = 'none' | 'email' | 'id';

export const POLICY_MODES: readonly PolicyMode[] = ['enforce', 'monitor'];
export const HISTORY_MODES: readonly HistoryMode[] = ['off', 'metadata', 'masked'];
export const REPORTING_FORMATS: readonly ReportingFormat[] = ['json', 'splunk-hec', 'otlp'];
export const REPORTING_USER_IDS: readonly ReportingUserId[] = ['none', 'email', 'id'];

/** Entity type (EMAIL, CREDIT_CARD, …) or category (PII, SECRET, …) → action. */
export type ActionMap = Readonly<Record<string, GuardAction>>;

export interface SitePolicy {
  readonly enabled?: boolean;
  readonly defaultAction?: GuardAction;
  readonly actions?: ActionMap;
}

export interface ExtraSite {
  readonly match: string;
  readonly composerSelector?: string;
  readonly sendSelector?: string;
}

export interface CustomTermRule {
  readonly id: string;
  readonly label?: string;
  readonly terms: readonly string[];
  readonly caseSensitive?: boolean;
  readonly wholeWord?: boolean;
  readonly action?: GuardAction;
}

export interface CustomPatternRule {
  readonly id: string;
  readonly label?: string;
  /** RE2 syntax (linear time). */
  readonly pattern: string;
  readonly action?: GuardAction;
}

export interface ExactMatchRule {
  readonly id: string;
  readonly label?: string;
  readonly normalize?: Normalization;
  /** Lower-case 64-char hex digests. */
  readonly sha256: readonly string[];
  readonly action?: GuardAction;
}

export interface PolicyMessage {
  readonly text?: string;
  readonly url?: string;
}

export interface HistoryPolicy {
  readonly mode: HistoryMode;
  readonly retentionDays: number;
}

/** What the guard does with an attached file it could not read in full (issue 11). */
export type FileAction = 'allow' | 'warn' | 'block';
export const FILE_ACTIONS: readonly FileAction[] = ['allow', 'warn', 'block'];

/**
 * Attached documents (PDF, Office, OpenDocument, RTF, archives): what happens to files that are
 * encrypted, unreadable or over a limit (a timed-out file is too large), and the limits themselves.
 */
export interface DocumentsPolicy {
  readonly encrypted: FileAction;
  readonly unreadable: FileAction;
  readonly tooLarge: FileAction;
  /** Largest file read, in MB (1 MB = 1,048,576 bytes). */
  readonly maxFileMB: number;
  /** Most extracted text scanned per file, in millions of characters. */
  readonly maxTextMB: number;
}

/**
 * Restoring real values in the AI's answers (issue 12): the placeholders a redaction sent are kept with
 * their values for the conversation, in the browser's memory only (src/restore/vault.ts).
 */
export interface RestorePolicy {
  readonly enabled: boolean;
  /** How long a value is kept after it was redacted, in hours. */
  readonly lifetimeHours: number;
}

export interface ReportingPolicy {
  readonly url: string;
  readonly format: ReportingFormat;
  readonly headers?: Readonly<Record<string, string>>;
  /** Absent: `none`. */
  readonly userId?: ReportingUserId;
}

export interface Policy {
  readonly enabled: boolean;
  readonly mode: PolicyMode;
  readonly defaultAction: GuardAction;
  readonly actions: ActionMap;
  /** Host → site settings. */
  readonly sites: Readonly<Record<string, SitePolicy>>;
  readonly extraSites: readonly ExtraSite[];
  readonly customTerms: readonly CustomTermRule[];
  readonly customPatterns: readonly CustomPatternRule[];
  readonly exactMatch: readonly ExactMatchRule[];
  readonly allowlist: readonly string[];
  readonly allowedDomains: readonly string[];
  readonly allowUserOverride: boolean;
  readonly message: PolicyMessage;
  readonly history: HistoryPolicy;
  readonly documents: DocumentsPolicy;
  readonly restore: RestorePolicy;
  /** `null`: no central reporting (the default; managed storage can only set an object). */
  readonly reporting: ReportingPolicy | null;
  /** Top-level key names users cannot change; `"*"` locks them all. */
  readonly lockedSettings: readonly (PolicyKey | '*')[];
}

export type PolicyKey = keyof Policy;

/** Every top-level key, in schema order. `schema.test.ts` checks it equals the managed schema's keys. */
export const POLICY_KEYS = [
  'enabled',
  'mode',
  'defaultAction',
  'actions',
  'sites',
  'extraSites',
  'customTerms',
  'customPatterns',
  'exactMatch',
  'allowlist',
  'allowedDomains',
  'allowUserOverride',
  'message',
  'history',
  'documents',
  'restore',
  'reporting',
  'lockedSettings',
] as const satisfies readonly PolicyKey[];

/**
 * Keys a user can never set, whatever the admin allows: they widen where the extension runs or
 * where it sends data ("no network request except the ones an admin configured"), or they are the
 * admin's locks themselves, or speak for the admin (`message`). `effectivePolicy` ignores user values for them; the options page shows
 * them read-only.
 */
export const ADMIN_ONLY_KEYS: readonly PolicyKey[] = ['allowUserOverride', 'lockedSettings', 'reporting', 'extraSites', 'message'];

export function isPolicyKey(value: unknown): value is PolicyKey {
  return typeof value === 'string' && (POLICY_KEYS as readonly string[]).includes(value);
}

/** Sane caps: managed values are untrusted and a 100k-element list must not exhaust a tab. */
export const POLICY_LIMITS = {
  actions: 500,
  sites: 500,
  extraSites: 200,
  rules: 500,
  allowlist: 10_000,
  headers: 50,
  stringLength: 2_000,
  messageLength: 500,
  retentionDays: 3_650,
  maxFileMB: 200,
  maxTextMB: 50,
  /** A week: the values are in memory only, and gone when the browser closes anyway. */
  lifetimeHours: 168,
} as const;

/**
 * Built-in behaviour when neither admin nor user set anything: the guard's DEFAULT_ACTION_RULES
 * (categories and types flattened into one `actions` map), masked history for 30 days, no reporting.
 */
export const DEFAULT_POLICY: Policy = Object.freeze({
  enabled: true,
  mode: 'enforce',
  defaultAction: DEFAULT_ACTION_RULES.default,
  actions: Object.freeze({ ...DEFAULT_ACTION_RULES.byCategory, ...DEFAULT_ACTION_RULES.byType }) as ActionMap,
  sites: Object.freeze({}),
  extraSites: Object.freeze([]),
  customTerms: Object.freeze([]),
  customPatterns: Object.freeze([]),
  exactMatch: Object.freeze([]),
  allowlist: Object.freeze([]),
  allowedDomains: Object.freeze([]),
  allowUserOverride: true,
  message: Object.freeze({}),
  history: Object.freeze({ mode: 'masked', retentionDays: 30 }),
  // Default warn: nothing unread goes out without the user's say. Limits as Chrome Enterprise Premium's.
  documents: Object.freeze({ encrypted: 'warn', unreadable: 'warn', tooLarge: 'warn', maxFileMB: 50, maxTextMB: 10 }),
  restore: Object.freeze({ enabled: true, lifetimeHours: 12 }),
  reporting: null,
  lockedSettings: Object.freeze([]),
}) as Policy;
