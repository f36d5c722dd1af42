/**
 * Where a piece of text sits in the package: the raw range of an XML text node in `part`, and the
 * piece's offset in that node's decoded text. Only recorded for redaction (see redact.ts).
 */
export interface Origin {
  readonly part: string;
  readonly from: number;
  readonly to: number;
  /** Offset of this node's text within the piece added (a cell's text can span several nodes). */
  readonly offset: number;
}

/** An origin placed in the extracted text. */
export interface PlacedOrigin extends Origin {
  /** Offset in the extracted text where this node's text starts. */
  readonly at: number;
  readonly length: number;
}

import type { DocumentFormat, DocumentLimits, Extracted, ExtractWarning, Location, Segment } from './types';

/** Thrown inside the extractors only, caught by extract.ts: a limit stops the walk mid-part. */
export class LimitReached extends Error {
  constructor(readonly limit: 'text' | 'time') {
    super(limit);
  }
}

/**
 * Collects extracted text with the location of every piece. Pieces are appended as strings and joined
 * once at the end (no quadratic concatenation); consecutive pieces from an equal location share a segment (with the separators between them).
 */
export class TextBuilder {
  private readonly pieces: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;
  private truncated = false;
  /** True before the first piece of a part: a blank line separates parts. */
  private partStart = true;
  readonly warnings: ExtractWarning[] = [];
  /** Set by redaction only: every piece's XML text node. */
  origins: PlacedOrigin[] | undefined;

  constructor(
    private readonly maxChars: number,
    private readonly deadline: () => boolean = () => false,
  ) {}

  /** Starts a new part (a sheet, a slide, the header): separated from the last by a blank line. */
  part(): void {
    if (this.deadline()) throw new LimitReached('time');
    this.partStart = true;
  }

  /** Appends text that belongs to no location: separators (tabs, newlines). */
  raw(text: string): void {
    // Line breaks pending from before a part starts are the part separator's job; tabs keep columns.
    if (text.length === 0 || ((this.partStart || this.length === 0) && text.indexOf('\t') < 0)) return;
    this.startPart();
    this.put(text);
  }

  /** Appends `text` found at `where`. */
  add(text: string, where: Location, origins?: readonly (Origin & { length: number })[]): void {
    if (text.length === 0) return;
    this.startPart();
    const start = this.length;
    this.put(text);
    if (this.origins !== undefined && origins !== undefined) {
      for (const o of origins) if (o.from >= 0) this.origins.push({ ...o, at: start + o.offset });
    }
    const last = this.segments[this.segments.length - 1];
    // Only separators can lie between the last segment and this one: same place, one segment.
    if (last !== undefined && sameLocation(last.where, where)) {
      this.segments[this.segments.length - 1] = { start: last.start, end: this.length, where };
    } else {
      this.segments.push({ start, end: this.length, where });
    }
  }

  build(format: DocumentFormat): Extracted {
    // Separators wait for the next text (LineWriter), so nothing trails but what a text file holds.
    const text = this.pieces.join('');
    // Segments end within the text (put() cuts both at the limit); copy only when something was cut.
    const segments = (this.segments[this.segments.length - 1]?.end ?? 0) <= text.length ? this.segments : this.segments.filter((s) => s.start < text.length).map((s) => (s.end > text.length ? { ...s, end: text.length } : s));
    return { format, text, segments, truncated: this.truncated, warnings: this.warnings };
  }

  private startPart(): void {
    if (!this.partStart) return;
    this.partStart = false;
    if (this.length > 0) this.put('\n\n');
  }

  private put(text: string): void {
    const room = this.maxChars - this.length;
    if (text.length > room) {
      if (room > 0) {
        this.pieces.push(text.slice(0, room));
        this.length += room;
      }
      this.truncated = true;
      this.warnings.push({ kind: 'truncated', limit: this.maxChars });
      throw new LimitReached('text');
    }
    this.pieces.push(text);
    this.length += text.length;
  }
}

/** Locations are small flat objects: compare their fields. */
export function sameLocation(a: Location, b: Location): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'entry' && b.kind === 'entry') return a.name === b.name && sameLocation(a.inner, b.inner);
  // Spreadsheet cells differ by cell nearly always: answer without walking keys.
  if (a.kind === 'cell' && b.kind === 'cell') return a.cell === b.cell && a.sheet === b.sheet && a.hidden === b.hidden;
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  for (const key of Object.keys(ra)) if (ra[key] !== rb[key]) return false;
  return Object.keys(ra).length === Object.keys(rb).length;
}

/** Milliseconds left of `limits.timeBudgetMs` from now (negative past it). */
export function timeLeftOf(limits: DocumentLimits, now: () => number): () => number {
  const end = now() + limits.timeBudgetMs;
  return () => end - now();
}
