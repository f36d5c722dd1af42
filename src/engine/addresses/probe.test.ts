import { describe, expect, it } from 'vitest';
import { createScanner } from '../scan';
import { postalAddress } from './detector';
import { NEGATIVES, POSITIVES } from './probe-set';

/**
 * Precision and recall of the POSTAL_ADDRESS detector on its own probe set (printed; see
 * docs/design/postal-addresses.md). A positive counts as found when a finding overlaps its address;
 * "exact" also needs the finding to cover it. Every finding outside the expected address is a false
 * positive.
 */
describe('postal addresses: probe set', () => {
  const scanner = createScanner([postalAddress]);

  it('has enough cases', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(120);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(100);
  });

  it('reaches P ≥ 0.95 and R ≥ 0.85', () => {
    let tp = 0;
    let fp = 0;
    let exact = 0;
    const missed: string[] = [];
    const wrong: string[] = [];
    for (const { text, address } of POSITIVES) {
      const at = text.indexOf(address);
      if (at < 0) throw new Error(`address not in text: ${address}`);
      const end = at + address.length;
      let hit = false;
      for (const f of scanner.scan(text)) {
        if (f.start < end && f.end > at) {
          hit = true;
          if (f.start <= at && f.end >= end) exact++;
        } else {
          fp++;
          wrong.push(text.slice(f.start, f.end));
        }
      }
      if (hit) tp++;
      else missed.push(address);
    }
    for (const text of NEGATIVES) {
      for (const f of scanner.scan(text)) {
        fp++;
        wrong.push(text.slice(f.start, f.end));
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / POSITIVES.length;
    console.log(
      `POSTAL_ADDRESS probe: ${POSITIVES.length} addresses, ${NEGATIVES.length} negatives: ` +
        `P ${precision.toFixed(3)} R ${recall.toFixed(3)} (TP ${tp}, FP ${fp}, exact spans ${exact})` +
        `\n  missed: ${JSON.stringify(missed)}\n  false positives: ${JSON.stringify(wrong)}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });
});
