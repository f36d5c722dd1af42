/**
 * The words a kind of label is found by (see `FieldIndex.cells`): made once per word list, at module
 * load, so the search regex is compiled once.
 */
export interface LabelWords {
  /**
   * Lower-case strings, ending in a letter, one of which every wanted label contains in any case:
   * `name` finds `Vorname`, `first_name`, `NOMBRE` (a capital `ẞ` is written as such: `i` does not fold it).
   */
  readonly within: readonly string[];
  /**
   * Lower-case labels too short or too common to look for inside words (`to`, `de`, `a`): found only as a
   * whole word that ends a label, i.e. followed by a key separator, a tag end, a delimiter or a line end.
   */
  readonly whole: readonly string[];
  /** Both lists, case-insensitive, in one regex (one pass over the text). */
  readonly search: RegExp;
  /** The same regex, sticky: tried where the words of any list start (see `LabelWordHits`). */
  readonly at: RegExp;
  /** Its place among all lists made (`LabelWordHits` searches for the words of all of them at once). */
  readonly id: number;
}

/**
 * Every list made so far. Names, contact fields and addresses each have one, and each scan searched
 * the text for each: their union is searched once per text instead (`LabelWordHits`).
 */
const LISTS: LabelWords[] = [];

/**
 * What may follow a `whole` word that ends a label: a key separator, a quote or emphasis (the separator
 * follows), a tag end, a delimiter, a line end. Searched as literals with the word: a lookahead after
 * each word was tried at every position of its first letter and cost more than the whole list.
 */
const LABEL_ENDS = [':', ' :', '\uff1a', '=', '"', "'", '`', '*', '>', ',', ';', '\t', '|', ' |', ')', ']', '\n', '\r'];

/**
 * Compiles a word list. Words are searched case-insensitively as literals; accented forms are their own
 * words (`dirección` and `direccion`), or pick a part without the accent (`diteur` finds `expéditeur`).
 * A one-letter `whole` word (`a`, `à`) is an ordinary word everywhere else and is not searched: the
 * field index reads it on the lines around another `whole` label (`De : …` over `À : …`).
 */
export function labelWords(within: readonly string[], whole: readonly string[] = []): LabelWords {
  // Not lower-cased here: `ẞ` must stay (`i` does not fold it to `ß`).
  const inside = [...new Set(within.filter(Boolean))];
  const exact = [...new Set(whole.filter(Boolean))];
  const literals = [...inside, ...exact.flatMap((w) => (w.length > 1 ? LABEL_ENDS.map((e) => w + e) : []))];
  // A match starting in a range ends within MATCH_TAIL of its end (see `searchLabelWords`).
  if (literals.some((w) => w.length >= MATCH_TAIL)) throw new Error(`Label words must be shorter than ${MATCH_TAIL} chars`);
  const source = trie(literals);
  // No `u` flag: it makes V8 scan about a third slower. Without it, `i` still folds Latin-1 letters (`é`/`É`).
  const search = new RegExp(source || '(?!)', 'gi');
  const at = new RegExp(source || '(?!)', 'iy');
  const words = Object.freeze({ within: Object.freeze(inside), whole: Object.freeze(exact), search, at, id: LISTS.length });
  LISTS.push(words);
  return words;
}

interface Node {
  /** A word ends here: any match will do, longer words need not be tried. */
  end: boolean;
  readonly next: Map<string, Node>;
}

/**
 * One trie-shaped regex for all literals (V8 dispatches once on the first letters, which is most of a
 * pass's cost). A word's end is the end of its branch: longer words with the same start are not tried.
 */
function trie(words: readonly string[]): string {
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    if (node.end) return '';
    const branches = [...node.next].map(([ch, child]) => escape(ch) + emit(child));
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return root.next.size ? emit(root) : '';
}

const escape = (ch: string) => (ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));

/**
 * Calls `hit(pos)` for each occurrence of the words starting in [from, to), in text order, `pos` being
 * where the word starts. A `whole` word inside a longer word (`data,`) is skipped.
 */
export function searchLabelWords(text: string, words: LabelWords, from: number, to: number, hit: (pos: number) => void): void {
  // The shared regex: `hit` never searches again, so no other search can move its lastIndex meanwhile.
  const re = words.search;
  // A range scan searches its range only: the regex run on the whole text would look for its next
  // match on to the end of the text once the range has none left (O(text) per range of a sliced scan).
  // A slice (no copy in V8) ending MATCH_TAIL past `to` holds every match that starts before `to`.
  const base = from;
  const within = to < text.length ? text.slice(base, Math.min(text.length, to + MATCH_TAIL)) : base > 0 ? text.slice(base) : text;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(within)) && m.index + base < to) {
    const pos = m.index + base;
    // A `whole` word ends its match with a separator; it must not be the end of a longer word.
    if (!isLetterCode(m[0].charCodeAt(m[0].length - 1)) && pos > 0 && isWordCode(text.charCodeAt(pos - 1))) continue;
    hit(pos);
  }
}

/** Longest match of a label-word search (the longest word and its separator), with room to spare. */
const MATCH_TAIL = 64;

/** The union of the first `count` lists' words, one regex (rebuilt when lists are added: tests make their own). */
let union: { count: number; regex: RegExp } | undefined;

function unionRegex(): { count: number; regex: RegExp } {
  if (!union || union.count !== LISTS.length) {
    const literals: string[] = [];
    for (const words of LISTS) {
      literals.push(...words.within);
      for (const w of words.whole) if (w.length > 1) for (const e of LABEL_ENDS) literals.push(w + e);
    }
    union = { count: LISTS.length, regex: new RegExp(trie([...new Set(literals)]) || '(?!)', 'gi') };
  }
  return union;
}

/**
 * Where the words of any list may start in one text, found once and shared by every list's search
 * (`searchLabelWords` per list searched the text once per list: names and addresses on every scan,
 * contact fields once per record). Positions are found per range and kept: a sliced scan's ranges
 * extend them forwards.
 *
 * Exact: every position where a list's own search would match is a position of the union (it holds
 * every word, and overlapping starts are all found), and `search` replays the list's search there
 * (its sticky regex, matches not overlapping, the same `whole`-word test).
 */
export class LabelWordHits {
  /** Sorted starts of union matches in [lo, hi), for the first `count` lists. */
  private starts: number[] = [];
  private lo = 0;
  private hi = 0;
  private count = -1;

  constructor(private readonly text: string) {}

  /** Calls `hit(pos)` for each occurrence of the words starting in [from, to), as `searchLabelWords` does. */
  search(words: LabelWords, from: number, to: number, hit: (pos: number) => void): void {
    const text = this.text;
    to = Math.min(to, text.length);
    if (from >= to) return;
    this.cover(words, from, to);
    const starts = this.starts;
    const re = words.at;
    let k = lowerBound(starts, from);
    let cursor = from;
    for (; k < starts.length; k++) {
      const pos = starts[k]!;
      if (pos >= to) break;
      if (pos < cursor) continue;
      re.lastIndex = pos;
      if (!re.test(text)) continue;
      const end = re.lastIndex;
      cursor = end;
      // A `whole` word ends its match with a separator; it must not be the end of a longer word.
      if (!isLetterCode(text.charCodeAt(end - 1)) && pos > 0 && isWordCode(text.charCodeAt(pos - 1))) continue;
      hit(pos);
    }
  }

  /** Makes `starts` hold every union start in [from, to), extending what is known when it can. */
  private cover(words: LabelWords, from: number, to: number): void {
    if (words.id >= this.count || from < this.lo || from > this.hi) {
      const { count } = unionRegex();
      this.count = count;
      this.starts = [];
      this.lo = this.hi = from;
    }
    if (to <= this.hi) return;
    const text = this.text;
    const base = this.hi;
    const re = unionRegex().regex;
    // A slice (no copy in V8) ending MATCH_TAIL past `to` holds every match that starts before `to`.
    const within = to < text.length ? text.slice(base, Math.min(text.length, to + MATCH_TAIL)) : base > 0 ? text.slice(base) : text;
    const limit = to - base;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(within)) && m.index < limit) {
      this.starts.push(base + m.index);
      // Overlapping starts too: another list's word may start inside this match.
      re.lastIndex = m.index + 1;
    }
    this.hi = to;
  }
}

/** Index of the first element of sorted `a` that is >= `x`. */
function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
