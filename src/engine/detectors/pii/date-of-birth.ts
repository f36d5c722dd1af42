import { labelWordIn } from '../../fields';
import type { Detector, MatchInfo } from '../../types';
import { MONTH_NAME_SOURCE, isBirthDateText } from '../../validators/date';
import { contextWords } from './shared';

/**
 * Birth-date labels in EN/FR/DE/ES (and IT). Short ones carry punctuation so they don't match inside
 * words ("adobe", "stubborn").
 */
const DOB_WORDS = [
  'dob:', 'dob ', 'dob=', 'dob)', 'dob"', 'd.o.b', 'birth', 'dateofbirth', 'born ', 'born:', 'bday',
  'né le', 'née le', 'né(e)', 'né à ', 'née à ', 'né en ', 'née en ', 'suis né', 'naissance', 'datenaissance',
  'geboren', 'geburt', 'geb.', 'geboorte',
  // "nací " / "nació ", not "nació": that is inside "nación".
  'nacimiento', 'fechanacimiento', 'nacido', 'nacida', 'nací ', 'nació ', 'naci el ', 'nacio el ', 'f. nac',
  'nascita', 'nato il', 'nata il', 'nato a ', 'nata a ', 'sono nato', 'sono nata',
  // Column and key names (labels are compared in their normal form: `fecha_nac` is ` fecha nac `).
  'fecha nac', 'fec nac', 'geb datum', 'date naiss', 'dt naiss', 'data nasc',
];

/** The most common birth labels (see `context` below). */
const COMMON_DOB_WORDS = [
  'dob:', 'dob ', 'dob=', 'dob)', 'dob"', 'd.o.b', 'birth', 'dateofbirth', 'born ', 'born:', 'né le', 'née le', 'né(e)', 'naissance',
  'geboren', 'geburt', 'geb.', 'nacimiento', 'nacido', 'nacida', 'fecha nac', 'nascita',
];

/**
 * Keywords: the words, and each column name also as exports spell it (`fecha_nac`, `geb-datum`,
 * `gebdatum`): a header only opens its column through a keyword. Kept out of the context words, which
 * the engine tries one by one for every date.
 */
const DOB_KEYWORDS = [...DOB_WORDS, 'dob', ...contextWords('fecha nac', 'fec nac', 'geb datum', 'date naiss', 'dt naiss', 'data nasc'), 'f_nac'];

/**
 * The date must be the one the label is about: between the nearest birth label before it and the
 * date, no other number and no second "label:" ("Birth date: 1993-04-21 Start date: 2025-10-14"
 * labels only the first; "Birth date: unknown, start date: 2025-10-14" none); or, for
 * "15/03/1985 (date of birth)", no number between the date and a label right after it.
 */
function labelled(info: MatchInfo): boolean {
  const before = info.before.toLowerCase();
  let end = -1;
  for (const w of DOB_WORDS) {
    const at = before.lastIndexOf(w);
    if (at >= 0) end = Math.max(end, at + w.length);
  }
  if (end >= 0 && !/\d|[:=][^:=]*[:=]/.test(before.slice(end))) return true;
  const after = info.after.slice(0, 24).toLowerCase();
  let start = -1;
  for (const w of DOB_WORDS) {
    const at = after.indexOf(w);
    if (at >= 0 && (start < 0 || at < start)) start = at;
  }
  return start >= 0 && !/\d/.test(after.slice(0, start));
}

/** The date's field is a birth date: a `dob` / `date_of_birth` / `Geburtsdatum` column, key, tag or label. */
function birthField(info: MatchInfo): boolean {
  const label = info.label();
  return label !== undefined && labelWordIn(label, DOB_WORDS) !== undefined;
}

const M = `(?:${MONTH_NAME_SOURCE})\\.?(?![\\p{L}])`;
const SEP = String.raw`[\s\u00a0]{1,3}`;

/** Dates of birth: a date in a common written form next to a birth label (dates alone are not PII). */
export const dateOfBirth: Detector = {
  id: 'date-of-birth',
  type: 'DATE_OF_BIRTH',
  category: 'PII',
  severity: 'medium',
  description: 'Date of birth (a date next to a birth label)',
  // Block window: "Date of birth:" on one line and the date on the next is a common form layout.
  // `dob` alone is a column name (`id,name,dob`); keywords match at word starts, so not inside "adobe".
  // A header keyword opens its column: the dates below have no label on their line.
  anchor: { keywords: DOB_KEYWORDS, window: 'block', columns: true },
  patterns: [
    { name: 'numeric', regex: /(?<![\d.\/\-])\d{1,2}([.\/\-])\d{1,2}\1(?:\d{4}|\d{2})(?!\d|[.\/\-]\d)/g, score: 0.6 },
    { name: 'iso', regex: /(?<![\d.\/\-])\d{4}([.\/\-])\d{1,2}\1\d{1,2}(?!\d|[.\/\-]\d)/g, score: 0.6 },
    {
      name: 'day-month-year',
      // 15 March 1985, 15. März 1985, 15 de marzo de 1985, 1er mars 1985
      regex: new RegExp(`(?<![\\p{L}\\d])\\d{1,2}(?:st|nd|rd|th|er|\\.|º)?(?:${SEP}de)?${SEP}${M},?(?:${SEP}del?)?${SEP}\\d{4}(?!\\d)`, 'giu'),
      score: 0.6,
    },
    {
      name: 'month-day-year',
      // March 15, 1985; Mar. 15th 1985
      regex: new RegExp(`(?<![\\p{L}\\d])${M}${SEP}\\d{1,2}(?:st|nd|rd|th)?,?${SEP}\\d{4}(?!\\d)`, 'giu'),
      score: 0.6,
    },
  ],
  validate: (value, info) => isBirthDateText(value) && (birthField(info) || labelled(info)) && 0.75,
  // `validate` requires a birth label (any of DOB_WORDS, near or as the field's label); the engine's
  // context check only adds the boost and names the word, so it gets the common words: it tries them
  // one by one for every date, and every extra word cost ~25 ns per date of a birth-date column.
  context: { words: COMMON_DOB_WORDS, boost: 0.15 },
  maxLength: 64,
  preview: { head: 0, tail: 2 },
  examples: {
    match: [
      'DOB: 03/15/1985',
      'Date of birth: 15.03.1985',
      'born 1985-03-15 in Leeds',
      'née le 1er mars 1985 à Lyon',
      'Geburtsdatum: 15. März 1985',
      'fecha de nacimiento: 15 de marzo de 1985',
      'Birthday: March 15th, 1985',
      'Date of birth:\n12/07/1990',
      '{"dateOfBirth": "1955-09-06", "status": "ok"}',
      'id,name,dob,start_date\n1,Ann,1985-03-15,2024-01-02\n2,Bob,1990-07-12,2023-05-06',
      '| Name | Fecha de nacimiento |\n|---|---|\n| Ana | 15/03/1985 |',
      'Nací el 1999-01-11, ¿cuándo podré jubilarme?',
      'Il est né à Lyon le 12/03/1985.',
      'kunde: KAYA Zeynep\ngeb_datum: "12.06.1979"',
      'CREATE TABLE c (id INT, nombre VARCHAR(80), fecha_nac DATE);\nINSERT INTO c VALUES\n(1, \'Ana\', \'1968-12-26\'),\n(2, \'Luis\', \'1951-06-08\');',
    ],
    noMatch: [
      'Invoice date: 03/15/1985',
      'Meeting on 15 March 2024',
      'DOB: 31/02/1985',
      'born 2999-01-01',
      'Adobe 2020-01-05 release',
      'Birth date: unknown, start date: 2025-10-14',
      'id,name,dob,start_date\n1,Ann,,2024-01-02',
      'Adobe,Dobby\n2024-01-02,2023-05-06',
      'Día de la nación: 12/03/1985',
    ],
  },
};
