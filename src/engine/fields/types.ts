/**
 * Fields: where a value sits in structured text, so that a column header, a JSON/YAML key, an XML tag
 * or a `Label: value` prefix is context for it however far away the label is (a 6,000-row CSV has its
 * `bsn` header once, at the top).
 */

import type { LabelWords } from './label-words';

/** A half-open range of UTF-16 offsets into the scanned text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The non-empty cells of one column below its header cell (raw ranges, in text order), read only where
 * asked: a range scan of rows 5000–5100 splits those rows, not the 6,000 of the table.
 */
export interface ColumnCells {
  /**
   * Where the column's rows start and end: no cell lies outside [start, end). `end` is Infinity while
   * the table is still being read (it is read only as far down as asked).
   */
  readonly start: number;
  readonly end: number;
  /** The cells that overlap [lo, hi), unclipped, in text order. */
  cellsIn(lo: number, hi: number): readonly TextRange[];
  /** Every cell (reads the whole column once). */
  all(): readonly TextRange[];
}

/** One cell (or keyed value) with its label. */
export interface LabelledCell extends TextRange {
  /** Normalised label (see `normaliseLabel`): lower case, words split on `_ - .` and camelCase humps. */
  readonly label: string;
}

/** The record holding a position: a table row, a JSON record, else the paragraph around it. */
export interface TextRecord extends TextRange {
  /** True when the record is a row of a table (CSV/TSV, Markdown, ASCII, SQL VALUES tuple, HTML row, JSON array item). */
  readonly table: boolean;
}

/**
 * Lazily built per scanned text: a scan that needs no label pays nothing. Offsets are into the whole
 * text, also when only a range of it is scanned (chunked and incremental scans keep their headers).
 */
export interface FieldIndex {
  /**
   * The normalised label of the field holding `pos`: the column header of a table cell (CSV/TSV/`;`/`|`,
   * Markdown, ASCII, psql, HTML `<th>` over `<td>`, SQL `INSERT … (cols) VALUES`, or the columns of a
   * `CREATE TABLE` when an INSERT names none), the key of a JSON/YAML value (also for the items of a
   * list under it), the tag of an XML element, the key of `key=value`, or the label of a `Label: value`
   * line (or of a bare `Label:` line above). Undefined when the position is in no field. A `Label:`
   * labels the value right after it: past a delimiter or a number and then more words, it does not.
   * The first lookup in a table walks to its header; later ones are binary searches.
   */
  labelAt(pos: number): string | undefined;
  /**
   * When `pos` lies in a table header cell: the cells of its column below (non-empty, raw ranges, in
   * text order; undefined when it has none), so a detector anchored on header words (`dob`, `phone`)
   * also runs on the values of that column. For a `CREATE TABLE` column: its cells in the INSERT
   * statements into that table. Rows are split only where cells are asked for (`cellsIn`).
   */
  columnBelow(pos: number): ColumnCells | undefined;
  /**
   * Cells and keyed values in [start, end) whose label passes `test` (called once per distinct label),
   * as value ranges without quotes or padding, in text order. A table whose header is above `start`
   * still counts (a range of rows 5000–6000 gets the `name` column).
   *
   * With `words` (every label `test` accepts contains one of them, see `labelWords`), the index
   * searches only those words, in one regex pass over the range, and reads only what each occurrence
   * may be the label of: a table header (its column's cells), a key (`key: v`, `"key": v`, `key=v`,
   * `<tag>v</tag>`, `Label: v`, list items under a bare `key:`), a CREATE TABLE column (its INSERTs).
   * Why: without them every line that holds a delimiter or a key separator is read and every key is
   * normalised and tested, tens of ns per char on logs and JSON (~350 ms per 10 MB of mixed text, for
   * a handful of name fields); with them the cost is one regex pass (a few ns per char, more for a
   * longer list) plus what the occurrences label. Give words for any range larger than a record.
   * The results are the walk's, plus a table on the text's last line (the walk never read one there)
   * and list items under a bare key just above `start`; one-letter `whole` labels (`À :`) are read
   * only beside another `whole` one (a mail header block).
   *
   * Without `words`: O(range), every line read (~6 ms for a 1 MB customer CSV); fine for a record.
   */
  cells(test: (label: string) => boolean, start: number, end: number, words?: LabelWords): Iterable<LabelledCell>;
  /**
   * The record holding `pos`: the table row (CSV/TSV, Markdown, ASCII, SQL tuple, HTML `<tr>`, a line
   * of a headerless block of rows), else the JSON object (the array item, or the outermost object
   * around it), else the paragraph.
   */
  recordAt(pos: number): TextRecord;
  /**
   * True when the line holding `pos` is a log record: it starts with a timestamp, a syslog date or a
   * level word, or it carries log fields (`level=`, `"level":`, `sshd[42]:`).
   */
  logLine(pos: number): boolean;
  /**
   * Finds the tables of the lines in [start, end) now: a lookup there later finds them known. A table is
   * read from its top down to the lines asked about, once per text (the next range goes on from there);
   * a range below a table not read yet reads the rows above it first: a caller working in time slices
   * (the guard's sliced scans) does it as a step of its own, not inside a range scan.
   */
  prepare(start: number, end: number): void;
}
