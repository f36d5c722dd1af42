import type { Anchor, Detector, SpanOffer } from './types';
import { GroupShape, NUMERIC_SPAN, countDigits, hasGroups, isDottedQuad } from './numeric-spans';

type NumericAnchor = Extract<Anchor, { numeric: unknown }>['numeric'];

/** Numeric spans with more digits than this are offered to nobody (no detector is that long). */
const MAX_NUMERIC_DIGITS = 64;
/**
 * A span with separators may hold more digits than the value inside it: `4111 1111 1111 1111 12/26`
 * is one span of 20 digits holding a 16-digit card. Such spans are offered to detectors up to this
 * many digits over their maximum. A bare digit run can only hold a value of its own length.
 */
const NUMERIC_SLACK = 4;
/** Chars around a span that numeric detectors see (IBAN country code, NINO and DNI letters…). */
const NUMERIC_MARGIN = 16;
/** Chars after a range that its lexer reads (see `windows`): more than 3 × MAX_NUMERIC_DIGITS + 2. */
const LEX_TAIL = 256;
/** Numeric detectors are numbered in groups of 31, so a span's subscribers fit in one int32 per group. */
export const NUMERIC_GROUP = 31;
const GROUP = NUMERIC_GROUP;

/** Merged windows around numeric spans, with, per window and group, the mask of detectors offered it. */
export interface NumericWindows {
  readonly starts: number[];
  readonly ends: number[];
  readonly masks: number[][];
}

/**
 * Lexes numeric spans once for all numeric detectors and decides, with a few integer operations per
 * span, which detectors each span is offered to: logs and CSV hold hundreds of thousands of numbers.
 */
export class NumericDispatch {
  /** Per slot (bit of the masks, in subscription order): the detector's index into the scanner's list. */
  readonly detectors: number[] = [];
  /** Per slot: the detector's patterns it runs, as a bit set by pattern index (-1: all). */
  readonly patterns: number[] = [];
  private readonly separated: Int32Array[] = [];
  private readonly bare: Int32Array[] = [];
  /** Subscribers to spans shaped like an IPv4 address (see `dottedQuads` in types.ts). */
  private readonly quads: Int32Array[] = [];
  /**
   * Each distinct `offer` rule once, with per group the detectors that declare it: eleven ID and card
   * detectors share one, and a span is asked each rule once.
   */
  private readonly rules: SpanOffer[] = [];
  /** Per group, per rule, the detectors that declare it; and per group, all of them. */
  private readonly ruleMasks: number[][] = [];
  private readonly ruled: number[] = [];
  /**
   * Per slot, the digit groups its patterns match (`groups`), tested here on the span's groups (read
   * once per span) rather than by a rule per detector: a table row asks ten ID detectors about each
   * of its spans. Per group, the slots that have them.
   */
  private readonly shapes: (GroupShape[] | undefined)[] = [];
  private readonly grouped: number[] = [];

  constructor(detectors: readonly Detector[]) {
    detectors.forEach((d, i) => {
      if (!('numeric' in d.anchor)) return;
      // A detector whose patterns declare digit groups of their own gets one slot per pattern: a table
      // row offers a card's window to all five card patterns, and its card fits one of them.
      const anchor = d.anchor.numeric;
      if (!d.patterns.some((p) => p.groups)) this.subscribe(i, anchor, -1, anchor.groups);
      else d.patterns.forEach((p, k) => this.subscribe(i, anchor, 1 << k, p.groups ?? anchor.groups));
    });
  }

  /** Adds a slot: detector `i`'s patterns in the bit set `patterns` (-1: all), offered spans by `anchor` and `groups`. */
  private subscribe(i: number, anchor: NumericAnchor, patterns: number, groups?: readonly (readonly number[])[]): void {
    const n = this.detectors.length;
    const group = Math.floor(n / GROUP);
    const bit = 1 << n % GROUP;
    this.detectors.push(i);
    this.patterns.push(patterns);
    const separated = (this.separated[group] ??= new Int32Array(MAX_NUMERIC_DIGITS + 1));
    const bare = (this.bare[group] ??= new Int32Array(MAX_NUMERIC_DIGITS + 1));
    const quads = (this.quads[group] ??= new Int32Array(MAX_NUMERIC_DIGITS + 1));
    const { minDigits, maxDigits, needsSeparator, slack = NUMERIC_SLACK, dottedQuads } = anchor;
    this.addRule(anchor.offer, group, bit);
    this.shapes.push(groups?.map((sizes) => new GroupShape(sizes)));
    if (groups) this.grouped[group] = (this.grouped[group] ?? 0) | bit;
    const from = Math.max(1, minDigits);
    for (let k = from; k <= Math.min(maxDigits + slack, MAX_NUMERIC_DIGITS); k++) {
      separated[k]! |= bit;
      if (dottedQuads) quads[k]! |= bit;
    }
    if (!needsSeparator) for (let k = from; k <= Math.min(maxDigits, MAX_NUMERIC_DIGITS); k++) bare[k]! |= bit;
  }

  /**
   * Calls `add(detectorIndex, start, end)` for every window a numeric detector must run on, for the
   * spans starting in [from, to); each detector sees its windows in text order.
   */
  forEachWindow(text: string, add: (detector: number, start: number, end: number) => void, from = 0, to = text.length): void {
    if (this.detectors.length === 0) return;
    const spans = this.windows(text, from, to);
    for (let w = 0; w < spans.starts.length; w++) {
      const offered: number[] = [];
      this.eachOffered(spans.masks, w, offered);
      for (const i of offered) add(i, spans.starts[w]!, spans.ends[w]!);
    }
  }

  /** Adds to `out` the detectors offered window `w` of `masks` (-1: any window), each once, in slot order. */
  eachOffered(masks: readonly (readonly number[])[], w: number, out: number[]): void {
    let last = -1;
    for (let g = 0; g < masks.length; g++) {
      let mask = 0;
      if (w >= 0) mask = masks[g]![w]!;
      else for (const m of masks[g]!) mask |= m;
      // Only the set bits: most spans are offered to one or two detectors. A detector's slots are consecutive.
      while (mask !== 0) {
        const bit = mask & -mask;
        const i = this.detectors[g * GROUP + 31 - Math.clz32(bit)]!;
        if (i !== last) out.push((last = i));
        mask ^= bit;
      }
    }
  }

  /** Detector index → its slots as flat [group, bit, patterns] triples, or undefined for detectors that are not numeric. */
  slotsOf(detector: number): readonly number[] | undefined {
    const out: number[] = [];
    this.detectors.forEach((i, n) => {
      if (i === detector) out.push(Math.floor(n / GROUP), 1 << n % GROUP, this.patterns[n]!);
    });
    return out.length ? out : undefined;
  }

  /**
   * The merged windows around the numeric spans starting in [from, to), with per group the mask of
   * detectors each is offered to. Windows are disjoint and sorted, so a detector's own windows are
   * exactly the ones whose mask has its bit (what `forEachWindow` hands out one by one).
   */
  windows(text: string, from = 0, to = text.length): NumericWindows {
    const starts: number[] = [];
    const ends: number[] = [];
    const groups = this.separated.length;
    const masks: number[][] = Array.from({ length: groups }, () => []);
    const re = NUMERIC_SPAN;
    // A range is lexed in a slice of the text: run over the whole text, the search for the span after
    // the range's last one reads on to the next digit, up to the end of a text without digits (a 10 MB
    // paste of prose cost O(length − from) per range). The slice starts two chars before `from` (the
    // span's `(?<!\d\d)` lookbehind) and ends LEX_TAIL after `to`. Exact: the regex has no lookahead,
    // so a span the slice cuts short still runs to the slice's end (less a trailing separator), and one
    // that starts before `to` then has over (LEX_TAIL − 2) / 3 > MAX_NUMERIC_DIGITS digits (a span has a
    // digit every third char at least): it is offered to nobody, cut or not. Dates are too short to be cut.
    const whole = from <= 0 && to >= text.length;
    const base = whole ? 0 : Math.max(0, from - 2);
    const sub = whole ? text : text.slice(base, Math.min(text.length, to + LEX_TAIL));
    const subTo = to - base;
    re.lastIndex = from - base;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sub)) && m.index < subTo) {
      if (m[1] !== undefined) continue; // an ISO date or timestamp
      const start = m.index + base;
      const end = start + m[0].length;
      const digits = countDigits(text, start, end);
      if (digits > MAX_NUMERIC_DIGITS) continue;
      const table = digits === end - start ? this.bare : digits <= 12 && isDottedQuad(text, start, end) ? this.quads : this.separated;
      let any = 0;
      for (let g = 0; g < groups; g++) any |= table[g]![digits]!;
      if (any === 0) continue;
      // Not clipped to the line: patterns treat a newline as the boundary it is, and finding line
      // ends for hundreds of thousands of numbers costs more than it saves.
      const ws = Math.max(0, start - NUMERIC_MARGIN);
      const we = Math.min(text.length, end + NUMERIC_MARGIN);
      // Windows are shaped by the digit count alone, `offer` rules only clear bits: a detector runs on
      // the same slices of the text wherever it still runs.
      const last = ends.length - 1;
      const merge = last >= 0 && ws <= ends[last]!;
      if (merge) {
        if (we > ends[last]!) ends[last] = we;
      } else {
        starts.push(ws);
        ends.push(we);
      }
      for (let g = 0; g < groups; g++) {
        const had = merge ? masks[g]![last]! : 0;
        const mask = had | this.accepted(g, table[g]![digits]! & ~had, text, start, end, digits);
        if (merge) masks[g]![last] = mask;
        else masks[g]!.push(mask);
      }
    }
    return { starts, ends, masks };
  }

  /**
   * `offered` (a group's mask) less the detectors whose `offer` rule refuses the span. Asked only for
   * detectors its window does not run already: in a table row most are.
   */
  private accepted(g: number, offered: number, text: string, start: number, end: number, digits: number): number {
    if ((offered & this.ruled[g]!) !== 0) {
      const masks = this.ruleMasks[g]!;
      for (let r = 0; r < masks.length; r++) {
        const asked = offered & masks[r]!;
        if (asked !== 0 && !this.rules[r]!(text, start, end, digits)) offered ^= asked;
      }
    }
    let ask = offered & (this.grouped[g] ?? 0);
    while (ask !== 0) {
      const bit = ask & -ask;
      if (!this.holdsGroups(g * GROUP + 31 - Math.clz32(bit), text, start, end)) offered ^= bit;
      ask ^= bit;
    }
    return offered;
  }

  private holdsGroups(slot: number, text: string, start: number, end: number): boolean {
    const shapes = this.shapes[slot]!;
    for (let k = 0; k < shapes.length; k++) if (hasGroups(text, start, end, shapes[k]!)) return true;
    return false;
  }

  private addRule(offer: SpanOffer | undefined, group: number, bit: number): void {
    const masks = (this.ruleMasks[group] ??= this.rules.map(() => 0));
    this.ruled[group] = (this.ruled[group] ?? 0) | (offer ? bit : 0);
    if (!offer) return;
    let r = this.rules.indexOf(offer);
    if (r < 0) {
      r = this.rules.push(offer) - 1;
      for (const m of this.ruleMasks) m.push(0);
    }
    masks[r]! |= bit;
  }
}

/** The patterns of a detector (its `slotsOf`) that window `w` is offered to, as a bit set by pattern index; 0 for none. */
export function patternsAt(slots: readonly number[], masks: readonly (readonly number[])[], w: number): number {
  let only = 0;
  for (let k = 0; k < slots.length; k += 3) if ((masks[slots[k]!]![w]! & slots[k + 1]!) !== 0) only |= slots[k + 2]!;
  return only;
}
