import { describe, expect, it } from 'vitest';
import { HOSTILE_INPUTS } from '../../../bench/hostile-inputs';
import { createFieldIndex } from '../fields';
import { findNames } from './find-names';

/**
 * The finder stays linear on the bench's hostile inputs and on name-dense text. Times are the best of
 * three after a warm-up (the box is shared); the bench reports the speeds themselves.
 */
function bestMs(text: string): number {
  const fields = createFieldIndex(text);
  findNames(text.slice(0, 4096), 0, Math.min(4096, text.length), createFieldIndex(text.slice(0, 4096)));
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    findNames(text, 0, text.length, fields);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const MB = 1024 * 1024;
/** A CI floor far under the speeds the bench measures: catches super-linear work, not a busy runner. */
const MIN_MB_PER_S = 4;
/** Times under this are noise; ratios are taken from here. */
const FLOOR_MS = 5;

/** The 4 MB / 1 MB time ratio (linear ≈ 4), measured again once if over the limit (a busy neighbour). */
function ratio(make: (chars: number) => string, chars: number): number {
  const measure = () => bestMs(make(4 * chars)) / Math.max(bestMs(make(chars)), FLOOR_MS);
  const first = measure();
  return first < 6 ? first : measure();
}

/** Shapes aimed at this finder: every word a name, every pair capitalised, honorifics and particles. */
const NAME_SHAPES: readonly (readonly [string, string])[] = [
  ['names', 'Maria Schmidt '],
  ['capitalised pairs', 'Aa Bb '],
  ['honorifics', 'Herr Frau '],
  ['particles', 'Anna van der de la '],
  ['greetings', 'Hi Hi Hi '],
  ['one huge word', 'A'],
  ['one huge name', 'Ab '],
];

describe('person-name finder on hostile input', () => {
  it.each(HOSTILE_INPUTS.map((h) => [h.id, h] as const))('%s: 1 MB fast, 4 MB linear', (_id, hostile) => {
    const one = Math.min(bestMs(hostile.make(MB)), bestMs(hostile.make(MB)));
    expect(1000 / Math.max(one, 1), `${one.toFixed(1)} ms for 1 MB`).toBeGreaterThanOrEqual(MIN_MB_PER_S);
    expect(ratio(hostile.make, MB)).toBeLessThan(6);
  });

  it.each(NAME_SHAPES)('%s repeated: linear', (_name, unit) => {
    // Joined, not `repeat`ed: V8 builds `repeat` as a rope, and text from a page is a flat string.
    const make = (chars: number) => Array.from({ length: Math.ceil(chars / unit.length) }, () => unit).join('').slice(0, chars);
    expect(ratio(make, MB / 4)).toBeLessThan(6);
  });
});
