/**
 * Rescanning only what changed while the user types: the previous text and its findings are kept, the
 * edit is found as the common prefix and suffix of the two texts, and only the changed lines plus a
 * margin are scanned again (a range scan, so the rest of the text is still read for context). Findings
 * before the rescanned range are kept as they are, those after it move by the edit's length.
 *
 * Why the result equals a full scan: a finding is judged from the text at most `RANGE_MARGIN` (4 KB,
 * src/engine/scan.ts) around it, plus its own length, so one that starts further than `RESCAN_MARGIN`
 * from the edit cannot have changed. The exception is a table header, whose words are context for the
 * whole column below it however far: an edit that touches a header cell rescans everything. (The send
 * path never relies on this: it always scans the whole text.)
 */
import type { ScanRange } from '../engine/scan';
import type { FieldIndex } from '../engine/fields';
import type { Finding } from '../engine/types';
import { commonPrefix, commonSuffix } from '../engine/text-compare';

/** How far from an edit findings are rescanned: the engine's 4 KB context margin plus the longest value, rounded up. */
export const RESCAN_MARGIN = 8 * 1024;
/** A rescan range is widened to whole lines when the line ends are at most this far. */
const LINE_SNAP = 1024;
/** Positions probed for a header cell around each end of an edit, and most lines probed inside it. */
const EDGE_PROBES = 256;
const HEADER_PROBES = 2000;
/** How far after a value its judging reads (context words, validators' look-ahead), generously. */
const AFTER_REACH = 4096;

export interface ScanState {
  readonly text: string;
  /** Sorted by start, as the engine returns them. */
  readonly findings: readonly Finding[];
}

export interface RescanPlan {
  /** What to scan in the new text; the whole text when nothing can be kept. */
  readonly range: ScanRange;
  /** Previous findings kept as they are (all before `range`). */
  readonly before: readonly Finding[];
  /** Previous findings after the edit, moved to the new text's offsets (all after `range`). */
  readonly after: readonly Finding[];
  /** How far the edit moved them: the new text's length minus the old one's. */
  readonly delta: number;
}

/** Where two texts differ: `[start, prevEnd)` of the old text became `[start, nextEnd)` of the new one. */
export function changedSpan(prev: string, next: string): { start: number; prevEnd: number; nextEnd: number } {
  const start = commonPrefix(prev, next);
  const tail = commonSuffix(prev, next, Math.min(prev.length, next.length) - start);
  return { start, prevEnd: prev.length - tail, nextEnd: next.length - tail };
}

export interface PlanOptions {
  readonly margin?: number;
  /**
   * The field indexes of the old and the new text: an edit inside a table header cell (where
   * `columnBelow` answers) makes the plan a full rescan.
   */
  readonly fields?: { readonly prev: FieldIndex; readonly next: FieldIndex };
}

/**
 * What to rescan after `prev.text` became `next`, and which findings to keep. Undefined when the texts
 * are equal (nothing to scan). A plan whose range is the whole text keeps nothing.
 */
export function planRescan(prev: ScanState, next: string, options: PlanOptions = {}): RescanPlan | undefined {
  if (prev.text === next) return undefined;
  const whole: RescanPlan = { range: { start: 0, end: next.length }, before: [], after: [], delta: 0 };
  const margin = options.margin ?? RESCAN_MARGIN;
  const span = changedSpan(prev.text, next);
  if (options.fields && (touchesHeader(prev.text, span.start, span.prevEnd, options.fields.prev) || touchesHeader(next, span.start, span.nextEnd, options.fields.next))) {
    return whole;
  }
  let start = lineStart(next, Math.max(0, span.start - margin));
  const findings = prev.findings;
  // A long value (a JWT, a private key) that starts before the range but ends near the edit is judged again.
  for (let i = firstFrom(findings, start) - 1; i >= 0; i--) {
    const f = findings[i]!;
    if (f.end + AFTER_REACH <= span.start) break; // ends are sorted too: findings do not overlap
    start = lineStart(next, f.start);
  }
  const end = lineEnd(next, Math.min(next.length, span.nextEnd + margin));
  // Keeping a sliver is not worth the bookkeeping.
  if (end - start >= next.length * 0.75) return whole;
  const delta = next.length - prev.text.length;
  const prevEnd = end - delta; // the same place in the old text (after the edit, so it moved by delta)
  // Sorted by start: what is kept is a prefix and a suffix of the list (49,000 findings of a 1 MB table).
  const before = findings.slice(0, firstFrom(findings, start));
  const kept = findings.slice(firstFrom(findings, prevEnd));
  const after = delta === 0 ? kept : kept.map((f) => moved(f, delta));
  return { range: { start, end }, before, after, delta };
}

/**
 * An edit inside a table can end it (a row cut in half, a blank line): the rows below lose their
 * header, and with it the context their findings were scored by. A kept finding whose field label
 * changed means everything from there on is judged again (`widened`). `keptLabelsFrom` compares the
 * labels of `plan.after[from…]` until `deadline` (a `performance.now()` time; at least `CHECK_CHUNK` of
 * them per call) and returns where it stopped: `after.length` when none differs, `LABEL_CHANGED` when
 * one does. In chunks: half of a 1 MB table's findings (24,000) took ~14 ms to compare.
 */
export function keptLabelsFrom(plan: RescanPlan, fields: NonNullable<PlanOptions['fields']>, from: number, deadline: number): number {
  const { after, delta } = plan;
  for (let i = from; i < after.length; i++) {
    if (i > from && (i - from) % CHECK_CHUNK === 0 && performance.now() >= deadline) return i;
    const f = after[i]!;
    if (fields.prev.labelAt(f.start - delta) !== fields.next.labelAt(f.start)) return LABEL_CHANGED;
  }
  return after.length;
}

export const LABEL_CHANGED = -1;
const CHECK_CHUNK = 256;

/** `plan` with everything from its start on rescanned (a kept finding's label changed). */
export function widened(plan: RescanPlan, length: number): RescanPlan {
  const { range, before, delta } = plan;
  return range.start === 0 ? { range: { start: 0, end: length }, before: [], after: [], delta: 0 } : { range: { start: range.start, end: length }, before, after: [], delta };
}

/** The findings of the new text: the kept ones around the rescanned range's. */
export function applyRescan(plan: RescanPlan, rescanned: readonly Finding[]): Finding[] {
  return plan.before.concat(rescanned, plan.after);
}

/**
 * `f` moved by `delta`. Written out, not spread: half a 1 MB table's findings are moved on every pause
 * when typing in its middle, and `{ ...f }` cost ~9 ms for 24,000 of them.
 */
function moved(f: Finding, delta: number): Finding {
  const { type, category, severity, detector, score, preview, reason, why } = f;
  return why === undefined
    ? { type, category, severity, detector, start: f.start + delta, end: f.end + delta, score, preview, reason }
    : { type, category, severity, detector, start: f.start + delta, end: f.end + delta, score, preview, reason, why };
}

/** Index of the first finding that starts at or after `pos` (the list is sorted by start). */
export function firstFrom(findings: readonly { readonly start: number }[], pos: number): number {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (findings[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The start of the line holding `pos` when it is near (a bounded search: a 1 MB text may be one line); else `pos`. */
function lineStart(text: string, pos: number): number {
  if (pos <= 0) return 0;
  const base = Math.max(0, pos - LINE_SNAP);
  const nl = text.slice(base, pos).lastIndexOf('\n');
  return nl >= 0 ? base + nl + 1 : base === 0 ? 0 : pos;
}

/** The end of the line holding `pos` (after its newline) when it is near; else `pos`. */
function lineEnd(text: string, pos: number): number {
  if (pos >= text.length) return text.length;
  const nl = text.slice(pos, pos + LINE_SNAP).indexOf('\n');
  return nl >= 0 ? pos + nl + 1 : pos + LINE_SNAP >= text.length ? text.length : pos;
}

/**
 * Whether a table header cell lies where the edit is: around its two ends, and at the start of each line
 * it spans (a header's first cell starts its line). Past `HEADER_PROBES` lines, assume it does.
 */
function touchesHeader(text: string, start: number, end: number, fields: FieldIndex): boolean {
  const probe = (from: number, to: number) => {
    for (let pos = Math.max(0, from); pos < Math.min(text.length, to); pos++) if (fields.columnBelow(pos)) return true;
    return false;
  };
  if (probe(lineStart(text, start), start + EDGE_PROBES) || probe(end - EDGE_PROBES, Math.max(end, start + 1))) return true;
  let lines = 0;
  for (let nl = text.indexOf('\n', start); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
    if (++lines > HEADER_PROBES) return true;
    if (fields.columnBelow(nl + 1)) return true;
  }
  return false;
}
