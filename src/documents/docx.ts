import { LineWriter } from './lines';
import type { TextBuilder } from './text-builder';
import type { Location } from './types';
import { walkXml, type XmlSource } from './xml';
import type { ZipPackage } from './zip';

/** The parts of a Word file we read, in reading order: headers, body, footers, notes, comments. */
export function docxParts(names: readonly string[]): { name: string; kind: StoryKind }[] {
  const numbered = (re: RegExp) => names.filter((n) => re.test(n)).sort(byNumber);
  return [
    ...numbered(/^word\/header\d*\.xml$/).map((name) => ({ name, kind: 'header' as const })),
    { name: 'word/document.xml', kind: 'body' as const },
    ...numbered(/^word\/footer\d*\.xml$/).map((name) => ({ name, kind: 'footer' as const })),
    { name: 'word/footnotes.xml', kind: 'footnote' as const },
    { name: 'word/endnotes.xml', kind: 'endnote' as const },
    { name: 'word/comments.xml', kind: 'comment' as const },
  ].filter((p) => names.includes(p.name));
}

type StoryKind = 'body' | 'header' | 'footer' | 'footnote' | 'endnote' | 'comment';

/**
 * Reads every story of a DOCX into `out`, each inflated as it is walked. The body is opened first,
 * though read after the headers: it is what the inflation budget goes to when a file is over it.
 */
export function extractDocx(pkg: ZipPackage, out: TextBuilder): void {
  const body = pkg.source(BODY);
  for (const part of docxParts(pkg.names)) {
    out.part();
    readStory(part.name === BODY ? body : pkg.source(part.name), part.name, part.kind, out);
  }
}

const BODY = 'word/document.xml';

/**
 * One Word story. Text is in `w:t` (and `w:delText` for tracked deletions); runs split a word anywhere
 * (`<w:t>Mar</w:t></w:r><w:r><w:t>ia</w:t>`), so pieces are appended as they come and only paragraphs,
 * breaks and cells add separators. `mc:Fallback` repeats the `mc:Choice` content (text boxes): skipped.
 */
function readStory(xml: XmlSource, part: string, kind: StoryKind, out: TextBuilder): void {
  const lines = new LineWriter(out);
  const story: Location = { kind };
  let inText = false;
  let skip = 0;
  let inserted = 0;
  let deleted = 0;
  let tableDepth = 0;
  let tables = 0;
  let table = 0;
  let row = 0;
  let cellInRow = 0;
  let paragraphInCell = 0;

  const where = (): Location => {
    if (tableDepth > 0 && kind === 'body') return { kind: 'table', table, row };
    if (deleted > 0) return { kind: 'deleted' };
    if (inserted > 0) return { kind: 'inserted' };
    return story;
  };

  walkXml(xml, {
    open(name, _tag, selfClosing) {
      if (skip > 0) {
        if (name === 'mc:Fallback') skip++; // close() runs for self-closing tags too
        return;
      }
      switch (name) {
        case 'mc:Fallback':
          if (!selfClosing) skip = 1;
          break;
        case 'w:t':
        case 'w:delText':
          inText = !selfClosing;
          break;
        case 'w:tab':
          if (selfClosing) tableDepth > 0 ? lines.space() : lines.text('\t', where());
          break;
        case 'w:br':
        case 'w:cr':
          tableDepth > 0 ? lines.space() : lines.endLine();
          break;
        case 'w:ins':
          inserted++;
          break;
        case 'w:del':
          // Deleted text sits beside its replacement: a space keeps "4111…" + "5500…" two values.
          deleted++; // close() runs for self-closing tags too (a deleted paragraph mark)
          lines.space();
          break;
        case 'w:tbl':
          if (tableDepth++ === 0) {
            table = ++tables;
            row = 0;
            lines.endLine();
          }
          break;
        case 'w:tr':
          if (tableDepth === 1) {
            row++;
            cellInRow = 0;
            lines.endLine();
          }
          break;
        case 'w:tc':
          if (tableDepth === 1) {
            if (cellInRow++ > 0) lines.cell();
            paragraphInCell = 0;
          }
          break;
        case 'w:p':
          if (tableDepth > 0 && paragraphInCell++ > 0) lines.space();
          break;
      }
    },
    close(name) {
      if (skip > 0) {
        if (name === 'mc:Fallback') skip--;
        return;
      }
      switch (name) {
        case 'w:t':
        case 'w:delText':
          inText = false;
          break;
        case 'w:ins':
          inserted--;
          break;
        case 'w:del':
          deleted--;
          lines.space();
          break;
        case 'w:tbl':
          if (--tableDepth === 0) lines.endLine();
          break;
        case 'w:tr':
          if (tableDepth === 1) lines.endLine();
          break;
        case 'w:p':
          if (tableDepth === 0) lines.endLine();
          break;
      }
    },
    text(text, from, to) {
      if (inText && skip === 0) lines.text(text, where(), out.origins && [{ part, from, to, offset: 0, length: text.length }]);
    },
  });
}

/** `header10.xml` after `header2.xml`. */
export function byNumber(a: string, b: string): number {
  const na = Number(/(\d+)\.xml$/.exec(a)?.[1] ?? 0);
  const nb = Number(/(\d+)\.xml$/.exec(b)?.[1] ?? 0);
  return na - nb || a.localeCompare(b);
}
