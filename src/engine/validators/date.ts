/**
 * Month names (and common abbreviations) in English, French, German and Spanish, lower-case,
 * accents included and also without them (users type "fevrier", "Maerz").
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv', 'januar', 'jänner', 'jaenner', 'enero', 'ene'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'februar', 'febrero'],
  ['march', 'mar', 'mars', 'märz', 'maerz', 'marz', 'mär', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'mayo'],
  ['june', 'jun', 'juin', 'juni', 'junio'],
  ['july', 'jul', 'juillet', 'juil', 'juli', 'julio'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre'],
  ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'diciembre', 'dic'],
];

const MONTH_BY_NAME = new Map<string, number>();
MONTH_NAMES.forEach((names, i) => names.forEach((n) => MONTH_BY_NAME.set(n, i + 1)));

/** Regex source matching any month name above (longest first so `sept` wins over `sep`). */
export const MONTH_NAME_SOURCE = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Month number (1–12) for a month name or abbreviation in EN/FR/DE/ES, case-insensitive. */
export function monthFromName(name: string): number | undefined {
  return MONTH_BY_NAME.get(name.toLowerCase().replace(/\.$/, ''));
}

/** True when y-m-d is a real calendar date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

/**
 * A plausible date of birth: a real date, a four-digit year between 1900 and this year (two-digit
 * years are accepted as written), and not in the future.
 */
export function isBirthDate(year: number, month: number, day: number, now: Date = new Date()): boolean {
  if (year >= 100 && (year < 1900 || year > now.getFullYear())) return false;
  const fullYear = year < 100 ? 1900 + year : year;
  if (!isCalendarDate(fullYear, month, day)) return false;
  return year < 100 || new Date(Date.UTC(year, month - 1, day)).getTime() <= now.getTime();
}

/**
 * Parses a written date the DOB detector matched: `15/03/1985`, `03/15/1985` (US order is tried
 * when the day-first reading is impossible), `1985-03-15`, `15.03.85`, `15 March 1985`,
 * `March 15th, 1985`, `15. März 1985`, `15 de marzo de 1985`, `1er mars 1985`.
 * Returns true when some reading is a plausible birth date.
 */
export function isBirthDateText(value: string, now: Date = new Date()): boolean {
  const text = value.toLowerCase();
  const iso = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(text);
  if (iso) return isBirthDate(+iso[1]!, +iso[2]!, +iso[3]!, now);
  const numeric = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (numeric) {
    const a = +numeric[1]!;
    const b = +numeric[3]!;
    const y = +numeric[4]!;
    return isBirthDate(y, b, a, now) || isBirthDate(y, a, b, now);
  }
  const words = text.match(/[\p{L}]+\.?|\d+/gu) ?? [];
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  for (const w of words) {
    if (/^\d+$/.test(w)) {
      if (w.length === 4) year = +w;
      else if (day === undefined && w.length <= 2) day = +w;
      else return false;
    } else {
      const m = monthFromName(w);
      if (m !== undefined && month === undefined) month = m;
    }
  }
  if (day === undefined || month === undefined || year === undefined) return false;
  return isBirthDate(year, month, day, now);
}
