import { columnName } from './cell-ref';
import { LineWriter } from './lines';
import type { Origin, TextBuilder } from './text-builder';
import type { Location } from './types';
import { attr, walkXml, type XmlSource } from './xml';
import type { ZipPackage } from './zip';

type OdfKind = 'odt' | 'ods' | 'odp';

/** Text read aside and written after the body: comments, footnotes, tracked deletions. */
interface Aside {
  where: Location;
  text: string;
}

/**
 * Reads an OpenDocument file: headers from `styles.xml`, then `content.xml` (paragraphs; tables and
 * ODS sheets as TSV with cell references; ODP slides and their notes), inflated as it is walked, then
 * comments, notes and tracked deletions, each located. `content.xml` is opened first: the budget goes
 * to it.
 */
export function extractOdf(pkg: ZipPackage, kind: OdfKind, out: TextBuilder): void {
  const content = pkg.source('content.xml');
  const styles = pkg.text('styles.xml');
  out.part();
  readMasterPages(styles, 'header', out);
  const asides: Aside[] = [];
  out.part();
  readContent(content, kind, out, asides);
  out.part();
  readMasterPages(styles, 'footer', out);
  for (const aside of asides) {
    out.part();
    out.add(aside.text, aside.where);
  }
}

/** `style:header` / `style:footer` (and their `-left`/`-first` variants) of the master pages. */
function readMasterPages(xml: string, kind: 'header' | 'footer', out: TextBuilder): void {
  const lines = new LineWriter(out);
  let depth = 0;
  walkXml(xml, {
    open(name) {
      if ((name === `style:${kind}` || name === `style:${kind}-left` || name === `style:${kind}-first`)) depth++;
    },
    close(name) {
      if (name === `style:${kind}` || name === `style:${kind}-left` || name === `style:${kind}-first`) depth--;
      else if (depth > 0 && (name === 'text:p' || name === 'text:h')) lines.endLine();
    },
    text(text, from, to) {
      if (depth > 0) lines.text(text, { kind }, out.origins && [{ part: 'styles.xml', from, to, offset: 0, length: text.length }]);
    },
  });
}

const CAPTURED: Record<string, true> = { 'office:annotation': true, 'text:note-body': true, 'text:deletion': true };
const SKIPPED: Record<string, true> = { 'dc:creator': true, 'dc:date': true, 'text:note-citation': true, 'office:annotation-end': true };

function readContent(xml: XmlSource, kind: OdfKind, out: TextBuilder, asides: Aside[]): void {
  const lines = new LineWriter(out);
  const hiddenStyles = new Set<string>();
  let styleName = '';
  let inBody = false;
  /** Text counts only inside paragraphs and headings (not indentation between elements). */
  let paragraph = 0;
  let skip = 0;
  let capture: { name: string; depth: number; aside: Aside } | undefined;
  // Tables (ODS sheets).
  let tableDepth = 0;
  let tables = 0;
  let sheet = '';
  let sheetHidden = false;
  let row = 0;
  let nextRow = 1;
  let rowRepeat = 1;
  let column = 0;
  let nextColumn = 1;
  let columnRepeat = 1;
  let cell: string | undefined;
  let writtenRow = 0;
  let lastWritten = 0;
  // Presentations.
  let slide = 0;
  let inNotes = 0;

  const flowWhere = (): Location => {
    if (kind === 'odp') return { kind: inNotes > 0 ? 'notes' : 'slide', slide };
    return { kind: 'body' };
  };
  const cellWhere = (): Location => {
    if (kind === 'ods') {
      const ref = columnName(column) + row;
      return sheetHidden ? { kind: 'cell', sheet, cell: ref, hidden: true } : { kind: 'cell', sheet, cell: ref };
    }
    return kind === 'odp' ? flowWhere() : { kind: 'table', table: tables, row };
  };
  const asideWhere = (name: string): Location => {
    if (name === 'text:deletion') return { kind: 'deleted' };
    if (name === 'text:note-body') return { kind: 'footnote' };
    if (kind === 'ods' && tableDepth > 0) return { kind: 'cell-note', sheet, cell: columnName(column) + row, ...(sheetHidden ? { hidden: true } : {}) };
    return { kind: 'comment' };
  };
  // Text nodes behind the cell being read (redaction only); comments and notes are not rewritten yet.
  let cellOrigins: (Origin & { length: number })[] = [];
  /** `from`/`to`: the XML text node, when the text is one (not a `text:s` space). */
  const put = (text: string, from = -1, to = -1) => {
    if (capture !== undefined) {
      capture.aside.text += text;
    } else if (cell !== undefined) {
      if (out.origins !== undefined && from >= 0) cellOrigins.push({ part: 'content.xml', from, to, offset: cell.length, length: text.length });
      cell += text;
    } else if (tableDepth === 0) {
      lines.text(text, flowWhere(), out.origins && from >= 0 ? [{ part: 'content.xml', from, to, offset: 0, length: text.length }] : undefined);
    }
  };
  const emitCell = () => {
    const spaced = (cell ?? '').replace(/[\t\r\n]/g, ' ');
    const text = spaced.trim();
    const lead = spaced.length - spaced.trimStart().length;
    const origins = cellOrigins.map((o) => ({ ...o, offset: o.offset - lead }));
    cellOrigins = [];
    cell = undefined;
    if (text === '') return;
    if (row !== writtenRow) {
      lines.endLine();
      writtenRow = row;
      lastWritten = 0;
    }
    for (let c = lastWritten + 1; c < column; c++) lines.cell();
    if (lastWritten > 0) lines.cell();
    lastWritten = column;
    lines.text(text, cellWhere(), out.origins && origins);
  };

  walkXml(xml, {
    open(name, tag, selfClosing) {
      // Styles come before the body: remember which table styles hide their sheet.
      if (name === 'style:style') styleName = attr(tag, 'style:name') ?? '';
      else if (name === 'style:table-properties' && attr(tag, 'table:display') === 'false') hiddenStyles.add(styleName);
      if (name === 'office:body') inBody = true;
      if (!inBody) return;
      // close() runs for self-closing tags too: every open counts.
      if (skip > 0) {
        skip++;
        return;
      }
      if (SKIPPED[name] === true) {
        skip = 1;
        return;
      }
      if (capture !== undefined) {
        if (name === capture.name) capture.depth++;
        if (name === 'text:p') {
          paragraph++;
          if (capture.aside.text !== '') capture.aside.text += ' ';
        }
        if (name === 'text:s') capture.aside.text += ' '.repeat(spaces(tag));
        return;
      }
      if (name === 'text:p' || name === 'text:h') paragraph++;
      if (CAPTURED[name] === true) {
        capture = { name, depth: 1, aside: { where: asideWhere(name), text: '' } };
        return;
      }
      switch (name) {
        case 'draw:page':
          slide++;
          out.part();
          break;
        case 'presentation:notes':
          inNotes++;
          out.part();
          break;
        case 'table:table':
          if (tableDepth++ > 0) break;
          tables++;
          sheet = attr(tag, 'table:name') ?? '';
          sheetHidden = hiddenStyles.has(attr(tag, 'table:style-name') ?? '');
          if (kind === 'ods') {
            if (sheetHidden) out.warnings.push({ kind: 'hidden-sheet', sheet });
            out.part();
          }
          nextRow = 1;
          writtenRow = 0;
          lines.endLine();
          break;
        case 'table:table-row':
          if (tableDepth !== 1) break;
          row = nextRow;
          rowRepeat = count(attr(tag, 'table:number-rows-repeated'));
          nextColumn = 1;
          if (selfClosing) nextRow = row + rowRepeat;
          break;
        case 'table:table-cell':
        case 'table:covered-table-cell':
          if (tableDepth !== 1) {
            if (cell !== undefined && cell !== '') cell += ' ';
            break;
          }
          column = nextColumn;
          columnRepeat = count(attr(tag, 'table:number-columns-repeated'));
          nextColumn = column + columnRepeat;
          if (!selfClosing) cell = '';
          cellOrigins = [];
          break;
        case 'text:p':
        case 'text:h':
          if (cell !== undefined && cell !== '') cell += ' ';
          break;
        case 'text:s':
          put(' '.repeat(spaces(tag)));
          break;
        case 'text:tab':
          put(cell !== undefined ? ' ' : '\t');
          break;
        case 'text:line-break':
          if (cell !== undefined) cell += ' ';
          else lines.endLine();
          break;
      }
    },
    close(name) {
      if (!inBody) return;
      if (skip > 0) {
        skip--;
        return;
      }
      if (name === 'text:p' || name === 'text:h') paragraph--;
      if (capture !== undefined) {
        if (name === capture.name && --capture.depth === 0) {
          capture.aside.text = capture.aside.text.trim();
          if (capture.aside.text !== '') asides.push(capture.aside);
          capture = undefined;
        }
        return;
      }
      switch (name) {
        case 'presentation:notes':
          inNotes--;
          break;
        case 'table:table':
          if (--tableDepth === 0) lines.endLine();
          break;
        case 'table:table-row':
          if (tableDepth === 1) nextRow = row + rowRepeat;
          break;
        case 'table:table-cell':
        case 'table:covered-table-cell':
          if (tableDepth === 1) emitCell();
          break;
        case 'text:p':
        case 'text:h':
          if (tableDepth === 0) lines.endLine();
          break;
      }
    },
    text(text, from, to) {
      if (inBody && skip === 0 && paragraph > 0) put(text, from, to);
    },
  });
}

/** `table:number-*-repeated`, capped: LibreOffice writes 1 048 576 for the empty rest of a sheet. */
function count(value: string | undefined): number {
  const n = Number(value ?? 1);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1_048_576) : 1;
}

function spaces(tag: string): number {
  return Math.min(count(attr(tag, 'text:c')), 1000);
}

/**
 * A password-protected OpenDocument file is still a readable ZIP: its parts are encrypted by the format
 * itself, each declared in `META-INF/manifest.xml` with a `manifest:encryption-data` element. Inflating
 * its `content.xml` gives garbage or an error, so it is named encrypted instead.
 */
export function odfEncrypted(pkg: ZipPackage): boolean {
  let path = '';
  let encrypted = false;
  walkXml(pkg.text('META-INF/manifest.xml'), {
    open(name, tag) {
      if (name === 'manifest:file-entry') path = attr(tag, 'manifest:full-path') ?? '';
      else if (name === 'manifest:encryption-data' && (path === 'content.xml' || path === 'styles.xml')) encrypted = true;
    },
  });
  return encrypted;
}
