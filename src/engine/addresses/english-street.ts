import type { Street } from './street';
import { AFTER, DIRECTIONAL, UNIT, rolesAt } from './vocabulary';
import { capitalised, isDigit, nextWord, type Word } from './text';

/**
 * English street lines (US, CA, AU, NZ, UK, IE): house number, an optional directional, one to four
 * name words, the street type, an optional directional: `12 Main St`, `55 W 46th St`,
 * `221B Baker Street`, `1600 Pennsylvania Avenue NW`.
 *
 * The name must come before the type and be capitalised (or an ordinal like `46th`), and so must the
 * type: `2 road bikes`, `2020 Street Fighter` and `Release 12 Main branch` are not streets.
 */
export function englishStreet(text: string, ns: number, first: Word, lineEnd: number): Street | undefined {
  let w: Word | undefined = first;
  // A leading directional (`W 46th St`, `N. Main St`) counts as neither name nor type.
  if (directional(text, w)) w = nextWord(text, w.end, lineEnd);
  let names = 0;
  for (let n = 0; w && n < 6; n++) {
    if (!capitalised(text, w)) {
      if (!isOrdinal(text, w)) return undefined;
    } else if (names > 0 && rolesAt(text, w) & AFTER) return finish(text, ns, first.start, w, lineEnd);
    names++;
    w = nextWord(text, w.end, lineEnd);
  }
  return undefined;
}

/**
 * Extends past a second type word (`Green Park Road`) and a trailing directional (`Ave NW`). A street
 * followed by another capitalised word (`5 The Long Road Home`, a title) is weak: a real one is followed
 * by a comma, a full stop, a line end, a unit, or its city and postcode (which the tail then finds).
 */
function finish(text: string, ns: number, nameStart: number, type: Word, lineEnd: number): Street {
  let end = type.end;
  let next = nextWord(text, end, lineEnd);
  if (next && capitalised(text, next)) {
    const roles = rolesAt(text, next);
    if (roles & AFTER) {
      end = next.end;
      next = nextWord(text, end, lineEnd);
      if (next && directional(text, next)) {
        end = next.end;
        next = nextWord(text, end, lineEnd);
      }
    } else if (directional(text, next) && next.end - next.start <= 6) {
      end = next.end;
      next = nextWord(text, end, lineEnd);
    }
  }
  // A full stop after the type (`…at 18 Lark Grove. Parcel held…`, `12 Main St. Louis`) ends the title question.
  const weak = next !== undefined && capitalised(text, next) && !(rolesAt(text, next) & UNIT) && text.charCodeAt(end - 1) !== 46;
  return { start: ns, end, nameStart, nameEnd: end, weak, numberLast: false };
}

/** An ordinal street name: `46th`, `1st`, `2nd`, `3rd`. */
function isOrdinal(text: string, w: Word): boolean {
  const n = w.end - w.start;
  if (n < 3 || n > 5 || !isDigit(text.charCodeAt(w.start))) return false;
  const a = text.charCodeAt(w.end - 2) | 32;
  const b = text.charCodeAt(w.end - 1) | 32;
  if (!isDigit(text.charCodeAt(w.end - 3))) return false;
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

/** A capitalised directional: `W`, `NW`, `North`, and the dotted forms `N.`, `N.W.`. */
function directional(text: string, w: Word): boolean {
  if (!capitalised(text, w)) return false;
  if (rolesAt(text, w) & DIRECTIONAL) return true;
  const n = w.end - w.start;
  return (n === 4 || n === 3) && text.charCodeAt(w.start + 1) === 46 && (rolesAt(text, { start: w.start, end: w.start + 1 }) & DIRECTIONAL) !== 0 && (n === 3 || text.charCodeAt(w.start + 3) === 46) && (rolesAt(text, { start: w.start + 2, end: w.start + 3 }) & DIRECTIONAL) !== 0;
}
