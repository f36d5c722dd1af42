import { describe, expect, it } from 'vitest';
import { createFieldIndex } from '../../fields';
import type { MatchInfo } from '../../types';
import { phone } from './phone';
import { NATIONAL_SOURCE, NATIONAL_UNLABELLED_SOURCE } from './phone-shapes';
import { Rng } from '../../../../test/corpus/rng';

/**
 * The national pattern skips the chains its validator always rejects (bare runs, IPv4 addresses):
 * every match it skips is one NATIONAL_SOURCE makes and the validator rejects in any context, and every
 * match it makes is one of NATIONAL_SOURCE's.
 */
function rng(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.next();
}

function matches(source: string, text: string): string[] {
  const re = new RegExp(source, 'g');
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
}

describe('national phone candidates', () => {
  it('skip only what the validator rejects, in any context', () => {
    const next = rng(5);
    const pieces = ['0', '1', '2', '4', '9', '06', '415', '555', '2671', '12', '34', '185', '222', '20095', '1713171529', '+', '(', ')', ' ', ' ', '.', '-', '/', '\u00a0', ':', 'a', ',', 'Tel ', 'phone: ', '\n'];
    const prefixes = ['', 'Tel ', 'phone: ', 'Mobil: ', 'id,mobile\n1,', 'x '];
    const skipped = new Set<string>();
    for (let k = 0; k < 4000; k++) {
      let text = '';
      for (let n = 3 + Math.floor(next() * 14); n > 0; n--) text += pieces[Math.floor(next() * pieces.length)];
      const all = matches(NATIONAL_SOURCE, text);
      const kept = matches(NATIONAL_UNLABELLED_SOURCE, text);
      expect(kept.filter((m) => !all.includes(m)), text).toEqual([]);
      for (const m of all) {
        if (kept.includes(m)) continue;
        const value = m.slice(m.indexOf(':') + 1);
        skipped.add(value);
        for (const prefix of prefixes) {
          const t = prefix + value;
          const fields = createFieldIndex(t);
          const info: MatchInfo = { match: value, pattern: 'national', before: prefix, after: '', fields, start: prefix.length, label: () => fields.labelAt(prefix.length) };
          expect(phone.validate!(value, info), JSON.stringify(t)).toBe(false);
        }
      }
    }
    expect(skipped.size).toBeGreaterThan(500);
  });
});
