/**
 * The PromptFence icon, drawn in code so every size is crisp and reproducible without an image tool:
 * a blue shield with a white fence of three pickets and a rail. Anti-aliased by 4×4 supersampling,
 * written as an RGBA PNG with node's zlib (no image dependency).
 */
import { crc32, deflateSync } from 'node:zlib';

/** The sizes the stores and browsers ask for (Chrome 16/32/48/128, Firefox 48/96). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const SHIELD: readonly [number, number, number] = [0x1d, 0x4e, 0xd8];
const WHITE: readonly [number, number, number] = [0xff, 0xff, 0xff];

/** Shield outline in unit coordinates (0..1): flat top with rounded corners, sides narrowing to a point. */
function inShield(x: number, y: number): boolean {
  if (y < 0.06 || y > 0.96) return false;
  const r = 0.12;
  if (y < 0.06 + r) {
    const cx = x < 0.5 ? 0.1 + r : 0.9 - r;
    if ((x < 0.1 + r || x > 0.9 - r) && Math.hypot(x - cx, y - (0.06 + r)) > r) return false;
  }
  if (y <= 0.55) return x >= 0.1 && x <= 0.9;
  // Below the shoulder the half-width shrinks along a gentle curve to the point at y = 0.96.
  const t = (y - 0.55) / 0.41;
  const half = 0.4 * Math.sqrt(Math.max(0, 1 - t * t));
  return Math.abs(x - 0.5) <= half;
}

/** Three pickets with pointed tops and one rail: the "fence". */
function inFence(x: number, y: number): boolean {
  for (const cx of [0.32, 0.5, 0.68]) {
    const w = 0.055;
    if (Math.abs(x - cx) <= w && y >= 0.3 && y <= 0.74) {
      // The pointed top: a triangle from y = 0.24 to 0.3.
      return true;
    }
    if (y >= 0.22 && y < 0.3 && Math.abs(x - cx) <= (w * (y - 0.22)) / 0.08) return true;
  }
  return y >= 0.45 && y <= 0.53 && x >= 0.24 && x <= 0.76;
}

/** RGBA pixels of the icon at `size`. */
export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let pxX = 0; pxX < size; pxX++) {
      let shield = 0;
      let fence = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (pxX + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          if (!inShield(x, y)) continue;
          if (inFence(x, y)) fence++;
          else shield++;
        }
      }
      const covered = shield + fence;
      const o = (py * size + pxX) * 4;
      if (covered === 0) continue;
      for (let c = 0; c < 3; c++) px[o + c] = Math.round((SHIELD[c]! * shield + WHITE[c]! * fence) / covered);
      px[o + 3] = Math.round((255 * covered) / (ss * ss));
    }
  }
  return px;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG file (8-bit RGBA, no filtering) of `rgba` pixels. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) Buffer.from(rgba.subarray(y * size * 4, (y + 1) * size * 4)).copy(raw, y * (size * 4 + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}
