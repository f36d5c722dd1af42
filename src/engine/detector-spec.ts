import type { Category, ContextRule, Detector, EntityType, Found, FindScope, MatchInfo, Severity } from './types';

/**
 * What the scanner reads of a detector on every window and candidate, in objects of one shape.
 * Detectors are object literals with 15 different sets of properties: every `d.validate`,
 * `d.context`, `d.category` read in the scan loop went through V8's megamorphic lookup, and the same
 * detector cost ~1.6× as much in the full scan as alone (generic-secret 21.5 vs 13.6 µs per 2 KB
 * prompt, phone 39.5 vs 24.9). Optional properties are present here, `undefined` when absent.
 */
export class DetectorSpec {
  // `declare`d and assigned in the constructor: emitted class fields (define semantics) cost more per object.
  declare readonly id: string;
  declare readonly type: EntityType;
  declare readonly category: Category;
  declare readonly severity: Severity;
  declare readonly description: string;
  declare readonly label: string | undefined;
  declare readonly patterns: readonly PatternSpec[];
  declare readonly match: ((region: string) => Iterable<readonly [number, number]>) | undefined;
  declare readonly find: ((text: string, scope: FindScope) => Iterable<Found>) | undefined;
  declare readonly validate: ((value: string, info: MatchInfo) => boolean | number) | undefined;
  /** -1: no minimum. */
  declare readonly minEntropy: number;
  declare readonly context: ContextSpec | undefined;
  declare readonly preview: { readonly head: number; readonly tail: number } | undefined;
  declare readonly mask: ((value: string) => string) | undefined;
  /** SECRET values are checked against placeholders; CUSTOM `match` finders name their pattern `custom`. */
  declare readonly secret: boolean;
  declare readonly custom: boolean;

  constructor(d: Detector) {
    this.id = d.id;
    this.type = d.type;
    this.category = d.category;
    this.severity = d.severity;
    this.description = d.description;
    this.label = d.label;
    this.patterns = d.patterns.map((p) => new PatternSpec(p.name, p.score, p.group ?? 0));
    this.match = d.match;
    this.find = d.find;
    this.validate = d.validate;
    this.minEntropy = d.minEntropy ?? -1;
    this.context = d.context ? new ContextSpec(d.context) : undefined;
    this.preview = d.preview;
    this.mask = d.mask;
    this.secret = d.category === 'SECRET';
    this.custom = d.category === 'CUSTOM';
  }
}

export class PatternSpec {
  constructor(
    readonly name: string,
    readonly score: number,
    /** The value's capture group (0: the whole match). */
    readonly group: number,
  ) {}
}

/** A ContextRule with its defaults filled in. */
export class ContextSpec implements ContextRule {
  declare readonly words: readonly string[];
  declare readonly required: boolean;
  declare readonly boost: number;
  declare readonly before: number;
  declare readonly after: number;

  constructor(rule: ContextRule) {
    this.words = rule.words;
    this.required = rule.required === true;
    this.boost = rule.boost ?? 0.15;
    this.before = rule.before ?? 64;
    this.after = rule.after ?? 16;
  }
}
