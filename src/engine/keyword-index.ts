/**
 * Finds every detector keyword in a text in one pass (gitleaks-style prefilter: keywords are
 * case-insensitive literals; a detector's patterns run only where one of its keywords occurs).
 */
export interface KeywordHit {
  readonly start: number;
  readonly end: number;
  /** Indices into the scanner's detector list. */
  readonly detectors: readonly number[];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class KeywordIndex {
  private readonly byKeyword = new Map<string, number[]>();
  private readonly regex: RegExp | null;

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
    // Longest first so `sk-ant-` wins over `sk-` at the same position; a shorter keyword that is a
    // prefix of a longer one still gets its detectors through `expand` below.
    const keywords = [...this.byKeyword.keys()].sort((a, b) => b.length - a.length);
    this.regex = keywords.length ? new RegExp(keywords.map(escapeRegex).join('|'), 'gi') : null;
    // A hit on `sk-ant-` (or `rapidapi`) must also trigger detectors keyed on a keyword inside it (`sk-`, `api`): precompute.
    for (const keyword of keywords) {
      const merged = new Set(this.byKeyword.get(keyword));
      for (const other of keywords) {
        if (other.length < keyword.length && keyword.includes(other)) {
          for (const d of this.byKeyword.get(other)!) merged.add(d);
        }
      }
      this.byKeyword.set(keyword, [...merged]);
    }
  }

  get size(): number {
    return this.byKeyword.size;
  }

  /** Calls `onHit` for each keyword occurrence, in text order. */
  forEachHit(text: string, onHit: (start: number, end: number, detectors: readonly number[]) => void): void {
    const re = this.regex;
    if (!re) return;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const found = m[0];
      const detectors = this.byKeyword.get(found.toLowerCase());
      if (detectors) onHit(m.index, m.index + found.length, detectors);
    }
  }
}
