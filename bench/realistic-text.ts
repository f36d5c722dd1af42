/**
 * Deterministic generator of realistic mixed text for the benchmark: what people actually paste
 * into an AI chat. English, French, German and Spanish prose (accents, em dashes, curly quotes, a
 * little CJK and emoji), JS/Python/Go code, server logs, CSV, JSON, Markdown, stack traces, config
 * files and SQL, with SPARSE sensitive values: one every 2–5 KB (emails, phones, Luhn-valid cards,
 * mod-97-valid IBANs, SSNs, AWS keys, CRC-valid GitHub tokens, JWTs, passwords in config, …).
 *
 * Honest by construction: no padding or repetition tricks. Every segment is freshly generated from
 * the seeded PRNG, so the engine sees the same variety of lines, numbers and keywords as in real use.
 */
import { createRng, type Rng } from './prng';
import { SEGMENTS, SEGMENT_WEIGHTS, type SegmentContext } from './segments';
import { SENSITIVE, type SensitiveKind, email, personName } from './sensitive-values';
import { COMPANIES, EN_SENTENCES, PRODUCTS, TEAMS, WORDS, fill, isoDate, version } from './text-banks';

/** UTF-8 length of a string, without Buffer/TextEncoder allocation. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Longest prefix of `s` of at most `bytes` UTF-8 bytes, padded with spaces to exactly `bytes`. */
export function cutToBytes(s: string, bytes: number): string {
  let n = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    const w = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : 3;
    if (n + w > bytes) break;
    n += w;
    i += w === 4 ? 2 : 1;
  }
  return s.slice(0, i) + ' '.repeat(bytes - n);
}

/** Minimum gap before the next planted value, in UTF-8 bytes; a value then waits for a segment with a fitting slot, so real gaps average about 4 KB. */
export const SECRET_SPACING = { min: 1500, max: 4000 } as const;

export interface RealisticText {
  readonly text: string;
  /** UTF-8 size (exactly the requested size). */
  readonly bytes: number;
  /** How many sensitive values of each kind were planted (the last may be cut off by the size limit). */
  readonly planted: Readonly<Partial<Record<SensitiveKind, number>>>;
  /** How many segments of each kind the text holds. */
  readonly segments: Readonly<Record<string, number>>;
}

/** Like `realisticText`, with what was planted (for tests and the bench report). */
export function realisticTextWithStats(bytes: number, seed = 1): RealisticText {
  const rng = createRng(seed);
  const parts: string[] = [];
  const planted: Partial<Record<SensitiveKind, number>> = {};
  const segments: Record<string, number> = {};
  let size = 0;
  let nextSecretAt = rng.int(300, SECRET_SPACING.max);

  const ctx: SegmentContext = {
    rng,
    secret(kinds) {
      if (size < nextSecretAt || kinds.length === 0) return null;
      const kind = rng.pick(kinds);
      planted[kind] = (planted[kind] ?? 0) + 1;
      nextSecretAt = size + rng.int(SECRET_SPACING.min, SECRET_SPACING.max);
      return { kind, value: SENSITIVE[kind](rng) };
    },
  };

  while (size < bytes) {
    const kind = rng.weighted(SEGMENT_WEIGHTS);
    segments[kind] = (segments[kind] ?? 0) + 1;
    const seg = SEGMENTS[kind](ctx);
    parts.push(seg);
    size += utf8Length(seg) + 2;
  }
  return { text: cutToBytes(parts.join('\n\n'), bytes), bytes, planted, segments };
}

/**
 * `bytes` UTF-8 bytes of realistic mixed text (see the file comment). Same seed, same text.
 */
export function realisticText(bytes: number, seed = 1): string {
  return realisticTextWithStats(bytes, seed).text;
}

function javaFrame(rng: Rng, w: string): string {
  const W = w[0]!.toUpperCase() + w.slice(1);
  return `\tat com.acme.${rng.pick(WORDS)}.${rng.pick(['service', 'web', 'batch', 'export'])}.${W}${rng.pick(['Service', 'Exporter', 'Job', 'Writer'])}.${rng.pick(['run', 'write', 'flush', 'process', 'execute'])}(${W}${rng.pick(['Service', 'Job'])}.java:${rng.int(30, 700)})`;
}

/**
 * A realistic ~2 KB chat prompt (1.9–2 KB UTF-8): a support ticket with a Java stack trace and one
 * email address. Different seeds give different tickets.
 */
export function prompt2k(seed = 1): string {
  const rng = createRng(0x2000 + seed);
  const w = rng.pick(WORDS);
  const name = personName(rng);
  const head = [
    `Hi! I'm ${name}, I work on the ${rng.pick(TEAMS)} team at ${rng.pick(COMPANIES)}. ` +
      `Since we upgraded ${rng.pick(PRODUCTS)} to ${version(rng)} on ${isoDate(rng)}, our nightly ${w} export fails roughly one night out of three. ` +
      `It ran fine for months before that. The job reads about ${rng.int(20, 900)}k rows, writes a CSV to S3 and then emails a summary.`,
    `Failures always happen around 02:${String(rng.int(10, 59)).padStart(2, '0')} UTC, and a manual re-run a few minutes later usually succeeds. ` +
      `The alerts go to ${email(rng)}, so that is where I got this trace from:`,
  ].join('\n\n');
  const traceHead = `\`\`\`\njava.lang.IllegalStateException: Connection pool exhausted (active=${rng.int(10, 50)}, idle=0, waiting=${rng.int(1, 90)})`;
  const tail = [
    '```',
    `${fill(rng, rng.pick(EN_SENTENCES))} What could cause this, and how do I fix it without just raising the pool size? ` +
      `We are on Java ${rng.pick([11, 17, 21])} with HikariCP and Postgres ${rng.int(12, 16)}.`,
  ].join('\n\n');
  const budget = 2048 - utf8Length(head) - utf8Length(tail) - 4 - utf8Length(traceHead);
  const frames: string[] = [];
  let used = 0;
  for (;;) {
    const f = javaFrame(rng, w);
    if (used + utf8Length(f) + 1 > budget) break;
    frames.push(f);
    used += utf8Length(f) + 1;
  }
  return `${head}\n\n${traceHead}\n${frames.join('\n')}\n${tail}`;
}
