import type { Street } from './street';
import { GERMANIC, compoundOf, rolesOf, weakGermanic } from './vocabulary';
import { capitalised, key, prevWord, type Word } from './text';

/**
 * German, Austrian, Swiss and Dutch street names, which come before the house number:
 * - compounds: `Hauptstraße 12`, `Hauptstr. 5`, `Lindenweg 3`, `Keizersgracht 123`;
 * - hyphenated: `Karl-Marx-Allee 34a`;
 * - a type word of its own after a name: `Berliner Straße 12`, `Frankfurter Allee 5`;
 * (prepositional names, `Am Markt 3`, are `prepositional` below). The name must be capitalised. `w` is the word right before the number.
 */
export function germanicStreet(text: string, w: Word, lineStart: number, numberEnd: number): Street | undefined {
  if (!capitalised(text, w)) return undefined;
  const k = key(text, w);
  const hyphen = k.lastIndexOf('-');
  if (hyphen > 0) {
    const last = k.slice(hyphen + 1);
    if (rolesOf(last) & GERMANIC) return street(w.start, w.end, numberEnd, weakGermanic(last));
  }
  if (rolesOf(k) & GERMANIC) {
    // `Berliner Straße`, `Alte Allee`: a capitalised name word before the type, not an article.
    const name = prevWord(text, w.start, lineStart);
    if (!name || !capitalised(text, name) || ARTICLES.has(key(text, name))) return undefined;
    return street(name.start, w.end, numberEnd, weakGermanic(k));
  }
  const compound = compoundOf(k);
  if (compound) {
    const adjective = prevWord(text, w.start, lineStart);
    const start = adjective && capitalised(text, adjective) && ADJECTIVES.has(key(text, adjective)) ? adjective.start : w.start;
    return street(start, w.end, numberEnd, compound.weak);
  }
  return undefined;
}

function street(start: number, nameEnd: number, end: number, weak: boolean): Street {
  return { start, end, nameStart: start, nameEnd, weak };
}

/** Articles and pronouns that start sentences, not street names (`Die Straße 3 ist gesperrt`). */
const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'the', 'de', 'het', 'een', 'diese', 'jede', 'unsere', 'ihre', 'seine', 'meine', 'deze']);

/** Adjectives that open compound street names (`Alte Jakobstraße`, `Oude Schans`, `Lange Voorhout`). */
const ADJECTIVES = new Set(['alte', 'alter', 'altes', 'neue', 'neuer', 'neues', 'große', 'grosse', 'großer', 'kleine', 'kleiner', 'lange', 'langer', 'obere', 'oberer', 'untere', 'unterer', 'hohe', 'hoher', 'breite', 'hintere', 'vordere', 'innere', 'äußere', 'oude', 'nieuwe', 'korte', 'hoge', 'lage', 'grote', 'kleine', 'sankt', 'st']);

/** Prepositions (with their articles) that open a German street name: `Am Markt`, `An der Alster`. */
const ONE_WORD = new Set(['am', 'im', 'zum', 'zur', 'beim', 'auf', 'an', 'in', 'unter', 'hinter', 'vor', 'bei', 'über', 'alt']);
const ARTICLE_AFTER = new Set(['der', 'den', 'dem', 'die', 'das']);

/**
 * `Am Markt 3`, `An der Alster 12`, `Unter den Linden 77`: one to three capitalised words after a
 * capitalised preposition (and its article). Always weak alone: `Im Raum 12`, `Am Tag 2`.
 */
export function prepositional(text: string, w: Word, lineStart: number, numberEnd: number): Street | undefined {
  let cur: Word | undefined = w;
  for (let n = 0; cur && n < 3; n++) {
    const before = prevWord(text, cur.start, lineStart);
    if (!before) return undefined;
    const k = key(text, before);
    if (ARTICLE_AFTER.has(k)) {
      const prep = prevWord(text, before.start, lineStart);
      if (prep && capitalised(text, prep) && ONE_WORD.has(key(text, prep)) && !['am', 'im', 'zum', 'zur', 'beim'].includes(key(text, prep))) {
        return street(prep.start, w.end, numberEnd, true);
      }
      return undefined;
    }
    if (ONE_WORD.has(k)) return capitalised(text, before) && ['am', 'im', 'zum', 'zur', 'beim'].includes(k) ? street(before.start, w.end, numberEnd, true) : undefined;
    if (!capitalised(text, before)) return undefined;
    cur = before;
  }
  return undefined;
}
