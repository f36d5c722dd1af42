/**
 * Generators of synthetic but VALID sensitive values: every value passes its checksum (see checksums.ts)
 * and is obviously fake where the format allows it (example.com mail, 555-01xx and Ofcom drama phone
 * ranges, card test BINs). IP addresses are public-looking but random (documentation ranges no longer
 * count as IP findings). Values are never real credentials: secrets are random strings in the provider's
 * shape.
 *
 * Collisions between numeric schemes are avoided on purpose (a 9-digit SIN that also passes the BSN
 * 11-proof would make its label ambiguous), so each label tests the detector it names.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { ALNUM, BASE64, BASE64URL, DIGITS, HEX, LOWER, Rng, UPPER } from './rng';
import {
  aadhaarValid, abaValid, base62, bsnValid, cfCheckChar, cnpjCheckDigits, cpfCheckDigits, cpfValid, crc32,
  dniLetter, ibanCheckDigits, luhnCheckDigit, luhnValid, modDecimal, nhsCheckDigit, nirKey, sinValid,
  steuerIdCheckDigit, steuerIdValid, tfnValid, verhoeffCheckDigit,
} from './checksums';

export type Lang = 'en' | 'fr' | 'de' | 'es';

/** Groups `s` by the given sizes with `sep` ("1234 5678 …"). */
export function group(s: string, sizes: readonly number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    if (i >= s.length) break;
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.join(sep);
}

/** True when a 9-digit string passes any other 9-digit scheme (used to keep labels unambiguous). */
function nineDigitCollides(d: string, except: 'sin' | 'bsn' | 'tfn' | 'aba' | 'ssn'): boolean {
  return (
    (except !== 'sin' && sinValid(d)) ||
    (except !== 'bsn' && bsnValid(d)) ||
    (except !== 'tfn' && tfnValid(d)) ||
    (except !== 'aba' && abaValid(d))
  );
}

// ---------------------------------------------------------------- PII

export interface PersonName {
  readonly first: string;
  readonly last: string;
}

/** Mail address on a reserved example domain, derived from a name. */
export function email(r: Rng, name: PersonName): string {
  const ascii = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
  const f = ascii(name.first);
  const l = ascii(name.last);
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}`, `${f}.${l}${r.int(1, 99)}`, `${f}+billing`, `${l}.${f}`]);
  const domain = r.pick(['example.com', 'example.org', 'example.net', 'mail.example.com', 'corp.example.org']);
  return `${local}@${domain}`;
}

/** Phone countries per corpus language. */
const PHONE_COUNTRIES: Record<Lang, readonly CountryCode[]> = {
  en: ['US', 'US', 'GB'],
  fr: ['FR'],
  de: ['DE'],
  es: ['ES'],
};

/** Countries the corpus writes phone numbers for (records of customers living there). */
export type PhoneCountry = 'US' | 'GB' | 'FR' | 'DE' | 'ES' | 'CA' | 'AU' | 'NL' | 'IT' | 'IE' | 'BE' | 'CH' | 'AT';
export const PHONE_REGIONS: readonly PhoneCountry[] = ['US', 'GB', 'FR', 'DE', 'ES', 'CA', 'AU', 'NL', 'IT', 'IE', 'BE', 'CH', 'AT'];

/** Candidate national numbers (digits only) per country, from fictional ranges where one exists. */
function phoneCandidate(r: Rng, country: CountryCode): string {
  switch (country) {
    case 'US': // 555-0100…0199 is reserved for fiction.
      return `${r.pick(['202', '212', '312', '415', '617', '646', '702', '206', '503'])}5550${r.int(100, 199)}`;
    case 'CA':
      return `${r.pick(['416', '613', '514', '604', '403', '902', '204', '780', '418', '819'])}5550${r.int(100, 199)}`;
    case 'GB': // Ofcom drama range 020 7946 0000–0999.
      return r.chance(0.7) ? `2079460${r.padded(0, 999, 3)}` : `1632960${r.padded(0, 999, 3)}`;
    case 'FR': // 01 99 00 xx xx is ARCEP's fiction range; mobiles are random but validated.
      return r.chance(0.5) ? `19900${r.digits(4)}` : `${r.pick(['6', '7'])}${r.digits(8)}`;
    case 'DE':
      return r.chance(0.5) ? `30${r.int(1, 9)}${r.digits(7)}` : `${r.pick(['151', '160', '170', '171', '176'])}${r.digits(8)}`;
    case 'ES':
      return r.chance(0.5) ? `6${r.digits(8)}` : `91${r.digits(7)}`;
    case 'AU': // ACMA fiction ranges: 0491 570 xxx mobiles, 02 5550 xxxx landlines.
      return r.chance(0.5) ? `491570${r.digits(3)}` : `25550${r.digits(4)}`;
    case 'NL':
      return r.chance(0.5) ? `6${r.digits(8)}` : `${r.pick(['20', '10', '30', '70'])}${r.digits(7)}`;
    case 'IT':
      return `3${r.pick(['20', '33', '47', '39', '66'])}${r.digits(7)}`;
    case 'IE':
      return `8${r.pick(['3', '5', '6', '7', '9'])}${r.digits(7)}`;
    case 'BE':
      return `4${r.pick(['7', '8', '9'])}${r.digits(7)}`;
    case 'CH':
      return `7${r.pick(['6', '7', '8', '9'])}${r.digits(7)}`;
    case 'AT':
      return `6${r.pick(['64', '76', '50', '60'])}${r.digits(7)}`;
    default:
      throw new Error(`no phone plan for ${country}`);
  }
}

/** Countries `possiblePhone` can make numbers for. */
export const POSSIBLE_REGIONS: readonly PhoneCountry[] = ['US', 'CA', 'GB', 'FR', 'DE', 'ES', 'AU', 'NL'];

/** Any number of the country's length and leading digits: most are possible, some not assigned. */
function anyCandidate(r: Rng, country: PhoneCountry): string {
  switch (country) {
    case 'US':
    case 'CA': {
      let area: string;
      do area = `${r.int(2, 9)}${r.digits(2)}`;
      while (area.endsWith('11'));
      return `${area}${r.int(2, 9)}${r.digits(6)}`;
    }
    case 'GB': return `${r.pick(['1', '2', '3', '7'])}${r.digits(9)}`;
    case 'FR': return `${r.pick(['1', '2', '3', '4', '5', '6', '7', '8', '9'])}${r.digits(8)}`;
    case 'DE': return `${r.int(2, 9)}${r.digits(r.int(8, 10))}`;
    case 'ES': return `${r.pick(['5', '7', '8', '9'])}${r.digits(8)}`;
    case 'AU': return `4${r.digits(8)}`;
    case 'NL': return `6${r.digits(8)}`;
    default: throw new Error(`no possible-only plan for ${country}`);
  }
}

type PhoneStyle = 'intl' | 'national' | 'e164' | 'digits';

function formatPhone(r: Rng, p: NonNullable<ReturnType<typeof parsePhoneNumberFromString>>, country: PhoneCountry, s: PhoneStyle): string {
  if (s === 'e164') return p.number;
  if (s === 'digits') return p.formatNational().replace(/\D/g, '');
  if (s === 'national') {
    const nat = p.formatNational();
    // Some people type US numbers with dots or dashes rather than "(202) 555-0143".
    if ((country === 'US' || country === 'CA') && r.chance(0.5)) {
      const d = p.nationalNumber;
      const sep = r.pick(['-', '.']);
      return `${d.slice(0, 3)}${sep}${d.slice(3, 6)}${sep}${d.slice(6)}`;
    }
    return nat;
  }
  const intl = p.formatInternational();
  return country === 'US' && r.chance(0.4) ? intl.replace(/ /g, '-').replace('+1-', '+1 ') : intl;
}

/** A valid (assigned-range) number of `country` in `style` (random when omitted). */
export function phoneOf(r: Rng, country: PhoneCountry, style?: PhoneStyle): string {
  for (let attempt = 0; attempt < 200; attempt++) {
    const p = parsePhoneNumberFromString(phoneCandidate(r, country), country);
    if (!p || !p.isValid()) continue;
    return formatPhone(r, p, country, style ?? r.pick(['intl', 'intl', 'national', 'national', 'e164'] as const));
  }
  throw new Error(`could not make a valid ${country} phone`);
}

/**
 * A number that is *possible* for `country` (right length and leading digits) but not in an assigned
 * range: libphonenumber says isPossible() and not isValid(). A phone only where a phone label or
 * column says so.
 */
export function possiblePhone(r: Rng, country: PhoneCountry, style?: PhoneStyle): string {
  for (let attempt = 0; attempt < 500; attempt++) {
    const p = parsePhoneNumberFromString(anyCandidate(r, country), country);
    if (!p || p.isValid() || !p.isPossible()) continue;
    return formatPhone(r, p, country, style ?? r.pick(['intl', 'national', 'national', 'digits'] as const));
  }
  throw new Error(`could not make a possible-only ${country} phone`);
}

/** Phone number valid for libphonenumber (max metadata), in a random national or international style. */
export function phone(r: Rng, lang: Lang, style?: 'intl' | 'national' | 'e164'): string {
  return phoneOf(r, r.pick(PHONE_COUNTRIES[lang]) as PhoneCountry, style);
}

/**
 * First octets of public IPv4 space as the five registries allocate it (RIPE, ARIN, APNIC, AFRINIC,
 * LACNIC). Deliberately absent: 0, 10, 100 (CGNAT), 127, 169 (link-local), 172, 192 and 198 (private,
 * documentation and benchmark ranges live there), 203 (203.0.113/24) and everything from 224 up
 * (multicast, reserved). Documentation ranges never count as IP addresses (team decision); they appear
 * in the corpus only as negatives (`docIp`).
 */
const PUBLIC_V4_FIRST = [
  31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217,
  23, 24, 50, 64, 66, 67, 68, 69, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 173, 174, 184, 199, 204, 205, 206, 207, 208, 209,
  14, 27, 36, 39, 42, 49, 58, 59, 60, 61, 101, 110, 112, 114, 116, 118, 121, 123, 125, 180, 202, 210, 211, 218, 220, 222,
  41, 102, 105, 154, 196, 197, 177, 179, 181, 186, 187, 189, 190, 191, 200, 201,
];
/** Public-looking IPv4 (not documentation, private, loopback, multicast or reserved): a finding anywhere. */
export function ipv4(r: Rng): string {
  return `${r.pick(PUBLIC_V4_FIRST)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
/** RFC 1918 address: label it only where it counts (records, logs, or an IP word next to it). */
export function privateIpv4(r: Rng): string {
  return r.pick([
    () => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `192.168.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  ])();
}
/** Prefixes of real provider allocations (hosting, ISPs, CDNs); never the 2001:db8::/32 documentation block. */
const V6_PREFIXES = ['2a01:4f8', '2a02:8108', '2a00:1450', '2001:41d0', '2604:a880', '2600:1f18', '2a03:2880', '2406:da18', '2a0d:5600', '2003:e8', '2a01:cb00', '2a0c:5a80', '2001:67c', '2605:6400', '2a02:2e0'];
/** Global unicast IPv6 (compressed or full form). */
export function ipv6(r: Rng): string {
  const h = () => r.int(1, 0xffff).toString(16);
  const prefix = r.pick(V6_PREFIXES);
  const used = prefix.split(':').length;
  return r.pick([
    () => `${prefix}:${h()}:${h()}::${h()}`,
    () => [prefix, ...Array.from({ length: 8 - used }, h)].join(':'),
    () => `${prefix}:${h()}::${h()}:${h()}`,
  ])();
}
/** Unique-local IPv6 (fd00::/8): private, counts in records and logs. */
export function ulaIpv6(r: Rng): string {
  const h = () => r.int(1, 0xffff).toString(16);
  return `fd${r.chars(HEX, 2)}:${h()}:${h()}:${h()}::${h()}`;
}
/** Documentation, loopback and unspecified addresses: never an IP finding (negatives only). */
export function docIp(r: Rng): string {
  return r.pick([
    () => `192.0.2.${r.int(1, 254)}`,
    () => `198.51.100.${r.int(1, 254)}`,
    () => `203.0.113.${r.int(1, 254)}`,
    () => `2001:db8::${r.int(1, 0xfff).toString(16)}`,
    () => `2001:db8:${r.int(1, 0xffff).toString(16)}::${r.int(1, 99)}`,
    () => '127.0.0.1',
    () => '0.0.0.0',
    () => '::1',
  ])();
}
export function ip(r: Rng): string {
  return r.chance(0.8) ? ipv4(r) : ipv6(r);
}

/** Locally administered unicast MAC (second hex digit 2/6/A/E): never a real vendor's device. */
export function mac(r: Rng): string {
  const bytes = [r.int(0, 15) * 16 + r.pick([2, 6, 10, 14]), ...Array.from({ length: 5 }, () => r.int(0, 255))];
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0'));
  const upper = r.chance(0.5);
  const cased = hex.map((x) => (upper ? x.toUpperCase() : x));
  return r.pick([
    () => cased.join(':'),
    () => cased.join(':'),
    () => cased.join('-'),
    () => `${hex[0]}${hex[1]}.${hex[2]}${hex[3]}.${hex[4]}${hex[5]}`, // Cisco dotted
  ])();
}

export interface BirthDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
export function birthDate(r: Rng): BirthDate {
  return { y: r.int(1948, 2004), m: r.int(1, 12), d: r.int(1, 28) };
}
const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};
const p2 = (n: number) => String(n).padStart(2, '0');
/** A date in a style people of `lang` write it (numeric mostly, sometimes spelled out or ISO). */
export function formatDate(r: Rng, lang: Lang, b: BirthDate, style?: 'iso' | 'numeric' | 'long'): string {
  const s = style ?? r.pick(['iso', 'numeric', 'numeric', 'numeric', 'long'] as const);
  if (s === 'iso') return `${b.y}-${p2(b.m)}-${p2(b.d)}`;
  const month = MONTHS[lang][b.m - 1];
  if (s === 'long') {
    if (lang === 'en') return r.chance(0.5) ? `${month} ${b.d}, ${b.y}` : `${b.d} ${month} ${b.y}`;
    if (lang === 'fr') return `${b.d} ${month} ${b.y}`;
    if (lang === 'de') return `${b.d}. ${month} ${b.y}`;
    return `${b.d} de ${month} de ${b.y}`;
  }
  if (lang === 'en') return r.chance(0.6) ? `${p2(b.m)}/${p2(b.d)}/${b.y}` : `${p2(b.d)}/${p2(b.m)}/${b.y}`;
  if (lang === 'de') return `${p2(b.d)}.${p2(b.m)}.${b.y}`;
  return `${p2(b.d)}/${p2(b.m)}/${b.y}`;
}

// ---------------------------------------------------------------- financial

/** Test-card BIN prefixes (Stripe/Adyen docs ranges) with the card length. */
const CARD_PLANS: ReadonlyArray<{ readonly prefix: string; readonly len: number }> = [
  { prefix: '424242', len: 16 }, { prefix: '400000', len: 16 }, { prefix: '401288', len: 16 },
  { prefix: '555555', len: 16 }, { prefix: '510510', len: 16 }, { prefix: '520082', len: 16 },
  { prefix: '222300', len: 16 }, { prefix: '378282', len: 15 }, { prefix: '371449', len: 15 },
  { prefix: '601111', len: 16 }, { prefix: '601100', len: 16 }, { prefix: '356600', len: 16 },
  { prefix: '305693', len: 14 },
];
export function creditCard(r: Rng, sep?: ' ' | '-' | ''): string {
  const plan = r.pick(CARD_PLANS);
  const body = plan.prefix + r.digits(plan.len - plan.prefix.length - 1);
  const digits = body + luhnCheckDigit(body);
  const s = sep ?? r.pick([' ', ' ', '-', ''] as const);
  if (s === '') return digits;
  const sizes = plan.len === 15 ? [4, 6, 5] : plan.len === 14 ? [4, 6, 4] : [4, 4, 4, 4];
  return group(digits, sizes, s);
}

type IbanCountry = 'DE' | 'FR' | 'ES' | 'GB' | 'NL' | 'IT' | 'BE' | 'AT' | 'CH' | 'IE' | 'PT';
export const IBAN_COUNTRY_BY_LANG: Record<Lang, readonly IbanCountry[]> = {
  en: ['GB', 'GB', 'IE', 'NL', 'DE'],
  fr: ['FR', 'FR', 'BE', 'CH'],
  de: ['DE', 'DE', 'AT', 'CH'],
  es: ['ES', 'ES', 'PT', 'IT'],
};

/** French RIB key: 97 − ((89·bank + 15·branch + 3·account) mod 97). */
function ribKey(bank: string, branch: string, account: string): string {
  const r = modDecimal(bank + branch + account + '00', 97); // ≡ the weighted sum, by place value
  return p2(97 - r);
}

/** Spanish CCC control digits (weights 1,2,4,8,5,10,9,7,3,6). */
function cccDigit(ten: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const r = 11 - ([...ten].reduce((a, ch, i) => a + Number(ch) * w[i], 0) % 11);
  return String(r === 11 ? 0 : r === 10 ? 1 : r);
}

export function bban(r: Rng, country: IbanCountry): string {
  switch (country) {
    case 'DE': return r.pick(['100', '200', '370', '500', '600', '700']) + r.digits(5) + r.digits(10);
    case 'AT': return r.digits(16);
    case 'CH': return r.padded(100, 9999, 5) + r.digits(12);
    case 'BE': {
      const ten = r.digits(10);
      const check = Number(ten) % 97 || 97;
      return ten + p2(check);
    }
    case 'FR': {
      const bank = r.padded(10000, 30000, 5);
      const branch = r.digits(5);
      const account = r.digits(11);
      return bank + branch + account + ribKey(bank, branch, account);
    }
    case 'ES': {
      const bank = r.digits(4);
      const branch = r.digits(4);
      const account = r.digits(10);
      return bank + branch + cccDigit('00' + bank + branch) + cccDigit(account) + account;
    }
    case 'GB': return r.chars(UPPER, 4) + r.digits(6) + r.digits(8);
    case 'IE': return r.chars(UPPER, 4) + r.digits(6) + r.digits(8);
    case 'NL': return r.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'KNAB']) + r.digits(10);
    case 'IT': return r.chars(UPPER, 1) + r.digits(5) + r.digits(5) + r.digits(12);
    case 'PT': return r.digits(21);
  }
}

export function iban(r: Rng, lang: Lang, grouped?: boolean): string {
  const country = r.pick(IBAN_COUNTRY_BY_LANG[lang]);
  const b = bban(r, country);
  const compact = country + ibanCheckDigits(country, b) + b;
  return (grouped ?? r.chance(0.6)) ? group(compact, Array(10).fill(4), ' ') : compact;
}

/**
 * BIC (ISO 9362): 4-letter bank code, ISO country, location (2nd char never "O", and "0" would mark a
 * test BIC), optional branch ("XXX", or 3 chars not starting with "X").
 */
export function swiftBic(r: Rng, lang: Lang): string {
  const country = r.pick(IBAN_COUNTRY_BY_LANG[lang]);
  const bank = r.chars(UPPER, 4);
  const loc = r.chars(UPPER + '23456789', 1) + r.chars('ABCDEFGHIJKLMNPQRSTUVWXYZ123456789', 1);
  const branch = r.pick(['XXX', r.chars('ABCDEFGHIJKLMNOPQRSTUVWYZ0123456789', 1) + r.chars(UPPER + DIGITS, 2)]);
  return bank + country + loc + (r.chance(0.4) ? branch : '');
}

export function abaRouting(r: Rng): string {
  for (;;) {
    const prefix = p2(r.pick([r.int(1, 12), r.int(21, 32), r.int(61, 72)]));
    const body = prefix + r.digits(6);
    const n = [...body].map(Number);
    const partial = 3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5]);
    const check = (10 - (partial % 10)) % 10;
    const d = body + check;
    if (abaValid(d) && !nineDigitCollides(d, 'aba')) return d;
  }
}

// ---------------------------------------------------------------- government IDs

export function usSsn(r: Rng, sep?: '-' | ' ' | ''): string {
  for (;;) {
    const area = r.int(1, 899);
    if (area === 666) continue;
    const d = `${String(area).padStart(3, '0')}${r.padded(1, 99, 2)}${r.padded(1, 9999, 4)}`;
    if (d === '123456789' || d === '078051120' || d === '219099999') continue;
    if (nineDigitCollides(d, 'ssn')) continue;
    const s = sep ?? r.pick(['-', '-', '-', ' '] as const);
    return group(d, [3, 2, 4], s);
  }
}

export function usItin(r: Rng, sep?: '-' | ' ' | ''): string {
  const groups = [r.int(70, 88), r.int(50, 65), r.int(90, 92), r.int(94, 99)];
  for (;;) {
    const d = `9${r.digits(2)}${p2(r.pick(groups))}${r.digits(4)}`;
    if (nineDigitCollides(d, 'ssn')) continue;
    return group(d, [3, 2, 4], sep ?? '-');
  }
}

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
export function ukNino(r: Rng, spaced?: boolean): string {
  for (;;) {
    const prefix = r.chars(NINO_FIRST, 1) + r.chars(NINO_SECOND, 1);
    if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix)) continue;
    const d = r.digits(6);
    const suffix = r.chars('ABCD', 1);
    return (spaced ?? r.chance(0.5)) ? `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}` : prefix + d + suffix;
  }
}

export function ukNhs(r: Rng, spaced?: boolean): string {
  for (;;) {
    const first9 = r.pick(['4', '6']) + r.digits(8);
    const check = nhsCheckDigit(first9);
    if (check === 10) continue;
    const d = first9 + check;
    return (spaced ?? r.chance(0.6)) ? group(d, [3, 3, 4], ' ') : d;
  }
}

export function frNir(r: Rng, spaced?: boolean): string {
  let dept = r.int(1, 95);
  if (dept === 20) dept = 75;
  const first13 = `${r.int(1, 2)}${r.padded(48, 99, 2)}${r.padded(1, 12, 2)}${p2(dept)}${r.padded(1, 980, 3)}${r.padded(1, 999, 3)}`;
  const d = first13 + nirKey(first13);
  return (spaced ?? r.chance(0.6)) ? group(d, [1, 2, 2, 2, 3, 3, 2], ' ') : d;
}

export function deTaxId(r: Rng, spaced?: boolean): string {
  for (;;) {
    const nine = r.sample(DIGITS.split(''), 9);
    const ten = r.shuffle([...nine, r.pick(nine)]);
    if (ten[0] === '0') continue;
    const first10 = ten.join('');
    const d = first10 + steuerIdCheckDigit(first10);
    if (!steuerIdValid(d) || cpfValid(d)) continue;
    return (spaced ?? r.chance(0.4)) ? group(d, [2, 3, 3, 3], ' ') : d;
  }
}

export function esDni(r: Rng): string {
  if (r.chance(0.25)) {
    const prefix = r.pick(['X', 'Y', 'Z']);
    const seven = r.digits(7);
    return `${prefix}${seven}${dniLetter('XYZ'.indexOf(prefix) + seven)}`;
  }
  const eight = r.padded(1000000, 79999999, 8);
  return `${eight}${r.chance(0.2) ? '-' : ''}${dniLetter(eight)}`;
}

const CF_MONTHS = 'ABCDEHLMPRST';
const CF_TOWNS = ['H501', 'F205', 'L219', 'G273', 'A662', 'D612', 'F839', 'A944', 'L736', 'C351'];
const CF_NAMES: ReadonlyArray<readonly [string, string, boolean]> = [
  ['ROSSI', 'MARIO', false], ['BIANCHI', 'GIULIA', true], ['ESPOSITO', 'LUCA', false], ['RUSSO', 'FRANCESCA', true],
  ['FERRARI', 'MARCO', false], ['ROMANO', 'CHIARA', true], ['COLOMBO', 'ANDREA', false], ['RICCI', 'SARA', true],
  ['MARINO', 'PAOLO', false], ['GRECO', 'ELENA', true], ['BRUNO', 'DAVIDE', false], ['GALLO', 'MARTA', true],
];
function cfPart(word: string, isName: boolean): string {
  const cons = word.replace(/[AEIOU]/g, '');
  const vow = word.replace(/[^AEIOU]/g, '');
  if (isName && cons.length >= 4) return cons[0] + cons[2] + cons[3];
  return (cons + vow + 'XXX').slice(0, 3);
}
/** Codice fiscale with a correct check character. Returns the code and the holder's name. */
export function itFiscalCode(r: Rng): { code: string; first: string; last: string } {
  const [last, first, female] = r.pick(CF_NAMES);
  const day = r.int(1, 28) + (female ? 40 : 0);
  const first15 = `${cfPart(last, false)}${cfPart(first, true)}${r.padded(50, 99, 2)}${r.pick(CF_MONTHS.split(''))}${p2(day)}${r.pick(CF_TOWNS)}`;
  const code = first15 + cfCheckChar(first15);
  const cap = (s: string) => s[0] + s.slice(1).toLowerCase();
  return { code, first: cap(first), last: cap(last) };
}

export function nlBsn(r: Rng, dotted?: boolean): string {
  for (;;) {
    const d = r.int(1, 6) + r.digits(8);
    if (!bsnValid(d) || nineDigitCollides(d, 'bsn')) continue;
    return (dotted ?? r.chance(0.3)) ? group(d, [4, 2, 3], '.') : d;
  }
}

export function brCpf(r: Rng, formatted?: boolean): string {
  for (;;) {
    const nine = r.digits(9);
    if (/^(\d)\1+$/.test(nine)) continue;
    const d = nine + cpfCheckDigits(nine);
    if (steuerIdValid(d)) continue;
    return (formatted ?? r.chance(0.75)) ? `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}` : d;
  }
}

export function brCnpj(r: Rng, formatted?: boolean): string {
  const twelve = r.digits(8) + r.pick(['0001', '0001', '0002']);
  const d = twelve + cnpjCheckDigits(twelve);
  return (formatted ?? r.chance(0.8))
    ? `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}/${d.slice(8, 12)}-${d.slice(12)}`
    : d;
}

export function inAadhaar(r: Rng, sep?: ' ' | '-' | ''): string {
  for (;;) {
    const eleven = r.int(2, 9) + r.digits(10);
    const d = eleven + verhoeffCheckDigit(eleven);
    if (!aadhaarValid(d) || luhnValid(d)) continue;
    return group(d, [4, 4, 4], sep ?? r.pick([' ', ' ', '', '-'] as const));
  }
}

export function caSin(r: Rng, sep?: ' ' | '-' | ''): string {
  for (;;) {
    const eight = r.int(1, 7) + r.digits(7);
    const d = eight + luhnCheckDigit(eight);
    if (!sinValid(d) || nineDigitCollides(d, 'sin')) continue;
    return group(d, [3, 3, 3], sep ?? r.pick([' ', '-', ''] as const));
  }
}

export function auTfn(r: Rng, spaced?: boolean): string {
  for (;;) {
    const d = r.int(1, 9) + r.digits(8);
    if (!tfnValid(d) || nineDigitCollides(d, 'tfn')) continue;
    return (spaced ?? r.chance(0.6)) ? group(d, [3, 3, 3], ' ') : d;
  }
}

// ---------------------------------------------------------------- secrets (random, correct shape)

const AWS_ID_ALPHABET = UPPER + '234567';
export function awsAccessKey(r: Rng): string {
  for (;;) {
    const key = r.pick(['AKIA', 'AKIA', 'AKIA', 'ASIA']) + r.chars(AWS_ID_ALPHABET, 16);
    if (!key.includes('EXAMPLE')) return key;
  }
}
export function awsSecretKey(r: Rng): string {
  return r.chars(UPPER + LOWER + DIGITS + '+/', 40);
}

export function githubClassic(r: Rng, prefix = r.pick(['ghp', 'ghp', 'ghp', 'gho', 'ghs'])): string {
  const body = r.chars(ALNUM, 30);
  return `${prefix}_${body}${base62(crc32(body), 6)}`;
}
export function githubFineGrained(r: Rng): string {
  return `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.chars(ALNUM, 59)}`;
}
export function githubToken(r: Rng): string {
  return r.chance(0.8) ? githubClassic(r) : githubFineGrained(r);
}

export function gitlabToken(r: Rng): string {
  return `glpat-${r.chars(ALNUM + '-_', 20)}`;
}

export function slackToken(r: Rng): string {
  return r.pick([
    () => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.chars(ALNUM, 24)}`,
    () => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.chars(HEX, 32)}`,
    () => `xoxb-${r.digits(11)}-${r.digits(12)}-${r.chars(ALNUM, 24)}`,
    () => `xapp-1-A${r.chars(UPPER + DIGITS, 10)}-${r.digits(13)}-${r.chars(HEX, 64)}`,
  ])();
}
export function slackWebhook(r: Rng): string {
  return `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.chars(ALNUM, 24)}`;
}

export function stripeKey(r: Rng): string {
  const prefix = r.pick(['sk_live_', 'sk_live_', 'rk_live_', 'sk_test_']);
  return prefix + r.chars(ALNUM, r.pick([24, 99]));
}

export function openaiKey(r: Rng): string {
  const safe = ALNUM + '-_';
  return r.pick([
    () => `sk-proj-${r.chars(safe, 74)}T3BlbkFJ${r.chars(safe, 74)}`,
    () => `sk-proj-${r.chars(safe, 58)}T3BlbkFJ${r.chars(safe, 58)}`,
    () => `sk-svcacct-${r.chars(safe, 74)}T3BlbkFJ${r.chars(safe, 74)}`,
    () => `sk-${r.chars(ALNUM, 20)}T3BlbkFJ${r.chars(ALNUM, 20)}`,
  ])();
}

export function anthropicKey(r: Rng): string {
  return `sk-ant-${r.chance(0.85) ? 'api03' : 'admin01'}-${r.chars(ALNUM + '-_', 93)}AA`;
}

export function googleApiKey(r: Rng): string {
  return `AIza${r.chars(ALNUM + '-_', 35)}`;
}

/** Azure storage account key: 64 random bytes, base64 (88 chars ending "=="). */
export function azureStorageKey(r: Rng): string {
  // 64 bytes = 84 full chars + 1 char + 1 char carrying 2 data bits (low 4 bits zero) + "==".
  return r.chars(BASE64, 85) + r.pick(['A', 'Q', 'g', 'w']) + '==';
}
export function azureConnectionString(r: Rng): string {
  const account = `st${r.chars(LOWER + DIGITS, r.int(6, 12))}`;
  return r.chance(0.75)
    ? `DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=${azureStorageKey(r)};EndpointSuffix=core.windows.net`
    : `Endpoint=sb://${account}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${r.chars(BASE64, 42)}${r.pick(['A', 'E', 'Q', 'c', 'g', 'w', '0', '8'])}=`;
}

const b64url = (s: string) => btoa(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
export function jwt(r: Rng, mailOf?: string): string {
  const alg = r.pick(['HS256', 'HS256', 'RS256', 'ES256']);
  const header = alg === 'HS256' ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: r.chars(ALNUM, 16) };
  const iat = 1_700_000_000 + r.int(0, 50_000_000);
  const payload: Record<string, unknown> = {
    sub: r.pick([String(r.int(1000, 999999)), `usr_${r.chars(ALNUM, 12)}`]),
    ...(mailOf ? { email: mailOf } : {}),
    role: r.pick(['user', 'admin', 'support']),
    iat,
    exp: iat + r.pick([900, 3600, 86400]),
  };
  const sigLen = alg === 'HS256' ? 43 : alg === 'ES256' ? 86 : 342;
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${r.chars(BASE64URL, sigLen)}`;
}

/** PEM/OpenSSH private key block with a random body; `truncated` drops the END line (paste cut short). */
export function privateKey(r: Rng, truncated = false): string {
  const kind = r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);
  const lineLen = kind === 'OPENSSH PRIVATE KEY' ? 70 : 64;
  const lines = kind === 'EC PRIVATE KEY' ? 3 : kind === 'OPENSSH PRIVATE KEY' ? 6 : r.int(8, 14);
  const head = kind === 'OPENSSH PRIVATE KEY' ? 'b3BlbnNzaC1rZXktdjEAAAAA' : kind === 'RSA PRIVATE KEY' ? 'MIIEow' : kind === 'EC PRIVATE KEY' ? 'MHcCAQEE' : 'MIIEvQ';
  const body: string[] = [];
  for (let i = 0; i < lines; i++) {
    const raw = i === 0 ? head + r.chars(BASE64, lineLen - head.length) : r.chars(BASE64, lineLen);
    body.push(raw);
  }
  if (!truncated) body[body.length - 1] = body[body.length - 1].slice(0, r.int(20, lineLen - 4)) + '==';
  const block = [`-----BEGIN ${kind}-----`, ...body];
  if (!truncated) block.push(`-----END ${kind}-----`);
  return block.join('\n');
}

const PW_WORDS = ['Summer', 'Winter', 'Sunshine', 'Dragon', 'Falcon', 'Marbella', 'Bretagne', 'Kaffee', 'Tigre', 'Orchid', 'Velvet', 'Copper'];
/** Password as people type them: word+digits+symbol, or random. Never a placeholder word. */
export function password(r: Rng): string {
  return r.pick([
    () => `${r.pick(PW_WORDS)}${r.int(1990, 2025)}${r.pick(['!', '#', '$', '?', '*'])}`,
    () => `${r.pick(PW_WORDS)}_${r.chars(ALNUM, 4)}${r.pick(['!', '%', '&'])}`,
    () => r.chars(ALNUM, 1) + r.chars(ALNUM + '!#%&*', r.int(11, 19)), // starts alnum: YAML/.env safe
    // No "." before the tail: "Tvljol516.uie" reads as a file name, which detectors may rightly skip.
    () => `${r.chars(UPPER, 1)}${r.chars(LOWER, 5)}${r.digits(3)}${r.pick(['@', '!', '#'])}${r.chars(LOWER + DIGITS, 3)}`,
  ])();
}

/** High-entropy value for a generic secret-like name (session secret, signing key, client secret). */
export function genericSecret(r: Rng): string {
  return r.pick([
    () => r.chars(ALNUM, r.int(32, 48)),
    () => r.chars(HEX, 64),
    () => r.chars(BASE64, 43) + '=',
    () => r.chars(ALNUM + '-_', 40),
  ])();
}

/** Credentialed connection URL (or ADO.NET/JDBC string) for a database or broker. */
export function dbConnectionString(r: Rng, pw = password(r).replace(/[@:/?#%&]/g, 'x')): string {
  const user = r.pick(['app', 'admin', 'svc_orders', 'reporting', 'etl_user', 'root']);
  const host = r.pick(['db.internal.example.com', 'pg-prod-01.example.net', '10.0.4.21', 'mysql.staging.example.org', 'cluster0.abcde.mongodb.example.net', 'cache.example.com', 'mq.example.com']);
  const db = r.pick(['orders', 'crm', 'billing', 'app_prod', 'analytics']);
  return r.pick([
    () => `postgres://${user}:${pw}@${host}:5432/${db}`,
    () => `postgresql://${user}:${pw}@${host}/${db}?sslmode=require`,
    () => `mysql://${user}:${pw}@${host}:3306/${db}`,
    () => `mongodb+srv://${user}:${pw}@${host}/${db}?retryWrites=true&w=majority`,
    () => `mongodb://${user}:${pw}@${host}:27017/${db}?authSource=admin`,
    () => `redis://:${pw}@${host}:6379/0`,
    () => `amqp://${user}:${pw}@${host}:5672/%2F`,
    () => `jdbc:postgresql://${host}:5432/${db}?user=${user}&password=${pw}`,
    () => `jdbc:mysql://${host}:3306/${db}?user=${user}&password=${pw}&useSSL=true`,
    () => `Server=tcp:${host},1433;Initial Catalog=${db};User ID=${user};Password=${pw};Encrypt=True;`,
    () => `Data Source=${host};Initial Catalog=${db};User Id=${user};Password=${pw};`,
  ])();
}

/** PostgreSQL URL with credentials (for psql command lines). */
export function postgresUrl(r: Rng): string {
  const pw = password(r).replace(/[@:/?#%&]/g, 'x');
  return `postgresql://${r.pick(['app', 'admin', 'migrator'])}:${pw}@${r.pick(['db.internal.example.com', 'pg-prod-01.example.net', '10.0.4.21'])}:5432/${r.pick(['orders', 'crm', 'billing'])}`;
}
