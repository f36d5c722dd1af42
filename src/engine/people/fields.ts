import type { FieldIndex, LabelledCell, TextRange } from '../fields/types';
import type { Found } from '../types';
import { AtCursor, emailMatches } from './email-match';
import { startsWithExample } from './examples';
import { isKnownPair, isKnownPhrase, isPlaceholderFamily } from './filters';
import { FAMILY, GIVEN, HONORIFIC, INNER_PARTICLE, LEADING_PARTICLE, PLACE_AFTER_WORD, PLACE_BEFORE_WORD, SOFT_STOP, STOP, TITLE, WORDLIKE } from './lexicon';
import { isContactLabel, isNameLabel, nameLabelKind, type LabelKind } from './labels';
import { CAPITAL_PARTICLES, NameWord, nameWord, wordInfoOf, type WordInfo } from './name-words';
import { CONTACT_LABEL_WORDS, NAME_LABEL_WORDS } from './label-words';
import { SCORE } from './scoring';
import { CAP, LOWER, OTHER, UPPER, isApostrophe, isLetter, wordEnd } from './tokens';

/** Longest cell value read as a name. */
const MAX_VALUE = 80;

/**
 * A name cell read: its value range, label kind, whether it sits in a table row, and of its name words
 * only what the scoring reads. Every cell of a 6,000-row name column is held until the column has been
 * counted: with its word lists they were most of what survived to the old generation (word objects
 * per row), and the scavenges copying them were a fifth of the column's cost.
 */
interface NameCell {
  readonly label: string;
  readonly kind: LabelKind;
  /** The name's span (past a title). */
  readonly start: number;
  readonly end: number;
  /** The whole cell value (with a title before the name): the prose scan skips it. */
  readonly cell: TextRange;
  /** How many name words (no particles, initials or titles). */
  readonly count: number;
  /** The first name word's facts, and the last one's folded key. */
  readonly first: WordInfo;
  readonly lastKey: string;
  readonly known: boolean;
  readonly table: boolean;
  /** For a generic cell of a table: the number of its column (the label's block of cells); else -1. */
  readonly column: number;
}

/**
 * Names in labelled fields: the cells of name columns (CSV/TSV, Markdown, SQL, JSON/YAML keys, XML
 * tags, `Label:` lines) as the field index reports them. The label is the cue, so lower-case, ALL-CAPS
 * and "Last, First" values count, and names no list knows. Returns the spans reported, in text order,
 * so the prose scan skips them.
 *
 * A bare `name` column may list products or teams: its values count in a `Name:` line, or in a table
 * when the value holds a known name, when the row has contact columns (e-mail, phone, address…), or
 * when most of the column's values hold a known name (a column of people: its unknown names count too).
 */
export function namesInFields(text: string, start: number, end: number, fields: FieldIndex, out: Found[]): TextRange[] {
  const taken: TextRange[] = [];
  const cells: NameCell[] = [];
  // Per generic column (a label's block of cells): how many of its values read as names, and how many
  // hold a known one.
  let columns: Map<number, { names: number; known: number }> | undefined;
  let tables: TableCache | undefined;
  for (const cell of fields.cells(isNameLabel, start, end, NAME_LABEL_WORDS)) {
    const read = readCell(text, cell, (tables ??= new TableCache(text, fields)));
    if (!read) continue;
    cells.push(read);
    if (read.kind === 'generic' && read.table && read.count > 1) {
      columns ??= new Map();
      let c = columns.get(read.column);
      if (!c) columns.set(read.column, (c = { names: 0, known: 0 }));
      c.names++;
      if (read.known) c.known++;
    }
  }
  if (cells.length === 0) return taken;
  let at: AtCursor | undefined;
  // Whether a table has contact columns is a property of the table: asked once per label, not per row.
  let contacts: Map<string, boolean> | undefined;
  let nearLabel = '';
  let near = '';
  /** The last single-word part cell reported ("firstName": "Max"), so its pair can be checked. */
  let lastPart: { cell: NameCell; index: number } | undefined;
  for (const cell of cells) {
    const { kind, count, table } = cell;
    let score: number;
    if (count === 1) {
      // One word: a given or family name field ("Vorname: Jürgen"); under any other label only a
      // capitalised known name that is no ordinary word (an `owner` column of bots: "jarvis", "airflow").
      const w = cell.first;
      const f = w.flags;
      // A lower-case word under a part label only when the lists know it ("firstName: string" is a type).
      const capital = w.shape === CAP || w.shape === UPPER;
      score = kind === 'part' ? (capital || (f & (GIVEN | FAMILY) && !(f & WORDLIKE)) ? SCORE.label : 0) : capital && f & (GIVEN | FAMILY) && !(f & WORDLIKE) ? SCORE.genericLabel : 0;
      if (kind === 'part' && lastPart && cell.start - lastPart.cell.end < 120) {
        // First and last name in two fields of one record: a placeholder pair ("Max" "Mustermann").
        const first = lastPart.cell.first;
        if (isPlaceholderFamily(w.key) || isKnownPair(first.key, w.key)) {
          if (out[lastPart.index]?.start === lastPart.cell.start) out.splice(lastPart.index, 1);
          taken.pop();
          lastPart = undefined;
          continue;
        }
      }
      if (isPlaceholderFamily(w.key)) continue;
    } else if (kind !== 'generic') score = SCORE.label;
    // A bare `name`: a person in a `Name:` line, in a table only with evidence (a known name, contact
    // columns in the same row, or a column of mostly known names), else it may be a product or a team.
    else if (cell.known || !table) score = SCORE.genericLabel;
    else {
      const column = columns?.get(cell.column);
      if (column && column.names >= 2 && column.known * 2 >= column.names) score = SCORE.genericLabel;
      else {
        contacts ??= new Map();
        let has = contacts.get(cell.label);
        if (has === undefined) contacts.set(cell.label, (has = hasContactField(fields, cell.start)));
        score = has ? SCORE.genericLabel : 0;
      }
    }
    if (score < SCORE.genericLabel && count > 1 && emailMatches(text, (at ??= new AtCursor(text)), cell.start, cell.end, cell.first.key, cell.lastKey)) {
      score = SCORE.email;
    }
    if (score < 0.5) continue;
    lastPart = kind === 'part' && count === 1 ? { cell, index: out.length } : undefined;
    // The label without its padding, once per run of cells of one label (a column: once, not per row).
    if (cell.label !== nearLabel) near = (nearLabel = cell.label).trim();
    out.push({ start: cell.start, end: cell.end, score, pattern: table ? 'column' : 'label', near });
    taken.push(cell.cell);
  }
  return taken;
}

/** The name in a cell: its value trimmed, past a title, without what follows the name in a `Label:` line. */
function readCell(text: string, cell: LabelledCell, tables: TableCache): NameCell | undefined {
  const kind = nameLabelKind(cell.label);
  if (!kind || kind === 'address') return undefined;
  const trimmed = trimCell(text, cell.start, cell.end);
  if (!trimmed) return undefined;
  let value: TextRange = trimmed;
  // "z. B. Otto Normalverbraucher", "ex. : Marie Dupont", "e.g. John Smith": an example, no person.
  if (startsWithExample(text, value.start, value.end)) return undefined;
  let words = valueWords(text, value.start, value.end);
  if (!words && nameEnd(text, value.start, value.end) === value.end) return undefined;
  const table = tables.isTable(cell.label, value.start);
  if (!words && !table) {
    // A `Label:` line goes on after the name: "Chen Yang, 692 07 33 51", "Jun Zhang <jz@…>", "Gülşen
    // Yılmaz, geb. 4. März 1958". The name is what comes before the first comma, bracket or dash.
    const cut = nameEnd(text, value.start, value.end);
    if (cut > value.start) {
      const shorter = trimCell(text, value.start, cut);
      const w = shorter && valueWords(text, shorter.start, shorter.end);
      if (w && w.filter((x) => !x.minor).length >= 2) {
        value = shorter!;
        words = w;
      }
    }
  }
  if (!words) return undefined;
  // A title before the name ("Monsieur Jun Zhang", "Dr. Anna Weber"): the span is the name.
  let titles = 0;
  // Titles and, after one, an abbreviated "D." (Don): "Sr. D. Xu Hao".
  while (titles < words.length - 1 && words[titles]!.minor && (words[titles]!.flags & (HONORIFIC | TITLE) || (titles > 0 && words[titles]!.end - words[titles]!.start === 2))) titles++;
  if (titles > 0) {
    words = words.slice(titles);
    value = { start: words[0]!.start, end: value.end };
  }
  let count = 0;
  let first: NameWord | undefined;
  let last: NameWord | undefined;
  let known = false;
  for (const w of words) {
    if (w.minor) continue;
    count++;
    first ??= w;
    last = w;
    if (w.flags & (GIVEN | FAMILY) && !(w.flags & STOP)) known = true;
  }
  if (!first || !last) return undefined;
  // Placeholders ("John Doe"); a lone placeholder family name is decided with its given-name field.
  if (count > 1 && isKnownPhrase(words)) return undefined;
  // A number, not a `block label` string built and hashed per row.
  const column = kind === 'generic' && table ? tables.block(cell.label, trimmed.start) : -1;
  return { label: cell.label, kind, start: value.start, end: value.end, cell: trimmed, count, first: first.info, lastKey: last.key, known, table, column };
}

/**
 * Whether a cell is a table's: asked of the field index once per label and block of text. The cells of
 * one label that follow each other without a blank line between are one table's column, or one record's
 * keys: the next cell of the label gets the same answer.
 */
class TableCache {
  private readonly last = new Map<string, { end: number; table: boolean; block: number }>();
  private blocks = 0;
  constructor(
    private readonly text: string,
    private readonly fields: FieldIndex,
  ) {}

  isTable(label: string, pos: number): boolean {
    return this.at(label, pos).table;
  }

  /** A number for the block of cells of `label` holding `pos` (one table's column, or one record's key). */
  block(label: string, pos: number): number {
    return this.at(label, pos).block;
  }

  private at(label: string, pos: number): { end: number; table: boolean; block: number } {
    const seen = this.last.get(label);
    if (seen && pos >= seen.end && pos - seen.end < 4096 && !this.blankLineIn(seen.end, pos)) {
      seen.end = pos;
      return seen;
    }
    const fresh = { end: pos, table: this.fields.recordAt(pos).table, block: this.blocks++ };
    this.last.set(label, fresh);
    return fresh;
  }

  /** Whether [from, to) holds a blank line (searched in that span only: callers keep it under 4 KB). */
  private blankLineIn(from: number, to: number): boolean {
    if (to <= from) return false;
    const span = this.text.slice(from, to);
    for (let j = span.indexOf('\n'); j >= 0; j = span.indexOf('\n', j + 1)) {
      let k = from + j + 1;
      while (k < to && (this.text.charCodeAt(k) === 32 || this.text.charCodeAt(k) === 9 || this.text.charCodeAt(k) === 13)) k++;
      if (this.text.charCodeAt(k) === 10) return true;
    }
    return false;
  }
}

/** End of the name at the start of [start, end): before the first `,` `(` `<` `[` `;` `|` or ` - `. */
function nameEnd(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 40 || c === 60 || c === 91 || c === 59 || c === 124) return i;
    if (c === 45 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) return i;
    if (c === 0x2013 || c === 0x2014) return i;
  }
  return end;
}

/** The cell without surrounding blanks and quotes, or undefined when empty or too long. */
function trimCell(text: string, start: number, end: number): TextRange | undefined {
  let s = start;
  let e = end;
  while (s < e && isTrim(text.charCodeAt(s))) s++;
  while (e > s && isTrim(text.charCodeAt(e - 1))) e--;
  return e > s && e - s <= MAX_VALUE ? { start: s, end: e } : undefined;
}

function isTrim(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 34 || c === 39 || c === 96;
}

/**
 * End of a word of a value: `wordEnd`, and SQL's doubled quote inside a name ('O''Sullivan',
 * 'Dell''Acqua').
 */
function valueWordEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, wordEnd(text, start));
  while (e + 2 < end && isApostrophe(text.charCodeAt(e)) && text.charCodeAt(e + 1) === text.charCodeAt(e) && isLetter(text.charCodeAt(e + 2))) {
    e = Math.min(end, wordEnd(text, e + 2));
  }
  return e;
}

/**
 * The words of a name value: one to five words of letters (any case), particles, initials, a title in
 * front, and at most one comma ("Dupont, Jean"). Undefined when anything else is there (digits, @,
 * slashes, …), when a word is a stop word, or when the value is a firm, a street or a building.
 *
 * Short function words and calendar words are names in other languages ("Lê Văn An", "Hoàng Thu
 * Hương", "Mei Chen"): capitalised, they count when they are at most half of the name's words.
 */
function valueWords(text: string, start: number, end: number): NameWord[] | undefined {
  const words: NameWord[] = [];
  let commas = 0;
  let soft = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 0xa0) {
      i++;
      continue;
    }
    if (c === 44) {
      if (++commas > 1 || words.length === 0) return undefined;
      i++;
      continue;
    }
    if (!isLetter(c)) return undefined;
    const e = valueWordEnd(text, i, end);
    let word = nameWord(text, i, e);
    const dot = text.charCodeAt(e) === 46;
    if (dot && e - i === 1) {
      word = new NameWord(word.start, e + 1, word.info, true); // an initial
      i = e + 1;
    } else if (words.length === 0 && word.flags & (HONORIFIC | TITLE) && word.shape !== LOWER && (dot || e - i > 3)) {
      // A title in front: "Monsieur Jun Zhang", "Dr. Anna Weber", "Frau Prof. Weber".
      word = new NameWord(word.start, e, word.info, true);
      i = dot ? e + 1 : e;
    } else if (words.length > 0 && words.every((w) => w.minor) && words[0]!.flags & (HONORIFIC | TITLE) && word.flags & (HONORIFIC | TITLE)) {
      word = new NameWord(word.start, e, word.info, true);
      i = dot ? e + 1 : e;
    } else i = e;
    if (!word.minor) {
      // Particles ("van der", "de la", "Ó", "Ní") inside a name; never the last word.
      const particle = word.flags & (LEADING_PARTICLE | INNER_PARTICLE) || CAPITAL_PARTICLES.has(word.key);
      if (particle && (word.shape === LOWER || i < end)) word = new NameWord(word.start, word.end, word.info, true);
      else if (word.shape === OTHER) return undefined;
      else if (word.flags & STOP) {
        if (!(word.flags & SOFT_STOP) || word.shape === LOWER) return undefined;
        soft++;
      }
    }
    words.push(word);
    if (words.length > 7) return undefined;
  }
  // The name words (no particles or initials), counted in place: a list per cell was garbage per row.
  let count = 0;
  let firstName: NameWord | undefined;
  let lastName: NameWord | undefined;
  // Names are written in one case: lower-case words beside capitalised ones are a sentence ("see Oisín
  // Tierney", "call Maria back"), not a name.
  let lower = false;
  let capital = false;
  for (const w of words) {
    if (w.minor) continue;
    count++;
    firstName ??= w;
    lastName = w;
    if (w.shape === LOWER) lower = true;
    else capital = true;
  }
  if (!firstName || !lastName || count > 5 || soft >= count) return undefined;
  if (lower && capital) return undefined;
  // "Talleres Navarro S.A.", "Levante S.L.", "Jansen B.V.": a firm's abbreviation after the name.
  let initials = '';
  for (let k = words.length - 1; k >= 0 && words[k]!.minor && words[k]!.end - words[k]!.start === 2; k--) initials = words[k]!.key + initials;
  if (initials.length >= 2 && wordInfoOf(initials).flags & PLACE_AFTER_WORD) return undefined;
  if ((lastName.flags & (PLACE_AFTER_WORD | FAMILY)) === PLACE_AFTER_WORD) return undefined;
  // "Rue de la Paix", "Calle Mayor": a street, not a person.
  if ((firstName.flags & (PLACE_BEFORE_WORD | GIVEN | FAMILY)) === PLACE_BEFORE_WORD && count > 1) return undefined;
  return words;
}

/** True when the record holding `pos` also has a contact or identity field (e-mail, phone, address, birth date…). */
function hasContactField(fields: FieldIndex, pos: number): boolean {
  const record = fields.recordAt(pos);
  for (const _ of fields.cells(isContactLabel, record.start, record.end, CONTACT_LABEL_WORDS)) return true;
  return false;
}
