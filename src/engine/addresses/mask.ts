import { streetIn } from './find';
import { recalledName } from './names';

const BULLETS = '••';

/** A house number standing alone and the word on either side of it (for cells without a type word). */
const NUMBER_AND_NEIGHBOURS = /(?:([\p{L}][\p{L}'’.-]{1,})[ \t]+)?(?<![\p{L}\p{N}])\d{1,5}[\p{L}]?(?![\p{L}\p{N}])(?:[ \t]+([\p{L}][\p{L}'’.-]{1,}))?/u;

/**
 * The preview of an address: the street's name stays, the house number, units, postcode and city become
 * bullets (`Hauptstraße 12, 10115 Berlin` → `•• Hauptstraße ••`). A cell of an address column without a
 * type word keeps the word next to its house number (`Damrak 1 Amsterdam` → `•• Damrak ••`), else only
 * bullets.
 */
export function maskAddress(value: string): string {
  const recalled = recalledName(value);
  if (recalled) return `${BULLETS} ${value.slice(recalled[0], recalled[1])} ${BULLETS}`;
  const street = streetIn(value);
  if (street) return `${BULLETS} ${value.slice(street.nameStart, street.nameEnd)} ${BULLETS}`;
  const m = NUMBER_AND_NEIGHBOURS.exec(value);
  const word = m?.[1] ?? m?.[2];
  return word && word.length * 2 <= value.length ? `${BULLETS} ${word} ${BULLETS}` : `${BULLETS}${BULLETS}`;
}
