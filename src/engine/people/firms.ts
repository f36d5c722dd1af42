import { foldName } from './fold';
import { AsciiWords, isApostrophe, isNameSpace, wordEnd, wordStart } from './tokens';

/** Firms named after their founders, told from people by the business words before them. */

/**
 * Business contexts before a firm named after its founder: "annual reports 2024 of Carl Zeiss",
 * "partnership with Roland Berger", "Geschäftsberichte von Robert Bosch und …", "alianza con …",
 * also for the second of two firms ("de Aldi et Tim Hortons"). Tested on the folded text before.
 */
const ORG_BEFORE =
  /\b(?:partnership with|partnering with|partnered with|alliance with|merger with|joint venture with|acquisition of|acquired by|(?:annual|quarterly|financial) (?:reports?|results|statements?)(?: \d{4})? (?:of|from|for|by)|(?:shares?|stock|share price|earnings|revenue|results) of|subsidiary of|partenariat avec|alliance avec|coentreprise avec|fusion avec|rachat de|acquisition de|(?:rapports?|resultats|comptes) (?:annuels?|financiers|trimestriels)(?: \d{4})? (?:de|d'|du|des)|(?:actions|chiffre d'affaires) (?:de|d')|filiale de|partnerschaft mit|kooperation mit|zusammenarbeit mit|fusion mit|ubernahme von|(?:geschafts|jahres|quartals)berichte?n?(?: \d{4})? (?:von|der|des)|(?:aktien|umsatz|bilanz) von|tochter(?:gesellschaft)? von|alianza con|asociacion con|colaboracion con|fusion con|adquisicion de|(?:memorias?|informes?|cuentas|resultados) (?:anuales?|financier[oa]s|trimestrales?)(?: \d{4})? (?:de|del)|(?:acciones|facturacion) de|filial de)\s+(?:[^\s,;:]+(?: [^\s,;:]+){0,3}\s+(?:and|et|und|y|e|en|&)\s+)?$/;

/** Last words of the business contexts above (a firm follows them). */
const ORG_LINKS = new AsciiWords(['of', 'from', 'for', 'by', 'with', 'de', 'd', 'du', 'des', 'del', 'avec', 'von', 'der', 'mit', 'con', 'y', 'and', 'et', 'und', 'e', 'en', '&']);

/** Business words before a firm's link word (stems, any prefix: "Geschäftsberichte", "partenariat"). */
const ORG_STEMS =
  /(?:partner|partena|allian|alian|merger|venture|acqui|report|result|sultat|annuel|anual|financ|trimestr|quarterl|affaires|statement|share|stock|earning|revenue|subsidiar|fusi|rachat|rapport|compte|action|chiffre|filial|kooperation|zusammenarbeit|bernahme|bericht|aktie|umsatz|bilanz|tochter|asociaci|colaboraci|adquisici|memoria|informe|cuenta|acci|facturaci|coentreprise)/;

/** True when a business context ends right before `pos` (the name is a firm). */
export function orgBefore(text: string, pos: number): boolean {
  // Quick out by words, right to left: a link ("of", "with", "de", "von"), perhaps after a first firm
  // and "and" ("de Aldi et …"), and before the link a business word ("reports", "partenariat").
  let link = linkBefore(text, pos);
  if (link < 0) return false;
  if (ORG_COORD.has(text, link, wordEndAt(text, link))) {
    // "… of Dr. Oetker and Robert Bosch": back over the first firm (up to four words) to its link.
    let at = link;
    let found = -1;
    for (let words = 0; words < 5 && found < 0; words++) {
      const prev = previousWord(text, at);
      if (prev < 0) return false;
      if (ORG_LINKS.has(text, prev, wordEndAt(text, prev)) && !ORG_COORD.has(text, prev, wordEndAt(text, prev))) found = prev;
      at = prev;
    }
    if (found < 0) return false;
    link = found;
  }
  let business = previousWord(text, link);
  // A year between: "annual reports 2024 of".
  if (business < 0) return false;
  if (isDigitCode(text.charCodeAt(business))) business = previousWord(text, business);
  if (business < 0 || !ORG_STEMS.test(text.slice(business, wordEndAt(text, business)).toLowerCase())) return false;
  const from = Math.max(0, pos - 64);
  return ORG_BEFORE.test(foldName(text.slice(from, pos)));
}

/** Start of the link word right before `pos` ("with ", "d'", "& "), or -1. */
function linkBefore(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && pos - i < 2 && isNameSpace(text.charCodeAt(i - 1))) i--;
  if (i === pos) {
    if (!isApostrophe(text.charCodeAt(i - 1))) return -1; // "d'Aldi"
    i--;
  }
  if (text.charCodeAt(i - 1) === 38 /* & */) return i - 1;
  const w = wordStart(text, i);
  return w < i && i - w <= 5 && ORG_LINKS.has(text, w, i) ? w : -1;
}

/** Start of the word (or number, or `&`) before the one starting at `pos` on its line, or -1. */
function previousWord(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && pos - i < 3 && (isNameSpace(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 46)) i--;
  if (i === pos || i === 0) return -1;
  const c = text.charCodeAt(i - 1);
  if (c === 38) return i - 1;
  if (isDigitCode(c)) {
    let j = i;
    while (j > 0 && i - j < 6 && isDigitCode(text.charCodeAt(j - 1))) j--;
    return j;
  }
  const w = wordStart(text, i);
  return w < i ? w : -1;
}

/** End of the word, number or `&` starting at `pos`. */
function wordEndAt(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c === 38) return pos + 1;
  if (isDigitCode(c)) {
    let j = pos;
    while (j < text.length && isDigitCode(text.charCodeAt(j))) j++;
    return j;
  }
  return wordEnd(text, pos, 24);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Words joining two firms ("de Aldi et Tim Hortons", "of Carl Zeiss and Deloitte"). */
const ORG_COORD = new AsciiWords(['and', 'et', 'und', 'y', 'e', 'en', '&']);
