import type { Street } from './street';
import { AFTER, DIRECTIONAL, UNIT, rolesOf } from './vocabulary';
import { capitalised, isDigit, key, nextWord, type Word } from './text';

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
  if (rolesOf(key(text, w)) & DIRECTIONAL && capitalised(text, w)) w = nextWord(text, w.end, lineEnd);
  const nameStart = first.start;
  let names = 0;
  for (let n = 0; w && n < 6; n++) {
    const roles = rolesOf(key(text, w));
    if (names > 0 && roles & AFTER && capitalised(text, w)) return finish(text, ns, nameStart, w, lineEnd);
    if (!isName(text, w)) return undefined;
    names++;
    w = nextWord(text, w.end, lineEnd);
  }
  return undefined;
}

/**
 * Extends past a second type word (`Green Park Road`) and a trailing directional (`Ave NW`). A street
 * followed by another capitalised word (`5 The Long Road Home`, a title) is weak: a real one is followed
 * by a comma, a line end, a unit, or its city and postcode (which the tail then finds).
 */
function finish(text: string, ns: number, nameStart: number, type: Word, lineEnd: number): Street {
  let end = type.end;
  let next = nextWord(text, end, lineEnd);
  if (next && capitalised(text, next)) {
    const roles = rolesOf(key(text, next));
    if (roles & AFTER) {
      end = next.end;
      next = nextWord(text, end, lineEnd);
      if (next && capitalised(text, next) && rolesOf(key(text, next)) & DIRECTIONAL) {
        end = next.end;
        next = nextWord(text, end, lineEnd);
      }
    } else if (roles & DIRECTIONAL && next.end - next.start <= 6) {
      end = next.end;
      next = nextWord(text, end, lineEnd);
    }
  }
  const weak = next !== undefined && capitalised(text, next) && !(rolesOf(key(text, next)) & UNIT);
  return { start: ns, end, nameStart, nameEnd: end, weak };
}

/** A capitalised word, or an ordinal (`46th`, `1st`), as street names are written. */
function isName(text: string, w: Word): boolean {
  if (capitalised(text, w)) return true;
  if (!isDigit(text.charCodeAt(w.start))) return false;
  const k = key(text, w);
  return /^\d{1,3}(?:st|nd|rd|th)$/.test(k);
}
