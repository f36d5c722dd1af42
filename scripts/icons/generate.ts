/** Writes public/icon/<size>.png (WXT adds them to the manifest). Run: node --import tsx scripts/icons/generate.ts */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawIcon, encodePng, ICON_SIZES } from './draw';

export const ICON_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/icon');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(ICON_DIR, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(join(ICON_DIR, `${size}.png`), encodePng(size, drawIcon(size)));
  console.log(`wrote ${ICON_SIZES.length} icons to ${ICON_DIR}`);
}
