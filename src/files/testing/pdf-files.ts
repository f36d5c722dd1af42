/**
 * Real PDFs for the tests, written by pdf-lib (a text layer in Helvetica, one array entry per page,
 * each string a line). Test-only: nothing in src/ imports it.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';

export async function pdfOf(pages: readonly (readonly string[])[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    // Set once per page, as a word processor names its fonts once: \`drawText({ font })\` adds a new
    // randomly named key to the page's fonts at every call (50 a page), which made a bench PDF's page
    // dictionaries 1.9 KB each and cost pdf.js 2.7 s of a 50 MB file's 10 s in parsing them.
    page.setFont(font);
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 18, size: 12 }));
  }
  // Fixed dates: the same pages give the same bytes.
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  return doc.save({ useObjectStreams: false });
}
