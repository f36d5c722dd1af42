/**
 * The guard's vocabulary: actions, decisions and the events handed to the background.
 * Pure types, shared by the content script, the panel, the background and tests.
 */
import type { Category, EntityType, Finding, FindingWhy, Severity } from '../engine/types';

/**
 * What the guard does about findings, weakest first:
 * - allow: nothing; audit: record only; warn: panel with send anyway / redact / edit;
 * - justify: warn, and "send anyway" needs a typed reason; redact: replace in place automatically;
 * - block: the send is stopped, with the admin's message and support link (one-click "redact and send"
 *   where the policy allows it).
 */
export type GuardAction = 'allow' | 'audit' | 'warn' | 'justify' | 'redact' | 'block';

export const ACTION_STRENGTH: Readonly<Record<GuardAction, number>> = {
  allow: 0,
  audit: 1,
  warn: 2,
  justify: 3,
  redact: 4,
  block: 5,
};

/** How text reached the guard. */
export type Channel = 'paste' | 'drop' | 'file' | 'enter' | 'send-button' | 'submit' | 'typing';

/** Per-type / per-category / per-site actions (the policy issue fills these from managed storage). */
export interface ActionRules {
  readonly default: GuardAction;
  readonly byCategory: Partial<Readonly<Record<Category, GuardAction>>>;
  readonly byType: Readonly<Record<EntityType, GuardAction>>;
  /**
   * Detector id → action, for an admin's own rules (`customTerms`, `customPatterns`, `exactMatch` each
   * carry an action, but all report type CUSTOM). Wins over every type and category rule.
   */
  readonly byDetector?: Readonly<Record<string, GuardAction>>;
  /**
   * Types that are personal data only in company (built in: `PERSON`, `POSTAL_ADDRESS`). Unless a rule
   * names the type itself (`byType`, a site's `byType`, `byDetector`), such a finding is `allow` when it is
   * alone (the overlay and the badge still show it); it takes the strongest action of the other personal
   * data (PII, GOVERNMENT_ID, FINANCIAL) in its record (table row or paragraph); and in a table of people
   * it also takes its category's action. See `decideAction`.
   */
  readonly companionTypes?: readonly EntityType[];
  /** Site id → overrides for that site (same shape, without nesting). */
  readonly bySite?: Readonly<Record<string, Partial<Omit<ActionRules, 'bySite'>>>>;
  /** Block panel: the admin's message and support link. */
  readonly blockMessage?: string;
  readonly supportUrl?: string;
  /** Whether a block offers one-click "redact and send" (default true for secrets). */
  readonly allowRedactOnBlock?: boolean;
  /**
   * `redact` asks first: the panel shows the redacted text and the user confirms ("redact and send").
   * When false, `redact` is silent and automatic (with an undo toast). Missing means true.
   */
  readonly confirmRedact?: boolean;
  /**
   * Whether the user may mark a finding whose action is `block` as "not sensitive". Missing means false:
   * otherwise one click would turn an admin's block into a per-user bypass.
   */
  readonly userMayAllowBlocked?: boolean;
}

/** What the user chose in the panel (or what the guard did by itself). */
export type UserChoice = 'sent-anyway' | 'redacted' | 'edited' | 'cancelled' | 'blocked' | 'auto-redacted' | 'allowed-value';

/** One finding as the guard reports it: never the value. */
export interface ReportedFinding {
  readonly type: EntityType;
  readonly category: Category;
  readonly severity: Severity;
  readonly detector: string;
  readonly preview: string;
  /** Why it matched (detector, pattern name, check, context word): an explanation, never the value. */
  readonly reason?: string;
  /** The same explanation as data, for the UIs to word in the user's language (src/ui/shared/explain.ts). */
  readonly why?: FindingWhy;
  /** Keyed 64-bit hash of the normalised value, so repeats can be counted (history only). */
  readonly valueHash?: string;
}

/** A decision handed to the background (history and reporting store and send it). */
export interface GuardEvent {
  readonly kind: 'guard-decision';
  readonly at: number;
  readonly site: string;
  readonly host: string;
  readonly channel: Channel;
  readonly action: GuardAction;
  readonly choice: UserChoice;
  readonly justification?: string;
  readonly counts: Readonly<Record<EntityType, number>>;
  readonly findings: readonly ReportedFinding[];
  /** The attached file this decision is about (one event per file): never its content. */
  readonly file?: FileFacts;
}

/** Why an attached file could not be read in full (the policy's `documents.encrypted`, `.unreadable`, `.tooLarge`). */
export type FileProblem = 'encrypted' | 'unreadable' | 'tooLarge';

/**
 * What the history and audit records say about an attached file: its name, kind and size, never a
 * byte of its content. The name is the engine's business too: a file named after a customer's card
 * number would otherwise carry the value into the history (src/files/file-facts.ts masks it).
 */
export interface FileFacts {
  /** The file's name; with `nameMasked`, the values found in it replaced by placeholders (`card_[CREDIT_CARD_1].pdf`). */
  readonly name: string;
  readonly nameMasked?: true;
  /** What it is: the format read (`docx`, `pdf`, `xlsx`…), else its extension (`csv`, `env`), `folder`, or `unknown`. */
  readonly format: string;
  /** Bytes. */
  readonly size: number;
  /** Not read in full, and why. */
  readonly problem?: FileProblem;
  /** The same bytes were decided earlier in this tab: that decision was applied again without asking. */
  readonly repeat?: true;
}

/**
 * What the background gets about each finding. `hashOf(i)` gives the keyed hash of the i-th value
 * (src/history/value-hash.ts), computed here because only the content script sees the value.
 */
export function reportedFindings(findings: readonly Finding[], hashOf: (i: number) => string | undefined = () => undefined): ReportedFinding[] {
  return findings.map(({ type, category, severity, detector, preview, reason, why }, i) => {
    const valueHash = hashOf(i);
    // Cut well under the background's limit: an over-long explanation must not get the decision refused
    // (`why` holds short names only; the background drops it alone if it is not).
    return { type, category, severity, detector, preview, reason: reason.slice(0, 300), ...(why ? { why } : {}), ...(valueHash ? { valueHash } : {}) };
  });
}
