import { columnName, parseCellRef } from './cell-ref';
import { LineWriter } from './lines';
import { referencedParts, relatedPart } from './rels';
import type { Origin, TextBuilder } from './text-builder';
import { attr, walkXml, XmlWalker, type XmlSource } from './xml';
import type { ZipPackage } from './zip';

interface SheetRef {
  readonly name: string;
  readonly path: string;
  readonly hidden: boolean;
}

/**
 * Reads every sheet of an XLSX in workbook order, hidden ones too (they are a classic way data leaves
 * unnoticed, so they are read and reported), as TSV rows; then each sheet's cell notes. The workbook is
 * asked for before the shared strings, and they before the sheets: the order the inflation budget goes by.
 */
export function extractXlsx(pkg: ZipPackage, out: TextBuilder): void {
  const sheets = sheetsOf(pkg);
  const shared = sharedStrings(pkg.source(SHARED_PART), out.origins !== undefined);
  for (const sheet of sheets) {
    if (sheet.hidden) out.warnings.push({ kind: 'hidden-sheet', sheet: sheet.name });
    out.part();
    readSheet(pkg.source(sheet.path), sheet, shared, out);
    const comments = relatedPart(pkg, sheet.path, 'comments');
    if (comments !== undefined) readNotes(pkg.source(comments), sheet, out);
  }
}

/** The sheets listed in `xl/workbook.xml`, resolved through its relationships. */
function sheetsOf(pkg: ZipPackage): SheetRef[] {
  return referencedParts(pkg, 'xl/workbook.xml', 'sheet').map(({ tag, path }) => {
    const state = attr(tag, 'state');
    return { name: attr(tag, 'name') ?? '', path, hidden: state === 'hidden' || state === 'veryHidden' };
  });
}

type NodeRef = Origin & { length: number };

/**
 * The shared-string table with the XML text nodes of each string (redaction rewrites them), parsed only
 * as far as the cells read refer to it: Excel writes it in order of first use, so a sheet the text limit
 * stops after 10 M characters needs its start, not all of it (a 50 MB workbook: 138 MB of strings).
 */
export interface SharedStrings {
  text(index: number): string;
  nodes(index: number): NodeRef[] | undefined;
}

const SHARED_PART = 'xl/sharedStrings.xml';

/** The shared-string table; rich text runs joined, phonetic hints (`rPh`) left out. */
export function sharedStrings(xml: XmlSource, keepNodes = false): SharedStrings {
  const strings: string[] = [];
  const nodes: NodeRef[][] = [];
  let currentNodes: NodeRef[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  const walker = new XmlWalker({
    // close() runs for self-closing tags too, so opens and closes pair up.
    open(name, _tag, selfClosing) {
      if (name === 'si') {
        current = '';
        if (keepNodes) currentNodes = [];
      }
      else if (name === 't') inText = phonetic === 0 && !selfClosing;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 'si') {
        strings.push(current);
        if (keepNodes) nodes.push(currentNodes);
      }
      else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text(text, from, to) {
      if (!inText) return;
      if (keepNodes) currentNodes.push({ part: SHARED_PART, from, to, offset: current.length, length: text.length });
      current += text;
    },
  });
  let more = typeof xml !== 'string';
  if (typeof xml === 'string') walker.end(xml);
  const upTo = (index: number) => {
    while (more && strings.length <= index) {
      const piece = (xml as Exclude<XmlSource, string>).next();
      if (piece !== undefined) walker.write(piece);
      else {
        walker.end();
        more = false;
      }
    }
  };
  return {
    text: (index) => (upTo(index), strings[index] ?? ''),
    nodes: (index) => (upTo(index), nodes[index]),
  };
}

/** One worksheet: a line per non-empty row, cells at their column (tabs from column A). */
function readSheet(xml: XmlSource, sheet: SheetRef, shared: SharedStrings, out: TextBuilder): void {
  const sheetPart = sheet.path;
  const lines = new LineWriter(out);
  let row = 0;
  let lastColumn = 0;
  let writtenRow = 0;
  let ref = '';
  let type = '';
  let value = '';
  /** Inline strings' text nodes; numbers and formula results are not rewritten (a value type would break). */
  let valueNodes: NodeRef[] = [];
  let inInline = false;
  let reading = false;

  const emit = () => {
    const at = parseCellRef(ref) ?? { column: lastColumn + 1, row };
    const text = cellText(type, value, shared);
    const origins = out.origins === undefined ? undefined : type === 's' ? shared.nodes(Number(value)) : type === 'inlineStr' ? valueNodes : undefined;
    lastColumn = at.column;
    if (text === '') return;
    if (at.row !== writtenRow) {
      lines.endLine();
      writtenRow = at.row;
      lastWritten = 0;
    }
    for (let c = lastWritten + 1; c < at.column; c++) lines.cell();
    if (lastWritten > 0) lines.cell();
    lastWritten = at.column;
    const cell = columnName(at.column) + at.row;
    lines.text(text, sheet.hidden ? { kind: 'cell', sheet: sheet.name, cell, hidden: true } : { kind: 'cell', sheet: sheet.name, cell }, origins);
  };
  let lastWritten = 0;

  walkXml(xml, {
    open(name, tag, selfClosing) {
      if (name === 'row') {
        row = Number(attr(tag, 'r') ?? row + 1);
        lastColumn = 0;
      } else if (name === 'c') {
        ref = attr(tag, 'r') ?? '';
        type = attr(tag, 't') ?? 'n';
        value = '';
        if (out.origins !== undefined) valueNodes = [];
        if (selfClosing) lastColumn = parseCellRef(ref)?.column ?? lastColumn + 1;
      } else if ((name === 'v' || name === 't') && !selfClosing) {
        reading = true;
        inInline = name === 't';
      }
    },
    close(name) {
      if (name === 'v' || name === 't') reading = false;
      else if (name === 'c') emit();
    },
    text(text, from, to) {
      if (!reading) return;
      if (inInline && out.origins !== undefined) valueNodes.push({ part: sheetPart, from, to, offset: value.length, length: text.length });
      value += text;
    },
  });
}

/** A cell's shown text; tabs and line breaks inside it become spaces so rows stay rows. */
function cellText(type: string, value: string, shared: SharedStrings): string {
  let text: string;
  if (type === 's') text = shared.text(Number(value));
  else if (type === 'b') text = value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
  else text = value;
  return text.replace(/[\t\r\n]/g, ' ');
}

/** Legacy cell comments (`xl/comments1.xml`), which Excel still writes beside threaded comments. */
function readNotes(xml: XmlSource, sheet: SheetRef, out: TextBuilder): void {
  const lines = new LineWriter(out);
  let cell = '';
  let inText = false;
  out.part();
  walkXml(xml, {
    open(name, tag, selfClosing) {
      if (name === 'comment') cell = attr(tag, 'ref') ?? '';
      else if (name === 't' && !selfClosing) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'comment') lines.endLine();
    },
    text(text) {
      if (!inText) return;
      // One note per line: Excel puts a line break after the author's name.
      lines.text(text.replace(/[\t\r\n]/g, ' '), sheet.hidden ? { kind: 'cell-note', sheet: sheet.name, cell, hidden: true } : { kind: 'cell-note', sheet: sheet.name, cell });
    },
  });
}
