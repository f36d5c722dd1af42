import type { Street } from './street';
import { ADJECTIVE, ARTICLE, ARTICLE_AFTER, GERMANIC, PREP_ALONE, PREP_ARTICLE, WEAK_GERMANIC, compoundAt, rolesAt, suffixWordAt } from './vocabulary';
import { capitalised, prevWord, type Word } from './text';

/**
 * German, Austrian, Swiss and Dutch street names, which come before the house number:
 * - compounds: `Hauptstraße 12`, `Hauptstr. 5`, `Lindenweg 3`, `Keizersgracht 123`;
 * - hyphenated: `Karl-Marx-Allee 34a`;
 * - a type word of its own after a name: `Berliner Straße 12`, `Frankfurter Allee 5`
 * (prepositional names, `Am Markt 3`, are `prepositional` below). The name must be capitalised.
 * `w` is the word right before the number.
 */
export function germanicStreet(text: string, w: Word, lineStart: number, numberEnd: number): Street | undefined {
  if (!capitalised(text, w)) return undefined;
  const hyphen = lastHyphen(text, w);
  if (hyphen > 0) {
    const last = { start: hyphen + 1, end: w.end };
    if (rolesAt(text, last) & GERMANIC) return street(w.start, w.end, numberEnd, (rolesAt(text, last) & WEAK_GERMANIC) !== 0);
    // `Konrad-Adenauer-Ring`, `Willy-Brandt-Damm`: an ending that is no type word of its own.
    const ending = suffixWordAt(text, last);
    if (ending) return street(w.start, w.end, numberEnd, ending.weak);
  }
  if (rolesAt(text, w) & GERMANIC) {
    // `Berliner Straße`, `Alte Allee`: a capitalised name word before the type, not an article.
    const name = prevWord(text, w.start, lineStart);
    if (!name || !capitalised(text, name) || (rolesAt(text, name) & ARTICLE) !== 0) return undefined;
    return street(name.start, w.end, numberEnd, (rolesAt(text, w) & WEAK_GERMANIC) !== 0);
  }
  const compound = compoundAt(text, w);
  if (compound) {
    const adjective = prevWord(text, w.start, lineStart);
    const start = adjective && capitalised(text, adjective) && ((rolesAt(text, adjective) & ADJECTIVE) !== 0 || placeAdjective(text, adjective)) ? adjective.start : w.start;
    return street(start, w.end, numberEnd, compound.weak);
  }
  return undefined;
}

/**
 * Whether `w` is an adjective that opens a street name (`Große Bleichen`, `Lange Voorhout`, `Wiedner
 * Hauptstraße`): a listed one or one made from a place name.
 */
export function nameAdjective(text: string, w: Word): boolean {
  return capitalised(text, w) && ((rolesAt(text, w) & ADJECTIVE) !== 0 || placeAdjective(text, w));
}

/** `Wiedner Hauptstraße`, `Berliner Allee`, `Linzer Gasse`: an adjective made from a place name (`-er`, four letters or more). */
function placeAdjective(text: string, w: Word): boolean {
  return w.end - w.start >= 5 && text.charCodeAt(w.end - 2) === 101 && text.charCodeAt(w.end - 1) === 114 && !(rolesAt(text, w) & ARTICLE);
}

function lastHyphen(text: string, w: Word): number {
  for (let i = w.end - 1; i > w.start; i--) if (text.charCodeAt(i) === 45) return i;
  return -1;
}

function street(start: number, nameEnd: number, end: number, weak: boolean): Street {
  return { start, end, nameStart: start, nameEnd, weak, numberLast: true };
}




/**
 * `Am Markt 3`, `An der Alster 12`, `Unter den Linden 77`: one to three capitalised words after a
 * capitalised preposition (and its article). Always weak alone: `Im Raum 12`, `Am Tag 2`.
 */
export function prepositional(text: string, w: Word, lineStart: number, numberEnd: number): Street | undefined {
  if (!capitalised(text, w)) return undefined;
  let cur = w;
  for (let n = 0; n < 3; n++) {
    const before = prevWord(text, cur.start, lineStart);
    if (!before) return undefined;
    if (rolesAt(text, before) & ARTICLE_AFTER) {
      const prep = prevWord(text, before.start, lineStart);
      return prep && capitalised(text, prep) && (rolesAt(text, prep) & PREP_ARTICLE) !== 0 ? street(prep.start, w.end, numberEnd, true) : undefined;
    }
    if (rolesAt(text, before) & PREP_ALONE) return capitalised(text, before) ? street(before.start, w.end, numberEnd, true) : undefined;
    if (!capitalised(text, before)) return undefined;
    cur = before;
  }
  return undefined;
}
