/**
 * Finds every detector keyword in a text (gitleaks-style prefilter: keywords are case-insensitive
 * literals; a detector's patterns run only where one of its keywords occurs).
 *
 * Speed: one V8 regex over hundreds of literals is slow when it is tried at every position
 * (~180 MB/s measured). Two things make it several times faster:
 * - the literals are merged into a trie-shaped regex, so a position is rejected after one or two chars;
 * - word-like keywords are only tried where a word starts (`\b`) or after `_` (inside
 *   `MY_DATADOG_KEY`), which V8 checks before entering the alternation.
 * Keywords that start with punctuation (`@`, `-----begin`, `://`) get their own small regex, and
 * camelCase identifiers (`dbPassword`, `clientSecret`) a pass that starts at an upper-case letter
 * right after a lower-case letter or digit.
 * Trade-off: a keyword glued to lower-case letters before it (`mypassword`) is not seen.
 */
/**
 * Hits this close are joined (same pass, same detectors). Every window reaches at least this far on
 * both sides of a hit (a detector's window reach is its maxLength, never under 8), so joined or not the
 * merged windows are identical.
 */
const MAX_RUN_GAP = 8;

/** Longest text a keyword or trigger match can span (keywords are short literals, triggers a few chars). */
export const KEYWORD_TAIL = 512;

function newlineIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Bound on cached spellings (`Password`, `PASSWORD`, …): mixed-case hostile input must not grow it forever. */
const MAX_CACHED_SPELLINGS = 20_000;

export interface KeywordEntry {
  readonly keywords?: readonly string[];
  /** Regexes found in the punctuation pass (see `Anchor`): no capture groups, a rare first char. */
  readonly triggers?: readonly RegExp[];
  readonly detector: number;
}

/** Chars a match carries before its keyword: a count, or one when the match starts with `_`. */
type Lead = 0 | 1 | 'underscore';

interface Pass {
  readonly regex: RegExp;
  readonly lead: Lead;
  /** Detector lists of the pass's capture groups: group g+1 is trigger g. */
  readonly triggers: readonly (readonly number[])[];
}

export class KeywordIndex {
  private readonly byKeyword = new Map<string, number[]>();
  private readonly passes: Pass[] = [];
  /** Matched text (lower-cased) → detectors of every keyword inside it; filled on first sight. */
  private readonly expanded = new Map<string, readonly number[]>();

  /** Detectors that must see every hit's own position (their patterns start at the keyword: `lead`). */
  private readonly everyHit: ReadonlySet<number>;
  /** Detector lists that may be joined (no `lead` detector in them); a Set lookup per hit, not a WeakMap. */
  private readonly joinableLists = new Set<readonly number[]>();
  private readonly checkedLists = new Set<readonly number[]>();

  constructor(entries: readonly KeywordEntry[], everyHit: ReadonlySet<number> = new Set()) {
    this.everyHit = everyHit;
    const triggers: { source: string; detectors: number[] }[] = [];
    for (const { keywords = [], triggers: regexes = [], detector } of entries) {
      for (const raw of keywords) {
        const keyword = raw.toLowerCase();
        if (!keyword) continue;
        const list = this.byKeyword.get(keyword) ?? [];
        if (!list.includes(detector)) list.push(detector);
        this.byKeyword.set(keyword, list);
      }
      for (const regex of regexes) {
        if (new RegExp(`${regex.source}|`).exec('')!.length !== 1) {
          throw new Error(`Trigger /${regex.source}/ of detector ${detector} must not have capture groups.`);
        }
        const same = triggers.find((t) => t.source === regex.source);
        if (same) same.detectors.push(detector);
        else triggers.push({ source: regex.source, detectors: [detector] });
      }
    }
    const keywords = [...this.byKeyword.keys()];
    const wordLike = keywords.filter((k) => /^[a-z0-9]/.test(k));
    // `_key`, `_pass`: found by the `_` pass (V8 skips to each `_` fast), not by the punctuation pass.
    const underscored = keywords.filter((k) => /^_[a-z0-9]/.test(k)).map((k) => k.slice(1));
    const other = keywords.filter((k) => !/^_?[a-z0-9]/.test(k));
    if (wordLike.length) {
      // Letter-led and digit-led keywords in separate passes: V8 scans a trie whose first chars are
      // exactly the letters (a case-insensitive [a-z]) much faster than one whose first chars are the
      // letters plus a digit. The one digit-led keyword (`4b1d`) cost 26% of the word-start pass on
      // realistic text; its own pass costs a quarter of that. Hits of the two never start at the same place.
      const letterLed = wordLike.filter((k) => /^[a-z]/.test(k));
      const digitLed = wordLike.filter((k) => /^[0-9]/.test(k));
      if (letterLed.length) this.addPass(new RegExp(`\\b${trieSource(letterLed)}`, 'gi'), 0);
      if (digitLed.length) this.addPass(new RegExp(`\\b${trieSource(digitLed)}`, 'gi'), 0);
      const camel = wordLike.filter((k) => /^[a-z]{3}/.test(k));
      // Case-sensitive on purpose: the keyword's first letter must be upper case, the rest any case.
      if (camel.length) this.addPass(new RegExp(`[a-z0-9]${trieSource(camel, 'camel')}`, 'g'), 1);
    }
    // One pass for everything that starts on a rarer char: keywords after `_` (`MY_DATADOG_KEY`, and
    // `_key`, `_pass`), keywords that start with punctuation, and triggers. V8 skips to those chars fast;
    // one pass over the text instead of two saved ~1 µs per 2 KB prompt. `_` is a literal, not a
    // lookbehind: a lookbehind is tried at every position.
    const alternatives = [
      ...(wordLike.length || underscored.length ? [`_${trieSource([...new Set([...wordLike, ...underscored])])}`] : []),
      ...(other.length ? [trieSource(other)] : []),
      ...triggers.map((t) => `(${t.source})`),
    ];
    // Lookups use the whole match, `_` included, so `_key` finds the detectors keyed on `_key`; the hit
    // itself starts after the `_`.
    if (alternatives.length) this.addPass(new RegExp(alternatives.join('|'), 'gi'), 'underscore', triggers.map((t) => t.detectors));
  }

  private addPass(regex: RegExp, lead: Lead, triggers: readonly (readonly number[])[] = []): void {
    this.passes.push({ regex, lead, triggers });
  }

  /** Whether consecutive hits with this detector list may be joined into one (no `lead` detector in it). */
  private joinable(list: readonly number[]): boolean {
    if (this.joinableLists.has(list)) return true;
    if (this.checkedLists.has(list)) return false;
    this.checkedLists.add(list);
    let ok = true;
    for (let k = 0; k < list.length; k++) if (this.everyHit.has(list[k]!)) ok = false;
    if (ok) this.joinableLists.add(list);
    return ok;
  }

  /** Detectors of every keyword inside `matched` (a hit on `rapidapi` also triggers those keyed on `api`). */
  private detectorsOf(matched: string): readonly number[] {
    // Exact text first: dense input repeats the same hit, and lower-casing each one costs more than the lookup.
    const exact = this.expanded.get(matched);
    if (exact) return exact;
    const key = matched.toLowerCase();
    let list = this.expanded.get(key);
    if (list && this.expanded.size < MAX_CACHED_SPELLINGS) this.expanded.set(matched, list);
    if (!list) {
      const merged = new Set<number>();
      for (const [keyword, detectors] of this.byKeyword) if (key.includes(keyword)) for (const d of detectors) merged.add(d);
      list = [...merged];
      this.expanded.set(key, list);
      if (this.expanded.size < MAX_CACHED_SPELLINGS) this.expanded.set(matched, list);
    }
    return list;
  }

  /**
   * Every keyword occurrence starting in [from, to), sorted by start, as three parallel arrays (no object per hit: hostile input
   * such as `a@` repeated produces half a million hits). `detectors[h]` lists the detectors of hit `h`.
   */
  findHits(text: string, from = 0, to = text.length): HitList {
    // A range scan searches its range only: a regex run from `from` over the whole text looks for its next
    // hit up to the end of the text, so each range cost O(length − from) (a 1 MB text scanned in 32 KB
    // ranges spent 20× more here than scanned whole). The char before `from` is kept for `\b` and the
    // camelCase pass's lead char; a hit that starts before `to` ends within KEYWORD_TAIL.
    if (from > 0 || to < text.length) {
      const base = Math.max(0, from - 1);
      const hits = this.hitsIn(text.slice(base, Math.min(text.length, to + KEYWORD_TAIL)), from - base, to - base);
      if (base > 0) for (let h = 0; h < hits.starts.length; h++) (hits.starts[h] += base), (hits.ends[h] += base);
      return hits;
    }
    return this.hitsIn(text, from, to);
  }

  private hitsIn(text: string, from: number, to: number): HitList {
    const found: HitList[] = [];
    for (const { regex: re, lead, triggers } of this.passes) {
      const pass: HitList = { starts: [], ends: [], detectors: [] };
      // A match may carry one char before its hit (the camelCase lead, `_`): a hit at `from` starts its match at `from - 1`.
      re.lastIndex = lead === 0 ? from : Math.max(0, from - 1);
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) && m.index < to) {
        let detectors: readonly number[] | undefined;
        for (let g = 0; g < triggers.length && !detectors; g++) if (m[g + 1] !== undefined) detectors = triggers[g];
        // The whole match, lead char included: `_key` and `xToken` contain the keywords they hit.
        detectors ??= this.detectorsOf(m[0]);
        if (!detectors.length) continue;
        const skip = lead === 'underscore' ? (m[0].charCodeAt(0) === 95 ? 1 : 0) : lead;
        const start = m.index + skip;
        if (start < from || start >= to) continue;
        const end = m.index + m[0].length;
        const last = pass.starts.length - 1;
        // A run of the same keyword hits (`password=password=…`, a dense line of prefixes) becomes one
        // hit: windows reach further than MAX_RUN_GAP on both sides, so they are the same either way.
        // Not for detectors that need every hit's position (`lead`), nor across a line break.
        if (last >= 0 && pass.detectors[last] === detectors && start - pass.ends[last]! <= MAX_RUN_GAP && this.joinable(detectors) && !newlineIn(text, pass.ends[last]!, start)) {
          if (end > pass.ends[last]!) pass.ends[last] = end;
          continue;
        }
        pass.starts.push(start);
        pass.ends.push(end);
        pass.detectors.push(detectors);
      }
      if (pass.starts.length) found.push(pass);
    }
    return mergeSorted(found);
  }
}

/** Parallel arrays of keyword hits. */
export interface HitList {
  readonly starts: number[];
  readonly ends: number[];
  readonly detectors: (readonly number[])[];
}

/**
 * Merges hit lists that are each sorted by start (one per regex pass) into one sorted list: pairwise,
 * with tight two-pointer loops (dense input such as a line of provider prefixes yields ~200 k hits per
 * MB, and a general k-way merge cost more than finding them).
 */
function mergeSorted(passes: HitList[]): HitList {
  if (passes.length === 0) return { starts: [], ends: [], detectors: [] };
  let merged = passes[0]!;
  for (let p = 1; p < passes.length; p++) merged = mergeTwo(merged, passes[p]!);
  return merged;
}

function mergeTwo(a: HitList, b: HitList): HitList {
  const na = a.starts.length;
  const nb = b.starts.length;
  const n = na + nb;
  // Filled by index, sized once: growing three arrays by push cost more than the comparisons.
  const starts = new Array<number>(n);
  const ends = new Array<number>(n);
  const detectors = new Array<readonly number[]>(n);
  let i = 0;
  let j = 0;
  for (let k = 0; k < n; k++) {
    // Ties keep `a` first: earlier passes (word starts) before later ones.
    if (j >= nb || (i < na && a.starts[i]! <= b.starts[j]!)) {
      starts[k] = a.starts[i]!;
      ends[k] = a.ends[i]!;
      detectors[k] = a.detectors[i++]!;
    } else {
      starts[k] = b.starts[j]!;
      ends[k] = b.ends[j]!;
      detectors[k] = b.detectors[j++]!;
    }
  }
  return { starts, ends, detectors };
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * A regex source equivalent to `k1|k2|…` that shares prefixes: `ab(?:c|d)` instead of `abc|abd`.
 * With `camel`, for a case-sensitive regex: the first letter upper case, the others in either case.
 */
export function trieSource(keywords: readonly string[], casing: 'as-is' | 'camel' = 'as-is'): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const k of keywords) {
    let node = root;
    for (const ch of k) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const letter = (ch: string, first: boolean) => {
    if (casing === 'as-is' || !/[a-z]/.test(ch)) return escapeRegex(ch);
    return first ? ch.toUpperCase() : `[${ch}${ch.toUpperCase()}]`;
  };
  const emit = (node: TrieNode, first = false): string => {
    const branches = [...node.next].map(([ch, child]) => letter(ch, first) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return `(?:${emit(root, true)})`;
}
