/**
 * One ZIP entry's data inflated without trusting the size the directory declares: at most `cap` bytes
 * are kept, and no call to fflate is given more than `STEP` bytes of deflate data, so none can produce
 * more than 66 MB (deflate's largest ratio is 1032:1: a 258-byte match in 2 bits), whatever the entry
 * says. Synchronous fflate only: its async API starts Blob-URL workers, which the MV3 extension CSP and
 * strict page CSPs block.
 */
import { Inflate, inflateSync } from 'fflate';

export interface Inflated {
  readonly bytes: Uint8Array;
  /** False when the data held more than `cap` bytes (the rest was not inflated). */
  readonly whole: boolean;
}

const MAX_RATIO = 1032;
const STEP = 64 * 1024;

/** `data` (method 0 stored, 8 deflated) up to `cap` bytes. Throws fflate's errors on bad deflate data. */
export function inflateUpTo(data: Uint8Array, method: number, cap: number): Inflated {
  if (method === 0) return { bytes: data.subarray(0, cap), whole: data.length <= cap };
  return data.length <= STEP ? inflateSmall(data, cap) : inflateInSteps(data, cap);
}

/**
 * A small entry in one call, into a buffer one byte longer than it may be (and no longer than its data
 * can fill). fflate does not grow a buffer it is given: an entry holding more than `cap` fills it (the
 * decoding runs on, writing nowhere, 66 MB at most), or, past the end in a stored block, throws a
 * RangeError, and is then read in steps. Neither fflate's streaming class nor a buffer fflate sizes
 * will do here: each costs ~200 KB of buffer growth a part, which for the 8,800 parts of a 10 MB deck
 * cost 40 % more time (the growth and its garbage collection).
 */
function inflateSmall(data: Uint8Array, cap: number): Inflated {
  let out: Uint8Array;
  try {
    out = inflateSync(data, { out: new Uint8Array(Math.min(cap, data.length * MAX_RATIO) + 1) });
  } catch (error) {
    if (error instanceof RangeError) return inflateInSteps(data, cap);
    throw error;
  }
  return out.length <= cap ? { bytes: out, whole: true } : { bytes: out.subarray(0, cap), whole: false };
}

/**
 * A larger entry, pushed into fflate's streaming inflater `STEP` bytes at a time and copied as it comes
 * into one buffer (no larger than `cap`, nor than the data can fill); pushing stops once more than `cap`
 * came out. An entry declaring 1 GB (or 1 KB) that inflates to 1 GB costs the budget (or one step's
 * output) and stops there, decoding no further. Measured on a 10 MB ODT: steps sized to what is still
 * wanted (a few KB near the end of every part, each push costing fflate a 160 KB buffer) took 50 % longer
 * than one whole-part call; collecting the pieces and joining them cost a copy and a garbage collection.
 */
function inflateInSteps(data: Uint8Array, cap: number): Inflated {
  const out = new Uint8Array(Math.min(cap, (data.length + 1) * MAX_RATIO));
  const steps = stepCursor(data, cap);
  let got = 0;
  for (let piece = steps.next(); piece !== undefined; piece = steps.next()) {
    out.set(piece, got);
    got += piece.length;
  }
  return { bytes: got < out.length ? out.subarray(0, got) : out, whole: steps.whole };
}

/** An entry's data inflated a step at a time, as the pieces are asked for: at most `cap` bytes in all. */
export interface InflateCursor {
  /** The next piece; undefined at the end (of the data, or of `cap`). */
  next(): Uint8Array | undefined;
  /** Once at the end: false when the data held more than `cap`. */
  readonly whole: boolean;
}

/** `inflateUpTo`, given in pieces: a larger entry is pushed `STEP` bytes at a time, only when asked. */
export function inflateCursor(data: Uint8Array, method: number, cap: number): InflateCursor {
  if (method === 0 || data.length <= STEP) {
    let done = false;
    let whole = true;
    return {
      get whole() {
        return whole;
      },
      next() {
        if (done) return undefined;
        done = true;
        const inflated = inflateUpTo(data, method, cap);
        whole = inflated.whole;
        return inflated.bytes;
      },
    };
  }
  return stepCursor(data, cap);
}

/** fflate's streaming inflater fed `STEP` bytes of data when a piece is wanted, its output kept to `cap`. */
function stepCursor(data: Uint8Array, cap: number): InflateCursor {
  const ready: Uint8Array[] = [];
  let got = 0;
  let at = 0;
  const inflater = new Inflate((chunk) => {
    const room = cap - got;
    if (room > 0 && chunk.length > 0) ready.push(chunk.length <= room ? chunk : chunk.subarray(0, room));
    got += chunk.length;
  });
  return {
    get whole() {
      return got <= cap;
    },
    next() {
      while (ready.length === 0 && at < data.length && got <= cap) {
        inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
        at += STEP;
      }
      return ready.shift();
    },
  };
}
