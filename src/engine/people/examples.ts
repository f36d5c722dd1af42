import { foldName } from './fold';
import { AsciiWords, wordEnd, wordStart } from './tokens';

/**
 * Sample names: a name after or before an example marker ("e.g. John Smith", "Max Mustermann als
 * Beispiel"), or a value that opens with one. Reads a bounded stretch of text around the span.
 */

/**
 * Markers of an example before a name ("z. B. Otto Normalverbraucher", "ex. : Marie Dupont", "e.g. John
 * Smith", "por ejemplo Juan Pérez"), optionally with an honorific: the name is a sample, no person.
 */
const EXAMPLE_BEFORE =
  /(?:(?:^|[^a-z])(?:e\.? ?g|z\.? ?b|ex|p\. ?ex|p\. ?ej|bspw|bsp|bijv|vb|ej|es)\.|\b(?:for example|for instance|zum beispiel|beispielsweise|par exemple|exemple|por ejemplo|ejemplo|esempio|per esempio|bijvoorbeeld|example|beispiel|sample|placeholder|dummy))\s*[:,]?\s*["'«»“”„‹›]?\s*(?:(?:mr|mrs|ms|dr|herr|frau|m|mme|madame|monsieur|sr|sra|senor|senora)\.?\s+)?$/;

/** Last words of the example markers above that end in a letter. */
const EXAMPLE_WORDS = new AsciiWords(['example', 'instance', 'beispiel', 'beispielsweise', 'exemple', 'ejemplo', 'esempio', 'bijvoorbeeld', 'sample', 'placeholder', 'dummy']);

/** True when an example marker ends right before `pos` on its line. */
export function exampleBefore(text: string, pos: number): boolean {
  // Quick out: past blanks, quotes, a colon or comma and an honorific, the marker ends with a period or
  // one of its words (most names follow a lower-case word or punctuation that is none of them).
  let i = pos;
  while (i > 0 && pos - i < 8 && isMarkPunct(text.charCodeAt(i - 1))) i--;
  let w = wordStart(text, i);
  if (w < i && i - w <= 8 && text.charCodeAt(i) === 46) {
    // An abbreviated honorific ("z. B. Herr …"): look before it.
    let j = w;
    while (j > 0 && w - j < 3 && isMarkPunct(text.charCodeAt(j - 1))) j--;
    i = j;
    w = wordStart(text, i);
  }
  const c = text.charCodeAt(i - 1);
  if (c !== 46 && !(w < i && i - w >= 5 && EXAMPLE_WORDS.has(text, w, i))) return false;
  const from = Math.max(0, pos - 32);
  let k = pos;
  while (k > from && text.charCodeAt(k - 1) !== 10) k--;
  return k < pos && EXAMPLE_BEFORE.test(foldName(text.slice(k, pos)));
}

/** Blanks, quotes, colons and commas between a marker and a name. */
function isMarkPunct(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 58 || c === 44 || c === 34 || c === 39 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2039 || c === 0x203a;
}


/**
 * An example marker after a name: "« Marie Dupont » comme nom d'exemple", "«Fulano de Tal» como nombre
 * de ejemplo", "John Smith as an example", "Max Mustermann als Beispiel".
 */
const EXAMPLE_AFTER =
  /^\s*["'«»“”„‹›)]?\s*,?\s*(?:(?:comme|como|as|als|come|zum|por|par|per|for|is|est|es|ist|e|sert|sirve)\s+(?:(?:un|une|a|an|el|la|ein|einen|eine|uno|una|de|d'|di|the)\s+)?(?:(?:nom|nombre|name|nome|naam)\s+(?:d'|de |di |)?)?(?:exemple|ejemplo|example|beispiel|esempio|voorbeeld|placeholder|sample|muster|dummy|exemplo)|(?:beispielname|nom fictif|nombre ficticio|fictitious name|made-up name))/;

/** True when an example marker follows the name ending at `pos`. */
export function exampleAfter(text: string, pos: number): boolean {
  // Quick out: the next word must open one ("comme", "como", "as", "als", "is", "nom"…).
  let i = pos;
  while (i < pos + 6 && (isMarkPunct(text.charCodeAt(i)) || text.charCodeAt(i) === 41)) i++;
  if (i === pos) return false;
  const e = wordEnd(text, i, 14);
  if (e === i || !EXAMPLE_AFTER_WORDS.has(text, i, e)) return false;
  return EXAMPLE_AFTER.test(foldName(text.slice(pos, pos + 48)));
}

const EXAMPLE_AFTER_WORDS = new AsciiWords(['comme', 'como', 'as', 'als', 'come', 'zum', 'por', 'par', 'per', 'for', 'is', 'est', 'es', 'ist', 'e', 'sert', 'sirve', 'beispielname', 'nom', 'nombre', 'fictitious', 'made-up']);

/** True when the value [start, end) opens with an example marker ("z. B. Otto Normalverbraucher"). */
export function startsWithExample(text: string, start: number, end: number): boolean {
  // Quick out on the first word: most values open with a name, not with one of the markers.
  const e = wordEnd(text, start, 16);
  if (e === start || !EXAMPLE_START_WORDS.has(text, start, e)) return false;
  return EXAMPLE_START.test(foldName(text.slice(start, Math.min(end, start + 24))));
}

const EXAMPLE_START_WORDS = new AsciiWords(['e', 'z', 'ex', 'p', 'bspw', 'bsp', 'bijv', 'vb', 'ej', 'for', 'zum', 'beispielsweise', 'par', 'exemple', 'por', 'ejemplo', 'esempio', 'per', 'bijvoorbeeld', 'example', 'beispiel', 'sample']);

const EXAMPLE_START =
  /^(?:(?:e\.? ?g|z\.? ?b|ex|p\. ?ex|p\. ?ej|bspw|bsp|bijv|vb|ej)\.|(?:for example|for instance|zum beispiel|beispielsweise|par exemple|exemple|por ejemplo|ejemplo|esempio|per esempio|bijvoorbeeld|example|beispiel|sample)\b)/;

