/**
 * Fake but well-formed sensitive values for benchmark inputs: checksums pass where a checksum
 * exists (Luhn, IBAN mod-97, GitHub CRC32), so a validating detector does its full work on them.
 * Every value is generated from the seeded PRNG at run time; no real credential is written here.
 */
import { ALNUM, BASE64, BASE64URL, DIGITS, UPPER, type Rng } from './prng';

export const FIRST_NAMES = [
  'Alice', 'Bob', 'Carlos', 'Chloé', 'Daniel', 'Emma', 'Fatima', 'François', 'Greta', 'Hannah', 'Igor', 'Jürgen',
  'Kenji', 'Laura', 'Lucía', 'Marie', 'Mateo', 'Noah', 'Olivia', 'Pedro', 'Priya', 'Quentin', 'Rosa', 'Sébastien',
  'Sofia', 'Tomás', 'Uwe', 'Valentina', 'Wei', 'Yusuf', 'Zoë', 'James', 'Mohammed', 'Anna', 'Lukas', 'Camille',
] as const;

export const LAST_NAMES = [
  'Smith', 'Johnson', 'García', 'Martínez', 'Müller', 'Schneider', 'Dubois', 'Lefèvre', 'Rossi', 'Bianchi', 'Tanaka',
  'Nguyen', 'Kowalski', 'Novak', 'Andersson', 'Okafor', 'Patel', 'Silva', 'Fernández', 'Weber', 'Moreau', 'Brown',
  'Wilson', 'Hoffmann', 'López', 'Kim', 'Chen', 'Murphy', "O'Brien", 'Fischer', 'Laurent', 'Becker',
] as const;

const EMAIL_DOMAINS = [
  'gmail.com', 'outlook.com', 'yahoo.fr', 'web.de', 'gmx.de', 'hotmail.es', 'proton.me', 'acme-corp.com',
  'northwind-traders.io', 'globex.co.uk', 'initech.com', 'contoso.de', 'fabrikam.fr', 'umbrella-health.org',
] as const;

/** ASCII-folds a name for use in an email local part. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

export function personName(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

export function email(rng: Rng): string {
  const f = fold(rng.pick(FIRST_NAMES));
  const l = fold(rng.pick(LAST_NAMES));
  const local = rng.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${rng.int(1, 99)}`, `${f}${rng.int(70, 99)}`, `${l}.${f}`]);
  return `${local}@${rng.pick(EMAIL_DOMAINS)}`;
}

const US_AREAS = ['212', '310', '312', '415', '512', '617', '646', '206', '303', '404', '702', '808'] as const;

/** Phone numbers in the national and international formats people actually type. */
export function phone(rng: Rng): string {
  const d = (n: number) => rng.chars(DIGITS, n);
  const exch = () => `${rng.int(2, 9)}${d(2)}`;
  switch (rng.int(0, 9)) {
    case 0: return `(${rng.pick(US_AREAS)}) ${exch()}-${d(4)}`;
    case 1: return `${rng.pick(US_AREAS)}-${exch()}-${d(4)}`;
    case 2: return `+1 ${rng.pick(US_AREAS)} ${exch()} ${d(4)}`;
    case 3: return `+44 20 7946 0${d(3)}`;
    case 4: return `07700 900${d(3)}`;
    case 5: return `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case 6: return `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case 7: return `+49 30 ${rng.int(2, 9)}${d(7)}`;
    case 8: return `+49 151 ${d(8)}`;
    default: return `+34 6${d(2)} ${d(3)} ${d(3)}`;
  }
}

/** Appends the Luhn check digit to a digit string. */
export function withLuhn(body: string): string {
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

/** Luhn-valid card numbers with real issuer prefixes and lengths, compact or grouped. */
export function creditCard(rng: Rng): string {
  const kind = rng.int(0, 3);
  if (kind === 0) {
    // Amex: 15 digits, grouped 4-6-5.
    const n = withLuhn(rng.pick(['34', '37']) + rng.chars(DIGITS, 12));
    return rng.chance(0.5) ? n : `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
  }
  const prefix = kind === 1 ? '4' : kind === 2 ? String(rng.int(51, 55)) : '6011';
  const n = withLuhn(prefix + rng.chars(DIGITS, 15 - prefix.length));
  const sep = rng.pick(['', ' ', '-', ' ']);
  return sep === '' ? n : n.match(/.{4}/g)!.join(sep);
}

/** ISO 13616 check digits for a country code and BBAN. */
function ibanCheck(country: string, bban: string): string {
  const rearranged = bban + country + '00';
  let rem = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const v = code >= 65 ? String(code - 55) : ch;
    for (const digit of v) rem = (rem * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return String(98 - rem).padStart(2, '0');
}

/** Mod-97-valid IBANs for DE, FR, GB, ES, NL, IT, compact or grouped by four. */
export function iban(rng: Rng): string {
  const d = (n: number) => rng.chars(DIGITS, n);
  const country = rng.pick(['DE', 'FR', 'GB', 'ES', 'NL', 'IT'] as const);
  const bban =
    country === 'DE' ? d(18)
    : country === 'FR' ? d(23)
    : country === 'GB' ? rng.pick(['NWBK', 'BARC', 'MIDL', 'LOYD']) + d(14)
    : country === 'ES' ? d(20)
    : country === 'NL' ? rng.pick(['ABNA', 'INGB', 'RABO']) + d(10)
    : rng.chars(UPPER, 1) + d(10) + d(12);
  const value = country + ibanCheck(country, bban) + bban;
  return rng.chance(0.6) ? value.match(/.{1,4}/g)!.join(' ') : value;
}

/** US SSNs that obey the area/group/serial rules. */
export function ssn(rng: Rng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const s = `${String(area).padStart(3, '0')}-${String(rng.int(1, 99)).padStart(2, '0')}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
  return rng.chance(0.85) ? s : s.replace(/-/g, ' ');
}

const AWS_KEY_ALPHABET = UPPER + '234567';

export function awsAccessKeyId(rng: Rng): string {
  return rng.pick(['AKIA', 'AKIA', 'AKIA', 'ASIA']) + rng.chars(AWS_KEY_ALPHABET, 16);
}

export function awsSecretKey(rng: Rng): string {
  return rng.chars(BASE64, 40);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Base62 (0-9A-Za-z) of n, left-padded to `width`. */
function base62(n: number, width: number): string {
  let out = '';
  while (n > 0) {
    out = ALNUM[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

/** Classic GitHub token: prefix, 30 random base62 chars, 6-char base62 CRC32 of the random part. */
export function githubToken(rng: Rng): string {
  const body = rng.chars(ALNUM, 30);
  return rng.pick(['ghp_', 'ghp_', 'gho_', 'ghs_']) + body + base62(crc32(body), 6);
}

function b64url(json: string): string {
  return btoa(json).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** HS256/RS256 JWT with a plausible claim set and a random signature. */
export function jwt(rng: Rng): string {
  const alg = rng.pick(['HS256', 'RS256', 'ES256']);
  const header = b64url(JSON.stringify({ alg, typ: 'JWT' }));
  const iat = 1_700_000_000 + rng.int(0, 60_000_000);
  const payload = b64url(
    JSON.stringify({
      sub: String(rng.int(10_000, 9_999_999)),
      name: personName(rng).normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
      role: rng.pick(['admin', 'user', 'support', 'billing']),
      iat,
      exp: iat + 3600,
    }),
  );
  const sigLen = alg === 'HS256' ? 43 : alg === 'ES256' ? 86 : 342;
  return `${header}.${payload}.${rng.chars(BASE64URL, sigLen)}`;
}

/** Passwords as people set them: words with digits and symbols, or random strings. */
export function password(rng: Rng): string {
  if (rng.chance(0.5)) {
    const word = rng.pick(['Summer', 'Winter', 'Falcon', 'Dragon', 'Sunshine', 'Bonjour', 'Sommer', 'Primavera', 'Tr0ub4dor', 'Pa55w0rd']);
    return `${word}${rng.int(1, 2025)}${rng.pick(['!', '#', '$', '?', '@', '*', '&'])}`;
  }
  return rng.chars(ALNUM + '!#$%&*+-=?@^_', rng.int(12, 24));
}

export function dbConnectionString(rng: Rng): string {
  const user = rng.pick(['app', 'admin', 'postgres', 'svc_orders', 'reporting', 'root']);
  const host = rng.pick(['db.internal', 'prod-db-1.cluster-c9x2.eu-west-1.rds.amazonaws.com', '10.0.3.17', 'mongo-0.mongo', 'localhost']);
  const pw = rng.chars(ALNUM, rng.int(12, 20));
  switch (rng.int(0, 3)) {
    case 0: return `postgres://${user}:${pw}@${host}:5432/${rng.pick(['orders', 'app', 'analytics'])}`;
    case 1: return `mysql://${user}:${pw}@${host}:3306/${rng.pick(['shop', 'wp', 'crm'])}`;
    case 2: return `mongodb+srv://${user}:${pw}@${rng.pick(['cluster0.ab1cd', 'prod.x7k2q'])}.mongodb.net/${rng.pick(['test', 'events'])}?retryWrites=true&w=majority`;
    default: return `redis://default:${pw}@${host}:6379/0`;
  }
}

export function slackToken(rng: Rng): string {
  return `${rng.pick(['xoxb', 'xoxp'])}-${rng.chars(DIGITS, 11)}-${rng.chars(DIGITS, 13)}-${rng.chars(ALNUM, 24)}`;
}

export function stripeKey(rng: Rng): string {
  return `${rng.pick(['sk_live_', 'rk_live_', 'sk_test_'])}${rng.chars(ALNUM, rng.pick([24, 99]))}`;
}

export function openAiKey(rng: Rng): string {
  return rng.chance(0.5)
    ? `sk-${rng.chars(ALNUM, 20)}T3BlbkFJ${rng.chars(ALNUM, 20)}`
    : `sk-proj-${rng.chars(ALNUM + '-_', 74)}T3BlbkFJ${rng.chars(ALNUM + '-_', 74)}`;
}

export function anthropicKey(rng: Rng): string {
  return `sk-ant-api03-${rng.chars(ALNUM + '-_', 93)}AA`;
}

export function googleApiKey(rng: Rng): string {
  return `AIza${rng.chars(ALNUM + '-_', 35)}`;
}

/** A PEM private key block with a random body (only the shape matters to a scanner). */
export function pemPrivateKey(rng: Rng): string {
  const kind = rng.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY']);
  const lines = kind === 'EC PRIVATE KEY' ? 3 : rng.int(12, 25);
  const body: string[] = [];
  for (let i = 0; i < lines; i++) body.push(rng.chars(BASE64, i === lines - 1 ? rng.int(8, 60) : 64));
  return `-----BEGIN ${kind}-----\n${body.join('\n')}\n-----END ${kind}-----`;
}

/** Every kind of sensitive value the realistic text can carry. */
export const SENSITIVE = {
  email,
  phone,
  creditCard,
  iban,
  ssn,
  awsAccessKeyId,
  awsSecretKey,
  githubToken,
  jwt,
  password,
  dbConnectionString,
  slackToken,
  stripeKey,
  openAiKey,
  anthropicKey,
  googleApiKey,
  pemPrivateKey,
} as const;

export type SensitiveKind = keyof typeof SENSITIVE;
