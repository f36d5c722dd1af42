import { describe, expect, it } from 'vitest';
import { createFieldIndex } from '../fields';
import type { FieldIndex } from '../fields/types';
import { findNames } from './find-names';
import { PROBE_NEGATIVES, PROBE_POSITIVES } from './probe-set';

interface Span {
  start: number;
  end: number;
}

/** The text without `[[ ]]` marks, and the marked spans. */
function unmark(marked: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = '';
  let i = 0;
  while (i < marked.length) {
    const open = marked.indexOf('[[', i);
    if (open < 0) break;
    const close = marked.indexOf(']]', open);
    text += marked.slice(i, open);
    spans.push({ start: text.length, end: text.length + close - open - 2 });
    text += marked.slice(open + 2, close);
    i = close + 2;
  }
  return { text: text + marked.slice(i), spans };
}

/** Precision and recall of the finder on the probe set, with the field index `index` builds. */
function measure(index: (text: string) => FieldIndex) {
  let tp = 0;
  let exact = 0;
  let fp = 0;
  let names = 0;
  const missed: string[] = [];
  const wrong: string[] = [];
  for (const marked of [...PROBE_POSITIVES, ...PROBE_NEGATIVES]) {
    const { text, spans } = unmark(marked);
    const found = findNames(text, 0, text.length, index(text)).filter((f) => f.score >= 0.5);
    names += spans.length;
    for (const s of spans) {
      const hit = found.find((f) => f.start < s.end && s.start < f.end);
      if (hit) {
        tp++;
        if (hit.start === s.start && hit.end === s.end) exact++;
      } else missed.push(text.slice(s.start, s.end));
    }
    for (const f of found) {
      if (!spans.some((s) => f.start < s.end && s.start < f.end)) {
        fp++;
        wrong.push(`${text.slice(f.start, f.end)} (${f.pattern}) in ${JSON.stringify(text.slice(0, 50))}`);
      }
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / names;
  return { precision, recall, tp, fp, names, exact, missed, wrong };
}

describe('PERSON probe set', () => {
  it('is big enough: ≥ 150 positive sentences, ≥ 100 hard negatives', () => {
    expect(PROBE_POSITIVES.length).toBeGreaterThanOrEqual(150);
    expect(PROBE_NEGATIVES.length).toBeGreaterThanOrEqual(100);
    for (const p of PROBE_POSITIVES) expect(p).toContain('[[');
    for (const n of PROBE_NEGATIVES) expect(n).not.toContain('[[');
  });

  it('reaches P ≥ 0.95 and R ≥ 0.90 with the engine field index', () => {
    const name = 'the engine field index';
    const r = measure(createFieldIndex);
    console.log(
      `PERSON probe (${name}): P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} ` +
        `(${r.tp}/${r.names} names, ${r.exact} exact spans, ${r.fp} false positives)\n` +
        `  missed: ${r.missed.join(' | ')}\n  wrong: ${r.wrong.join(' | ')}`,
    );
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
  });
});
