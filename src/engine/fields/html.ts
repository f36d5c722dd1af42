import { lastAtOrBefore, Table } from './table';

/**
 * HTML tables: the first row made of `<th>` cells is the header; each `<td>` below is labelled by the
 * `<th>` of its column (colspan is not counted). Tags are read with bounded regexes (no `[^>]*` that
 * could run to the end of a text with no `>`).
 */

/** `<tr`, `<td`, `<th` opening or closing tags, and the end of the table. */
const TAG_SEARCH = /<(\/?)(tr|td|th|table)\b[^<>]{0,512}>/gi;
const CELL_TAG = /<\/?t[dhr][\s>]/i;

/** True when [start, end) holds a `<tr>`, `<td>` or `<th>` tag (or its closing tag). */
export function hasCellTag(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end);
  return line.indexOf('<') >= 0 && CELL_TAG.test(line);
}

/** Text of a header cell: tags and entities dropped. */
function cellText(raw: string): string {
  return raw.replace(/<[^<>]{0,512}>/g, ' ').replace(/&[a-z#0-9]{1,10};/gi, ' ');
}

/** Parses the table opened at `start` (a `<table` tag) up to its `</table>` or `limit`. */
export function parseHtmlTable(text: string, start: number, limit: number): Table | undefined {
  const table = new Table('html', text);
  table.start = start;
  TAG_SEARCH.lastIndex = start + 1;
  let rowStart = -1;
  let cellStart = -1;
  let cellKind = '';
  let allHeads = true;
  let header = false;
  const cells: number[] = [];
  const closeCell = (at: number) => {
    if (cellStart < 0) return;
    cells.push(cellStart, at, cellKind === 'th' ? 1 : 0);
    cellStart = -1;
  };
  const closeRow = (at: number) => {
    closeCell(at);
    if (rowStart >= 0 && cells.length) {
      if (!header && allHeads) {
        for (let k = 0; k < cells.length; k += 3) table.addHeader(cells[k]!, cells[k + 1]!, cellText(text.slice(cells[k]!, cells[k + 1]!)));
        header = true;
      } else if (header) {
        const row: number[] = [];
        for (let k = 0; k < cells.length; k += 3) row.push(cells[k]!, cells[k + 1]!);
        table.addRow(rowStart, at, row);
      }
    }
    cells.length = 0;
    rowStart = -1;
    allHeads = true;
  };
  let m: RegExpExecArray | null;
  let end = limit;
  while ((m = TAG_SEARCH.exec(text)) && m.index < limit) {
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (name === 'table') {
      // A nested table is not followed; the first `</table>` ends this one.
      if (closing) {
        end = m.index + m[0].length;
        closeRow(m.index);
        break;
      }
      continue;
    }
    if (name === 'tr') {
      closeRow(m.index);
      if (!closing) rowStart = m.index;
    } else if (closing) closeCell(m.index);
    else {
      closeCell(m.index);
      if (rowStart < 0) rowStart = m.index;
      cellStart = m.index + m[0].length;
      cellKind = name;
      if (name !== 'th') allHeads = false;
    }
  }
  if (!m || m.index >= limit) closeRow(Math.min(limit, text.length));
  table.end = Math.min(end, text.length);
  return table.rowStart.length && table.hasLabels ? table : undefined;
}

/** Chars searched for `<` at a time: a lookup reads the text only a little past where it asks. */
const TAG_CHUNK = 16 * 1024;

/**
 * Positions of `<table` (and `</table`) tags, found incrementally as far as lookups need them: a native
 * search for `<` in a chunk, then the tag's letters. Each char of the text is read once in all, and
 * only as far as asked (a search on to the next `<` read all of a 10 MB sheet without one).
 */
export class TableTags {
  /** `<table` tags, in text order. */
  private readonly opens: number[] = [];
  /** `<table` and `</table` tags, in text order. */
  private readonly all: number[] = [];
  /** Every tag starting before this position is known. */
  private scanned = 0;

  constructor(private readonly text: string) {}

  /** Reads on until every tag starting before `pos` is known. */
  private scanTo(pos: number): void {
    const text = this.text;
    const stop = Math.min(pos, text.length);
    while (this.scanned < stop) {
      const from = this.scanned;
      const to = Math.min(text.length, Math.max(stop, from + TAG_CHUNK));
      const part = text.slice(from, to);
      for (let k = part.indexOf('<'); k >= 0; k = part.indexOf('<', k + 1)) {
        const tag = tableTagAt(text, from + k);
        if (tag) {
          this.all.push(from + k);
          if (tag > 0) this.opens.push(from + k);
        }
      }
      this.scanned = to;
    }
  }

  /** The last `<table` tag starting at or before `pos`, or -1. */
  lastBefore(pos: number): number {
    this.scanTo(pos + 1);
    const i = lastAtOrBefore(this.opens, pos);
    return i < 0 ? -1 : this.opens[i]!;
  }

  /** The first `<table` tag starting after `pos`, or -1. */
  nextAfter(pos: number): number {
    this.scanTo(pos + 1);
    const opens = this.opens;
    while ((opens.length === 0 || opens[opens.length - 1]! <= pos) && this.scanned < this.text.length) this.scanTo(this.scanned + TAG_CHUNK);
    const i = lastAtOrBefore(opens, pos) + 1;
    return i < opens.length ? opens[i]! : -1;
  }

  /** True when a `<table` or `</table` tag starts in [start, end). */
  hasTagIn(start: number, end: number): boolean {
    this.scanTo(end);
    const i = lastAtOrBefore(this.all, end - 1);
    return i >= 0 && this.all[i]! >= start;
  }
}

/** 1 for `<table`, -1 for `</table` (followed by a blank or `>`, any case) at `lt`, else 0. */
function tableTagAt(text: string, lt: number): number {
  const next = text.charCodeAt(lt + 1);
  const close = next === 47;
  if (((close ? text.charCodeAt(lt + 2) : next) | 32) !== 116) return 0;
  const from = close ? lt + 2 : lt + 1;
  return /^table[\s>]/i.test(text.slice(from, from + 6)) ? (close ? -1 : 1) : 0;
}
