/**
 * The companion rule (`ActionRules.companionTypes`): a name or an address counts only in company. Alone
 * it is `allow`; with other personal data of its record (table row, paragraph) it takes their strongest
 * action; in a table of people it takes at least its category's action. Written as steps (src/decisions/steps.ts)
 * so the guard can spread a 6,000-row table's decision over several tasks.
 */
import type { TextRecord } from '../engine/fields';
import type { GuardAction } from './types';
import { strongerAction, type Decidable, type FindingKind } from './rules';
import { STEP, type Steps } from './steps';

/** A text is a table of people when at least this many of its table rows hold a name. */
export const TABLE_OF_PEOPLE_ROWS = 3;

/**
 * Why a finding of a companion type got its action: `alone` (no other personal data in its record:
 * `allow`), `record` (other personal data of the same row or paragraph: their strongest action), `table`
 * (a row of a table of people: its category's action, or the row's, whichever is stronger).
 */
export type CompanionRole = 'alone' | 'record' | 'table';

/** Where a finding's record is: the scanned text's field index (`scanner.fieldsOf(text)`) has `recordAt`. */
export interface RecordLookup {
  recordAt(pos: number): TextRecord;
}

const WHOLE_MESSAGE: TextRecord = { start: 0, end: Number.POSITIVE_INFINITY, table: false };

/**
 * Applies the companion rule in place to `perFinding` (each finding's own action; `kinds[i]` is finding
 * i's kind). Returns the roles, or undefined when no finding is a pending companion (the common case
 * costs one pass over the kinds).
 */
export function* companionSteps(findings: readonly Decidable[], kinds: readonly FindingKind[], perFinding: GuardAction[], records: RecordLookup | undefined): Steps<(CompanionRole | undefined)[] | undefined> {
  const pending: number[] = [];
  for (let i = 0; i < kinds.length; i++) {
    if (i % STEP === STEP - 1) yield;
    if (kinds[i]!.pending) pending.push(i);
  }
  if (pending.length === 0) return undefined;

  // The record of each finding that matters, in one sweep in text order: neighbours share a record, so a
  // 6,000-row table asks for each row once, not once per value. Scans report in text order: no sort then.
  const startOf = (i: number) => findings[i]!.start ?? 0;
  let order: number[] | undefined;
  for (let i = 1; i < findings.length && !order; i++) if (startOf(i) < startOf(i - 1)) order = findings.map((_, k) => k).sort((a, b) => startOf(a) - startOf(b));
  if (findings.length > STEP) yield;
  const recordOf = new Int32Array(findings.length).fill(-1);
  const recs: TextRecord[] = [];
  for (let k = 0; k < findings.length; k++) {
    if (k % STEP === STEP - 1) yield;
    const i = order ? order[k]! : k;
    const kind = kinds[i]!;
    if (!kind.companion && !kind.personal) continue;
    const pos = startOf(i);
    const last = recs[recs.length - 1];
    if (!last || pos < last.start || pos >= last.end) recs.push(records ? records.recordAt(pos) : WHOLE_MESSAGE);
    recordOf[i] = recs.length - 1;
  }

  // Per record: the strongest action of its other personal data, and whether it is a table row with a name.
  const strongest: (GuardAction | undefined)[] = new Array(recs.length);
  const rowWithName = new Uint8Array(recs.length);
  for (let i = 0; i < findings.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const r = recordOf[i]!;
    if (r < 0) continue;
    const kind = kinds[i]!;
    if (kind.companion) {
      if (kind.type === 'PERSON' && recs[r]!.table) rowWithName[r] = 1;
    } else strongest[r] = strongerAction(strongest[r] ?? 'allow', perFinding[i]!);
  }
  let peopleRows = 0;
  for (const has of rowWithName) peopleRows += has;
  const tableOfPeople = peopleRows >= TABLE_OF_PEOPLE_ROWS;

  const roles: (CompanionRole | undefined)[] = new Array(findings.length);
  for (let k = 0; k < pending.length; k++) {
    if (k % STEP === STEP - 1) yield;
    const i = pending[k]!;
    const r = recordOf[i]!;
    const company = strongest[r];
    if (tableOfPeople && recs[r]!.table) {
      roles[i] = 'table';
      perFinding[i] = strongerAction(perFinding[i]!, company ?? 'allow');
    } else if (company !== undefined) {
      roles[i] = 'record';
      perFinding[i] = company;
    } else {
      roles[i] = 'alone';
      perFinding[i] = 'allow';
    }
  }
  return roles;
}
