import { describe, expect, it } from 'vitest';
import { clipRect, itemCount, MAX_BOXES, toBoxes, type HighlightRect } from './boxes';

const r = (left: number, top: number, width: number, height: number) => ({ left, top, width, height });

describe('clipRect', () => {
  it.each([
    ['inside', r(10, 10, 20, 10), r(0, 0, 100, 100), r(10, 10, 20, 10)],
    ['cut on the right and bottom', r(90, 95, 20, 10), r(0, 0, 100, 100), r(90, 95, 10, 5)],
    ['cut on the left and top', r(-5, -5, 20, 10), r(0, 0, 100, 100), r(0, 0, 15, 5)],
    ['outside', r(200, 10, 20, 10), r(0, 0, 100, 100), undefined],
    ['touching edge only', r(100, 10, 20, 10), r(0, 0, 100, 100), undefined],
    ['no clip', r(200, 10, 20, 10), undefined, r(200, 10, 20, 10)],
  ])('%s', (_name, rect, clip, expected) => {
    expect(clipRect(rect, clip)).toEqual(expected);
  });
});

describe('toBoxes', () => {
  it('clips, drops empty and non-finite rects, keeps severity', () => {
    const rects: HighlightRect[] = [
      { rect: r(10, 10, 30, 16), severity: 'high' },
      { rect: r(10, 300, 30, 16), severity: 'low' }, // scrolled out of the composer
      { rect: r(10, 40, 0, 16), severity: 'low' },
      { rect: r(Number.NaN, 40, 10, 16), severity: 'low' },
    ];
    expect(toBoxes(rects, r(0, 0, 200, 100))).toEqual([{ left: 10, top: 10, width: 30, height: 16, severity: 'high' }]);
  });

  it(`draws at most ${MAX_BOXES} boxes`, () => {
    const many = Array.from({ length: MAX_BOXES + 50 }, (_, i) => ({ rect: r(i, 0, 5, 5), severity: 'low' as const }));
    expect(toBoxes(many)).toHaveLength(MAX_BOXES);
  });
});

describe('itemCount', () => {
  it('counts a wrapped finding once', () => {
    expect(itemCount([
      { rect: r(0, 0, 1, 1), severity: 'low', finding: 0 },
      { rect: r(0, 20, 1, 1), severity: 'low', finding: 0 },
      { rect: r(0, 40, 1, 1), severity: 'high', finding: 3 },
      { rect: r(0, 60, 1, 1), severity: 'high' },
    ])).toBe(3);
  });
});
