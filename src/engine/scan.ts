import type { Detector, Finding, FindingWhy, MatchInfo } from './types';
import { ScanFinding } from './scan-finding';
import { ALL_DETECTORS } from './detectors';
import { KEYWORD_TAIL, KeywordIndex, type KeywordEntry } from './keyword-index';
import { NumericDispatch, patternsAt } from './numeric-dispatch';
import { buildAllow, type AllowRules } from './allow';
import { LineFinder, WindowList, WindowMemo } from './windows';
import { isPlaceholder } from './placeholders';
import { shannonEntropy } from './entropy';
import { previewOf } from './preview';
import { resolveOverlaps } from './overlaps';
import { contextWordNear } from './context';
import { DetectorSpec } from './detector-spec';
import { groupEndsMatch } from './pattern-groups';
import { createFieldIndex, labelWordIn, type ColumnCells, type FieldIndex, type TextRange } from './fields';
import { commonPrefix } from './text-compare';

/** Findings under this score are dropped: weak patterns need a checksum or a context word to count. */
export const DEFAULT_MIN_SCORE = 0.5;
/**
 * Score of a `match` finder's hit: an admin's custom matcher asked for exactly this, and the built-in
 * finders (email, MAC, IPv6, codice fiscale) match full structure; validators may still lower it.
 */
const FINDER_SCORE = 0.9;
/** Default reach of a window around a keyword hit, and the default longest value. */
const DEFAULT_MAX_LENGTH = 512;
/**
 * A range scan reads this far beyond its range for keywords and full-text patterns: a keyword before
 * the range can open a window over a value inside it, and a value can run past the range's end.
 */
const RANGE_MARGIN = 4096;
/** Numeric spans are short: a range scan lexes this far beyond its range. */
const NUMERIC_RANGE_MARGIN = 64;

export interface ScannerOptions extends AllowRules {
  /** Minimum score a finding needs (default 0.5). */
  readonly minScore?: number;
  /** When given, milliseconds spent per detector id (and per stage: `:keywords`, `:numeric`) are added here. */
  readonly profile?: Map<string, number>;
}

/** Part of a text to scan; the rest is still read for context (keywords, column headers, labels). */
export interface ScanRange {
  readonly start: number;
  readonly end: number;
}

export interface Scanner {
  readonly detectors: readonly Detector[];
  /**
   * Findings sorted by start, non-overlapping. Offsets are UTF-16 indices into `text`. With `range`,
   * only findings that start inside it: chunked and incremental scans pass the whole text and a range,
   * so a table's header or a keyword before the range still counts.
   */
  scan(text: string, range?: ScanRange): Finding[];
  /** The field index of `text` (cached for the last text scanned): labels, columns and records. */
  fieldsOf(text: string): FieldIndex;
}

interface Candidate {
  detector: number;
  start: number;
  end: number;
  score: number;
  why: FindingWhy;
  /** The English sentence for `why` (shared with every candidate of the same explanation, see `explain`). */
  reason: string;
}

/** A candidate's explanation and its English sentence, shared by every candidate that has the same one. */
interface Explained {
  readonly why: FindingWhy;
  readonly reason: string;
}

/** Compiles a detector set once; `scan` is then cheap to call on every keystroke or send. */
export function createScanner(detectors: readonly Detector[], options: ScannerOptions = {}): Scanner {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const keywordEntries: KeywordEntry[] = [];
  const fullScan: number[] = [];
  // Window shape per keyword detector, looked up on every hit: computed once here.
  const reach = detectors.map((d) => d.maxLength ?? DEFAULT_MAX_LENGTH);
  const maxReach = Math.max(0, ...reach);
  const block = detectors.map((d) => ('keywords' in d.anchor || 'triggers' in d.anchor) && d.anchor.window === 'block');
  // Detectors whose matches start at their keyword (`lead` chars before it at most): -1 for the others.
  const lead = detectors.map((d) => ('keywords' in d.anchor && d.anchor.lead !== undefined ? d.anchor.lead : -1));
  // Detectors whose header keywords open the column below them (`Anchor.columns`).
  const columns = detectors.map((d) => 'keywords' in d.anchor && d.anchor.columns === true);
  detectors.forEach((d, i) => {
    if ('keywords' in d.anchor) keywordEntries.push({ keywords: d.anchor.keywords, detector: i });
    else if ('triggers' in d.anchor) keywordEntries.push({ triggers: d.anchor.triggers, detector: i });
    else if ('full' in d.anchor) fullScan.push(i);
  });
  // One shape for what the scan loop reads of each detector (see DetectorSpec).
  const specs = detectors.map((d) => new DetectorSpec(d));
  const numeric = new NumericDispatch(detectors);
  // Numeric detectors: their slots in the dispatch's window masks (one, or one per pattern).
  const numericSlots = detectors.map((_, i) => numeric.slotsOf(i));
  const keywords = new KeywordIndex(keywordEntries, new Set(lead.flatMap((l, i) => (l >= 0 ? [i] : []))));
  // Private copies of every pattern: `lastIndex` is state, and scanners must not share it.
  const compiled = detectors.map((d, i) =>
    d.patterns.map((p) => new RegExp(p.regex.source, lead[i]! >= 0 ? `${p.regex.flags.replace('g', '')}y` : p.regex.flags)),
  );
  // Sticky copies with the `d` flag (group positions), made on first need: see groupOffset.
  const withIndices: (RegExp | undefined)[][] = detectors.map((d) => d.patterns.map(() => undefined));
  // Patterns whose value group ends the match (nothing after it but lookarounds): its offset is known.
  const groupAtEnd = detectors.map((d) => d.patterns.map((p) => p.group !== undefined && p.group > 0 && !p.regex.flags.includes('v') && groupEndsMatch(p.regex.source, p.group)));

  /**
   * Where capture group `group` (value `value`) starts inside match `m` of pattern `p` of detector `i`.
   * Exact, not a guess: in `api_token_X9 = "X9"` the value also appears inside the key, and redaction
   * must hit the value. When the value occurs once in the match that occurrence is the group;
   * otherwise the match is re-run at its own position with the `d` flag. (The `d` flag on every
   * exec made V8 build index arrays for every match: assignment patterns match on every line of
   * a config or a JSON dump.)
   */
  function groupOffset(i: number, p: number, m: RegExpExecArray, group: number, value: string): number {
    if (m.indices) return m.indices[group]![0] - m.index;
    const whole = m[0];
    // The value ends the match: no search (a value that repeats the key, `password=password=…`,
    // occurs twice in its match, and took the `d`-flag re-run below for every candidate).
    if (groupAtEnd[i]![p]) return whole.length - value.length;
    const first = whole.indexOf(value);
    // Once when its first occurrence is also the last place it fits (the value ends the match, as in
    // most patterns), or no second one follows: `lastIndexOf` compared char by char at every place,
    // ~1 µs for a 200-char value (password=-repeated has one per 215 chars).
    if (first === whole.length - value.length || whole.indexOf(value, first + 1) < 0) return first;
    let twin = withIndices[i]![p];
    if (!twin) {
      const re = compiled[i]![p]!;
      twin = withIndices[i]![p] = new RegExp(re.source, `${re.flags.replace(/[gyd]/g, '')}yd`);
    }
    twin.lastIndex = m.index;
    return twin.exec(m.input)!.indices![group]![0] - m.index;
  }
  const allow = buildAllow(options);
  // Explanations per detector: pattern name → [unchecked, checked] → context word ('' for none).
  const explained = detectors.map(() => new Map<string, Map<string, Explained>[]>());
  // Per detector with context words: one case-insensitive regex for "any of them in the text around
  // the value". contextWordNear (which lower-cases the before and after slices and tries each word in
  // turn) runs only when it matches; most candidates have none of their words nearby, and a phone
  // candidate used to pay 26 × 2 substring searches. The hint can only say yes more often than
  // contextWordNear, never less: it also covers the value, Unicode case folding (`iu`) equates what
  // toLowerCase does except for İ (lower-cased to i + a combining dot, so an `i` in a word also
  // matches İ) and the Greek final sigma (no context word has one). No lower-cased copy per candidate.
  const contextHints = detectors.map((d) => (d.context ? contextHint(d.context.words) : undefined));
  const anyColumns = columns.some(Boolean);
  const windowMemo = new WindowMemo<Candidate>();
  // Column openings of the last texts range-scanned (a sliced scan of a paste and the typing overlay's
  // rescans of the composer may take turns with one scanner).
  const openings: ColumnOpenings[] = [];
  const columnOpeningsOf = (text: string, fields: FieldIndex): ColumnOpenings => {
    for (let k = openings.length - 1; k >= 0; k--) {
      const o = openings[k]!;
      if (o.text === text) {
        o.text = text; // this object from now on (see fieldsOf)
        return o;
      }
    }
    // A text that begins like the last one (the composer after a keystroke) keeps its header hits.
    const last = openings[openings.length - 1];
    const o = last ? ColumnOpenings.carried(last, text, fields) : new ColumnOpenings(text);
    if (openings.length >= 2) openings.shift();
    openings.push(o);
    return o;
  };
  // Windows and keyword starts per detector, for `scan` (reused: a new array of ~230 per scan cost
  // more than most of a 2 KB prompt's detectors).
  const windowsOf: (WindowList | undefined)[] = new Array(detectors.length).fill(undefined);
  const startsOf: (number[] | undefined)[] = new Array(detectors.length).fill(undefined);
  // One field index per text: a chunked scan calls `scan` many times with the same string.
  let fieldsText: string | undefined;
  let fieldsIndex: FieldIndex | undefined;
  const fieldsOf = (text: string): FieldIndex => {
    if (fieldsText !== text || !fieldsIndex) fieldsIndex = createFieldIndex(text);
    // The object asked about from now on: `===` between two string objects compares their contents, so
    // a caller that reads the same text again (a new object) made every later call compare 10 MB
    // (~1.5 ms here, per range of a sliced scan); the same object compares at once.
    fieldsText = text;
    return fieldsIndex;
  };

  function scan(text: string, range?: ScanRange): Finding[] {
    if (!text) return [];
    const from = Math.max(0, range?.start ?? 0);
    const to = Math.min(text.length, range?.end ?? text.length);
    if (to <= from) return [];
    const whole = from === 0 && to === text.length;
    const lo = whole ? 0 : Math.max(0, from - RANGE_MARGIN);
    const hi = whole ? text.length : Math.min(text.length, to + RANGE_MARGIN);
    const fields = fieldsOf(text);
    // Windows per detector, and the detectors that got any, in first-touch order (a 2 KB prompt
    // touches a handful of the ~230 detectors; walking all of them cost more than the work).
    // The per-detector arrays are the scanner's, emptied after each scan for the detectors touched.
    const windows = windowsOf;
    const touched: number[] = [];
    // Keyword starts of the `lead` detectors (their patterns are tried there, not over windows).
    const starts = startsOf;
    try {
      return scanIn(text, from, to, whole, lo, hi, fields, windows, touched, starts);
    } finally {
      for (const i of touched) windows[i] = starts[i] = undefined;
    }
  }

  function scanIn(
    text: string,
    from: number,
    to: number,
    whole: boolean,
    lo: number,
    hi: number,
    fields: FieldIndex,
    windows: (WindowList | undefined)[],
    touched: number[],
    starts: (number[] | undefined)[],
  ): Finding[] {
    // Line ends only as far as a window of a hit in [lo, hi) can reach: past that, the reach clips it anyway.
    const lines = whole ? new LineFinder(text) : new LineFinder(text, lo - maxReach, hi + KEYWORD_TAIL + maxReach);
    // Column cells opened by header keywords: out of text order, so merged in after the hits.
    let opened: number[] | undefined;
    // A range scan's columns: every header hit before `hi`, however far above the range (see ColumnOpenings).
    const known = whole || !anyColumns ? undefined : columnOpeningsOf(text, fields);

    const profile = options.profile;
    let t0 = profile ? performance.now() : 0;
    if (known && known.upTo < lo) {
      const before = keywords.findHits(text, known.upTo, lo);
      for (let h = 0; h < before.length; h++) {
        const owners = before.lists[before.ids[h]!]!;
        for (let k = 0; k < owners.length; k++) if (columns[owners[k]!] && lead[owners[k]!]! < 0) known.ask(owners[k]!, before.starts[h]!, fields);
      }
      known.upTo = lo;
    }
    const hits = keywords.findHits(text, lo, hi);
    if (profile) t0 = addTime(profile, ':keywords', t0);
    for (let h = 0; h < hits.length; h++) {
      const start = hits.starts[h]!;
      const end = hits.ends[h]!;
      lines.find(start);
      const lineStart = lines.lineStart;
      const lineEnd = lines.lineEnd;
      const owners = hits.lists[hits.ids[h]!]!;
      for (let k = 0; k < owners.length; k++) {
        const i = owners[k]!;
        if (lead[i]! >= 0) {
          let list = starts[i];
          if (!list) {
            list = starts[i] = [];
            touched.push(i);
          }
          list.push(start);
          continue;
        }
        const ws = Math.max(lineStart, start - reach[i]!);
        const we = block[i] ? Math.min(text.length, end + reach[i]!) : Math.min(lineEnd, end + reach[i]!);
        let list = windows[i];
        if (!list) {
          list = windows[i] = new WindowList();
          touched.push(i);
        }
        list.add(ws, we);
        if (columns[i]) {
          if (!known) {
            const cells = fields.columnBelow(start);
            if (cells) for (const c of cells.all()) (opened ??= []).push(i, c.start, c.end);
          } else if (start >= known.upTo) known.ask(i, start, fields);
        }
      }
    }
    if (known) {
      if (hi > known.upTo) known.upTo = hi;
      opened = known.cellsIn(lo, hi);
    }
    if (opened?.length) addOutOfOrder(opened, windows, touched);

    const numericLo = whole ? 0 : Math.max(0, from - NUMERIC_RANGE_MARGIN);
    const numericHi = whole ? text.length : Math.min(text.length, to + NUMERIC_RANGE_MARGIN);
    // Numeric windows are read straight from the dispatch's masks (below), not copied into a
    // WindowList per detector: logs and tables offer ~100 k (window, detector) pairs per 4 MB.
    const spans = numeric.detectors.length ? numeric.windows(text, numericLo, numericHi) : undefined;
    if (spans) numeric.eachOffered(spans.masks, -1, touched);

    if (profile) t0 = addTime(profile, ':numeric', t0);

    const candidates: Candidate[] = [];
    // Keyword windows the previous range scan of this text ran already (see WindowMemo).
    const memo = !whole && windowMemo.begin(text) ? windowMemo : undefined;
    for (const i of fullScan) {
      if (specs[i]!.find) runFinder(text, i, lo, hi, fields, candidates);
      else runPatterns(text, i, lo, hi, candidates, fields);
      if (profile) t0 = addTime(profile, detectors[i]!.id, t0);
    }
    // Detector order, not touch order: findings must not depend on which hit came first.
    touched.sort((a, b) => a - b);
    for (const i of touched) {
      const slots = numericSlots[i];
      const list = windows[i];
      if (slots && spans) {
        for (let w = 0; w < spans.starts.length; w++) {
          const only = patternsAt(slots, spans.masks, w);
          if (only !== 0) runPatterns(text, i, spans.starts[w]!, spans.ends[w]!, candidates, fields, only);
        }
      } else if (list && memo) {
        for (let w = 0; w < list.starts.length; w++) {
          const ws = list.starts[w]!;
          const we = list.ends[w]!;
          let found = memo.get(i, ws, we);
          if (!found) runPatterns(text, i, ws, we, (found = []), fields);
          memo.set(i, ws, we, found);
          for (let c = 0; c < found.length; c++) candidates.push(found[c]!);
        }
      } else if (list) for (let w = 0; w < list.starts.length; w++) runPatterns(text, i, list.starts[w]!, list.ends[w]!, candidates, fields);
      else runAtKeywords(text, i, starts[i]!, candidates, fields);
      if (profile) t0 = addTime(profile, detectors[i]!.id, t0);
    }

    const kept = resolveOverlaps(candidates.filter((c) => c.score >= minScore));
    const out: Finding[] = [];
    for (const c of kept) if (whole || (c.start >= from && c.start < to)) out.push(toFinding(text, c));
    return out;
  }

  /** A `find` detector over [lo, hi): its spans are scored and explained by the detector itself. */
  function runFinder(text: string, i: number, lo: number, hi: number, fields: FieldIndex, out: Candidate[]): void {
    const d = specs[i]!;
    for (const found of d.find!(text, { start: lo, end: hi, fields })) {
      if (found.end <= found.start || found.start < 0 || found.end > text.length) continue;
      if (allow(text.slice(found.start, found.end), d.type)) continue;
      // The finder's explanation is shared like a pattern's (`explain`): built-in finders have no custom label.
      const e = explain(i, found.pattern, false, found.near);
      out.push({ detector: i, start: found.start, end: found.end, score: Math.max(0, Math.min(1, found.score)), why: e.why, reason: e.reason });
    }
  }

  /** Patterns of detector `i` (those in the bit set `only`) over text[ws, we). */
  function runPatterns(text: string, i: number, ws: number, we: number, out: Candidate[], fields: FieldIndex, only = -1): void {
    const d = specs[i]!;
    const sub = ws === 0 && we === text.length ? text : text.slice(ws, we);
    const regexes = compiled[i]!;
    for (let p = 0; p < d.patterns.length; p++) {
      if ((only & (1 << p)) === 0) continue;
      const re = regexes[p]!;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sub))) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const candidate = fromMatch(text, i, p, m, ws, fields);
        if (candidate) out.push(candidate);
      }
    }
    if (d.match) {
      for (const [s, e] of d.match(sub)) {
        if (e <= s) continue;
        const value = sub.slice(s, e);
        const candidate = judge(text, d, i, value, ws + s, ws + e, value, d.custom ? 'custom' : 'finder', FINDER_SCORE, fields);
        if (candidate) out.push(candidate);
      }
    }
  }

  /** Patterns of a `lead` detector, tried as sticky regexes from `lead` chars before each keyword start. */
  function runAtKeywords(text: string, i: number, keywordStarts: readonly number[], out: Candidate[], fields: FieldIndex): void {
    const d = specs[i]!;
    const regexes = compiled[i]!;
    const reach = lead[i]!;
    for (let p = 0; p < d.patterns.length; p++) {
      const re = regexes[p]!;
      let covered = 0;
      for (const k of keywordStarts) {
        for (let at = Math.max(covered, k - reach); at <= k; at++) {
          re.lastIndex = at;
          const m = re.exec(text);
          if (!m || m[0].length === 0) continue;
          const candidate = fromMatch(text, i, p, m, 0, fields);
          if (candidate) out.push(candidate);
          covered = at + m[0].length;
          break;
        }
      }
    }
  }

  /** The candidate for match `m` of pattern `p` of detector `i`, found in text offset by `base`. */
  function fromMatch(text: string, i: number, p: number, m: RegExpExecArray, base: number, fields: FieldIndex): Candidate | null {
    const d = specs[i]!;
    const pattern = d.patterns[p]!;
    const group = pattern.group;
    const value = m[group];
    if (!value) return null;
    const offset = group === 0 ? 0 : groupOffset(i, p, m, group, value);
    const start = base + m.index + offset;
    return judge(text, d, i, value, start, start + value.length, m[0], pattern.name, pattern.score, fields);
  }

  function judge(
    text: string,
    d: DetectorSpec,
    i: number,
    value: string,
    start: number,
    end: number,
    match: string,
    patternName: string,
    baseScore: number,
    fields: FieldIndex,
  ): Candidate | null {
    if (d.secret && isPlaceholder(value)) return null;
    if (d.minEntropy >= 0 && shannonEntropy(value) < d.minEntropy) return null;
    if (allow(value, d.type)) return null;
    let score = baseScore;
    let checked = false;
    let near: string | undefined;
    if (d.validate) {
      const verdict = d.validate(value, new Info(match, patternName, text.slice(Math.max(0, start - 64), start), text.slice(end, end + 64), fields, start));
      if (verdict === false) return null;
      if (typeof verdict === 'number') score = verdict;
      checked = true;
    }
    const context = d.context;
    if (context) {
      // Near the value, else in its field's label (a column header however far above, a key, a tag).
      let word = contextHints[i]!.test(text.slice(Math.max(0, start - context.before), end + context.after))
        ? contextWordNear(text, start, end, context)
        : undefined;
      if (!word) {
        const label = fields.labelAt(start);
        if (label) word = labelWordIn(label, context.words);
      }
      if (word) {
        score = Math.min(1, score + context.boost);
        near = word;
      } else if (context.required) return null;
    }
    const e = explain(i, patternName, checked, near);
    return { detector: i, start, end, score, why: e.why, reason: e.reason };
  }

  /**
   * The explanation of a candidate of detector `i`: one shared, frozen object per (pattern, checked,
   * context word), with its English sentence built once. A why object per candidate and a sentence per
   * finding were a quarter of what a dense table allocated.
   */
  function explain(i: number, patternName: string, checked: boolean, near: string | undefined): Explained {
    let byPattern = explained[i]!.get(patternName);
    if (!byPattern) explained[i]!.set(patternName, (byPattern = [new Map(), new Map()]));
    const byNear = byPattern[checked ? 1 : 0]!;
    let e = byNear.get(near ?? '');
    if (!e) {
      const d = specs[i]!;
      const why: FindingWhy = Object.freeze(
        near === undefined && d.label === undefined
          ? { detector: d.id, pattern: patternName, checked }
          : { detector: d.id, pattern: patternName, checked, ...(near !== undefined && { near }), ...(d.label !== undefined && { customLabel: d.label }) },
      );
      e = { why, reason: englishReason(d.description, why) };
      byNear.set(near ?? '', e);
    }
    return e;
  }

  function toFinding(text: string, c: Candidate): Finding {
    const d = specs[c.detector]!;
    const value = text.slice(c.start, c.end);
    const preview = d.mask ? d.mask(value) : previewOf(value, d.category, d.preview);
    return new ScanFinding(d.type, d.category, d.severity, d.id, c.start, c.end, Math.round(c.score * 1000) / 1000, preview, c.reason, c.why);
  }

  return { detectors, scan, fieldsOf };
}

const NEVER = /(?!)/;

/** A regex that finds any of `words` (lower-case literals) in text of any case; or one that always matches. */
function contextHint(words: readonly string[]): RegExp {
  if (words.length === 0) return NEVER;
  if (words.some((w) => /[σςΣ]/.test(w))) return /(?:)/;
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/i/g, '[iİ]')).join('|'), 'iu');
}

/** Adds windows given as flat (detector, start, end) triples in any order, keeping each list sorted and merged. */
function addOutOfOrder(triples: readonly number[], windows: (WindowList | undefined)[], touched: number[]): void {
  const byDetector = new Map<number, [number, number][]>();
  for (let k = 0; k < triples.length; k += 3) {
    const i = triples[k]!;
    let list = byDetector.get(i);
    if (!list) byDetector.set(i, (list = []));
    list.push([triples[k + 1]!, triples[k + 2]!]);
  }
  for (const [i, extra] of byDetector) {
    const existing = windows[i];
    const all = extra.slice();
    if (existing) for (let w = 0; w < existing.starts.length; w++) all.push([existing.starts[w]!, existing.ends[w]!]);
    else touched.push(i);
    all.sort((a, b) => a[0] - b[0]);
    const merged = new WindowList();
    for (const [s, e] of all) merged.add(s, e);
    windows[i] = merged;
  }
}

/**
 * The columns opened in one text by header keywords (`Anchor.columns`), for range scans: a table's
 * header may lie any distance above the range, and its keyword hit opens the cells below it as in a
 * whole scan. Every keyword hit that starts before `upTo` has been looked up (`fields.columnBelow`) and
 * its column kept here, so a sliced scan, whose ranges go forward and whose keyword passes overlap,
 * looks each header up once and never searches the text above its range again; a range in the middle
 * of a new text (an incremental rescan) pays one keyword pass over the text above it.
 */
class ColumnOpenings {
  /** Keyword hits starting before this offset have been looked up. */
  upTo = 0;
  /** Every column detector's keyword hit before `upTo`, opening a column or not: (detector, start) pairs. */
  private readonly hits: number[] = [];
  private readonly detector: number[] = [];
  private readonly columns: ColumnCells[] = [];
  /** Detectors each column was opened for (a hit asked again, or a header named twice, adds nothing). */
  private readonly seen = new Map<ColumnCells, number[]>();

  constructor(public text: string) {}

  /**
   * Openings for `text` from those of a text it may begin like: the keyword hits that start in the
   * common beginning, far enough before its end that they read only chars of it (`KEYWORD_TAIL`), are
   * the same hits, so they are not searched for again, only looked up in `text`'s own field index (rows
   * typed under a header make its column). Typing at the end of a 1 MB table searched the megabyte
   * above the edit for header words on every pause (~7 ms).
   */
  static carried(from: ColumnOpenings, text: string, fields: FieldIndex): ColumnOpenings {
    const o = new ColumnOpenings(text);
    const upTo = commonPrefix(from.text, text, from.upTo) - KEYWORD_TAIL;
    if (upTo <= 0) return o;
    for (let k = 0; k < from.hits.length; k += 2) if (from.hits[k + 1]! < upTo) o.ask(from.hits[k]!, from.hits[k + 1]!, fields);
    o.upTo = upTo;
    return o;
  }

  /** Looks up the keyword hit of `detector` at `start` and opens the column below it, if any. */
  ask(detector: number, start: number, fields: FieldIndex): void {
    this.hits.push(detector, start);
    this.open(detector, fields.columnBelow(start));
  }

  private open(detector: number, cells: ColumnCells | undefined): void {
    if (!cells) return;
    const by = this.seen.get(cells);
    if (by?.includes(detector)) return;
    if (by) by.push(detector);
    else this.seen.set(cells, [detector]);
    this.detector.push(detector);
    this.columns.push(cells);
  }

  /**
   * The opened cells overlapping [lo, hi), clipped to it, as flat (detector, start, end) triples. Only
   * the rows of [lo, hi) are read: the first range of a 6,000-row table splits its own rows, not all.
   */
  cellsIn(lo: number, hi: number): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.columns.length; k++) {
      const column = this.columns[k]!;
      if (column.end <= lo || column.start >= hi) continue;
      for (const c of column.cellsIn(lo, hi)) out.push(this.detector[k]!, Math.max(lo, c.start), Math.min(hi, c.end));
    }
    return out;
  }
}

/**
 * What a validator sees. A class with a `label` method, not an object literal with a `label` arrow: a
 * closure per validated candidate, which under tsx (the bench, the CLI: esbuild's keepNames) is also a
 * `__name` defineProperty call, took ~15% of a 10 MB scan's profile.
 */
class Info implements MatchInfo {
  // `declare`d and assigned in the constructor: emitted class fields (define semantics) cost more per object.
  declare readonly match: string;
  declare readonly pattern: string;
  declare readonly before: string;
  declare readonly after: string;
  declare readonly fields: FieldIndex;
  declare readonly start: number;

  constructor(match: string, pattern: string, before: string, after: string, fields: FieldIndex, start: number) {
    this.match = match;
    this.pattern = pattern;
    this.before = before;
    this.after = after;
    this.fields = fields;
    this.start = start;
  }

  label(): string | undefined {
    return this.fields.labelAt(this.start);
  }
}

function addTime(profile: Map<string, number>, key: string, since: number): number {
  const now = performance.now();
  profile.set(key, (profile.get(key) ?? 0) + now - since);
  return now;
}

let defaultScanner: Scanner | undefined;

/** Scans with every built-in detector and default options. */
export function scan(text: string): Finding[] {
  defaultScanner ??= createScanner(ALL_DETECTORS);
  return defaultScanner.scan(text);
}

/** The engine's English explanation (the CLI prints it; the UIs word `why` in the user's language). */
function englishReason(description: string, why: FindingWhy): string {
  let reason = `${description} (pattern "${why.pattern}")`;
  if (why.checked) reason += '; passed its check';
  if (why.near !== undefined) reason += `; near "${why.near}"`;
  return reason;
}
