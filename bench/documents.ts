/**
 * Extraction time per document format and size (issue 11), in Node:
 *   node --import tsx bench/documents.ts [--sizes=1,10] [--runs=5]
 * Documents are generated from the bench's realistic text and customer table (same seed, same bytes),
 * packaged like the unit tests' fixtures (src/documents/testing/office-files.ts). Prints the file size,
 * the extracted characters and the median time of `extractDocument` per format and size.
 */
import { strToU8 } from 'fflate';
import { extractDocument } from '../src/documents';
import { docx, odf, para, pptx, run, xlsx, type Sheet } from '../src/documents/testing/office-files';
import { customerTable } from './customer-table';
import { realisticText } from './realistic-text';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const sizes = (args.get('sizes') ?? '1,10').split(',').map(Number);
const runs = Number(args.get('runs') ?? 5);

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Prose lines of about `mb` MB, XML-escaped. */
function lines(mb: number): string[] {
  return realisticText(mb * 1024 * 1024, 11).split('\n').filter((l) => l.trim() !== '').map(escape);
}

/** Rows of the customer CSV as cells. */
function rows(mb: number): string[][] {
  return customerTable(mb * 1024 * 1024, 12).text.split('\n').filter(Boolean).map((l) => l.split(',').map(escape));
}

const MAKERS: Record<string, (mb: number) => Uint8Array> = {
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
  rtf: (mb) => strToU8(`{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 ${realisticText(mb * 1024 * 1024, 11).replace(/[\\{}]/g, '\\$&').replace(/\n/g, '\\par\n')}}`),
  text: (mb) => strToU8(realisticText(mb * 1024 * 1024, 11)),
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

console.log('format | text MB | file | chars out | median ms (runs)');
for (const mb of sizes) {
  for (const [format, make] of Object.entries(MAKERS)) {
    const bytes = make(mb);
    const times: number[] = [];
    let chars = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const outcome = await extractDocument(bytes, { name: `bench.${format}` });
      times.push(performance.now() - t0);
      if (outcome.status !== 'ok') throw new Error(`${format}: ${JSON.stringify(outcome)}`);
      chars = outcome.extracted.text.length;
    }
    const kb = bytes.length / 1024;
    const file = kb > 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${kb.toFixed(0)} KB`;
    console.log(`${format} | ${mb} | ${file} | ${(chars / 1e6).toFixed(2)} M | ${median(times).toFixed(0)} (${times.map((t) => t.toFixed(0)).join(', ')})`);
  }
}
