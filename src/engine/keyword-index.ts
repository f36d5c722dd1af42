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
export class KeywordIndex {
  private readonly byKeyword = new Map<string, number[]>();
  private readonly regexes: RegExp[] = [];
  /** Per regex: chars its matches carry before the keyword (the `_` and camelCase passes match one). */
  private readonly leads: number[] = [];

  constructor(entries: ReadonlyArray<{ readonly keywords: readonly string[]; readonly detector: number }>) {
    for (const { keywords, detector } of entries) {
      for (const raw of keywords) {
        const keyword = raw.toLowerCase();
        if (!keyword) continue;
        const list = this.byKeyword.get(keyword) ?? [];
        if (!list.includes(detector)) list.push(detector);
        this.byKeyword.set(keyword, list);
      }
    }
    const keywords = [...this.byKeyword.keys()];
    // The regex reports the longest keyword at a position; a hit on `rapidapi` or `sk-ant-` must also
    // trigger the detectors keyed on a keyword inside it (`api`, `sk-`).
    const expanded = new Map<string, number[]>();
    for (const keyword of keywords) {
      const merged = new Set(this.byKeyword.get(keyword));
      for (const other of keywords) {
        if (other.length < keyword.length && keyword.includes(other)) for (const d of this.byKeyword.get(other)!) merged.add(d);
      }
      expanded.set(keyword, [...merged]);
    }
    for (const [k, v] of expanded) this.byKeyword.set(k, v);

    const wordLike = keywords.filter((k) => /^[a-z0-9]/.test(k));
    const other = keywords.filter((k) => !/^[a-z0-9]/.test(k));
    if (wordLike.length) {
      const trie = trieSource(wordLike);
      // `_` as a literal, not a lookbehind: V8 skips to each `_` fast, a lookbehind is tried everywhere.
      this.addPass(new RegExp(`\\b${trie}`, 'gi'), 0);
      this.addPass(new RegExp(`_${trie}`, 'gi'), 1);
      const camel = wordLike.filter((k) => /^[a-z]{3}/.test(k));
      // Case-sensitive on purpose: the keyword's first letter must be upper case, the rest any case.
      if (camel.length) this.addPass(new RegExp(`[a-z0-9]${trieSource(camel, 'camel')}`, 'g'), 1);
    }
    if (other.length) this.addPass(new RegExp(trieSource(other), 'gi'), 0);
  }

  private addPass(regex: RegExp, lead: number): void {
    this.regexes.push(regex);
    this.leads.push(lead);
  }

  /**
   * Every keyword occurrence, sorted by start, as three parallel arrays (no object per hit: hostile input
   * such as `a@` repeated produces half a million hits). `detectors[h]` lists the detectors of hit `h`.
   */
  findHits(text: string): HitList {
    const passes: HitList[] = [];
    for (let r = 0; r < this.regexes.length; r++) {
      const re = this.regexes[r]!;
      const lead = this.leads[r]!;
      const pass: HitList = { starts: [], ends: [], detectors: [] };
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const keyword = lead ? m[0].slice(lead) : m[0];
        const detectors = this.byKeyword.get(keyword.toLowerCase());
        if (!detectors) continue;
        pass.starts.push(m.index + lead);
        pass.ends.push(m.index + m[0].length);
        pass.detectors.push(detectors);
      }
      if (pass.starts.length) passes.push(pass);
    }
    return mergeSorted(passes);
  }
}

/** Parallel arrays of keyword hits. */
export interface HitList {
  readonly starts: number[];
  readonly ends: number[];
  readonly detectors: (readonly number[])[];
}

/** Merges hit lists that are each sorted by start (one per regex pass) into one sorted list. */
function mergeSorted(passes: HitList[]): HitList {
  if (passes.length === 0) return { starts: [], ends: [], detectors: [] };
  if (passes.length === 1) return passes[0]!;
  const out: HitList = { starts: [], ends: [], detectors: [] };
  const at = passes.map(() => 0);
  for (;;) {
    let best = -1;
    for (let p = 0; p < passes.length; p++) {
      if (at[p]! < passes[p]!.starts.length && (best < 0 || passes[p]!.starts[at[p]!]! < passes[best]!.starts[at[best]!]!)) best = p;
    }
    if (best < 0) return out;
    const k = at[best]!++;
    out.starts.push(passes[best]!.starts[k]!);
    out.ends.push(passes[best]!.ends[k]!);
    out.detectors.push(passes[best]!.detectors[k]!);
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
