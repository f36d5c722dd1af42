/**
 * Documents for the extraction bench and the e2e timing test, generated from the bench's realistic
 * text and customer table (same seed, same bytes), packaged like the unit tests' fixtures
 * (src/documents/testing/office-files.ts; PDFs through pdf-lib, src/files/testing/pdf-files.ts).
 */
import { strToU8 } from 'fflate';
import { docx, odf, para, pptx, run, xlsx, type Sheet } from '../src/documents/testing/office-files';
import { pdfOf } from '../src/files/testing/pdf-files';
import { customerTable } from './customer-table';
import { realisticText } from './realistic-text';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Prose lines of about `mb` MB, XML-escaped. */
function lines(mb: number): string[] {
  return realisticText(mb * 1024 * 1024, 11).split('\n').filter((l) => l.trim() !== '').map(escape);
}

/** Rows of the customer CSV as cells. */
function rows(mb: number): string[][] {
  return customerTable(mb * 1024 * 1024, 12).text.split('\n').filter(Boolean).map((l) => l.split(',').map(escape));
}

export const MAKERS: Record<string, (mb: number) => Uint8Array> = {
  // Runs split every ~40 characters, as Word's revision ids and spell-check split them.
  docx: (mb) => docx({ body: lines(mb).map((l) => para(...(l.match(/[\s\S]{1,40}/g) ?? []).map((r) => run(r)))).join('') }),
  xlsx: (mb) => {
    const table = rows(mb);
    const shared = [...new Set(table.flat())];
    const index = new Map(shared.map((s, i) => [s, i]));
    const cols = 'ABCDEFGHIJKLMNOP';
    const sheet: Sheet = { name: 'Customers', rows: {} };
    table.forEach((r, i) => (sheet.rows[i + 1] = Object.fromEntries(r.map((c, j) => [cols[j]!, { s: index.get(c)! }]))));
    return xlsx(shared, [sheet]);
  },
  pptx: (mb) => {
    const all = lines(mb);
    const slides = [];
    // ~60 paragraphs a slide: a 10 MB deck stays under the 10 000-entry limit, as real decks do.
    for (let i = 0; i < all.length; i += 60) slides.push({ texts: all.slice(i, i + 50), notes: all.slice(i + 50, i + 60).join(' ') });
    return pptx(slides);
  },
  odt: (mb) => odf('text', `<office:text>${lines(mb).map((l) => `<text:p>${l}</text:p>`).join('')}</office:text>`),
  ods: (mb) =>
    odf('spreadsheet', `<office:spreadsheet><table:table table:name="Customers">${rows(mb)
      .map((r) => `<table:table-row>${r.map((c) => `<table:table-cell office:value-type="string"><text:p>${c}</text:p></table:table-cell>`).join('')}</table:table-row>`)
      .join('')}</table:table></office:spreadsheet>`),
  odp: (mb) => {
    const all = lines(mb);
    const pages = [];
    for (let i = 0; i < all.length; i += 60) {
      const texts = all.slice(i, i + 50).map((l) => `<text:p>${l}</text:p>`).join('');
      const notes = all.slice(i + 50, i + 60).map((l) => `<text:p>${l}</text:p>`).join('');
      pages.push(`<draw:page draw:name="page${pages.length + 1}"><draw:frame><draw:text-box>${texts}</draw:text-box></draw:frame><presentation:notes><draw:frame><draw:text-box>${notes}</draw:text-box></draw:frame></presentation:notes></draw:page>`);
    }
    return odf('presentation', `<office:presentation>${pages.join('')}</office:presentation>`);
  },
  rtf: (mb) => strToU8(`{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 ${realisticText(mb * 1024 * 1024, 11).replace(/[\\{}]/g, '\\$&').replace(/\n/g, '\\par\n')}}`),
  text: (mb) => strToU8(realisticText(mb * 1024 * 1024, 11)),
  // The customer table as it is exported: a text file the guard reads in the page (src/guard/text-files.ts).
  csv: (mb) => strToU8(customerTable(mb * 1024 * 1024, 12).text),
};

/**
 * A PDF of about `mb` MB of prose: 50 lines of at most 90 characters a page, in Helvetica (Latin-1 only).
 * pdf-lib hangs every page on one `/Pages` node: a flat page tree, which costs pdf.js more per page the
 * more pages there are (docs/design/documents.md, "Measured").
 */
export function makePdf(mb: number): Promise<Uint8Array> {
  const all = realisticText(mb * 1024 * 1024, 11)
    .replace(/[^\x20-\x7e\xa0-\xff\n]/g, '?')
    .split('\n')
    .flatMap((l) => l.match(/.{1,90}/g) ?? []);
  const pages: string[][] = [];
  for (let i = 0; i < all.length; i += 50) pages.push(all.slice(i, i + 50));
  return pdfOf(pages);
}

/** The bench's formats, in the order its tables list them. */
export const FORMATS = ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'rtf', 'csv', 'text'] as const;
export type BenchFormat = (typeof FORMATS)[number];

/** A document of `format` made from `mb` MB of text (`MAKERS`, or `makePdf`). */
export function makeDocument(format: BenchFormat, mb: number): Promise<Uint8Array> {
  return Promise.resolve(format === 'pdf' ? makePdf(mb) : MAKERS[format]!(mb));
}

/** Text MB of the probe that tells how large a format's file comes out per MB of text. */
const PROBE_MB = 0.25;

/**
 * A document of `format` whose file is about `fileMb` MB (2^20 bytes): the text is scaled by the size a
 * small probe of the format comes out at (office files are zipped XML, a PDF is text plus its layout), so
 * the file is all text the reader has to read, the worst case for its size.
 */
export async function makeDocumentOfFileSize(format: BenchFormat, fileMb: number): Promise<Uint8Array> {
  const probe = await makeDocument(format, PROBE_MB);
  const textMb = (fileMb * PROBE_MB * 1024 * 1024) / probe.length;
  const made = await makeDocument(format, textMb);
  // A big file compresses a little worse or better than the probe (a 48 MB DOCX came out 50.3 MB): made
  // again, once, when it is over 2 % off.
  const off = made.length / (fileMb * 1024 * 1024);
  return Math.abs(off - 1) > 0.02 ? makeDocument(format, textMb / off) : made;
}
