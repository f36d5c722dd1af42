import { streetIn } from './find';
import { recalledName } from './names';

const BULLETS = '••';

/**
 * The preview of an address: the street's name stays, the house number, units, postcode and city become
 * bullets (`Hauptstraße 12, 10115 Berlin` → `•• Hauptstraße ••`). A cell without a type word keeps its
 * longest word.
 */
export function maskAddress(value: string): string {
  const recalled = recalledName(value);
  if (recalled) return `${BULLETS} ${value.slice(recalled[0], recalled[1])} ${BULLETS}`;
  const street = streetIn(value);
  if (street) return `${BULLETS} ${value.slice(street.nameStart, street.nameEnd)} ${BULLETS}`;
  const words = value.match(/[\p{L}][\p{L}'’-]{2,}/gu) ?? [];
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest && longest.length * 2 <= value.length ? `${BULLETS} ${longest} ${BULLETS}` : `${BULLETS}${BULLETS}`;
}
