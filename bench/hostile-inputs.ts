/**
 * Adversarial inputs for the linear-time checks: shapes that make regex engines backtrack, make
 * prefilters fire on every position, or defeat line windowing. Each generator returns exactly
 * `chars` UTF-16 code units (the first group is ASCII, so chars = bytes).
 *
 * The first ten are the ones issue 2 names; the rest target this detector set specifically
 * (keyword anchors, the numeric-span lexer, JWT/PEM/URL/IPv6 shapes, placeholder filters).
 */
import { ALNUM, BASE64, DIGITS, HEX, createRng } from './prng';
import { realisticText } from './realistic-text';

/** `unit` repeated and cut to exactly `chars` code units. */
export function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** `chars` random characters from `alphabet` (seeded). */
function randomOf(alphabet: string, chars: number, seed: number): string {
  const rng = createRng(seed);
  // Build in chunks: string += on single chars is slow for multi-MB outputs.
  const chunks: string[] = [];
  for (let left = chars; left > 0; left -= 65536) chunks.push(rng.chars(alphabet, Math.min(65536, left)));
  return chunks.join('');
}

export interface HostileInput {
  /** Short kebab-case id, used as the table row and test name. */
  readonly id: string;
  /** What it is, and which part of a detector engine it stresses. */
  readonly description: string;
  /** The input, exactly `chars` UTF-16 code units long. */
  readonly make: (chars: number) => string;
}

export const base64Line = (chars: number) => randomOf(BASE64, chars, 0xb64);
export const aAt = (chars: number) => repeatTo('a@', chars);
export const aDot = (chars: number) => repeatTo('a.', chars);
export const digitsOnly = (chars: number) => randomOf(DIGITS, chars, 0xd161);
export const hexOnly = (chars: number) => randomOf(HEX, chars, 0x4e8);
export const pemHeaders = (chars: number) => repeatTo('-----BEGIN RSA PRIVATE KEY-----\n', chars);
/** Long runs (64 to 64K) of spaces, tabs, newlines or a mix, back to back. */
export const whitespaceRuns = (chars: number) => {
  const rng = createRng(0x5ace);
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const len = Math.min(chars - n, rng.int(64, 65536));
    const kind = rng.int(0, 3);
    parts.push(kind === 0 ? ' '.repeat(len) : kind === 1 ? '\t'.repeat(len) : kind === 2 ? '\n'.repeat(len) : rng.chars(' \t\n\r', len));
    n += len;
  }
  return parts.join('');
};
export const urlASlash = (chars: number) => ('https://' + repeatTo('a/', chars)).slice(0, chars);

/** Every hostile input, in table order. */
export const HOSTILE_INPUTS: readonly HostileInput[] = [
  // Named in issue 2.
  { id: 'base64-line', description: 'one line of random base64 (entropy and token detectors, long-token scans)', make: base64Line },
  { id: 'a@-repeated', description: '`a@` repeated (email local-part/domain backtracking)', make: aAt },
  { id: 'a.-repeated', description: '`a.` repeated (email/domain/URL label backtracking)', make: aDot },
  { id: 'digits', description: 'random digits, no separators (numeric lexer: one 1M-digit span)', make: digitsOnly },
  { id: 'hex', description: 'random lowercase hex (hash/key detectors, entropy)', make: hexOnly },
  { id: 'pem-headers', description: 'unclosed `-----BEGIN RSA PRIVATE KEY-----` lines (PEM without END)', make: pemHeaders },
  { id: 'whitespace-runs', description: 'long runs of spaces, tabs, newlines, CR', make: whitespaceRuns },
  { id: 'https-a/-repeated', description: '`https://` then `a/` repeated (URL and connection-string paths)', make: urlASlash },
  // Added: keyword anchors and prefilters firing at every position of one huge line.
  { id: 'password=-repeated', description: '`password=` repeated on one line (keyword hit every 9 chars)', make: (c) => repeatTo('password=', c) },
  { id: 'json-password', description: '`"password":"x",` repeated on one line (assignment detector, JSON form)', make: (c) => repeatTo('"password":"x",', c) },
  { id: 'keyword-soup', description: 'provider prefixes (`ghp_ xoxb- sk_live_ AKIA AIza glpat- npm_ sk-ant-`…) cycling on one line', make: (c) => repeatTo('ghp_ xoxb- sk_live_ AKIA AIza glpat- npm_ sk-ant- SG. hf_ dop_v1_ shpat_ ', c) },
  { id: 'AKIA-repeated', description: '`AKIA` repeated (AWS key prefix, [A-Z2-7] body)', make: (c) => repeatTo('AKIA', c) },
  { id: 'eyJ-repeated', description: '`eyJ` repeated (JWT header prefix, base64url body)', make: (c) => repeatTo('eyJ', c) },
  { id: 'bearer-base64', description: '`Authorization: Bearer ` then 1 MB of base64 on the same line', make: (c) => ('Authorization: Bearer ' + base64Line(c)).slice(0, c) },
  { id: 'one-line-realistic', description: 'realistic text with every newline replaced by a space (defeats line windows)', make: (c) => realisticText(c * 2, 0x11e).replace(/[\r\n]/g, ' ').slice(0, c) },
  // Added: single characters and short units.
  { id: 'a-run', description: '`a` repeated (word-ish classes, `\\b` scans)', make: (c) => repeatTo('a', c) },
  { id: '=-run', description: '`=` repeated (assignment separators, base64 padding)', make: (c) => repeatTo('=', c) },
  { id: 'dash-run', description: '`-` repeated (PEM dashes, separators)', make: (c) => repeatTo('-', c) },
  { id: 'A-Z-run', description: 'random [A-Z2-7] (AWS/base32 alphabets, no prefix)', make: (c) => randomOf('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', c, 0xa25) },
  { id: 'alnum', description: 'random [A-Za-z0-9] on one line (token bodies, entropy windows)', make: (c) => randomOf(ALNUM, c, 0xa1) },
  // Added: numeric-span lexer and number-shaped detectors.
  { id: '1-space-repeated', description: '`1 ` repeated (one endless separated numeric span)', make: (c) => repeatTo('1 ', c) },
  { id: '1.-repeated', description: '`1.` repeated (IPv4/date/version shapes)', make: (c) => repeatTo('1.', c) },
  { id: 'digit-groups', description: '`4242 ` repeated (card/IBAN grouping, Luhn windows)', make: (c) => repeatTo('4242 ', c) },
  { id: '(1)-repeated', description: '`(1) ` repeated (phone separators)', make: (c) => repeatTo('(1) ', c) },
  // Added: IPv6/MAC and placeholder shapes.
  { id: '::-repeated', description: '`::` repeated (IPv6 compression)', make: (c) => repeatTo('::', c) },
  { id: 'ff:-repeated', description: '`ff:` repeated (MAC/IPv6 groups)', make: (c) => repeatTo('ff:', c) },
  { id: '${-repeated', description: '`${` repeated, unclosed (placeholder filter)', make: (c) => repeatTo('${', c) },
  { id: 'non-ascii', description: '`é` and emoji repeated (non-ASCII paths, surrogate pairs)', make: (c) => repeatTo('éé😀 ', c) },
];
