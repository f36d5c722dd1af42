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
}

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
  const source = trie(literals);
  // No `u` flag: it makes V8 scan about a third slower. Without it, `i` still folds Latin-1 letters (`é`/`É`).
  const search = new RegExp(source || '(?!)', 'gi');
  return Object.freeze({ within: Object.freeze(inside), whole: Object.freeze(exact), search });
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

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
