import type { FieldIndex } from './fields/types';

/**
 * The detector engine's vocabulary. Pure types: no DOM, no browser APIs.
 *
 * A detector is declared as data (see `Detector`). The engine decides *where* a detector's
 * patterns run (its `anchor`), runs them only there, then validates, scores and resolves overlaps.
 */

/** Policy-facing category of an entity type. */
export type Category = 'PII' | 'FINANCIAL' | 'GOVERNMENT_ID' | 'SECRET' | 'CUSTOM';

/** How bad a leak of this entity is. Drives default actions and report ordering. */
export type Severity = 'low' | 'medium' | 'high' | 'critical';

/**
 * Entity type: the product's vocabulary (policy keys, history, CLI, reports).
 * SCREAMING_SNAKE. Built-ins are listed in `entity-types.ts`; custom detectors use `CUSTOM`
 * or an admin-chosen `CUSTOM_*` name.
 */
export type EntityType = string;

/** One regex of a detector, named by strength ("strong", "grouped", "weak"…). */
export interface Pattern {
  readonly name: string;
  /**
   * Must carry the `g` flag (the engine iterates with `exec`). Must be linear on long input:
   * no nested quantifiers over overlapping classes. The registry test checks both.
   */
  readonly regex: RegExp;
  /** Base confidence in [0, 1] before validation and context. */
  readonly score: number;
  /** Capture group holding the sensitive value; the finding spans only this group. Default 0. */
  readonly group?: number;
  /**
   * Numeric detectors whose pattern matches whole digit groups (no digit before or after), each one
   * separator char from the next: the group lengths it can match (`[[4, 4, 4, 4]]`; `[[16]]` without
   * separators). The pattern then runs only on windows holding a span with such groups.
   */
  readonly groups?: readonly (readonly number[])[];
}

/**
 * A numeric detector's rule for the spans it is offered, read from a span (`text[start, end)`, `digits`
 * ASCII digits; `digits === end - start` for a bare run) and the chars around it. Logs are full of
 * numbers with the right digit count that no value of the detector can take digits from (hex IDs,
 * UUIDs, `502 785ms`), and each was offered to a dozen detectors. It must accept every span whose
 * digits a match of the detector's patterns can include, whatever text surrounds it.
 */
export type SpanOffer = (text: string, start: number, end: number, digits: number) => boolean;

/**
 * Where the engine runs a detector's patterns. Keeps the scan cheap: most of the text is never
 * touched by most detectors.
 *
 * - `keywords`: case-insensitive literals (gitleaks style). The patterns run only on the lines
 *   (or, with `window: 'block'`, the following block of up to `maxLength` chars) containing a hit.
 * - `numeric`: the engine's shared numeric-span lexer finds digit runs with separators once for
 *   all numeric detectors; patterns run on a small window around each span whose digit count is in
 *   [minDigits, maxDigits].
 * - `triggers`: like `keywords`, for shapes a literal cannot name (a MAC address's `:1a:2b:`). Each
 *   trigger is a regex found in the same pass as the keywords that start with punctuation, so it
 *   must start with a rare punctuation char and have no capture groups; the registry test checks.
 * - `full`: patterns run over the whole text. Only for patterns that start with a rare literal or
 *   character (V8 then skips fast); the registry test enforces a time budget per detector.
 */
export type Anchor =
  | {
      readonly keywords: readonly string[];
      readonly window?: 'line' | 'block';
      /**
       * Set when every match starts at a keyword, at most `lead` chars before it (`jdbc:` before a
       * `postgres` keyword: 5). The engine then tries the patterns there only, as sticky regexes,
       * instead of searching the keyword's whole line.
       */
      readonly lead?: number;
      /**
       * A keyword that is a table column header (`dob`, `phone`) also opens the column below it: the
       * patterns run on the table's rows, where the header is the values' only context.
       */
      readonly columns?: boolean;
    }
  | { readonly triggers: readonly RegExp[]; readonly window?: 'line' | 'block' }
  | {
      readonly numeric: {
        readonly minDigits: number;
        readonly maxDigits: number;
        /** Never offered a bare digit run (`192168001001` cannot hold an IPv4 address). */
        readonly needsSeparator?: boolean;
        /**
         * How many digits over `maxDigits` a span with separators may have and still be offered
         * (default 4: a card followed by its expiry, two phone numbers joined by ` / `). 0 for
         * values bounded by letters on both sides (`AB 12 34 56 C`, `X-1234567-L`), whose digits are
         * always a whole span of their own: fewer spans offered, the same matches.
         */
        readonly slack?: number;
        /**
         * Also offered spans shaped like an IPv4 address (`10.43.62.134`: exactly four groups of one
         * to three digits joined by single dots, not after a `+`). Other detectors are not: no phone
         * or ID is written that way, and logs hold thousands of addresses, each offered to a dozen
         * detectors by its digit count alone.
         */
        readonly dottedQuads?: boolean;
        /** Which spans of the right digit count can hold a value (see SpanOffer); without it, all. */
        readonly offer?: SpanOffer;
        /** Like `Pattern.groups`, for all of the detector's patterns. */
        readonly groups?: readonly (readonly number[])[];
      };
    }
  | { readonly full: true };

/** Context words near a match (Presidio style). */
export interface ContextRule {
  /** Lower-case words or phrases, matched case-insensitively as substrings of the window. */
  readonly words: readonly string[];
  /** When true, a match without a context word nearby is discarded. */
  readonly required?: boolean;
  /** Added to the score when a context word is present (default 0.15). */
  readonly boost?: number;
  /** Characters before the match searched for context (default 64). After: `after` (default 16). */
  readonly before?: number;
  readonly after?: number;
}

/** Information a validator can use beyond the value itself. */
export interface MatchInfo {
  /** The whole regex match (may be wider than the value when `group` is set). */
  readonly match: string;
  /** Name of the pattern that matched. */
  readonly pattern: string;
  /** Up to 64 chars of text before the value, for structural checks (not for context words). */
  readonly before: string;
  /** Up to 64 chars after the value. */
  readonly after: string;
  /**
   * The normalised label of the field holding the value (column header, JSON/YAML key, XML tag,
   * `Label:`), e.g. ` phone number `; computed on first call. See `fields/types.ts`.
   */
  readonly label: () => string | undefined;
  /** Offset of the value in the scanned text (for `fields`). */
  readonly start: number;
  /** The scan's field index: records, log lines, labels of other positions. */
  readonly fields: FieldIndex;
}

/** What a `find` detector is given: the range to search and the scan's field index. */
export interface FindScope {
  /** Search [start, end) of the text; context before and after may be read from the whole text. */
  readonly start: number;
  readonly end: number;
  readonly fields: FieldIndex;
}

/** A span a `find` detector reports, already scored and explained by the detector itself. */
export interface Found {
  readonly start: number;
  readonly end: number;
  /** Confidence in [0, 1]. */
  readonly score: number;
  /** Name of the rule that fired ("honorific", "column"…), shown as the pattern in the explanation. */
  readonly pattern: string;
  /** The cue word that made it (a greeting, a label), if any: one of the detector's own words. */
  readonly near?: string;
}

/** Built-in or custom detector, declared as data. */
export interface Detector {
  /** Stable kebab-case id (policy can enable/disable by id; history records it). */
  readonly id: string;
  readonly type: EntityType;
  readonly category: Category;
  readonly severity: Severity;
  /** One line, shown to users as the reason a finding matched (translated as `detector_<id>` in public/_locales). */
  readonly description: string;
  /** An admin or user rule's own name, shown as-is in its explanation (custom detectors only). */
  readonly label?: string;
  readonly anchor: Anchor;
  readonly patterns: readonly Pattern[];
  /**
   * Matcher for what a JS RegExp must not or cannot do cheaply: admin-supplied RE2 patterns (linear-time
   * engine), hashed exact-match lists, and hand-written finders (email from each `@`, MAC, IPv6).
   * Called on each window; yields [start, end) pairs relative to it.
   */
  readonly match?: (region: string) => Iterable<readonly [number, number]>;
  /**
   * Finder for detectors that read the text's structure rather than one pattern (people's names,
   * postal addresses): called once per scan with the whole text, the range to search and the field
   * index; reports scored spans. Needs the `full` anchor; `validate` and `context` are not applied.
   */
  readonly find?: (text: string, scope: FindScope) => Iterable<Found>;
  /**
   * Checksum or structure check on the value. Return false to discard the match, true to keep it,
   * or a number in [0, 1] to set the score (e.g. a passing checksum raises confidence).
   */
  readonly validate?: (value: string, info: MatchInfo) => boolean | number;
  /** Minimum Shannon entropy (bits/char) of the value, for random-looking secrets. */
  readonly minEntropy?: number;
  readonly context?: ContextRule;
  /** Longest value this detector can produce; bounds windows (default 512). */
  readonly maxLength?: number;
  /**
   * Preview shape: how many chars of the value may be shown at each end. Secrets show their
   * public prefix (`ghp_…a1B2`); PII shows only a tail (`•••• 4242`). Default from category.
   */
  readonly preview?: { readonly head: number; readonly tail: number };
  /** Custom preview when head/tail is not enough (e.g. email: `j•••@example.com`). Never return the value. */
  readonly mask?: (value: string) => string;
  /** Texts that must produce a finding of this detector, and texts that must not. */
  readonly examples: { readonly match: readonly string[]; readonly noMatch: readonly string[] };
}

/** One thing found in the input. Offsets are UTF-16 indices (String.prototype.slice semantics). */
export interface Finding {
  readonly type: EntityType;
  readonly category: Category;
  readonly severity: Severity;
  readonly detector: string;
  readonly start: number;
  readonly end: number;
  /** Confidence in [0, 1]. */
  readonly score: number;
  /** Safe to display and store: never the whole value (`ghp_…a1B2`, `•••• 4242`). */
  readonly preview: string;
  /** Why it matched, in English: detector description, pattern name, validation and context outcome (the CLI prints it). */
  readonly reason: string;
  /** The same explanation as data, for the UIs to say in the user's language. Always set by the engine. */
  readonly why?: FindingWhy;
}

/**
 * Why a finding matched, as data (src/ui/shared/explain.ts words it): never the value, only names
 * the extension or the admin chose.
 */
export interface FindingWhy {
  /** Detector id: the key of its translated description (`detector_<id>`, `-` as `_`). */
  readonly detector: string;
  /** Pattern name: a technical identifier, shown as-is. */
  readonly pattern: string;
  /** Whether a validator (checksum, structure check) ran and passed. */
  readonly checked: boolean;
  /** The context keyword found near the value (one of the detector's own words). */
  readonly near?: string;
  /** The rule's label, for admin and user rules (custom detectors). */
  readonly customLabel?: string;
}
