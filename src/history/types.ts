/**
 * What the private history keeps about one guard decision: where, how, what was decided, which kinds
 * of data and how many — never the prompt, never a matched value. Masked previews only in `masked`
 * mode; `metadata` mode keeps counts and types alone.
 */
import type { Category, EntityType, FindingWhy, Severity } from '../engine/types';
import type { Channel, GuardAction, UserChoice } from '../guard/types';
import type { HistoryMode } from '../policy/schema';

export interface HistoryFinding {
  readonly type: EntityType;
  readonly category: Category;
  readonly severity: Severity;
  readonly detector: string;
  /** Why it matched: an explanation (detector, pattern, check, context word), never the value. */
  readonly reason?: string;
  /**
   * The same explanation as data (detector id, pattern name, check, context word, rule label), which the
   * popup words in the user's language. Absent on events written before it existed: `reason` is shown then.
   */
  readonly why?: FindingWhy;
  /** Masked preview (`sk-…•••4f`); absent in `metadata` mode. */
  readonly preview?: string;
  /** Keyed hash of the value (src/history/value-hash.ts), so repeats can be counted without the value. */
  readonly valueHash?: string;
}

export interface HistoryEvent {
  /** Assigned by the store. */
  readonly id?: number;
  /** Epoch ms. */
  readonly at: number;
  readonly site: string;
  readonly host: string;
  readonly channel: Channel;
  readonly action: GuardAction;
  readonly choice: UserChoice;
  readonly justification?: string;
  readonly counts: Readonly<Record<EntityType, number>>;
  /** Distinct types and categories, for the store's multi-entry indexes (filters). */
  readonly types: readonly EntityType[];
  readonly categories: readonly Category[];
  readonly findings: readonly HistoryFinding[];
  /** The history mode the event was written under (stricter modes later strip previews). */
  readonly mode: Exclude<HistoryMode, 'off'>;
}
