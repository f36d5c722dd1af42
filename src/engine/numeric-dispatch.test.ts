import { describe, expect, it } from 'vitest';
import { NumericDispatch } from './numeric-dispatch';
import type { Detector } from './types';

const numeric = (id: string, minDigits: number, maxDigits: number, needsSeparator = false, dottedQuads = false): Detector => ({
  id,
  type: 'US_SSN',
  category: 'GOVERNMENT_ID',
  severity: 'high',
  description: 'A numeric test detector',
  anchor: { numeric: { minDigits, maxDigits, needsSeparator, dottedQuads } },
  patterns: [{ name: 'any', regex: /\d+/g, score: 0.9 }],
  examples: { match: ['1'], noMatch: ['a'] },
});

const offered = (dispatch: NumericDispatch, text: string) => {
  const out: [number, string][] = [];
  dispatch.forEachWindow(text, (i, s, e) => out.push([i, text.slice(s, e)]));
  return out;
};

describe('NumericDispatch', () => {
  it('offers spans by digit count, with slack only for spans with separators', () => {
    const d = new NumericDispatch([numeric('nine', 9, 9)]);
    expect(offered(d, 'x 123456789 y')).toHaveLength(1);
    expect(offered(d, 'x 1234567890 y')).toHaveLength(0); // a bare 10-digit run cannot hold 9 digits
    expect(offered(d, 'x 123-45-6789 12 y')).toHaveLength(1); // separated: slack applies
  });

  it('skips ISO timestamps and lone short numbers', () => {
    const d = new NumericDispatch([numeric('any', 1, 20)]);
    expect(offered(d, 'at 2024-01-15T10:23:45.123Z took 45 ms, status 200')).toEqual([]);
    expect(offered(d, 'code 4242')).toHaveLength(1);
  });

  it('keeps bare runs from detectors that need a separator', () => {
    const d = new NumericDispatch([numeric('ip', 5, 12, true, true)]);
    expect(offered(d, 'id 192168001001')).toEqual([]);
    expect(offered(d, 'from 192.168.1.1')).toHaveLength(1);
  });

  it('offers IPv4-shaped spans only to detectors that ask for dotted quads', () => {
    const d = new NumericDispatch([numeric('id', 9, 12), numeric('ip', 5, 60, true, true)]);
    expect(offered(d, 'from 10.219.72.122:8443').map(([i]) => i)).toEqual([1]);
    // Not dotted quads: five groups, a four-digit group, another separator, after a `+`, two addresses.
    for (const text of ['v 10.219.72.122.5', 'n 1023.219.72.12', 'n 10.219.72-122', 'tel +44.20.794.609', '10.0.0.15 10.0.0.16']) {
      expect(offered(d, text).map(([i]) => i), text).toContain(0);
    }
  });

  it('asks offer rules about spans of the right digit count, and keeps windows where others run', () => {
    const odd: Detector = { ...numeric('odd', 4, 9), anchor: { numeric: { minDigits: 4, maxDigits: 9, offer: (_t, _s, _e, digits) => digits % 2 === 1 } } };
    const d = new NumericDispatch([odd, numeric('any', 4, 9)]);
    expect(offered(d, 'a 12345 b').map(([i]) => i)).toEqual([0, 1]);
    expect(offered(d, 'a 1234 b').map(([i]) => i)).toEqual([1]);
    // One window for both spans: the refused span still widens it for the detector that takes it.
    const text = 'a 1234 and 56789 b';
    expect(offered(d, text)).toEqual([[0, text], [1, text]]);
  });

  it('merges nearby spans into one window per detector and keeps detector indices', () => {
    const d = new NumericDispatch([numeric('a', 4, 4), numeric('b', 9, 9)]);
    const text = '1234 and 123456789';
    const windows = offered(d, text);
    expect(windows.map(([i]) => i)).toEqual([0, 1]);
    expect(windows[0]![1]).toBe(text);
  });
});
