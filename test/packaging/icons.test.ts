import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawIcon, encodePng, ICON_SIZES } from '../../scripts/icons/draw';
import { ICON_DIR } from '../../scripts/icons/generate';

describe('extension icons', () => {
  it.each(ICON_SIZES)('public/icon/%i.png is the generated icon at that size', (size) => {
    const file = readFileSync(join(ICON_DIR, `${size}.png`));
    expect(file.readUInt32BE(16), 'IHDR width').toBe(size);
    expect(file.readUInt32BE(20), 'IHDR height').toBe(size);
    expect(file.equals(encodePng(size, drawIcon(size))), 'checked-in file drifted: node --import tsx scripts/icons/generate.ts').toBe(true);
  });

  it('draws a visible shield with a white fence, transparent corners', () => {
    const size = 48;
    const px = drawIcon(size);
    const at = (x: number, y: number) => Array.from(px.subarray((y * size + x) * 4, (y * size + x) * 4 + 4));
    expect(at(0, 0)[3]).toBe(0);
    expect(at(8, 24)).toEqual([0x1d, 0x4e, 0xd8, 255]);
    expect(at(24, 18)).toEqual([255, 255, 255, 255]);
  });
});
