import type { Street } from './street';
import { BEFORE, FRENCH_CONNECTOR, FRENCH_SUFFIX, rolesAt } from './vocabulary';
import { isDigit, isUpper, nextWord, type Word } from './text';


/** House-number suffixes: `12 bis rue…`, `3 ter avenue…`. */
export const FRENCH_NUMBER_SUFFIXES = ['bis', 'ter', 'quater'];

/** Whether `w` is `bis`, `ter` or `quater`. */
export function frenchNumberSuffix(text: string, w: Word): boolean {
  return (rolesAt(text, w) & FRENCH_SUFFIX) !== 0;
}

/**
 * French street lines (FR, BE, CH, LU, CA-QC): house number (`bis`/`ter`), the street type, then the
 * name with its connectors: `12 bis rue de la Paix`, `3, avenue Foch`, `10 bd Haussmann`,
 * `5 rue du 8 Mai`. The type may be lower case, as French writes it; the name needs a capitalised
 * word (`3 place settings` is not a street).
 */
export function frenchStreet(text: string, ns: number, type: Word, lineEnd: number): Street | undefined {
  if (!(rolesAt(text, type) & BEFORE)) return undefined;
  let end = -1;
  let connector = false;
  let w = nextWord(text, type.end, lineEnd);
  for (let n = 0; w && n < 8; n++) {
    if (rolesAt(text, w) & FRENCH_CONNECTOR || (isDigit(text.charCodeAt(w.start)) && w.end - w.start <= 2)) {
      // a connector or a day (`rue du 8 Mai`) only counts when a name follows it
      connector = true;
    } else if (isNameWord(text, w)) end = w.end;
    else break;
    w = nextWord(text, w.end, lineEnd);
  }
  if (end >= 0) return { start: ns, end, nameStart: type.start, nameEnd: end, weak: false, numberLast: false };
  // Typed in lower case (`12 rue de la gare`): a connector and a word after the type, weak (a postcode or a cue makes it one).
  w = connector ? lowerName(text, type.end, lineEnd) : undefined;
  return w && { start: ns, end: w.end, nameStart: type.start, nameEnd: w.end, weak: true, numberLast: false };
}

/** The first word after the connectors that follow a type (`de la` → `gare`), when it is a lower-case word of three letters or more. */
function lowerName(text: string, from: number, lineEnd: number): Word | undefined {
  let w = nextWord(text, from, lineEnd);
  while (w && rolesAt(text, w) & FRENCH_CONNECTOR) w = nextWord(text, w.end, lineEnd);
  if (!w || w.end - w.start < 3 || isDigit(text.charCodeAt(w.start)) || isUpper(text.charCodeAt(w.start))) return undefined;
  return w;
}

/** A capitalised word, or one elided onto it (`d'Orsay`, `l'Église`). */
function isNameWord(text: string, w: Word): boolean {
  const c = text.charCodeAt(w.start);
  if (isUpper(c)) return true;
  const apostrophe = text.charCodeAt(w.start + 1);
  return (c === 100 || c === 108 || c === 68 || c === 76) && (apostrophe === 39 || apostrophe === 0x2019) && isUpper(text.charCodeAt(w.start + 2));
}
