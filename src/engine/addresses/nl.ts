/**
 * Dutch street lines: compound names before the number (`Keizersgracht 123`, `Prins Hendrikkade 12`,
 * handled with the German ones), house-number additions (`123-A`, `12 III`, `2-hoog`), and the postcode:
 * four digits, two letters (`1017 AB Amsterdam`; the letters never SA, SD or SS).
 */

/** `1017 AB` or `1017AB`, sticky. */
export const DUTCH_POSTCODE = /[1-9]\d{3}[ \u00a0]?(?!SA|SD|SS)[A-Z]{2}(?![A-Za-z0-9])/y;

/** House-number additions after the number: ` III`, `-hoog`, ` hs`, ` bis`. Sticky. */
export const DUTCH_ADDITION = /(?:[ \t](?:I{1,3}|IV|hs|huis|bis|zw|rd|bg)(?![\w])|-(?:hoog|\d{1,3})(?![\w]))/y;
