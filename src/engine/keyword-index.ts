import { HitBuffer, INITIAL_HITS, Runs, type HitList } from './keyword-hits';

export type { HitList } from './keyword-hits';

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
 * Hits are gathered in typed arrays kept between texts (keyword-hits.ts): dense input finds one every
 * few chars.
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
/** Slots of the recent-spellings cache (a power of two). */
const RECENT_SPELLINGS = 256;

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
  /** Detector list ids of the pass's capture groups: group g+1 is trigger g. */
  readonly triggers: readonly number[];
}

export class KeywordIndex {
  private readonly byKeyword = new Map<string, number[]>();
  /** The word-start pass of letter-led keywords: the one with most hits, merged with the others as it runs. */
  private words: RegExp | undefined;
  /** The other passes: digit-led keywords, camelCase, after `_` and punctuation. */
  private readonly passes: Pass[] = [];
  /** Matched text (lower-cased) → id of the detectors of every keyword inside it; filled on first sight. */
  private readonly expanded = new Map<string, number>();
  /** A direct-mapped cache of spellings matched lately and their list ids (see `detectorsOf`). */
  private readonly recentSpellings: string[] = new Array<string>(RECENT_SPELLINGS).fill('');
  private readonly recentIds = new Int32Array(RECENT_SPELLINGS);
  /** Detector lists by id: one per distinct lower-cased match, and one per trigger. */
  private readonly lists: (readonly number[])[] = [];
  /** Per list id: 0 not checked yet, 1 joinable, 2 not (see `joinable`). */
  private joinableIds = new Uint8Array(64);
  /** The other passes' hits and the merged hits of the last text (see HitBuffer.reset). */
  private readonly runs = new Runs();
  private readonly out = new HitBuffer(INITIAL_HITS);

  /** Detectors that must see every hit's own position (their patterns start at the keyword: `lead`). */
  private readonly everyHit: ReadonlySet<number>;

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
      if (letterLed.length) this.words = new RegExp(`\\b${trieSource(letterLed)}`, 'gi');
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
    if (alternatives.length) this.addPass(new RegExp(alternatives.join('|'), 'gi'), 'underscore', triggers.map((t) => this.addList(t.detectors)));
  }

  private addPass(regex: RegExp, lead: Lead, triggers: readonly number[] = []): void {
    this.passes.push({ regex, lead, triggers });
  }

  private addList(list: readonly number[]): number {
    this.lists.push(list);
    return this.lists.length - 1;
  }

  /** Whether consecutive hits with this detector list may be joined into one (no `lead` detector in it). */
  private joinable(id: number): boolean {
    if (id >= this.joinableIds.length) {
      const more = new Uint8Array(Math.max(id + 1, this.joinableIds.length * 2));
      more.set(this.joinableIds);
      this.joinableIds = more;
    }
    let verdict = this.joinableIds[id]!;
    if (verdict === 0) {
      verdict = 1;
      for (const d of this.lists[id]!) if (this.everyHit.has(d)) verdict = 2;
      this.joinableIds[id] = verdict;
    }
    return verdict === 1;
  }

  /** Id of the detectors of every keyword inside `matched` (a hit on `rapidapi` also triggers those keyed on `api`). */
  private detectorsOf(matched: string): number {
    // The recent spellings first, by length and end chars: a Map lookup hashes each new match string,
    // which was a fifth of the keyword pass on dense input (keyword-soup). Then the exact text: dense
    // input repeats the same hit, and lower-casing each one costs more than the lookup.
    const n = matched.length;
    const slot = (n * 7 + matched.charCodeAt(0) * 31 + matched.charCodeAt(n - 1)) & (RECENT_SPELLINGS - 1);
    if (this.recentSpellings[slot] === matched) return this.recentIds[slot]!;
    const id = this.lookUp(matched);
    this.recentSpellings[slot] = matched;
    this.recentIds[slot] = id;
    return id;
  }

  private lookUp(matched: string): number {
    const exact = this.expanded.get(matched);
    if (exact !== undefined) return exact;
    const key = matched.toLowerCase();
    let id = this.expanded.get(key);
    if (id !== undefined && this.expanded.size < MAX_CACHED_SPELLINGS) this.expanded.set(matched, id);
    if (id === undefined) {
      const merged = new Set<number>();
      for (const [keyword, detectors] of this.byKeyword) if (key.includes(keyword)) for (const d of detectors) merged.add(d);
      id = this.addList([...merged]);
      this.expanded.set(key, id);
      if (this.expanded.size < MAX_CACHED_SPELLINGS) this.expanded.set(matched, id);
    }
    return id;
  }

  /**
   * Every keyword occurrence starting in [from, to), sorted by start (no object per hit: hostile input
   * such as `a@` repeated produces half a million hits). Its arrays are reused: valid until the next call.
   */
  findHits(text: string, from = 0, to = text.length): HitList {
    // A range scan searches its range only: a regex run from `from` over the whole text looks for its next
    // hit up to the end of the text, so each range cost O(length − from) (a 1 MB text scanned in 32 KB
    // ranges spent 20× more here than scanned whole). The char before `from` is kept for `\b` and the
    // camelCase pass's lead char; a hit that starts before `to` ends within KEYWORD_TAIL.
    if (from > 0 || to < text.length) {
      const base = Math.max(0, from - 1);
      const hits = this.hitsIn(text.slice(base, Math.min(text.length, to + KEYWORD_TAIL)), from - base, to - base);
      if (base > 0) for (let h = 0; h < hits.length; h++) (hits.starts[h] += base), (hits.ends[h] += base);
      return hits;
    }
    return this.hitsIn(text, from, to);
  }

  private hitsIn(text: string, from: number, to: number): HitList {
    // The other passes' hits, one sorted run per pass.
    const runs = this.runs;
    runs.reset();
    const others = runs.hits;
    for (const { regex: re, lead, triggers } of this.passes) {
      const first = others.length;
      // A match may carry one char before its hit (the camelCase lead, `_`): a hit at `from` starts its match at `from - 1`.
      re.lastIndex = lead === 0 ? from : Math.max(0, from - 1);
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) && m.index < to) {
        let id = -1;
        for (let g = 0; g < triggers.length && id < 0; g++) if (m[g + 1] !== undefined) id = triggers[g]!;
        // The whole match, lead char included: `_key` and `xToken` contain the keywords they hit.
        if (id < 0) id = this.detectorsOf(m[0]);
        if (!this.lists[id]!.length) continue;
        const skip = lead === 'underscore' ? (m[0].charCodeAt(0) === 95 ? 1 : 0) : lead;
        const start = m.index + skip;
        if (start < from || start >= to) continue;
        this.add(others, text, start, m.index + m[0].length, id, others.length > first ? others.length - 1 : -1);
      }
      runs.close();
    }
    runs.start();
    const out = this.out;
    out.reset();
    if (this.words) this.wordHits(text, from, to, runs, out);
    runs.moveTo(out, Infinity);
    return { length: out.length, starts: out.starts, ends: out.ends, ids: out.ids, lists: this.lists };
  }

  /**
   * The letter-led word-start hits, merged as they are found with the other passes' runs (on a tie
   * the word-start hit first, then the passes in order, as the pass lists were merged before).
   */
  private wordHits(text: string, from: number, to: number, runs: Runs, out: HitBuffer): void {
    const re = this.words!;
    let last = -1;
    // The last spelling matched and its id: a run of one keyword (`"password":"x",` repeated) skips the cache.
    let spelling = '';
    let spellingId = -1;
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) && m.index < to) {
      const start = m.index;
      const matched = m[0];
      if (matched !== spelling) {
        spellingId = this.detectorsOf(matched);
        spelling = matched;
      }
      const id = spellingId;
      // The other passes' hits before this one (a comparison per hit: most texts have few).
      if (runs.next < start) runs.moveTo(out, start);
      if (!this.lists[id]!.length) continue;
      if (!this.add(out, text, start, start + matched.length, id, last)) last = out.length - 1;
    }
  }

  /**
   * Adds a hit to `list`, whose hit at `last` is the previous one of the same pass (-1: none); true
   * when it joined it instead. A run of the same keyword hits (`password=password=…`, a dense line of
   * prefixes) becomes one hit: windows reach further than MAX_RUN_GAP on both sides, so they are the
   * same either way. Not for detectors that need every hit's position (`lead`), nor across a line break.
   */
  private add(list: HitBuffer, text: string, start: number, end: number, id: number, last: number): boolean {
    if (last >= 0 && list.ids[last] === id && start - list.ends[last]! <= MAX_RUN_GAP && this.joinable(id) && !newlineIn(text, list.ends[last]!, start)) {
      if (end > list.ends[last]!) list.ends[last] = end;
      return true;
    }
    list.push(start, end, id);
    return false;
  }
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
