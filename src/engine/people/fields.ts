import type { FieldIndex, TextRange } from '../fields/types';
import type { Found } from '../types';
import { AtCursor, emailMatches } from './email-match';
import { isKnownPhrase } from './filters';
import { FAMILY, GIVEN, INNER_PARTICLE, LEADING_PARTICLE, PLACE_AFTER_WORD, STOP } from './lexicon';
import { isContactLabel, isNameLabel, nameLabelKind } from './labels';
import { CONTACT_LABEL_WORDS, NAME_LABEL_WORDS } from './label-words';
import { CAPITAL_PARTICLES, NameWord, nameWord } from './name-words';
import { SCORE } from './scoring';
import { LOWER, OTHER, isLetter, wordEnd } from './tokens';

/** Longest cell value read as a name. */
const MAX_VALUE = 80;

/**
 * Names in labelled fields: the cells of name columns (CSV/TSV, Markdown, SQL, JSON/YAML keys, XML
 * tags, `Label:` lines) as the field index reports them. The label is the cue, so lower-case, ALL-CAPS
 * and "Last, First" values count, and names no list knows. Returns the spans reported, in text order,
 * so the prose scan skips them.
 */
export function namesInFields(text: string, start: number, end: number, fields: FieldIndex, out: Found[]): TextRange[] {
  const taken: TextRange[] = [];
  let at: AtCursor | undefined;
  // Whether a table has contact columns is a property of the table: asked once per label, not per row.
  let contacts: Map<string, boolean> | undefined;
  for (const cell of fields.cells(isNameLabel, start, end, NAME_LABEL_WORDS)) {
    const kind = nameLabelKind(cell.label);
    if (!kind) continue;
    const value = trimCell(text, cell.start, cell.end);
    if (!value) continue;
    const words = valueWords(text, value.start, value.end);
    if (!words || isKnownPhrase(words)) continue;
    const names = words.filter((w) => !w.minor);
    const known = names.some((w) => w.flags & (GIVEN | FAMILY));
    const table = fields.recordAt(value.start).table;
    let score: number;
    if (names.length === 1) {
      // One word: a given or family name field ("Vorname: Jürgen"), or a known name under "Name".
      score = kind === 'part' ? SCORE.label : known ? SCORE.genericLabel : 0;
    } else if (kind !== 'generic') score = SCORE.label;
    // A bare `name`: a person in a `Name:` line, in a table only with evidence (a known name, or
    // contact columns in the same row), else it may be a product or a team.
    else if (known || !table) score = SCORE.genericLabel;
    else {
      contacts ??= new Map();
      let has = contacts.get(cell.label);
      if (has === undefined) contacts.set(cell.label, (has = hasContactField(fields, value.start)));
      score = has ? SCORE.genericLabel : 0;
    }
    if (score < SCORE.genericLabel && names.length > 1 && emailMatches(text, (at ??= new AtCursor(text)), value.start, value.end, names[0]!.key, names[names.length - 1]!.key)) {
      score = SCORE.email;
    }
    if (score < 0.5) continue;
    out.push({ start: value.start, end: value.end, score, pattern: table ? 'column' : 'label', near: cell.label.trim() });
    taken.push(value);
  }
  return taken;
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
 * The words of a name value: one to five words of letters (any case), particles, initials, and at
 * most one comma ("Dupont, Jean"). Undefined when anything else is there (digits, @, slashes, …), when
 * a word is a stop word, or when the value is a firm or building.
 */
function valueWords(text: string, start: number, end: number): NameWord[] | undefined {
  const words: NameWord[] = [];
  let commas = 0;
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
    const e = Math.min(end, wordEnd(text, i));
    let word = nameWord(text, i, e);
    if (text.charCodeAt(e) === 46 && e - i === 1) {
      word = new NameWord(word.start, e + 1, word.info, true); // an initial
      i = e + 1;
    } else i = e;
    // Particles ("van der", "de la", "Ó", "Ní") inside a name; never the last word.
    const particle = word.flags & (LEADING_PARTICLE | INNER_PARTICLE) || CAPITAL_PARTICLES.has(word.key);
    if (particle && (word.shape === LOWER || i < end)) word = new NameWord(word.start, word.end, word.info, true);
    else if (word.flags & STOP || word.shape === OTHER) return undefined;
    words.push(word);
    if (words.length > 6) return undefined;
  }
  const names = words.filter((w) => !w.minor);
  if (names.length === 0 || names.length > 5) return undefined;
  const last = names[names.length - 1]!;
  if ((last.flags & (PLACE_AFTER_WORD | FAMILY)) === PLACE_AFTER_WORD) return undefined;
  return words;
}

/** True when the record holding `pos` also has a contact or identity field (e-mail, phone, address, birth date…). */
function hasContactField(fields: FieldIndex, pos: number): boolean {
  const record = fields.recordAt(pos);
  for (const _ of fields.cells(isContactLabel, record.start, record.end, CONTACT_LABEL_WORDS)) return true;
  return false;
}
