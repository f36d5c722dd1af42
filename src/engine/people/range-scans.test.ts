import { describe, expect, it } from 'vitest';
import { customerTable } from '../../../bench/customer-table';
import { proseLine, realisticText } from '../../../bench/realistic-text';
import { findNames } from './find-names';
import { PROBE_NEGATIVES, PROBE_POSITIVES } from './probe-set';
import { rangeCost, wholeAndRanges } from './range-check';
import type { FieldIndex } from '../fields/types';

/**
 * PERSON range scans (docs/design/range-scans.md): ranges that tile a text find what its whole scan
 * finds, and cost their range plus a fixed margin, not the rest of the text.
 */
const find = (text: string, s: { start: number; end: number; fields: FieldIndex }) => findNames(text, s.start, s.end, s.fields);

const prose = realisticText(192 * 1024, 3);
const TEXTS: [string, string][] = [
  ['prose', prose],
  ['one-line prose', prose.replace(/\n/g, ' ')],
  ['customer CSV', customerTable(160 * 1024, 2).text],
  ['probe set', [...PROBE_POSITIVES, ...PROBE_NEGATIVES].map((t) => t.replace(/\[\[|\]\]/g, '')).join('\n\n')],
  ['probe set, one line', [...PROBE_POSITIVES, ...PROBE_NEGATIVES].map((t) => t.replace(/\[\[|\]\]/g, '')).join(' ')],
];

describe('PERSON range scans', () => {
  for (const [name, text] of TEXTS) {
    // The guard's smallest range, an odd one, and (on the small probe texts) many boundaries.
    for (const size of name.startsWith('probe') ? [8192, 20_011, 997] : [8192, 20_011]) {
      it(`${name}: ranges of ${size} find what the whole scan finds`, () => {
        const { whole, ranges, outside } = wholeAndRanges(find, text, size);
        expect(whole.length).toBeGreaterThan(name.startsWith('probe') ? 100 : 10);
        expect(outside).toEqual([]);
        expect(ranges).toEqual(whole);
      });
    }
  }

  it('4 MB of one-line prose in 64 KB ranges costs at most twice its whole scan', () => {
    // One line with names (the realistic text without line breaks) and one without any (the guard's
    // e2e filler): a search that runs on to the text's end makes every range cost the rest of the text.
    for (const text of [realisticText(4 * 1024 * 1024, 1).replace(/\n/g, ' '), proseLine(4 * 1024 * 1024)]) {
      const { whole, ranges, medianWhole, medianRanges } = rangeCost(find, text, 64 * 1024);
      console.log(`PERSON, 4 MB one line: whole ${whole.toFixed(1)} ms, 64 KB ranges ${ranges.toFixed(1)} ms (best of 7; medians ${medianWhole.toFixed(1)}, ${medianRanges.toFixed(1)})`);
      expect(ranges).toBeLessThanOrEqual(2 * whole + 2);
    }
  }, 120_000);
});
