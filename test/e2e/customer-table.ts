/**
 * A dense customer table, as people paste it out of a CRM or a billing database: one customer a row
 * (name, e-mail, phone, card, IBAN, postal address, IP address, national ID), CSV with a header.
 * Every value is well formed (Luhn cards, mod-97 IBANs, check-letter DNIs), generated from a seed, and
 * none is real. IP addresses are private or public unicast, never documentation ranges (which never count).
 * Self-contained on purpose: the e2e suite and the guard's unit tests use it without the bench.
 */

/** A seeded PRNG (mulberry32): the same seed gives the same table. */
function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const digits = (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join('');
  return { next, int, pick, digits };
}
type Rng = ReturnType<typeof rng>;

const FIRST = ['Maria', 'Thomas', 'Anna', 'Lukas', 'Sophie', 'Jean', 'Camille', 'Lucía', 'Carlos', 'Emma', 'Oliver', 'Hannah', 'Pierre', 'Elena', 'Jonas', 'Claire'];
const LAST = ['Schmidt', 'Becker', 'Dubois', 'García', 'Martínez', 'Müller', 'Wagner', 'Lefèvre', 'Fernández', 'Hoffmann', 'Moreau', 'Weber', 'Laurent', 'Navarro'];
const STREETS = ['Hauptstraße', 'Bahnhofstraße', 'Gartenweg', 'Lindenallee', 'Schillerstraße', 'Am Markt', 'Kirchweg'];
const CITIES = [['10115', 'Berlin'], ['80331', 'München'], ['20095', 'Hamburg'], ['50667', 'Köln'], ['60311', 'Frankfurt am Main']] as const;
const DOMAINS = ['gmail.com', 'web.de', 'outlook.com', 'gmx.de', 'northwind-traders.io'];

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();
}

function luhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let v = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return body + String((10 - (sum % 10)) % 10);
}

function card(r: Rng): string {
  const n = luhn(r.pick(['4', '51', '52', '53', '54', '55']).padEnd(1) + '');
  const full = luhn((n.slice(0, -1) + r.digits(15)).slice(0, 15));
  return full.match(/.{4}/g)!.join(' ');
}

function iban(r: Rng): string {
  const bban = r.digits(18); // DE: 8-digit bank code + 10-digit account
  let rem = 0;
  for (const ch of `${bban}DE00`) {
    const code = ch.charCodeAt(0);
    const v = code >= 65 ? String(code - 55) : ch;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  const value = `DE${String(98 - rem).padStart(2, '0')}${bban}`;
  return value.match(/.{1,4}/g)!.join(' ');
}

/** Spanish DNI: 8 digits and their check letter (found by its checksum, whatever the column says). */
function dni(r: Rng): string {
  const n = r.int(10_000_000, 99_999_999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

/** Private (10/8, 172.16/12, 192.168/16) or public unicast; never 192.0.2/24, 198.51.100/24, 203.0.113/24. */
function ip(r: Rng): string {
  switch (r.int(0, 2)) {
    case 0:
      return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    case 1:
      return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
    default:
      return `${r.pick([81, 85, 91, 141, 178, 217])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
}

export const CUSTOMER_HEADER = 'customer_id,name,email,phone,card_number,iban,address,ip_address,national_id';

/** One customer row; `i` is its number (the customer id column). */
export function customerRow(r: Rng, i: number): string {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const [zip, city] = r.pick(CITIES);
  const mail = `${fold(first)}.${fold(last)}${r.int(1, 99)}@${r.pick(DOMAINS)}`;
  const phone = `+49 30 ${r.int(2, 9)}${r.digits(7)}`;
  const address = `"${r.pick(STREETS)} ${r.int(1, 120)}, ${zip} ${city}"`;
  return `C${String(i).padStart(6, '0')},${first} ${last},${mail},${phone},${card(r)},${iban(r)},${address},${ip(r)},${dni(r)}`;
}

/** A CSV customer table of about `size` characters (header included), one customer a row. */
export function customerTable(size: number, seed = 10): string {
  const r = rng(seed);
  const rows = [CUSTOMER_HEADER];
  let length = CUSTOMER_HEADER.length;
  for (let i = 1; length < size; i++) {
    const row = customerRow(r, i);
    rows.push(row);
    length += row.length + 1;
  }
  return rows.join('\n');
}
