/**
 * What the private history keeps about one guard decision: where, how, what was decided, which kinds
 * of data and how many — never the prompt, never a matched value. Masked previews only in `masked`
 * mode; `metadata` mode keeps counts and types alone. Built from the guard's own event shape, so a
 * field added there is a decision to make here, not a copy to keep in step.
 */
import type { Category, EntityType } from '../engine/types';
import type { GuardEvent, ReportedFinding } from '../decisions/types';
import type { HistoryMode } from '../policy/schema';

/**
 * A finding as reported by the guard (type, category, severity, detector, `reason` / `why` — the
 * explanation, never the value — and the keyed `valueHash`), with the masked `preview` optional:
 * absent in `metadata` mode.
 */
export interface HistoryFinding extends Omit<ReportedFinding, 'preview'> {
  readonly preview?: string;
}

export interface HistoryEvent extends Omit<GuardEvent, 'kind' | 'findings'> {
  /** Assigned by the store. */
  readonly id?: number;
  /** Distinct types and categories, for the store's multi-entry indexes (filters). */
  readonly types: readonly EntityType[];
  readonly categories: readonly Category[];
  readonly findings: readonly HistoryFinding[];
  /** The history mode the event was written under (stricter modes later strip previews). */
  readonly mode: Exclude<HistoryMode, 'off'>;
}
