/**
 * What the in-page panel is given and what it answers. The panel never receives raw values or offsets:
 * only what `Finding` says is safe to display (type, severity, masked preview, reason and its `why`).
 */
import type { Finding } from '../../engine/types';
import type { Location } from '../../documents/types';
import type { GuardDecision } from '../../decisions/actions';
import type { UserChoice } from '../../decisions/types';

/**
 * The part of a finding the panel may show. `companion`: a name or address that is listed because of
 * other personal data in its record (`record`) or because the text is a table of people (`table`).
 */
export type PanelFinding = Pick<Finding, 'type' | 'severity' | 'preview' | 'reason' | 'why'> & {
  readonly companion?: 'record' | 'table';
  /** An attached file's name, and where in it (`page 3`, a cell): findings are listed per file. */
  readonly file?: string;
  readonly where?: Location;
};

/** An attached file that could not be read in full, and what the policy says about it (never `allow`: those pass). */
export interface UnreadFileRow {
  readonly name: string;
  readonly problem: 'encrypted' | 'unreadable' | 'tooLarge';
  readonly action: 'warn' | 'block';
}

/** Rows beyond this are summarised ("and 12 more items"): a pasted log can hold hundreds of findings. */
export const MAX_ROWS = 50;

/** Longest redacted preview the panel renders: the panel is a check, not an editor. */
export const MAX_PREVIEW_CHARS = 4000;

/** The decision panel: warn / justify / redact (confirm) / block, chosen from `decision.action`. */
export interface DecisionPanelProps {
  readonly kind: 'decision';
  /** The findings, or only the first ones: the panel lists `MAX_ROWS` (FindingList.tsx) and sums up the rest. */
  readonly findings: readonly PanelFinding[];
  /**
   * How many findings there are when `findings` holds only the first rows (default its length): a 10 MB
   * sheet has ~510,000, and making a row for each held the chat page in garbage collection.
   */
  readonly total?: number;
  /**
   * How many files an attach panel is about, when `findings` holds only the first rows (default: the
   * files its rows and `unreadFiles` name): the first 50 findings of a 10 MB sheet name that sheet alone.
   */
  readonly files?: number;
  readonly decision: Pick<GuardDecision, 'action' | 'perFinding'> & Partial<Pick<GuardDecision, 'allowable' | 'redactOnBlock' | 'blockMessage' | 'supportUrl'>>;
  /** Site name for the copy ("… shares them with ChatGPT"). */
  readonly siteName?: string;
  /**
   * The message as it would be sent once redacted, given the indexes of the findings the user marked
   * "not sensitive" (all others are redacted). Needed for the redact-confirm view. Only the first
   * `MAX_PREVIEW_CHARS` are shown, so it may stop soon after them. Given the few marked ones, not the
   * thousands still flagged: a pasted table has ~49,000 findings, and the preview only reaches its first.
   */
  readonly redactedPreview?: (allowedFindings: ReadonlySet<number>) => string;
  /**
   * What the user was doing: sending (default), pasting or dropping text (`paste`: the text is not in
   * the composer yet), or attaching files (`attach`: a file cannot be redacted, only attached or not).
   */
  readonly verb?: 'send' | 'paste' | 'attach';
  /** Attached files not fully read: listed, and their action is a floor for the panel's (`attach` only). */
  readonly unreadFiles?: readonly UnreadFileRow[];
}

/** A short message after the guard had to stop: the send was not made. */
export interface NoticePanelProps {
  readonly kind: 'notice';
  readonly notice: 'redaction-failed' | 'composer-mismatch' | 'file-too-large' | 'file-redaction-failed' | 'folder-too-large' | 'guard-updated' | 'folder-picker';
  /** The file (or folder) a file notice is about. */
  readonly name?: string;
  /** `folder-too-large`: the limits a dropped folder is read within. */
  readonly limits?: { readonly files: number; readonly mb: number };
}

/** Non-modal toast after a redaction, with an undo the caller implements. */
export interface UndoToastProps {
  readonly kind: 'redacted';
  readonly count: number;
  readonly onUndo: () => void | Promise<void>;
  /** Choice the toast resolves with (default `auto-redacted`). */
  readonly choice?: Extract<UserChoice, 'redacted' | 'auto-redacted'>;
  /** Auto-dismiss delay; 0 keeps it until dismissed. Default 10 s (paused while focused or hovered). */
  readonly timeoutMs?: number;
}

/**
 * Non-modal note when files attached again were decided earlier in this tab: `removed` were not
 * attached (with "Review again", which resolves `reviewAgain`), `copied` went as their redacted copy.
 */
export interface RememberedToastProps {
  readonly kind: 'remembered';
  readonly removed: readonly string[];
  readonly copied: readonly string[];
  /** Auto-dismiss delay; 0 keeps it until dismissed. Default 10 s (paused while focused or hovered). */
  readonly timeoutMs?: number;
}

/** Non-modal status while attached files are read: `done` of `total` files read, `name` being read. */
export interface ProgressToastProps {
  readonly kind: 'progress';
  readonly name: string;
  readonly done: number;
  readonly total: number;
}

export type PanelProps = DecisionPanelProps | NoticePanelProps | UndoToastProps | ProgressToastProps | RememberedToastProps;

export interface PanelResult {
  readonly choice: UserChoice;
  /**
   * Whether the caller should send after applying the choice: true for "send anyway", "redact and send"
   * and "send" after every item was marked not sensitive; false for "redact" (redact in place, the user
   * reviews), "edit" and Esc.
   */
  readonly send: boolean;
  /** Only with `sent-anyway` from a justify panel. */
  readonly justification?: string;
  /**
   * Indexes of findings the user marked "not sensitive", whatever the final choice: the click was
   * explicit, so the caller adds them to the user allowlist even on cancel.
   */
  readonly allowedFindings: number[];
  /** Toast only: the user pressed "Undo redaction" (the callback has already run). */
  readonly undone?: boolean;
  /** Remembered-files toast only: the user asked to decide about the removed files again. */
  readonly reviewAgain?: boolean;
  /** Closed without an answer: replaced by another panel, or the page went away (never a user's "Cancel"). */
  readonly unanswered?: boolean;
}
