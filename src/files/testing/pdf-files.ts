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
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 18, size: 12, font }));
  }
  // Fixed dates: the same pages give the same bytes.
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  return doc.save({ useObjectStreams: false });
}
