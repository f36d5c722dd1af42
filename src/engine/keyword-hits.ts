/**
 * Where the keyword index gathers its hits (see keyword-index.ts): typed arrays kept between texts,
 * and the sorted runs of the smaller passes, merged into the word-start pass's hits as it runs.
 */

/**
 * Keyword hits sorted by start, as parallel typed arrays of which the first `length` entries are
 * used: hit `h` spans [starts[h], ends[h]) and triggers the detectors `lists[ids[h]]`. Typed arrays
 * and list ids: dense input finds ~200 k hits per MB, and growing three JS arrays by push, then
 * copying them to merge the passes, cost more than finding the hits.
 */
export interface HitList {
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly ids: Int32Array;
  /** Detector lists by id (shared by every HitList of the index). */
  readonly lists: readonly (readonly number[])[];
}

export const INITIAL_HITS = 256;
/** Buffers larger than this (in hits) are not kept for a text that needs an eighth of them. */
const RETAINED_HITS = 1 << 16;

/** Hits being gathered: typed arrays grown by doubling. */
export class HitBuffer {
  length = 0;
  starts: Int32Array;
  ends: Int32Array;
  ids: Int32Array;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
  }

  /**
   * Empties the buffer for the next text. Kept between texts (a 2 KB prompt paid more for six new
   * typed arrays than for its hits); one grown by hostile input is dropped when the next text needs little.
   */
  reset(): void {
    if (this.starts.length > RETAINED_HITS && this.length < this.starts.length >> 3) {
      this.starts = new Int32Array(INITIAL_HITS);
      this.ends = new Int32Array(INITIAL_HITS);
      this.ids = new Int32Array(INITIAL_HITS);
    }
    this.length = 0;
  }

  push(start: number, end: number, id: number): void {
    const n = this.length;
    if (n === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      this.ids = grown(this.ids);
    }
    this.starts[n] = start;
    this.ends[n] = end;
    this.ids[n] = id;
    this.length = n + 1;
  }
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Sorted runs of hits in one buffer (one run per pass), read in order by `moveTo`: run r is
 * [bounds[r], bounds[r + 1]) and `heads[r]` its next hit.
 */
export class Runs {
  readonly hits = new HitBuffer(INITIAL_HITS);
  readonly bounds: number[] = [0];
  readonly heads: number[] = [];

  /** Empties it for the next text. */
  reset(): void {
    this.hits.reset();
    this.bounds.length = 1;
    this.heads.length = 0;
  }

  /** Ends the current run (the hits added since the last call). */
  close(): void {
    this.bounds.push(this.hits.length);
  }

  /** Starts reading the runs from their first hits. */
  start(): void {
    for (let r = 0; r + 1 < this.bounds.length; r++) this.heads[r] = this.bounds[r]!;
    this.findNext();
  }

  /** Start of the earliest hit not moved yet (Infinity: none), and its run (the earlier run on a tie). */
  next = Infinity;
  private nextRun = -1;

  private findNext(): void {
    const { hits, bounds, heads } = this;
    this.next = Infinity;
    this.nextRun = -1;
    for (let r = 0; r < heads.length; r++) {
      const h = heads[r]!;
      if (h < bounds[r + 1]! && hits.starts[h]! < this.next) {
        this.next = hits.starts[h]!;
        this.nextRun = r;
      }
    }
  }

  /** Moves every hit that starts before `before` to `out`, in start order (on a tie, the earlier run first). */
  moveTo(out: HitBuffer, before: number): void {
    const hits = this.hits;
    while (this.next < before) {
      const h = this.heads[this.nextRun]!;
      out.push(hits.starts[h]!, hits.ends[h]!, hits.ids[h]!);
      this.heads[this.nextRun] = h + 1;
      this.findNext();
    }
  }
}
