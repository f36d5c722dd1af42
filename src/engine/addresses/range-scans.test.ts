import { describe, expect, it } from 'vitest';
import { customerTable } from '../../../bench/customer-table';
import { proseLine, realisticText } from '../../../bench/realistic-text';
import { rangeCost, wholeAndRanges } from '../people/range-check';
import { findAddresses } from './find';
import { NEGATIVES, POSITIVES } from './probe-set';

/**
 * POSTAL_ADDRESS range scans (docs/design/range-scans.md): ranges that tile a text find what its whole
 * scan finds, and cost their range plus a fixed margin, not the rest of the text.
 */
const prose = realisticText(192 * 1024, 3);
const probes = [...POSITIVES.map((p) => p.text), ...NEGATIVES];
const TEXTS: [string, string, number][] = [
  ['prose', prose, 0],
  ['one-line prose', prose.replace(/\n/g, ' '), 0],
  ['customer CSV', customerTable(160 * 1024, 2).text, 300],
  ['probe set', probes.join('\n\n'), 150],
  ['probe set, one line', probes.join(' '), 100],
];

describe('POSTAL_ADDRESS range scans', () => {
  for (const [name, text, least] of TEXTS) {
    // The guard's smallest range, an odd one, and (on the small probe texts) many boundaries.
    for (const size of name.startsWith('probe') ? [8192, 20_011, 997] : [8192, 20_011]) {
      it(`${name}: ranges of ${size} find what the whole scan finds`, () => {
        const { whole, ranges, outside } = wholeAndRanges(findAddresses, text, size);
        expect(whole.length).toBeGreaterThanOrEqual(least);
        expect(outside).toEqual([]);
        expect(ranges).toEqual(whole);
      });
    }
  }

  it('4 MB of one-line prose in 64 KB ranges costs at most twice its whole scan', () => {
    // One line with numbers (the realistic text without line breaks) and one without any (the guard's
    // e2e filler): a search that runs on to the text's end makes every range cost the rest of the text.
    for (const text of [realisticText(4 * 1024 * 1024, 1).replace(/\n/g, ' '), proseLine(4 * 1024 * 1024)]) {
      const { whole, ranges, medianWhole, medianRanges } = rangeCost(findAddresses, text, 64 * 1024);
      console.log(`POSTAL_ADDRESS, 4 MB one line: whole ${whole.toFixed(1)} ms, 64 KB ranges ${ranges.toFixed(1)} ms (best of 7; medians ${medianWhole.toFixed(1)}, ${medianRanges.toFixed(1)})`);
      expect(ranges).toBeLessThanOrEqual(2 * whole + 2);
    }
  }, 120_000);
});
