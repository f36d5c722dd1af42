import type { Category, EntityType, Finding, FindingWhy, Severity } from './types';

/**
 * A finding as the scanner makes it: a plain `Finding` (own, enumerable data properties, in the same
 * order as the object literal it replaces, so JSON, structured cloning and spreads see no difference),
 * made by a constructor rather than an object literal. A dense customer table makes ~52,000 findings
 * in one burst at the end of its scan, all kept; made as literals they cost 19–25 % more of the whole
 * 1 MB table scan (CPU time, Node 20, alternating processes: docs/design/engine-speed.md, "Seventh
 * round"), most of it in the young-generation collections that copy them.
 */
export class ScanFinding implements Finding {
  // `declare`d and assigned in the constructor: emitted class fields (define semantics) cost more per object.
  declare readonly type: EntityType;
  declare readonly category: Category;
  declare readonly severity: Severity;
  declare readonly detector: string;
  declare readonly start: number;
  declare readonly end: number;
  declare readonly score: number;
  declare readonly preview: string;
  declare readonly reason: string;
  declare readonly why: FindingWhy | undefined;

  constructor(type: EntityType, category: Category, severity: Severity, detector: string, start: number, end: number, score: number, preview: string, reason: string, why: FindingWhy | undefined) {
    this.type = type;
    this.category = category;
    this.severity = severity;
    this.detector = detector;
    this.start = start;
    this.end = end;
    this.score = score;
    this.preview = preview;
    this.reason = reason;
    this.why = why;
  }
}
