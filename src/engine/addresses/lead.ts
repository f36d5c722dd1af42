import type { Street } from './street';
import { GERMANIC, LEAD, rolesOf } from './vocabulary';
import { capitalised, isDigit, key, lowerCase, prevWord, type Word } from './text';
import { ITALIAN_CONNECTORS, ITALIAN_LOWER_CASE_TYPES } from './it';
import { SPANISH_CONNECTORS, SPANISH_LOWER_CASE_TYPES } from './es';

/** German and Dutch type-first names: `Platz der Republik 1`, `Laan van Meerdervoort 200`. */
const GERMANIC_CONNECTORS = new Set(['der', 'des', 'den', 'dem', 'am', 'an', 'zum', 'zur', 'von', 'vom', 'van', 'het', 'op', 'aan', 'bij']);

/**
 * Streets whose type leads the name and whose number comes last (IT, ES, Catalan, and German
 * `Platz der …`): `Via Roma 12`, `Piazza San Marco, 1`, `Calle de Alcalá, 45`, `C/ Mayor 5`,
 * `Avda. de la Constitución 10`, `Carrer de Mallorca 401`. Walks back from `last`, the word before
 * the number, over name words and connectors to the type word (at most six words).
 */
export function leadStreet(text: string, last: Word, lineStart: number, numberEnd: number): Street | undefined {
  let named = false;
  let germanConnector = false;
  let w: Word | undefined = last;
  for (let n = 0; w && n < 6; n++) {
    const k = key(text, w);
    const roles = rolesOf(k);
    // A type word with no name after it yet is the name (`Camino de Ronda`, `Via del Corso`).
    if (roles & LEAD && named) return typed(text, w, k, last, numberEnd);
    if (roles & GERMANIC && germanConnector && capitalised(text, w)) return named ? build(w, last, numberEnd, false) : undefined;
    if (isName(text, w)) named = true;
    else if (ITALIAN_CONNECTORS.has(k) || SPANISH_CONNECTORS.has(k)) {
      // connectors join the type to the name
    } else if (GERMANIC_CONNECTORS.has(k)) germanConnector = true;
    else return undefined;
    const before = prevWord(text, w.start, lineStart);
    if (!before) return named ? slashType(text, w.start, lineStart, last, numberEnd) : undefined;
    w = before;
  }
  return undefined;
}

/** The type word found: capitalised, or lower case where the language writes it so (weak for `via`). */
function typed(text: string, type: Word, k: string, last: Word, numberEnd: number): Street | undefined {
  if (capitalised(text, type)) return build(type, last, numberEnd, false);
  if (!lowerCase(text, type)) return undefined;
  return build(type, last, numberEnd, !(ITALIAN_LOWER_CASE_TYPES.has(k) || SPANISH_LOWER_CASE_TYPES.has(k)));
}

/** `C/ Mayor 5`, `Av/ Diagonal 640`: the slash is not a word char, so the type sits before a `/`. */
function slashType(text: string, nameStart: number, lineStart: number, last: Word, numberEnd: number): Street | undefined {
  let j = nameStart;
  while (j > lineStart && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
  if (j <= lineStart || text.charCodeAt(j - 1) !== 47) return undefined;
  const type = prevWord(text, j - 1, lineStart);
  if (!type || type.end !== j - 1) return undefined;
  const k = key(text, type);
  return k === 'c' || k === 'av' || k === 'avda' ? build(type, last, numberEnd, false) : undefined;
}

function build(type: Word, last: Word, numberEnd: number, weak: boolean): Street {
  return { start: type.start, end: numberEnd, nameStart: type.start, nameEnd: last.end, weak };
}

/** A capitalised word, a Roman numeral (`Via XX Settembre`) or a short number (`Calle 5 de Mayo`). */
function isName(text: string, w: Word): boolean {
  if (capitalised(text, w)) return true;
  return isDigit(text.charCodeAt(w.start)) && w.end - w.start <= 2;
}
