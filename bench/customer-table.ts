/**
 * A dense customer table for the benchmark (issue 10, "speed where findings are dense"): a CSV export
 * with a header and one customer a row — name, e-mail, phone, card, IBAN, street address, IP address
 * and national ID — as pasted from a CRM or billing database. Every value is generated from the seeded
 * PRNG and is well-formed where a check exists (Luhn, mod-97, national-ID checksums, phone numbers valid
 * for their country's numbering plan, public IP addresses outside the documentation ranges), so each
 * detector does its full work on every row.
 *
 * `customerTable` also returns where every value is, so the bench and the tests can check that the
 * engine finds them all (`EXPECTED_COLUMNS` says which columns count today).
 */
import { DIGITS, UPPER, type Rng, createRng } from './prng';
import { FIRST_NAMES, LAST_NAMES, creditCard, iban } from './sensitive-values';
import { utf8Length } from './realistic-text';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { deTaxIdValid } from '../src/engine/validators/de-tax-id';
import { PLACEHOLDER_NAMES } from '../src/engine/people/ambiguous';

/** The table's columns, in order (the CSV header names them). */
export const COLUMNS = ['name', 'email', 'phone', 'card_number', 'iban', 'street_address', 'ip_address', 'national_id'] as const;
export type Column = (typeof COLUMNS)[number];

/** What each planted value must be found as: its kind (a column, or the national ID / IP kind) → entity type. */
export const KIND_TYPES = {
  name: 'PERSON',
  email: 'EMAIL',
  phone: 'PHONE',
  card: 'CREDIT_CARD',
  iban: 'IBAN',
  address: 'POSTAL_ADDRESS',
  ipv4: 'IP_ADDRESS',
  ipv6: 'IP_ADDRESS',
  ssn: 'US_SSN',
  nino: 'UK_NINO',
  nir: 'FR_NIR',
  'steuer-id': 'DE_TAX_ID',
  dni: 'ES_DNI',
  bsn: 'NL_BSN',
  'codice-fiscale': 'IT_FISCAL_CODE',
} as const;
export type ValueKind = keyof typeof KIND_TYPES;

/** The kinds whose every value must be found ("every value found" in the bench): all of them. */
export const EXPECTED_KINDS: readonly ValueKind[] = ['email', 'phone', 'card', 'iban', 'ipv4', 'ipv6', 'ssn', 'nino', 'nir', 'steuer-id', 'dni', 'codice-fiscale', 'name', 'address', 'bsn'];
/** Kinds generated but not (yet) required: none. */
export const PENDING_KINDS: readonly ValueKind[] = [];

/** One generated value and where it is in the text (UTF-16 offsets). */
export interface PlantedValue {
  readonly row: number;
  readonly column: Column;
  /** The country the row's phone, address and national ID belong to. */
  readonly country: Country;
  readonly kind: ValueKind;
  /** The phone number's format (`fr-intl`, `us-national`, …), for phones. */
  readonly format?: string;
  readonly start: number;
  readonly end: number;
}

export interface CustomerTable {
  readonly text: string;
  readonly rows: number;
  readonly values: readonly PlantedValue[];
}

type Country = 'US' | 'GB' | 'FR' | 'DE' | 'ES' | 'NL' | 'IT';
const COUNTRIES: readonly Country[] = ['US', 'GB', 'FR', 'DE', 'ES', 'NL', 'IT'];

const MORE_FIRST = ['Maria', 'Jan', 'Sophie', 'Luca', 'Giulia', 'Pierre', 'Inès', 'Javier', 'Carmen', 'Thomas', 'Sarah', 'Michael', 'Elena', 'Pablo', 'Léa', 'Max', 'Lotte', 'Sven', 'Aisha', 'Oliver'] as const;
const MORE_LAST = ['Schmidt', 'van der Berg', 'García López', 'Rossi', 'Bernard', 'Jansen', 'de Vries', 'Romano', 'Sánchez', 'Wagner', 'Taylor', 'Evans', 'Girard', 'Ricci', 'Bakker', 'Navarro'] as const;
const FIRST = [...FIRST_NAMES, ...MORE_FIRST];
const PLACEHOLDERS = new Set(PLACEHOLDER_NAMES);
const LAST = [...LAST_NAMES, ...MORE_LAST];

const EMAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'gmx.de', 'web.de', 'orange.fr', 'free.fr', 'hotmail.es', 'libero.it', 'ziggo.nl', 'icloud.com', 'proton.me'] as const;

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();
}

const d = (rng: Rng, n: number) => rng.chars(DIGITS, n);

/** US area codes in service (libphonenumber accepts them for US fixed lines and mobiles). */
const US_AREAS = ['201', '202', '206', '212', '213', '214', '303', '305', '310', '312', '404', '415', '512', '602', '617', '646', '702', '713', '808', '917'] as const;

/**
 * A phone number valid for the country's numbering plan (libphonenumber says so; unassigned ranges are
 * drawn again), in one of the ways people write it.
 */
function phone(rng: Rng, c: Country): { value: string; kind: string } {
  for (;;) {
    const p = phoneShape(rng, c);
    if (parsePhoneNumberFromString(p.value, c)?.isValid()) return p;
  }
}

function phoneShape(rng: Rng, c: Country): { value: string; kind: string } {
  const intl = rng.chance(0.5);
  switch (c) {
    case 'US': {
      const area = rng.pick(US_AREAS);
      const exch = `${rng.int(2, 9)}${d(rng, 2)}`;
      const line = d(rng, 4);
      return intl ? { value: `+1 ${area} ${exch} ${line}`, kind: 'us-intl' } : { value: rng.chance(0.5) ? `(${area}) ${exch}-${line}` : `${area}-${exch}-${line}`, kind: 'us-national' };
    }
    case 'GB': {
      const mobile = `7${rng.pick(['4', '5', '8', '9'])}${d(rng, 2)}`;
      const rest = d(rng, 6);
      if (rng.chance(0.3)) return { value: intl ? `+44 20 ${rng.int(7, 8)}${d(rng, 3)} ${d(rng, 4)}` : `020 ${rng.int(7, 8)}${d(rng, 3)} ${d(rng, 4)}`, kind: 'gb-london' };
      return intl ? { value: `+44 ${mobile} ${rest}`, kind: 'gb-intl' } : { value: `0${mobile} ${rest}`, kind: 'gb-national' };
    }
    case 'FR': {
      const first = rng.pick(['6', '7', '1', '4']);
      const pairs = [`${first === '7' ? rng.int(3, 8) : rng.int(1, 8)}${d(rng, 1)}`, d(rng, 2), d(rng, 2), d(rng, 2)].join(' ');
      return intl ? { value: `+33 ${first} ${pairs}`, kind: 'fr-intl' } : { value: `0${first} ${pairs}`, kind: 'fr-national' };
    }
    case 'DE': {
      if (rng.chance(0.5)) {
        const pre = rng.pick(['151', '152', '160', '170', '171', '172', '173', '175', '176', '177', '178', '179']);
        const len = pre.startsWith('15') ? 8 : pre === '176' || pre === '160' ? 8 : 7;
        const sub = `${rng.int(1, 9)}${d(rng, len - 1)}`;
        return intl ? { value: `+49 ${pre} ${sub}`, kind: 'de-mobile-intl' } : { value: `0${pre} ${sub}`, kind: 'de-mobile' };
      }
      const city = rng.pick(['30', '40', '89', '69', '221']);
      const sub = `${rng.int(2, 9)}${d(rng, city.length === 2 ? 7 : 6)}`;
      return intl ? { value: `+49 ${city} ${sub}`, kind: 'de-fixed-intl' } : { value: `0${city} ${sub}`, kind: 'de-fixed' };
    }
    case 'ES': {
      const first = rng.pick(['6', '6', '7', '9']);
      // Grouped 3-2-2-2 as Spaniards write them ("612 34 56 78"); 3-3-3 reads as an amount without a label.
      const n = `${first === '9' ? '91' : `${first}${first === '7' ? rng.int(1, 4) : d(rng, 1)}`}${d(rng, 1)} ${d(rng, 2)} ${d(rng, 2)} ${d(rng, 2)}`;
      return intl ? { value: `+34 ${n}`, kind: 'es-intl' } : { value: n, kind: 'es-national' };
    }
    case 'NL': {
      const sub = `${rng.int(1, 5)}${d(rng, 7)}`;
      return intl ? { value: `+31 6 ${sub}`, kind: 'nl-intl' } : { value: `06-${sub}`, kind: 'nl-national' };
    }
    case 'IT': {
      // Mobiles with the country code; national numbers are Rome and Milan landlines ("3xx xxx xxxx"
      // nationally reads as a North American number and is left to the phone-column rule).
      if (intl) return { value: `+39 3${rng.pick(['20', '28', '33', '35', '38', '39', '40', '45', '47', '48', '49'])} ${d(rng, 3)} ${d(rng, 4)}`, kind: 'it-intl' };
      return { value: `0${rng.pick(['6', '2'])} ${rng.int(3, 9)}${d(rng, 3)} ${d(rng, 4)}`, kind: 'it-national' };
    }
  }
}

/** A public IPv4 address (no private, reserved or documentation range) or, one time in six, a global IPv6 address. */
function ip(rng: Rng): { value: string; kind: string } {
  if (rng.chance(1 / 6)) {
    const h = () => rng.int(0, 0xffff).toString(16);
    const prefix = rng.pick(['2a02:8108', '2a01:cb00', '2003:e4', '2a00:23c5', '2600:1700', '2a02:a46']);
    return { value: rng.chance(0.5) ? `${prefix}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`.split(':').slice(0, 8).join(':') : `${prefix}:${h()}::${h()}`, kind: 'ipv6' };
  }
  const first = rng.pick([24, 31, 37, 46, 50, 62, 68, 71, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 98, 109, 151, 176, 178, 185, 188, 193, 212, 213, 217]);
  return { value: `${first}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, kind: 'ipv4' };
}

/** Finds the last char that makes `valid(prefix + c)` true (checksum digits and letters). */
function completeWith(body: string, alphabet: string, valid: (v: string) => boolean, format: (v: string) => string = (v) => v): string {
  for (const c of alphabet) if (valid(body + c)) return format(body + c);
  throw new Error(`no check char for ${body}`);
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** ISO 7064 MOD 11,10 check digit (German tax ID). */
function mod11_10(digits: string): string {
  let product = 10;
  for (const ch of digits) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return String((11 - product) % 10);
}

/** Italian fiscal code check letter. */
const IT_ODD: Record<string, number> = Object.fromEntries(
  [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((ch, i) => [ch, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23][i]!]),
);
function itCheck(code15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = code15[i]!;
    if (i % 2 === 0) sum += IT_ODD[ch]!;
    else sum += /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** The national ID people of each country are asked for, with a valid checksum, as usually written. */
function nationalId(rng: Rng, c: Country): { value: string; kind: string } {
  switch (c) {
    case 'US': {
      // Areas from 100: "020-53-9538" has the shape of a British trunk-prefixed phone number and is
      // reported as one (an accuracy question for the phone rules, not a speed one).
      let area = rng.int(100, 899);
      if (area === 666) area = 667;
      return { value: `${String(area).padStart(3, '0')}-${String(rng.int(1, 99)).padStart(2, '0')}-${String(rng.int(1, 9999)).padStart(4, '0')}`, kind: 'ssn' };
    }
    case 'GB': {
      const prefix = `${rng.pick([...'ABCEGHJKLMNPRSTWXYZ'])}${rng.pick([...'ABCEGHJKLMNPRSTWXYZ'])}`;
      const safe = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix) ? 'AB' : prefix;
      return { value: rng.chance(0.5) ? `${safe} ${d(rng, 2)} ${d(rng, 2)} ${d(rng, 2)} ${rng.pick(['A', 'B', 'C', 'D'])}` : `${safe}${d(rng, 6)}${rng.pick(['A', 'B', 'C', 'D'])}`, kind: 'nino' };
    }
    case 'FR': {
      const body = `${rng.int(1, 2)}${String(rng.int(40, 99))}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 95)).padStart(2, '0')}${String(rng.int(1, 990)).padStart(3, '0')}${String(rng.int(1, 999)).padStart(3, '0')}`;
      const key = String(97 - Number(BigInt(body) % 97n)).padStart(2, '0');
      const n = body + key;
      return { value: rng.chance(0.5) ? n : `${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7, 10)} ${n.slice(10, 13)} ${n.slice(13)}`, kind: 'nir' };
    }
    case 'DE': {
      // Steuer-ID: 11 digits, first not 0, exactly one digit of the first ten repeated; drawn until valid.
      for (;;) {
        const ten = `${rng.int(1, 9)}${d(rng, 9)}`;
        const id = ten + mod11_10(ten);
        if (!deTaxIdValid(id)) continue;
        return { value: rng.chance(0.5) ? id : `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}`, kind: 'steuer-id' };
      }
    }
    case 'ES': {
      const n = rng.int(10_000_000, 99_999_999);
      return { value: `${n}${DNI_LETTERS[n % 23]}`, kind: 'dni' };
    }
    case 'NL': {
      for (;;) {
        const body = `${rng.int(1, 9)}${d(rng, 7)}`;
        let sum = 0;
        for (let i = 0; i < 8; i++) sum += Number(body[i]) * (9 - i);
        const last = sum % 11;
        if (last > 9) continue;
        return { value: body + String(last), kind: 'bsn' };
      }
    }
    case 'IT': {
      const letters = (n: number) => rng.chars(UPPER, n);
      const month = 'ABCDEHLMPRST'[rng.int(0, 11)]!;
      const day = String(rng.int(1, 28) + (rng.chance(0.5) ? 40 : 0)).padStart(2, '0');
      const code15 = `${letters(6)}${d(rng, 2)}${month}${day}${rng.pick(['A', 'B', 'C', 'D', 'F', 'H', 'L', 'M'])}${d(rng, 3)}`;
      return { value: code15 + itCheck(code15), kind: 'codice-fiscale' };
    }
  }
}

const US_STREETS = ['Maple', 'Oak', 'Pine', 'Cedar', 'Elm', 'Washington', 'Lake', 'Hill', 'Park', 'Sunset'] as const;
const US_CITIES = [['Springfield', 'IL'], ['Austin', 'TX'], ['Denver', 'CO'], ['Portland', 'OR'], ['Boston', 'MA'], ['Seattle', 'WA']] as const;
const GB = [['Baker Street', 'London', 'NW1'], ['High Street', 'Oxford', 'OX1'], ['Church Road', 'Leeds', 'LS6'], ['Station Road', 'Bristol', 'BS8'], ['Queen Street', 'Cardiff', 'CF10']] as const;
const FR = [['rue de la Paix', '75002', 'Paris'], ['avenue Jean Jaurès', '69007', 'Lyon'], ['boulevard Victor Hugo', '06000', 'Nice'], ['rue Nationale', '59000', 'Lille'], ['place du Capitole', '31000', 'Toulouse']] as const;
const DE = [['Hauptstraße', '10115', 'Berlin'], ['Goethestraße', '80336', 'München'], ['Lindenweg', '50667', 'Köln'], ['Schillerallee', '20095', 'Hamburg'], ['Bahnhofstraße', '60329', 'Frankfurt am Main']] as const;
const ES = [['Calle Mayor', '28013', 'Madrid'], ['Avenida Diagonal', '08019', 'Barcelona'], ['Calle Larios', '29005', 'Málaga'], ['Gran Vía', '48001', 'Bilbao']] as const;
const NL = [['Kalverstraat', 'Amsterdam'], ['Coolsingel', 'Rotterdam'], ['Oudegracht', 'Utrecht'], ['Lange Voorhout', 'Den Haag']] as const;
const IT = [['Via Roma', '00184', 'Roma'], ['Corso Buenos Aires', '20124', 'Milano'], ['Via Toledo', '80134', 'Napoli'], ['Via Garibaldi', '10122', 'Torino']] as const;

/** A street address as written in the country: street line, postcode and city. */
function address(rng: Rng, c: Country): string {
  const n = rng.int(1, 240);
  switch (c) {
    case 'US': {
      const [city, state] = rng.pick(US_CITIES);
      return `${rng.int(10, 9999)} ${rng.pick(US_STREETS)} ${rng.pick(['Street', 'Avenue', 'Drive', 'Lane', 'Blvd'])}, ${city}, ${state} ${d(rng, 5)}`;
    }
    case 'GB': {
      const [street, city, district] = rng.pick(GB);
      return `${n} ${street}, ${city} ${district} ${rng.int(1, 9)}${rng.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`;
    }
    case 'FR': {
      const [street, cp, city] = rng.pick(FR);
      return `${n} ${street}, ${cp} ${city}`;
    }
    case 'DE': {
      const [street, plz, city] = rng.pick(DE);
      return `${street} ${n}, ${plz} ${city}`;
    }
    case 'ES': {
      const [street, cp, city] = rng.pick(ES);
      return `${street} ${n}, ${cp} ${city}`;
    }
    case 'NL': {
      const [street, city] = rng.pick(NL);
      return `${street} ${n}, ${rng.int(1000, 9999)} ${rng.chars('ABCDEFGHJKLMNPRSTVWXZ', 2)} ${city}`;
    }
    case 'IT': {
      const [street, cap, city] = rng.pick(IT);
      return `${street} ${n}, ${cap} ${city}`;
    }
  }
}

/** One customer: a person of one country with their contact details, address, IP and national ID. */
export interface Customer {
  readonly country: Country;
  readonly first: string;
  readonly last: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly phoneFormat: string;
  readonly address: string;
  readonly ip: string;
  readonly ipKind: ValueKind;
  readonly nationalId: string;
  readonly nationalIdKind: ValueKind;
}

export function customer(rng: Rng): Customer {
  const country = rng.pick(COUNTRIES);
  const first = rng.pick(FIRST);
  let last = rng.pick(LAST);
  // Real customers, not the textbook placeholders ("Jan Jansen", "Maria Rossi") that PERSON rightly skips.
  if (PLACEHOLDERS.has(`${fold(first)} ${fold(last)}`)) last = LAST[(LAST.indexOf(last) + 1) % LAST.length]!;
  const local = rng.pick([`${fold(first)}.${fold(last)}`, `${fold(first)[0]}${fold(last)}`, `${fold(first)}${rng.int(1, 99)}`, `${fold(last)}.${fold(first)}`]);
  const email = `${local}@${rng.pick(EMAIL_DOMAINS)}`;
  const ph = phone(rng, country);
  const address_ = address(rng, country);
  const id = nationalId(rng, country);
  const ipv = ip(rng);
  return {
    country, first, last, name: `${first} ${last}`, email, phone: ph.value, phoneFormat: ph.kind, address: address_,
    ip: ipv.value, ipKind: ipv.kind as ValueKind, nationalId: id.value, nationalIdKind: id.kind as ValueKind,
  };
}

/** A public IPv4 address outside the documentation ranges (client addresses in logs). */
export function publicIpv4(rng: Rng): string {
  for (;;) {
    const v = ip(rng);
    if (v.kind === 'ipv4') return v.value;
  }
}

/** A CSV field: quoted when it holds a comma or a quote. */
function csvField(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * `bytes` UTF-8 bytes of a customer CSV (header + rows, the last row cut at the size limit and padded
 * with spaces like `realisticText`), and where each value is. Same seed, same table.
 */
export function customerTable(bytes: number, seed = 1): CustomerTable {
  const rng = createRng(0xc0570 + seed);
  const header = COLUMNS.join(',');
  const parts: string[] = [header];
  const values: PlantedValue[] = [];
  let offset = header.length + 1;
  let size = utf8Length(header) + 1;
  let rows = 0;
  for (;;) {
    const c = customer(rng);
    const cells: [Column, string, ValueKind, string?][] = [
      ['name', rng.chance(0.15) ? `${c.last.toUpperCase()}, ${c.first}` : c.name, 'name'],
      ['email', c.email, 'email'],
      ['phone', c.phone, 'phone', c.phoneFormat],
      ['card_number', creditCard(rng), 'card'],
      ['iban', iban(rng), 'iban'],
      ['street_address', c.address, 'address'],
      ['ip_address', c.ip, c.ipKind],
      ['national_id', c.nationalId, c.nationalIdKind],
    ];
    const country = c.country;
    const line = cells.map(([, v]) => csvField(v)).join(',');
    const lineBytes = utf8Length(line) + 1;
    if (size + lineBytes > bytes) break;
    let at = offset;
    for (const [column, v, kind, format] of cells) {
      const field = csvField(v);
      const quoted = field.length !== v.length ? 1 : 0;
      values.push({ row: rows, column, country, kind, ...(format && { format }), start: at + quoted, end: at + quoted + v.length });
      at += field.length + 1;
    }
    parts.push(line);
    offset += line.length + 1;
    size += lineBytes;
    rows++;
  }
  const text = parts.join('\n') + '\n';
  return { text: text + ' '.repeat(Math.max(0, bytes - utf8Length(text))), rows, values };
}

/** Planted values of `kinds` that no finding of the expected entity type overlaps. */
export function missedValues(
  table: CustomerTable,
  findings: readonly { type: string; start: number; end: number }[],
  kinds: readonly ValueKind[] = EXPECTED_KINDS,
): PlantedValue[] {
  const wanted = new Set(kinds);
  const byStart = [...findings].sort((a, b) => a.start - b.start);
  const missed: PlantedValue[] = [];
  let k = 0;
  for (const v of table.values) {
    if (!wanted.has(v.kind)) continue;
    while (k < byStart.length && byStart[k]!.end <= v.start) k++;
    let found = false;
    for (let j = k; j < byStart.length && byStart[j]!.start < v.end; j++) {
      const f = byStart[j]!;
      if (f.end > v.start && f.type === KIND_TYPES[v.kind]) found = true;
    }
    if (!found) missed.push(v);
  }
  return missed;
}
