/**
 * North American and Australian regions after the city: US state + ZIP (`Springfield, IL 62701`,
 * `New York, NY 10036-4012`), Canadian province + postal code (`Ottawa, ON K1A 0B1`), Australian
 * state + postcode (`Sydney NSW 2000`). Codes from USPS Publication 28, Canada Post and Australia Post.
 */
const US_STATES =
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP';
const CA_PROVINCES = 'AB BC MB NB NL NS NT NU ON PE QC SK YT';
const AU_STATES = 'NSW VIC QLD SA WA TAS NT ACT';

const alt = (codes: string) => codes.split(' ').join('|');

/** After the city and an optional comma, sticky: `IL 62701`, `NY 10036-4012`, `ON K1A 0B1`, `NSW 2000`. */
export const REGION_AND_CODE = new RegExp(
  String.raw`(?:(?:${alt(US_STATES)}|D\.C\.)[ \u00a0]+\d{5}(?:-\d{4})?|(?:${alt(CA_PROVINCES)})[ \u00a0]+[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \u00a0]?\d[ABCEGHJ-NPRSTV-Z]\d|(?:${alt(AU_STATES)})[ \u00a0]+\d{4})(?![A-Za-z0-9])`,
  'y',
);

/** `(Québec) H3A 1G5`, `(Ontario) K1A 0A4`: a province in parentheses then the postal code. Sticky. */
export const CA_PROVINCE_IN_PARENTHESES = /\([A-ZÉ][\p{L}' -]{1,28}\)[ \u00a0]+[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \u00a0]?\d[ABCEGHJ-NPRSTV-Z]\d(?![A-Za-z0-9])/uy;

/** A US state without ZIP, after `City, `: `Springfield, IL` (only with the comma before it). */
export const US_STATE_ONLY = new RegExp(String.raw`(?:${alt(US_STATES)})(?![A-Za-z0-9])`, 'y');
