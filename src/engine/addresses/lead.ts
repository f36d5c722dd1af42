import type { Street } from './street';
import { BEFORE, CONNECTOR, DOTTED_TYPE, GERMANIC, GERMANIC_CONNECTOR, LEAD, LOWER_CASE_TYPE, SLASH_TYPE, TYPE_AFTER, WEAK_FRENCH_LEAD, rolesAt } from './vocabulary';
import { capitalised, lowerCase, prevWord, type Word } from './text';

/**
 * Streets whose type leads the name and whose number comes last (IT, ES, Catalan, and German/Dutch
 * `Platz der …`, `Laan van …`): `Via Roma 12`, `Piazza San Marco, 1`, `Calle de Alcalá, 45`,
 * `C/ Mayor 5`, `Avda. de la Constitución 10`, `Carrer de Mallorca 401`. Walks back from `last`, the
 * word before the number, over name words and connectors to the type word (at most six words).
 */
export function leadStreet(text: string, last: Word, lineStart: number, numberEnd: number): Street | undefined {
  let named = false;
  let germanicConnector = false;
  let w = last;
  for (let n = 0; n < 6; n++) {
    const roles = rolesAt(text, w);
    // A type word with no name after it yet is the name (`Camino de Ronda`, `Via del Corso`).
    if (roles & LEAD && named) return typed(text, w, last, numberEnd);
    if (named && isDotted(text, w)) return build(w, last, numberEnd, false);
    // French type first, number last (Belgium, Switzerland: `Rue des Bouchers 2`, `Place Saint-Lambert 10`).
    if (roles & BEFORE && named && capitalised(text, w)) return build(w, last, numberEnd, (roles & WEAK_FRENCH_LEAD) !== 0);
    if (n === 0 && roles & LEAD && capitalised(text, w)) {
      const adjective = prevWord(text, w.start, lineStart);
      if (adjective && capitalised(text, adjective) && (rolesAt(text, adjective) & TYPE_AFTER) !== 0) return build(adjective, last, numberEnd, false);
    }
    if (roles & GERMANIC && germanicConnector && named && capitalised(text, w)) return build(w, last, numberEnd, false);
    if (capitalised(text, w)) named = true;
    else if (roles & CONNECTOR) {
      // connectors join the type to the name
    } else if (roles & GERMANIC_CONNECTOR) germanicConnector = true;
    else return undefined;
    const before = prevWord(text, w.start, lineStart);
    if (!before) return named ? slashType(text, w.start, lineStart, last, numberEnd) : undefined;
    w = before;
  }
  return undefined;
}

/** The type word found: capitalised, or lower case where the language writes it so (weak for `via`). */
function typed(text: string, type: Word, last: Word, numberEnd: number): Street | undefined {
  if (capitalised(text, type)) return build(type, last, numberEnd, false);
  if (!lowerCase(text, type)) return undefined;
  return build(type, last, numberEnd, !(rolesAt(text, type) & LOWER_CASE_TYPE));
}

/** `C/ Mayor 5`, `Av/ Diagonal 640`: the slash is not a word char, so the type sits before a `/`. */
function slashType(text: string, nameStart: number, lineStart: number, last: Word, numberEnd: number): Street | undefined {
  let j = nameStart;
  while (j > lineStart && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
  if (j <= lineStart || text.charCodeAt(j - 1) !== 47) return undefined;
  const type = prevWord(text, j - 1, lineStart);
  if (!type || type.end !== j - 1) return undefined;
  return rolesAt(text, type) & SLASH_TYPE ? build(type, last, numberEnd, false) : undefined;
}

/** `C.`: a one-letter type written with its full stop. */
function isDotted(text: string, w: Word): boolean {
  return w.end - w.start === 2 && text.charCodeAt(w.end - 1) === 46 && (rolesAt(text, w) & DOTTED_TYPE) !== 0 && capitalised(text, w);
}

function build(type: Word, last: Word, numberEnd: number, weak: boolean): Street {
  return { start: type.start, end: numberEnd, nameStart: type.start, nameEnd: last.end, weak, numberLast: true };
}
