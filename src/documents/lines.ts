import type { Origin, TextBuilder } from './text-builder';
import type { Location } from './types';

/**
 * Lines and table cells as the engine's table context wants them: a paragraph per line, a table row per
 * line with cells separated by one tab (empty cells keep their tab, so columns line up under headers).
 * Separators wait until the next text, so empty paragraphs and trailing breaks add nothing.
 */
export class LineWriter {
  private pending = '';
  /** Whether the last text written ended in whitespace (a soft separator would double it). */
  private endsInSpace = true;

  constructor(private readonly out: TextBuilder) {}

  text(text: string, where: Location, origins?: readonly (Origin & { length: number })[]): void {
    if (text.length === 0) return;
    this.flush();
    this.out.add(text, where, origins);
    const last = text.charCodeAt(text.length - 1);
    this.endsInSpace = last === 0x20 || last === 0x09 || last === 0x0a || last === 0xa0;
  }

  /** A line ends (paragraph, row, `<w:br/>`). */
  endLine(): void {
    if (this.pending === '' || this.pending === ' ') this.pending = '\n';
  }

  /** A soft separator (paragraphs inside one table cell, around a tracked deletion). */
  space(): void {
    if (this.pending === '' && !this.endsInSpace) this.pending = ' ';
  }

  /** The next cell of a row starts: written now, even when the cell stays empty. */
  cell(): void {
    this.pending = this.pending === ' ' ? '' : this.pending;
    this.flush();
    this.out.raw('\t');
  }

  /** A part ends: what follows starts after a blank line (TextBuilder.part). */
  endPart(): void {
    this.pending = '';
    this.out.part();
  }

  private flush(): void {
    if (this.pending !== '') {
      this.out.raw(this.pending);
      this.pending = '';
    }
  }
}
