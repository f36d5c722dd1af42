import type { TextBuilder } from './text-builder';

/**
 * A PDF's pages, as the caller's reader gave them (pdf.js runs in an extension page, never here: it
 * needs a worker and 1.7 MB of code). Pages are parts, so "page 3" locates a finding.
 */
export function addPdfPages(pages: readonly string[], out: TextBuilder): void {
  pages.forEach((text, i) => {
    out.part();
    out.add(text, { kind: 'page', page: i + 1 });
  });
}
