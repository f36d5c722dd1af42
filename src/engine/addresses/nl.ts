/**
 * Dutch street lines: compound names before the number (`Keizersgracht 123`, `Prins Hendrikkade 12`,
 * handled with the German ones), house-number additions (`123-A`, `12 III`, `2-hoog`), and the postcode:
 * four digits, two letters (`1017 AB Amsterdam`; the letters never SA, SD or SS).
 */

/** `1017 AB` or `1017AB`, sticky. */
export const DUTCH_POSTCODE = /[1-9]\d{3}[ \u00a0]?(?!SA|SD|SS)[A-Z]{2}(?![A-Za-z0-9])/y;

/**
 * House-number additions after the number: ` III`, `-III`, `-hoog`, ` hs`, ` bis`, and the German
 * letter of a split plot before a comma or the line's end (`Mühlenstraße 26 a, 37083 Göttingen`; not the
 * Italian `a` of `via Garibaldi 3 a Bologna`). Sticky.
 */
export const DUTCH_ADDITION = /(?:[ \t](?:I{1,3}|IV|hs|huis|bis|zw|rd|bg|[a-hA-H](?=[ \t]*(?:[,;]|\r?\n|$)))(?![\w\u00c0-\u024f-])|-(?:hoog|\d{1,3}|I{1,3}|IV|[a-hA-H])(?![\w\u00c0-\u024f]))/y;
