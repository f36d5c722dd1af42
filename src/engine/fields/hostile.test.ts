import { describe, expect, it } from 'vitest';
import { HOSTILE_INPUTS, repeatTo } from '../../../bench/hostile-inputs';
import { createFieldIndex } from './index';
import { labelWords } from './label-words';
import { cpuMs } from '../../../test/perf/cpu-time';

/** Words that occur all over the inputs below: every occurrence is read as a possible label. */
const EVERYWHERE = labelWords(['a', 'b', 'e', 'k', 'x', 'key', 'lorem', 'insert', 'table', 'one'], ['to', 'of']);

/**
 * The field index stays linear on hostile input: every lookup reads a bounded stretch or a region it
 * then remembers. Each input gets 1,000 lookups of every kind spread over 256 KB, forwards then
 * backwards, one cells() pass over everything, and one with label words found all over it: ~100 ms
 * each; a quadratic path takes seconds to
 * minutes (bench/hostile-inputs.ts has the 1 MB versions the bench times).
 */
const SIZE = 256 * 1024;

const FIELD_INPUTS: [string, (chars: number) => string][] = [
  ['one long line of words', (c) => repeatTo('lorem ipsum dolor sit amet ', c)],
  ['`,` repeated', (c) => repeatTo(',', c)],
  ['`|` repeated', (c) => repeatTo('|', c)],
  ['`,` lines', (c) => repeatTo(',,,,,,,,\n', c)],
  ['`|` lines and rules', (c) => repeatTo('|a|b|\n|---|---|\n', c)],
  ['unbalanced quotes on one line', (c) => repeatTo('"a,', c)],
  ['unbalanced quotes on every line', (c) => repeatTo('x,"a,b\n', c)],
  ['a header, then one row of quotes', (c) => `a,b\n${repeatTo('"x"",', c - 4)}`],
  ['`<a>` repeated', (c) => repeatTo('<a>', c)],
  ['`<td>` lines with no table', (c) => repeatTo('<tr><td>1</td><td>x\n', c)],
  ['`<table>` repeated, never closed', (c) => repeatTo('<table><tr><th>a', c)],
  ['INSERT lines with unclosed strings', (c) => repeatTo("INSERT INTO t VALUES ('x, 1\n", c)],
  ['tuple lines with no INSERT', (c) => repeatTo('(1, 2, 3),\n', c)],
  ['CREATE TABLE repeated', (c) => repeatTo('CREATE TABLE t (\n  a INT,\n', c)],
  ['`key: ` repeated', (c) => repeatTo('key: ', c)],
  ['`a=` repeated', (c) => repeatTo('a=', c)],
  ['`- ` lines under a key', (c) => `k:\n${repeatTo('  - 1\n', c - 3)}`],
  ['`{` repeated', (c) => repeatTo('{', c)],
  ['`{"a": [` repeated', (c) => repeatTo('{"a": [', c)],
  ['blank-line-free prose with commas', (c) => repeatTo('one, two, three\n', c)],
];

function exercise(text: string): void {
  const fields = createFieldIndex(text);
  const step = Math.max(1, Math.floor(text.length / 1000));
  for (let p = 0; p < text.length; p += step) {
    fields.labelAt(p);
    fields.columnBelow(p);
    fields.recordAt(p);
    fields.logLine(p);
  }
  const back = createFieldIndex(text);
  for (let p = text.length - 1; p >= 0; p -= step) {
    back.labelAt(p);
    back.columnBelow(p);
  }
  const prepared = createFieldIndex(text);
  for (let p = 0; p < text.length; p += 8192) prepared.prepare(p, p + 8192);
  for (const _ of createFieldIndex(text).cells(() => true, 0, text.length)) void _;
  for (const _ of createFieldIndex(text).cells(() => true, 0, text.length, EVERYWHERE)) void _;
  for (const _ of createFieldIndex(text).cells(() => true, text.length >> 1, text.length, EVERYWHERE)) void _;
}

describe('field index on hostile input', () => {
  it.each(FIELD_INPUTS)('%s', (_name, make) => {
    const text = make(SIZE);
    expect(cpuMs(() => exercise(text))).toBeLessThan(2000);
  });

  it.each(HOSTILE_INPUTS.map((h) => [h.id, h.make] as const))('bench input %s', (_id, make) => {
    const text = make(SIZE);
    expect(cpuMs(() => exercise(text))).toBeLessThan(2000);
  });

  it('prepare over consecutive ranges of one long line reads it once (linear, not quadratic)', () => {
    const cost = (chars: number) => {
      const text = repeatTo('lorem ipsum, dolor sit amet ', chars);
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const fields = createFieldIndex(text);
        const started = performance.now();
        for (let p = 0; p < text.length; p += 65536) fields.prepare(p, p + 65536);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const one = cost(1024 * 1024);
    const four = cost(4 * 1024 * 1024);
    // Reading back to the line's start for every range made 4 MB cost ~200 ms, ~25× 1 MB; now ~1–5 ms.
    expect(four, `1 MB ${one.toFixed(1)} ms, 4 MB ${four.toFixed(1)} ms`).toBeLessThanOrEqual(Math.max(6 * one, 25));
  });
});
