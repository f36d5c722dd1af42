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
import { ALNUM, HEX, createRng, type Rng } from './prng';
import { SEGMENTS, SEGMENT_WEIGHTS, type SegmentContext } from './segments';
import { SENSITIVE, type SensitiveKind, email, personName } from './sensitive-values';
import { customer, publicIpv4 } from './customer-table';
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

/** The sentence `proseLine` repeats (the guard's e2e filler: the scanner finds nothing in it). */
const PROSE_SENTENCE = 'The quick brown fox jumps over the lazy dog while the team reviews the quarterly roadmap. ';

/**
 * `chars` UTF-16 units of clean prose on ONE line with one AWS key in the middle: the guard's e2e
 * "10 MB paste with one secret". No newline and no digit but the key's: whatever searches for the next
 * line end or the next number reads on to the end of the text.
 */
export function proseLine(chars: number): string {
  const secret = ' key AKIAZ3MHALQ7X7RTPW2B now ';
  const half = Math.max(0, (chars - secret.length) >> 1);
  const filler = PROSE_SENTENCE.repeat(Math.ceil((half + 1) / PROSE_SENTENCE.length));
  return (filler.slice(0, half) + secret + filler).slice(0, chars);
}

/** Labels of a customer's contact block, as support agents write them in each language. */
const CONTACT_LABELS = [
  { intro: 'One of the affected customers wrote to support:', name: 'Name', email: 'Email', phone: 'Phone', address: 'Address', order: 'Order' },
  { intro: 'Le client concerné nous a écrit :', name: 'Nom', email: 'E-mail', phone: 'Tél.', address: 'Adresse', order: 'Commande' },
  { intro: 'Der betroffene Kunde hat sich gemeldet:', name: 'Name', email: 'E-Mail', phone: 'Telefon', address: 'Anschrift', order: 'Bestellung' },
  { intro: 'El cliente afectado escribió a soporte:', name: 'Nombre', email: 'Correo', phone: 'Teléfono', address: 'Dirección', order: 'Pedido' },
] as const;

/** The secrets a config pasted into a chat carries, as `KEY=value` lines. */
function configSecrets(rng: Rng): string[] {
  const pick = rng.int(0, 4);
  const db = `DATABASE_URL=postgres://${rng.pick(['app', 'svc_orders', 'checkout'])}:${rng.chars(ALNUM, rng.int(12, 18))}@10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 250)}:5432/${rng.pick(['orders', 'shop', 'billing'])}`;
  switch (pick) {
    case 0: return [`STRIPE_SECRET_KEY=${SENSITIVE.stripeKey(rng)}`, db];
    case 1: return [`AWS_ACCESS_KEY_ID=${SENSITIVE.awsAccessKeyId(rng)}`, `AWS_SECRET_ACCESS_KEY=${SENSITIVE.awsSecretKey(rng)}`];
    case 2: return [`GITHUB_TOKEN=${SENSITIVE.githubToken(rng)}`, db];
    case 3: return [`OPENAI_API_KEY=${SENSITIVE.openAiKey(rng).slice(0, 60)}`, `SLACK_BOT_TOKEN=${SENSITIVE.slackToken(rng)}`];
    default: return [`ADMIN_PASSWORD=${SENSITIVE.password(rng)}`, db];
  }
}

/**
 * A ~2 KB chat prompt (1.9–2 KB UTF-8) as users paste them when asking for help with an incident: a
 * config with keys, a log with client IP addresses, and the affected customer's contact block (name,
 * e-mail, phone, street address) — about eight sensitive values. Different seeds give different prompts.
 */
export function prompt2k(seed = 1): string {
  const rng = createRng(0x2000 + seed);
  const w = rng.pick(WORDS);
  const team = rng.pick(TEAMS);
  const head =
    `Hi, I'm on the ${team} team at ${rng.pick(COMPANIES)}. Since we deployed ${rng.pick(PRODUCTS)} ${version(rng)} on ${isoDate(rng)}, ` +
    `about one ${w} request in ${rng.int(5, 40)} fails with a 502 from the upstream. Here is the service config:`;
  const config = [
    `NODE_ENV=production`,
    `PORT=${rng.pick([3000, 8080, 8443])}`,
    `LOG_LEVEL=${rng.pick(['info', 'debug'])}`,
    `UPSTREAM_TIMEOUT_MS=${rng.pick([2000, 5000, 10000])}`,
    ...configSecrets(rng),
    `REDIS_URL=redis://${rng.pick(['cache.internal', 'redis-0.redis'])}:6379/${rng.int(0, 3)}`,
    `FEATURE_FLAGS=${rng.pick(WORDS)}_v2,${rng.pick(WORDS)}_beta`,
  ];
  const c = customer(rng);
  const labels = rng.pick(CONTACT_LABELS);
  const contact = [
    labels.intro,
    '',
    `${labels.name}: ${c.name}`,
    `${labels.email}: ${c.email}`,
    `${labels.phone}: ${c.phone}`,
    `${labels.address}: ${c.address}`,
    `${labels.order}: #${rng.int(1_000_000, 9_999_999)}`,
  ].join('\n');
  const tail = `Can you tell what is going on, and whether raising UPSTREAM_TIMEOUT_MS would help or just hide it?`;
  const fixed = `${head}\n\n\`\`\`env\n${config.join('\n')}\n\`\`\`\n\nAnd the log around one failure:\n\n\`\`\`\n\`\`\`\n\n${contact}\n\n${tail}`;
  // Log lines until the prompt is full: two client IPs (one seen twice), a private upstream, request ids.
  let t = Date.UTC(2024, rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59));
  const clients = [publicIpv4(rng), publicIpv4(rng)];
  const upstream = `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 250)}`;
  const lines: string[] = [];
  let budget = 2048 - utf8Length(fixed);
  for (let i = 0; ; i++) {
    t += rng.int(5, 900);
    const ts = new Date(t).toISOString();
    const req = rng.chars(HEX, 12);
    const line =
      i % 3 === 2
        ? `${ts} WARN  [${team}-svc] req=${req} upstream ${upstream}:8443 ${rng.pick(['connection reset', 'timeout after 5000ms', 'returned 502'])}`
        : `${ts} INFO  [${team}-svc] req=${req} ${rng.pick(['POST', 'GET'])} /api/v1/${w}s ${rng.pick([200, 200, 201, 502])} ${rng.int(3, 1900)}ms${i % 4 === 0 ? ` client=${clients[(i / 4) % 2]}` : ''}`;
    if (utf8Length(line) + 1 > budget) break;
    lines.push(line);
    budget -= utf8Length(line) + 1;
  }
  return `${head}\n\n\`\`\`env\n${config.join('\n')}\n\`\`\`\n\nAnd the log around one failure:\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n\n${contact}\n\n${tail}`;
}

function javaFrame(rng: Rng, w: string): string {
  const W = w[0]!.toUpperCase() + w.slice(1);
  return `\tat com.acme.${rng.pick(WORDS)}.${rng.pick(['service', 'web', 'batch', 'export'])}.${W}${rng.pick(['Service', 'Exporter', 'Job', 'Writer'])}.${rng.pick(['run', 'write', 'flush', 'process', 'execute'])}(${W}${rng.pick(['Service', 'Job'])}.java:${rng.int(30, 700)})`;
}

/**
 * The ~2 KB support ticket earlier benches used (a Java stack trace and one e-mail address): kept for
 * comparisons with older figures.
 */
export function ticketPrompt2k(seed = 1): string {
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
