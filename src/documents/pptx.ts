import { LineWriter } from './lines';
import { referencedParts, relatedPart } from './rels';
import type { TextBuilder } from './text-builder';
import type { Location } from './types';
import { attr, walkXml, type XmlSource } from './xml';
import type { ZipPackage } from './zip';

/**
 * Reads a PPTX's slides in presentation order (`p:sldIdLst` through the relationships: slide file
 * numbers are not the order once slides are moved), each followed by its speaker notes.
 */
export function extractPptx(pkg: ZipPackage, out: TextBuilder): void {
  referencedParts(pkg, 'ppt/presentation.xml', 'p:sldId').forEach(({ path }, i) => {
    const slide = i + 1;
    out.part();
    readDrawingText(pkg.source(path), path, { kind: 'slide', slide }, out);
    const notes = relatedPart(pkg, path, 'notesSlide');
    if (notes !== undefined) {
      out.part();
      readDrawingText(pkg.source(notes), notes, { kind: 'notes', slide }, out, true);
    }
  });
}

/**
 * DrawingML text: `a:t` in `a:p` paragraphs, `a:br` breaks, tables (`a:tbl`) as rows of tab-separated
 * cells. In notes, the slide-image and slide-number placeholders repeat the slide: only the body
 * placeholder is read.
 */
function readDrawingText(xml: XmlSource, part: string, where: Location, out: TextBuilder, notesOnly = false): void {
  const lines = new LineWriter(out);
  let inText = false;
  let cellInRow = 0;
  let inTable = 0;
  let shapeSkipped = false;
  walkXml(xml, {
    open(name, tag, selfClosing) {
      if (name === 'p:sp') shapeSkipped = false;
      else if (name === 'p:ph' && notesOnly) shapeSkipped = (attr(tag, 'type') ?? 'body') !== 'body';
      else if (name === 'a:t') inText = !selfClosing;
      else if (name === 'a:br') inTable > 0 ? lines.space() : lines.endLine();
      else if (name === 'a:tbl') inTable++;
      else if (name === 'a:tr') {
        cellInRow = 0;
        lines.endLine();
      } else if (name === 'a:tc' && cellInRow++ > 0) lines.cell();
      else if (name === 'a:p' && inTable > 0) lines.space();
    },
    close(name) {
      if (name === 'a:t') inText = false;
      else if (name === 'a:p' && inTable === 0) lines.endLine();
      else if (name === 'a:tbl') {
        inTable--;
        lines.endLine();
      }
    },
    text(text, from, to) {
      if (inText && !shapeSkipped) lines.text(text, where, out.origins && [{ part, from, to, offset: 0, length: text.length }]);
    },
  });
}
