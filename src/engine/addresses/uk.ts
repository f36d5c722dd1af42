/**
 * UK postcodes (Royal Mail format): outward code (area, district) and inward code (sector, unit):
 * `SW1A 1AA`, `EC1A 1BB`, `M1 1AE`, `B33 8TH`, `CR2 6XH`, `DN55 1PT`, also without the space, and
 * `GIR 0AA`. Sticky; the caller tries it after a street line, its city, or on the next line.
 */
export const UK_POSTCODE = /(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR)[ \u00a0]?\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/y;
