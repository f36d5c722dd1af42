import type { CountryCode } from 'libphonenumber-js/max';
import type { Detector, MatchInfo } from '../../types';
import { isRegexWord } from '../../numeric-spans';
import { consistentSeparators } from '../../validators/digits';
import { parseIpv4 } from '../../validators/ip-address';
import {
  AREA_REGIONS, digitCount, GROUPED_REGIONS, isPhoneLabel, NATIONAL_SOURCE, NATIONAL_UNLABELLED_SOURCE, nationalShape, NO_TRUNK_REGIONS, phoneLabelBefore, PHONE_WORDS,
  possiblePhone, SCORE, spaceGrouped, TRUNK_REGIONS, validPhone,
} from './phone-shapes';
import { afterIbanGroups, fieldNounBefore, hasContextWord, isolated, isOtherFieldNoun, looksLikeDate } from './shared';

/**
 * The value is in a phone field: a phone label right before it (`Tel 030…`), or its field is named like
 * a phone (`Phone:`, a `mobile` column however far up, a `"tel"` key, `<telefono>`).
 */
function inPhoneField(info: MatchInfo): boolean {
  return phoneLabelBefore(info.before) || isPhoneLabel(info.label());
}

/**
 * `score` when libphonenumber accepts the value in `regions`; else, in a phone field, when it is a
 * possible number there (the range may not be assigned yet: a number in a phone column is a phone).
 */
function phoneScore(value: string, regions: Parameters<typeof validPhone>[1], info: MatchInfo, score: number): number | false {
  if (validPhone(value, regions)) return score;
  return inPhoneField(info) && possiblePhone(value, regions) && score;
}

/** Space-grouped national numbers without a trunk 0 ("915 37 71 50", "312 345 6789"): ES and IT. */
function grouped(value: string, info: MatchInfo): number | false {
  const digits = digitCount(value);
  if (digits < 9 || digits > 13 || looksLikeDate(value)) return false;
  if (validPhone(value, GROUPED_REGIONS)) return SCORE.grouped;
  return inPhoneField(info) && possiblePhone(value, NO_TRUNK_REGIONS) && SCORE.grouped;
}

/**
 * Nouns of fields that hold IDs, not phones (besides accounts, orders and references: shared.ts). A
 * 10-digit NHS number, an SSN written "813 88 9355", a SIRET or an employee number is often a valid
 * phone number somewhere.
 */
const ID_NOUNS = new Set([
  'nhs', 'ssn', 'sin', 'bsn', 'tfn', 'nino', 'nir', 'siret', 'siren', 'tva', 'vat', 'iban', 'bic', 'swift', 'routing', 'aba', 'rtn', 'dni',
  'nie', 'nif', 'cif', 'cpf', 'cnpj', 'aadhaar', 'itin', 'passport', 'passeport', 'pasaporte', 'reisepass', 'security', 'insurance', 'sécu',
  'secu', 'idnr', 'employee', 'matricule', 'id', 'ids', 'cost', 'coût',
]);
/** `NHSNumber`, `Kundennummer`, `ordernr`: a joined word ending in a number word, when no phone word is in it. */
const JOINED_NUMBER = /^\p{L}{2,}(?:number|nummer|numero|número|numéro|nr)$/u;
const PHONE_STEM = /tel|fon|phone|handy|mobil|mobiel|fax|ruf|gsm|cell|whatsapp|kontakt|contact/;

function idNoun(word: string): boolean {
  return isOtherFieldNoun(word) || ID_NOUNS.has(word) || (JOINED_NUMBER.test(word) && !PHONE_STEM.test(word));
}

/**
 * The value is named as something else than a phone: the noun right before it (`Las referencias
 * 0542-430-386`, `Notre SIRET : 030 425 511 75187`, `Part numbers 0586-689-927`), its field's label
 * (`nhs_no`, `<NHSNumber>`, `Social Security No.:`), or it continues the groups of a (mistyped) IBAN.
 * Checked for numbers that passed libphonenumber only: a few hundred per 10 MB.
 */
function namedOtherwise(info: MatchInfo): boolean {
  if (afterIbanGroups(info.before)) return true;
  const noun = fieldNounBefore(info.before);
  if (noun !== undefined && idNoun(noun) && !isPhoneLabel(` ${noun} `)) return true;
  const label = info.label();
  if (label === undefined) return false;
  // A table asks about the same label for every row.
  let other = otherLabels.get(label);
  if (other === undefined) {
    if (otherLabels.size >= 1024) otherLabels.clear();
    otherLabels.set(label, (other = !isPhoneLabel(label) && label.trim().split(' ').some(idNoun)));
  }
  return other;
}
const otherLabels = new Map<string, boolean>();

/** `172.18.234.43`: an IPv4 address (its own detector's), unless the field is a phone field. */
function ipv4Shaped(value: string, info: MatchInfo): boolean {
  return value.length <= 15 && parseIpv4(value) !== undefined && !inPhoneField(info);
}

/**
 * `offer` rule: the spans a phone candidate can take digits from. An international number is led by a
 * `+` with only digits and separators between it and the span. A national one (NATIONAL_UNLABELLED_SOURCE)
 * is never a bare digit run (those are the labelled detector's), never starts right after a letter,
 * digit or `_`, nor inside a chain of single separators (after `.`, `-`, `/`, or a blank that follows
 * a digit): a span right after a word char with only single, non-parenthesis separators cannot hold one.
 */
function phoneSpan(text: string, start: number, end: number, digits: number): boolean {
  if (plusLeads(text, start)) return true;
  return digits !== end - start && (!isRegexWord(text.charCodeAt(start - 1)) || !singleSeparators(text, start, end));
}

/** How far before its first digit an international number's `+` can be: `+(` and 14 digits with 3 separators each. */
const PLUS_REACH = 60;

/** True when a `+` precedes `start` with only digits and international separators between. */
function plusLeads(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - PLUS_REACH; i--) {
    const c = text.charCodeAt(i);
    if (c === 43) return true;
    if (!((c >= 48 && c <= 57) || c === 32 || c === 46 || c === 45 || c === 0xa0 || c === 40 || c === 41)) return false;
  }
  return false;
}

/** True when every separator in the span is one char between two digits, and none is a parenthesis. */
function singleSeparators(text: string, start: number, end: number): boolean {
  let afterDigit = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) afterDigit = true;
    else if (!afterDigit || c === 40 || c === 41) return false;
    else afterDigit = false;
  }
  return true;
}

/** Region lists as constants: `validPhone` keeps its caches per array. `undefined`: written with a country code. */
const INTERNATIONAL: readonly undefined[] = [undefined];
const US: readonly CountryCode[] = ['US'];

function validate(value: string, info: MatchInfo): boolean | number {
  if (info.pattern === 'international') return phoneScore(value, INTERNATIONAL, info, SCORE.international);
  const score = validateNational(value, info);
  // Checked last: only for the few numbers libphonenumber accepted (every IP of a log is a candidate).
  return score !== false && (ipv4Shaped(value, info) || namedOtherwise(info)) ? false : score;
}

function validateNational(value: string, info: MatchInfo): boolean | number {
  // The digit groups of an IBAN (`GB62 MIDL 1562 6789 4670 75`) fail `namedOtherwise` in `validate`
  // after libphonenumber tried them in up to twelve regions: asked first (one char test for most values).
  if (neverNational(value) || (!isolated(info) && !value.startsWith('(')) || afterIbanGroups(info.before)) return false;
  const shape = nationalShape(value);
  switch (shape) {
    case 'nanp': {
      // The national part of "+1 415 555 2671" is already an international candidate.
      if (/\+\d{1,3}[ .\-\u00a0(]{0,2}$/.test(info.before.slice(-8))) return false;
      const us = phoneScore(value, US, info, SCORE.nanp);
      // Italian mobiles are written 3-3-4 too ("320 046 1387").
      return us === false && spaceGrouped(value) ? grouped(value, info) : us;
    }
    case 'trunkPairs':
    case 'trunk':
      return !looksLikeDate(value) && phoneScore(value, TRUNK_REGIONS, info, SCORE[shape]);
    case 'area':
      return phoneScore(value, AREA_REGIONS, info, SCORE.area);
    case 'grouped':
      return grouped(value, info);
    default:
      // Bare runs and amount-like groupings are the labelled detector's job (it only runs on lines
      // with a phone word), so epochs and IDs in logs and JSON never reach libphonenumber.
      return false;
  }
}

/**
 * True when `validateNational` rejects the value whatever its context, read in one pass over its chars
 * instead of the five shape regexes of `nationalShape` (most national candidates are log numbers, IPs,
 * postcodes and the digit groups of cards and IBANs: ~29,000 per 10 MB of the bench's text, ~20,000 in
 * its 1 MB customer table). Exact: without a leading `0` or `(` only the `nanp` (10 or 11 digits, no
 * blank needed) and `grouped` (9–13 digits, blanks between its groups) shapes can pass; every other
 * value is `other`, which this detector leaves to the labelled one.
 */
function neverNational(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first === 48 || first === 40) return false; // 0…, (…
  let digits = 0;
  let blank = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 32 || c === 0xa0) blank = true;
  }
  if (digits < 9 || digits > 13) return true;
  return !blank && digits !== 10 && digits !== 11;
}

/**
 * A bare digit run (`4155552671`) or amount-like grouping is an epoch, an order number, an amount…
 * unless a phone word is right before it (then libphonenumber must accept it) or it is in a phone field
 * (then a possible number will do).
 */
function validateLabelled(value: string, info: MatchInfo): boolean | number {
  if (!isolated(info) || nationalShape(value) !== 'other' || value.includes('/') || !consistentSeparators(value)) return false;
  const digits = digitCount(value);
  if (digits < 9 || digits > 13 || looksLikeDate(value)) return false;
  const near = hasContextWord(info, PHONE_WORDS, 0);
  if (!near && !inPhoneField(info)) return false;
  const regions = value.startsWith('0') ? TRUNK_REGIONS : NO_TRUNK_REGIONS;
  const score = phoneScore(value, regions, info, SCORE.other);
  return score !== false && (ipv4Shaped(value, info) || namedOtherwise(info)) ? false : score;
}

/**
 * Keywords and context words of the labelled detector: the phone words, and column names that are
 * not words of prose (`mobil`, `Mobilnummer`, `mobiel`, `Festnetz`, `landline`): a header opens its
 * column only through a keyword, and its cells need the header as context. `contact` already opens
 * `contact_number`.
 */
const PHONE_KEYWORDS = [...PHONE_WORDS, 'mobil', 'mobiel', 'festnetz', 'landline'];

/** Phone numbers in international (`+44 20 7946 0958`) and common national formats, checked by libphonenumber. */
export const phone: Detector = {
  id: 'phone',
  type: 'PHONE',
  category: 'PII',
  severity: 'medium',
  description: 'Phone number (validated against national numbering plans)',
  // E.164 allows 15 digits; the engine's slack also offers two numbers joined by " / ".
  anchor: { numeric: { minDigits: 9, maxDigits: 15, offer: phoneSpan } },
  patterns: [
    {
      name: 'international',
      // `+` then 8–15 digits, each followed by at most 3 separators: one way to parse, so linear. The
      // look-behind (not glued to a word or another `+`) comes after the `+`: V8 tries it only there.
      regex: /\+(?<![\w+]\+)\(?(?:\d[ .\-\u00a0()]{0,3}){7,14}\d(?!\d)/g,
      score: SCORE.international,
    },
    {
      name: 'national',
      // Digit groups split by single separators, optionally led by "(415) " or "1-"; the shape
      // (NANP, French pairs, trunk prefix, other grouping) is decided by the validator. Not inside a
      // longer number ("2 82 04 75 123 456"). Bare runs are left to `phoneLabelled`, and they and IPv4
      // addresses are no candidates here (NATIONAL_UNLABELLED_SOURCE).
      regex: new RegExp(NATIONAL_UNLABELLED_SOURCE, 'g'),
      score: SCORE.other,
    },
  ],
  validate,
  context: { words: PHONE_WORDS, boost: 0.25 },
  maxLength: 40,
  examples: {
    match: [
      'Call me on +44 20 7946 0958 tomorrow',
      'US office: +1 (415) 555-2671',
      'Tél. : +33 6 12 34 56 78',
      'Mobil: +49 151 23456789',
      'Support line (415) 555-2671, ask for Jo',
      'Rappelez-moi au 06 12 34 56 78',
      'Telefon 030 12345678',
      "INSERT INTO users VALUES ('Ana', '915 37 71 50');",
      'von 0176 80568273 angerufen',
      'Contato: (11) 98765-4321',
      // 3-3-4 is libphonenumber's national format for NL and DE: area codes that start with 0 are no NANP.
      'Bel me op 020 997 5625',
      'Cellulare 320 046 1387',
    ],
    noMatch: [
      'epoch 1700000000 and order 4155552671',
      'ticket 2024-01-15 12:30',
      'ID +1 123 456 789 0000',
      'value 123-456-7890 (not a real area code)',
      'build 20240115.1234',
      'ORD-415-555-2671',
      'mon numéro de sécu est 2 82 04 75 123 456 12',
      'population 123 456 789 in 2020, call it growth',
      'Part numbers 6359-762-112 and 345-07-0000',
      'version 119.0.6350.112',
      'Foreign tax ID: 12 3456 7890',
      // Named as something else: a reference, an NHS number, the groups of a mistyped IBAN.
      'Las referencias 0542-430-386 y SO-LD188754 vuelven a estar disponibles',
      'nhs_no: "607 966 5255"',
      'the IBAN GB09 JNXC 0384 6170 7340 42 is invalid',
    ],
  },
};

/**
 * Phone numbers without a recognisable national format (bare runs, amount-like groupings such as
 * "612 345 678") next to a phone word. Keyword-anchored, so the epochs and IDs of logs and JSON
 * never reach libphonenumber.
 */
export const phoneLabelled: Detector = {
  id: 'phone-labelled',
  type: 'PHONE',
  category: 'PII',
  severity: 'medium',
  description: 'Phone number next to a phone label (validated against national numbering plans)',
  // A phone column's header opens the column: its values have no phone word on their line.
  anchor: { keywords: PHONE_KEYWORDS, columns: true },
  patterns: [{ name: 'labelled', regex: new RegExp(NATIONAL_SOURCE, 'g'), score: SCORE.other }],
  validate: validateLabelled,
  // The label comes before the number ("Tel: …"); a word after it usually labels the next value.
  context: { words: PHONE_KEYWORDS, required: true, boost: 0.25, after: 0 },
  maxLength: 64,
  examples: {
    match: [
      'phone: 4155552671',
      'móvil 612 345 678',
      'WhatsApp 0612345678 after 6pm',
      'Handy: 01512345678',
      // Possible but unassigned (Ofcom's drama range): a number in a phone field is a phone.
      'mobile: 07700900123',
      'id,name,mobile\n1,Ann,4155552671\n2,Bob,07700900124',
      'id,name,contact_number\n1,Ann,4155550177',
      'mobil: 017683631679',
    ],
    noMatch: [
      'phone: n/a, epoch 1700000000',
      'phone_id,name\n1700000000,Ann',
      'call me, ticket 4155552671-2',
      'tel. 123 456 789',
      'contact id 2024-01-15',
      'Steuer-ID 36 574 261 809, Handy folgt',
      'Am Telefon wurde mir das Aktenzeichen 34/2303-2023 genannt',
      'Automobil 4155552671',
      // A private address next to a host named phone-…: an IP, not a phone.
      'Nov 26 12:51:05 gw dnsmasq-dhcp[1883]: DHCPACK(br0) 172.18.234.43 9A:D4:73:22:70:1F phone-consuelo',
    ],
  },
};
