import { describe, expect, it } from 'vitest';
import { KeywordIndex, trieSource } from './keyword-index';

const hitsOf = (index: KeywordIndex, text: string) => {
  const h = index.findHits(text);
  return Array.from(h.starts.subarray(0, h.length), (s, i) => [text.slice(s, h.ends[i]), [...h.lists[h.ids[i]!]!].sort()]);
};

describe('KeywordIndex', () => {
  const index = new KeywordIndex([
    { keywords: ['datadog'], detector: 0 },
    { keywords: ['sk-', 'sk-ant-'], detector: 1 },
    { keywords: ['api'], detector: 2 },
    { keywords: ['-----BEGIN', '@'], detector: 3 },
  ]);

  it('finds keywords case-insensitively at word starts and after underscores, in text order', () => {
    expect(hitsOf(index, 'DATADOG_KEY=1 my_datadog_key x@y')).toEqual([
      ['DATADOG', [0]],
      ['datadog', [0]],
      ['@', [3]],
    ]);
  });

  it('reports the longest keyword and the detectors of keywords inside it', () => {
    expect(hitsOf(index, 'key sk-ant-api03')).toEqual([
      ['sk-ant-', [1]],
      ['api', [2]],
    ]);
    const nested = new KeywordIndex([
      { keywords: ['rapidapi'], detector: 0 },
      { keywords: ['api'], detector: 1 },
    ]);
    expect(hitsOf(nested, 'RAPIDAPI_KEY')).toEqual([['RAPIDAPI', [0, 1]]]);
  });

  it('finds in a range exactly the whole-text hits that start in it, reading only near the range', () => {
    const camel = new KeywordIndex([
      { keywords: ['password', 'datadog'], detector: 0 },
      { keywords: ['sk-', 'api'], detector: 1 },
    ]);
    const text = 'x dbPassword=1 my_datadog_key sk-ant-api03 rapidapi @ Password _api '.repeat(40);
    // Copied: the hit arrays are reused by the next call.
    const whole = camel.findHits(text);
    const wholeStarts = whole.starts.slice(0, whole.length);
    const all = Array.from(wholeStarts, (s, i) => `${s}-${whole.ends[i]}`);
    for (let from = 0; from < text.length; from += 13) {
      const to = Math.min(text.length, from + 97);
      const part = camel.findHits(text, from, to);
      const got = Array.from(part.starts.subarray(0, part.length), (s, i) => `${s}-${part.ends[i]}`);
      expect(got, `[${from}, ${to})`).toEqual(all.filter((_, i) => wholeStarts[i]! >= from && wholeStarts[i]! < to));
    }
  });

  it('finds keywords that start with punctuation anywhere', () => {
    expect(hitsOf(index, 'x-----begin RSA')).toEqual([['-----begin', [3]]]);
  });

  it('finds camelCase keywords but not a keyword glued to lower-case letters (documented trade-off)', () => {
    expect(hitsOf(index, 'myDatadogKey mydatadogkey get2DataDOG')).toEqual([
      ['Datadog', [0]],
      ['DataDOG', [0]],
    ]);
  });
});

describe('trieSource', () => {
  it('is equivalent to the alternation and prefers longer keywords', () => {
    const re = new RegExp(trieSource(['ab', 'abc', 'b.d']), 'g');
    expect('abcd ab b.d bxd'.match(re)).toEqual(['abc', 'ab', 'b.d']);
  });
});
