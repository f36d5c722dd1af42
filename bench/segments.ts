/**
 * Segment generators for the realistic-text benchmark: each returns one block of the kind of text
 * people paste into an AI chat (prose, code, logs, CSV, JSON, Markdown, stack traces, config, SQL).
 *
 * A segment plants at most one sensitive value, and only when `ctx.secret()` says one is due; the
 * assembler spaces them 2–5 KB apart. Everything else is ordinary content, including the usual hard
 * negatives of real text (UUIDs, hashes, order numbers, versions, timestamps, IPs in logs).
 */
import { ALNUM, BASE64, DIGITS, HEX, type Rng } from './prng';
import type { SensitiveKind } from './sensitive-values';
import { FIRST_NAMES, LAST_NAMES, personName } from './sensitive-values';
import {
  CITIES, COMPANIES, DE_SENTENCES, EN_SENTENCES, ES_SENTENCES, FR_SENTENCES, INTL_LINES, PRODUCTS, TEAMS, WORDS,
  amount, clock, fill, ipv4, isoDate, sha, uuid, version,
} from './text-banks';

export interface SegmentContext {
  readonly rng: Rng;
  /**
   * A sensitive value of one of `kinds` when one is due (and records it), otherwise null.
   * Segments call it at their natural slots and fall back to ordinary content on null.
   */
  secret(kinds: readonly SensitiveKind[]): { kind: SensitiveKind; value: string } | null;
}

export type SegmentKind =
  | 'proseEn' | 'proseFr' | 'proseDe' | 'proseEs' | 'chatIntl' | 'codeJs' | 'codePy' | 'codeGo' | 'logs' | 'csv'
  | 'json' | 'markdown' | 'stackTrace' | 'config' | 'sql' | 'dataUri' | 'minifiedJs';

/** How often each kind of segment is picked (by count; segment sizes differ). */
export const SEGMENT_WEIGHTS: Readonly<Record<SegmentKind, number>> = {
  proseEn: 16, proseFr: 5, proseDe: 5, proseEs: 5, chatIntl: 3, codeJs: 7, codePy: 6, codeGo: 4, logs: 10, csv: 4,
  json: 7, markdown: 6, stackTrace: 5, config: 4, sql: 3, dataUri: 0.4, minifiedJs: 0.6,
};

const PROSE_SECRET_TEMPLATES: Readonly<Record<'en' | 'fr' | 'de' | 'es', Partial<Record<SensitiveKind, string>>>> = {
  en: {
    email: 'You can reach me at {v} if anything is unclear.',
    phone: 'If it is easier, call me on {v} — I am around until 6 pm.',
    creditCard: 'I paid with my Visa {v}, expiry 09/27, and it was charged twice.',
    iban: 'Please send the refund to my account, IBAN {v}.',
    ssn: 'The HR form asks for my SSN, which is {v} — is that safe to put here?',
    password: 'The shared login for the test account is admin / {v}.',
    githubToken: 'I generated a new token ({v}) but the push is still rejected.',
  },
  fr: {
    email: 'Vous pouvez me joindre à l’adresse {v}.',
    phone: 'Mon numéro de téléphone est le {v}.',
    iban: 'Merci de rembourser sur mon compte : IBAN {v}.',
    creditCard: 'J’ai payé avec la carte {v} et le montant a été débité deux fois.',
  },
  de: {
    email: 'Meine E-Mail-Adresse lautet {v}.',
    phone: 'Sie erreichen mich telefonisch unter {v}.',
    iban: 'Bitte überweisen Sie die Erstattung auf meine IBAN {v}.',
    password: 'Das Passwort für den Testzugang ist {v}.',
  },
  es: {
    email: 'Mi correo es {v}, por si necesita contactarme.',
    phone: 'Mi teléfono es el {v}.',
    iban: 'Por favor, hagan la devolución a mi cuenta IBAN {v}.',
    creditCard: 'Pagué con la tarjeta {v} y me la cobraron dos veces.',
  },
};

function prose(ctx: SegmentContext, lang: 'en' | 'fr' | 'de' | 'es'): string {
  const { rng } = ctx;
  const bank = lang === 'en' ? EN_SENTENCES : lang === 'fr' ? FR_SENTENCES : lang === 'de' ? DE_SENTENCES : ES_SENTENCES;
  const templates = PROSE_SECRET_TEMPLATES[lang];
  const paragraphs: string[] = [];
  const count = rng.int(1, 3);
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    const n = rng.int(2, 6);
    const used = new Set<string>();
    while (sentences.length < n) {
      const t = rng.pick(bank);
      if (used.has(t)) continue;
      used.add(t);
      sentences.push(fill(rng, t));
    }
    if (p === count - 1) {
      const s = ctx.secret(Object.keys(templates) as SensitiveKind[]);
      if (s) sentences.splice(rng.int(0, sentences.length), 0, templates[s.kind]!.replace('{v}', s.value));
    }
    paragraphs.push(sentences.join(' '));
  }
  if (rng.chance(0.2)) paragraphs.push(rng.pick(INTL_LINES));
  return paragraphs.join('\n\n');
}

function chatIntl(ctx: SegmentContext): string {
  const { rng } = ctx;
  const lines: string[] = [];
  for (let i = rng.int(2, 6); i > 0; i--) {
    const who = rng.pick(FIRST_NAMES);
    lines.push(`[${clock(rng).slice(0, 5)}] ${who}: ${rng.chance(0.6) ? rng.pick(INTL_LINES) : fill(rng, rng.pick(EN_SENTENCES))}`);
  }
  return lines.join('\n');
}

function ident(rng: Rng): string {
  const w = rng.pick(WORDS);
  return rng.pick([w, `${w}Id`, `${w}s`, `${w}Count`, `pending${w[0]!.toUpperCase()}${w.slice(1)}`, `${w}Map`]);
}

function codeJs(ctx: SegmentContext): string {
  const { rng } = ctx;
  const w = rng.pick(WORDS);
  const W = w[0]!.toUpperCase() + w.slice(1);
  const s = ctx.secret(['stripeKey', 'githubToken', 'awsAccessKeyId', 'openAiKey', 'slackToken', 'googleApiKey', 'dbConnectionString', 'anthropicKey']);
  const secretLine = s
    ? s.kind === 'dbConnectionString'
      ? `const pool = new Pool({ connectionString: '${s.value}' });`
      : `const ${s.kind === 'awsAccessKeyId' ? 'accessKeyId' : 'apiKey'} = '${s.value}'; // TODO move to env`
    : `const apiKey = process.env.${rng.pick(['STRIPE_SECRET_KEY', 'API_TOKEN', 'OPENAI_API_KEY', 'GITHUB_TOKEN'])};`;
  const variants = [
    () => `import { useEffect, useState } from 'react';
import { fetch${W}s } from '../api/${w}s';

${secretLine}

export function use${W}s(${ident(rng)}) {
  const [${w}s, set${W}s] = useState([]);
  const [error, setError] = useState(null);

  useEffect(() => {
    let cancelled = false;
    fetch${W}s({ page: ${rng.int(1, 5)}, limit: ${rng.pick([20, 50, 100])} })
      .then((res) => { if (!cancelled) set${W}s(res.items); })
      .catch((err) => setError(err));
    return () => { cancelled = true; };
  }, []);

  return { ${w}s, error };
}`,
    () => `// ${fill(rng, rng.pick(EN_SENTENCES))}
const express = require('express');
const router = express.Router();
${secretLine}

router.get('/api/v${rng.int(1, 3)}/${w}s/:id', async (req, res, next) => {
  try {
    const ${w} = await db.${w}s.findOne({ where: { id: req.params.id } });
    if (!${w}) return res.status(404).json({ error: '${W} not found' });
    res.set('Cache-Control', 'max-age=${rng.pick([60, 300, 3600])}');
    return res.json(${w});
  } catch (err) {
    logger.error({ err, requestId: req.id }, 'failed to load ${w}');
    next(err);
  }
});

module.exports = router;`,
    () => `export async function retry(fn, { attempts = ${rng.int(2, 6)}, baseMs = ${rng.pick([100, 250, 500])} } = {}) {
  let lastError;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (e) {
      lastError = e;
      const delay = baseMs * 2 ** i + Math.random() * ${rng.int(10, 100)};
      await new Promise((r) => setTimeout(r, delay));
    }
  }
  throw lastError;
}

${secretLine}
const ${ident(rng)} = new Map(); // keyed by ${w} id, e.g. '${uuid(rng)}'`,
    () => `const config = {
  region: '${rng.pick(['eu-west-1', 'us-east-1', 'eu-central-1'])}',
  bucket: '${w}-exports-${rng.pick(['prod', 'staging'])}',
  maxRetries: ${rng.int(1, 5)},
  timeoutMs: ${rng.pick([5000, 10000, 30000])},
  build: '${sha(rng, 40)}',
};
${secretLine}

function format${W}(${w}) {
  return \`\${${w}.id} — \${${w}.name ?? 'unnamed'} (\${new Date(${w}.createdAt).toISOString()})\`;
}`,
  ];
  return '```js\n' + rng.pick(variants)() + '\n```';
}

function codePy(ctx: SegmentContext): string {
  const { rng } = ctx;
  const w = rng.pick(WORDS);
  const s = ctx.secret(['awsAccessKeyId', 'awsSecretKey', 'password', 'dbConnectionString', 'openAiKey', 'githubToken', 'slackToken']);
  const secretLine = s
    ? s.kind === 'password'
      ? `DB_PASSWORD = "${s.value}"`
      : s.kind === 'dbConnectionString'
        ? `DATABASE_URL = "${s.value}"`
        : s.kind === 'awsSecretKey'
          ? `aws_secret_access_key = "${s.value}"`
          : `API_KEY = "${s.value}"  # FIXME: hard-coded`
    : `API_KEY = os.environ["${rng.pick(['OPENAI_API_KEY', 'SERVICE_TOKEN', 'AWS_SECRET_ACCESS_KEY'])}"]`;
  const variants = [
    () => `import os
import logging
from datetime import datetime, timedelta

import requests

log = logging.getLogger(__name__)
${secretLine}


def fetch_${w}s(since: datetime, page_size: int = ${rng.pick([50, 100, 500])}) -> list[dict]:
    """Fetch ${w}s updated since \`since\`, following pagination."""
    url = f"https://api.${rng.pick(['example', 'internal', 'acme'])}.com/v2/${w}s"
    params = {"updated_since": since.isoformat(), "limit": page_size}
    out = []
    while url:
        resp = requests.get(url, params=params, timeout=${rng.int(5, 30)})
        resp.raise_for_status()
        body = resp.json()
        out.extend(body["data"])
        url = body.get("next")
        params = None
    log.info("fetched %d ${w}s", len(out))
    return out`,
    () => `import pandas as pd

df = pd.read_csv("${w}s_${isoDate(rng).replace(/-/g, '')}.csv", parse_dates=["created_at"])
${secretLine}
df = df[df["status"] != "cancelled"]
summary = (
    df.groupby(df["created_at"].dt.to_period("M"))
      .agg(total=("amount", "sum"), count=("id", "count"))
      .reset_index()
)
print(summary.tail(${rng.int(3, 12)}))`,
    () => `class ${w[0]!.toUpperCase() + w.slice(1)}Cache:
    def __init__(self, ttl_seconds=${rng.pick([60, 300, 900])}):
        self._ttl = ttl_seconds
        self._data = {}

    def get(self, key):
        item = self._data.get(key)
        if item is None or item[1] < time.monotonic():
            return None
        return item[0]

    def put(self, key, value):
        self._data[key] = (value, time.monotonic() + self._ttl)

${secretLine}
cache = ${w[0]!.toUpperCase() + w.slice(1)}Cache()`,
  ];
  return '```python\n' + rng.pick(variants)() + '\n```';
}

function codeGo(ctx: SegmentContext): string {
  const { rng } = ctx;
  const w = rng.pick(WORDS);
  const W = w[0]!.toUpperCase() + w.slice(1);
  const s = ctx.secret(['dbConnectionString', 'githubToken', 'stripeKey']);
  const secretLine = s ? `const defaultDSN = "${s.value}"` : `var defaultDSN = os.Getenv("DATABASE_URL")`;
  return `\`\`\`go
package ${w}s

import (
\t"context"
\t"database/sql"
\t"fmt"
\t"time"
)

${secretLine}

type ${W} struct {
\tID        int64     \`json:"id"\`
\tName      string    \`json:"name"\`
\tCreatedAt time.Time \`json:"created_at"\`
}

func Load${W}(ctx context.Context, db *sql.DB, id int64) (*${W}, error) {
\tctx, cancel := context.WithTimeout(ctx, ${rng.int(1, 10)}*time.Second)
\tdefer cancel()
\tvar x ${W}
\terr := db.QueryRowContext(ctx, "SELECT id, name, created_at FROM ${w}s WHERE id = $1", id).Scan(&x.ID, &x.Name, &x.CreatedAt)
\tif err != nil {
\t\treturn nil, fmt.Errorf("load ${w} %d: %w", id, err)
\t}
\treturn &x, nil
}
\`\`\``;
}

const LEVELS = ['INFO', 'INFO', 'INFO', 'INFO', 'DEBUG', 'WARN', 'ERROR'] as const;
const PATHS = ['/api/v1/orders', '/api/v1/users/me', '/api/v2/cart/items', '/healthz', '/api/v1/invoices', '/login', '/static/app.js', '/api/v1/search', '/graphql'] as const;
const UAS = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', 'curl/8.5.0', 'okhttp/4.12.0', 'python-requests/2.31.0'] as const;

function logs(ctx: SegmentContext): string {
  const { rng } = ctx;
  const lines: string[] = [];
  // Plain app logs most often, access logs (an IP per line) and JSON logs less so.
  const format = rng.weighted({ app: 5, access: 2, json: 3 });
  let t = Date.UTC(2024, rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59));
  const n = rng.int(8, 40);
  const plantAt = rng.int(0, n - 1);
  for (let i = 0; i < n; i++) {
    t += rng.int(1, 2500);
    const ts = new Date(t).toISOString();
    const path = rng.pick(PATHS);
    const status = rng.pick([200, 200, 200, 200, 201, 204, 304, 400, 401, 404, 500, 502]);
    const ms = rng.int(1, 1800);
    const reqId = rng.chance(0.5) ? uuid(rng) : rng.chars(HEX, 16);
    const s = i === plantAt ? ctx.secret(['email', 'jwt', 'creditCard', 'awsAccessKeyId', 'phone', 'password']) : null;
    if (s) {
      const msg =
        s.kind === 'email' ? `password reset requested for ${s.value}`
        : s.kind === 'jwt' ? `auth header: Bearer ${s.value}`
        : s.kind === 'creditCard' ? `payment declined card=${s.value} reason=insufficient_funds`
        : s.kind === 'awsAccessKeyId' ? `using credentials from env: AWS_ACCESS_KEY_ID=${s.value}`
        : s.kind === 'phone' ? `sms verification sent to ${s.value}`
        : `login attempt user=admin password=${s.value} result=failure`;
      lines.push(`${ts} ${rng.pick(['WARN', 'INFO', 'DEBUG'])} [${rng.pick(TEAMS)}-svc] req=${reqId} ${msg}`);
      continue;
    }
    if (format === 'app') {
      const level = rng.pick(LEVELS);
      const msg =
        level === 'ERROR' ? `upstream ${rng.pick(['timeout', 'connection reset', 'returned 503'])} after ${ms}ms (attempt ${rng.int(1, 3)}/3)`
        : level === 'WARN' ? `slow query took ${ms}ms: SELECT * FROM ${rng.pick(WORDS)}s WHERE id = ${rng.int(1, 999999)}`
        : `${rng.pick(['GET', 'POST', 'PUT', 'DELETE'])} ${path} ${status} ${ms}ms`;
      lines.push(`${ts} ${level.padEnd(5)} [${rng.pick(TEAMS)}-svc] req=${reqId} ${msg}${rng.chance(0.25) ? ` ip=${ipv4(rng)}` : ''}`);
    } else if (format === 'access') {
      const d = new Date(t);
      const day = String(d.getUTCDate()).padStart(2, '0');
      const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
      lines.push(`${ipv4(rng)} - - [${day}/${mon}/${d.getUTCFullYear()}:${ts.slice(11, 19)} +0000] "${rng.pick(['GET', 'POST'])} ${path}?page=${rng.int(1, 20)} HTTP/1.1" ${status} ${rng.int(120, 90000)} "-" "${rng.pick(UAS)}" ${(ms / 1000).toFixed(3)}`);
    } else {
      lines.push(JSON.stringify({ ts, level: rng.pick(LEVELS).toLowerCase(), svc: `${rng.pick(TEAMS)}-api`, msg: 'request completed', method: rng.pick(['GET', 'POST']), path, status, duration_ms: ms, request_id: reqId, ...(rng.chance(0.3) ? { trace_id: rng.chars(HEX, 32) } : {}) }));
    }
  }
  return lines.join('\n');
}

function csv(ctx: SegmentContext): string {
  const { rng } = ctx;
  const schema = rng.int(0, 2);
  const rows: string[] = [];
  const n = rng.int(8, 40);
  const plantAt = rng.int(0, n - 1);
  if (schema === 0) {
    rows.push('order_id,created_at,customer_id,country,items,total,currency,status,note');
    for (let i = 0; i < n; i++) {
      const s = i === plantAt ? ctx.secret(['email', 'phone']) : null;
      const note = s ? s.value : rng.pick(['', '', '', 'gift wrap', 'leave at door', '"fragile, handle with care"']);
      rows.push(`${rng.int(100000, 999999)},${isoDate(rng)} ${clock(rng)},C${rng.int(10000, 99999)},${rng.pick(['FR', 'DE', 'ES', 'US', 'GB', 'NL'])},${rng.int(1, 9)},${rng.int(5, 900)}.${rng.chars(DIGITS, 2)},${rng.pick(['EUR', 'USD', 'GBP'])},${rng.pick(['paid', 'shipped', 'refunded', 'pending'])},${note}`);
    }
  } else if (schema === 1) {
    rows.push('date;region;sessions;bounce_rate;conversions;revenue');
    for (let i = 0; i < n; i++) rows.push(`${isoDate(rng)};${rng.pick(CITIES)};${rng.int(100, 90000)};${rng.int(20, 80)},${rng.int(0, 9)}%;${rng.int(0, 900)};${rng.int(100, 99999)},${rng.chars(DIGITS, 2)}`);
  } else {
    rows.push('employee_id,name,department,start_date,location,manager,iban');
    for (let i = 0; i < n; i++) {
      const s = i === plantAt ? ctx.secret(['iban']) : null;
      rows.push(`E${rng.int(1000, 9999)},${personName(rng)},${rng.pick(TEAMS)},${isoDate(rng)},${rng.pick(CITIES)},${rng.pick(LAST_NAMES)},${s ? s.value : ''}`);
    }
  }
  return rows.join('\n');
}

function json(ctx: SegmentContext): string {
  const { rng } = ctx;
  const w = rng.pick(WORDS);
  const obj: Record<string, unknown> = {
    id: uuid(rng),
    type: `${w}.${rng.pick(['created', 'updated', 'deleted', 'failed'])}`,
    created: 1_700_000_000 + rng.int(0, 60_000_000),
    livemode: rng.chance(0.5),
    data: {
      object: w,
      [`${w}_id`]: `${w.slice(0, 3)}_${rng.chars(ALNUM, 14)}`,
      amount: rng.int(100, 999999),
      currency: rng.pick(['eur', 'usd', 'gbp']),
      items: Array.from({ length: rng.int(1, 4) }, () => ({ sku: `SKU-${rng.int(1000, 99999)}`, qty: rng.int(1, 5), price: Number(`${rng.int(1, 500)}.${rng.chars(DIGITS, 2)}`), name: rng.pick(PRODUCTS) })),
      metadata: { source: rng.pick(['web', 'ios', 'android', 'api']), build: sha(rng, 12), version: version(rng) },
    },
    request: { id: `req_${rng.chars(ALNUM, 14)}`, idempotency_key: uuid(rng) },
  };
  const s = ctx.secret(['email', 'iban', 'jwt', 'googleApiKey', 'awsSecretKey', 'phone', 'ssn']);
  if (s) {
    const field = s.kind === 'jwt' ? 'access_token' : s.kind === 'googleApiKey' ? 'maps_api_key' : s.kind === 'awsSecretKey' ? 'aws_secret_access_key' : s.kind;
    (obj.data as Record<string, unknown>)[field] = s.value;
  }
  return JSON.stringify(obj, null, rng.pick([2, 2, 4]));
}

function markdown(ctx: SegmentContext): string {
  const { rng } = ctx;
  const w = rng.pick(WORDS);
  const s = ctx.secret(['email', 'phone']);
  return `## ${rng.pick(['Release notes', 'Meeting notes', 'Runbook', 'Onboarding', 'Incident review'])}: ${rng.pick(PRODUCTS)} ${version(rng)}

- ${fill(rng, rng.pick(EN_SENTENCES))}
- ${fill(rng, rng.pick(EN_SENTENCES))}
- See [the dashboard](https://grafana.${rng.pick(['internal', 'acme'])}.io/d/${rng.chars(ALNUM, 9)}/${w}s?orgId=1&from=now-${rng.int(1, 24)}h) and issue #${rng.int(100, 9999)}.
${s ? `- Owner: ${personName(rng)} (${s.value})\n` : `- Owner: @${rng.pick(FIRST_NAMES).toLowerCase()}\n`}
| Metric | Before | After |
|---|---:|---:|
| p50 latency | ${rng.int(20, 300)} ms | ${rng.int(10, 200)} ms |
| p99 latency | ${rng.int(300, 3000)} ms | ${rng.int(100, 1500)} ms |
| error rate | ${rng.int(0, 5)}.${rng.int(0, 99)}% | ${rng.int(0, 2)}.${rng.int(0, 99)}% |

> **Note:** ${fill(rng, rng.pick(EN_SENTENCES))}

\`\`\`bash
kubectl -n ${rng.pick(TEAMS)} rollout restart deployment/${w}-api
kubectl -n ${rng.pick(TEAMS)} logs -l app=${w}-api --since=${rng.int(5, 60)}m | grep -i error
\`\`\``;
}

function stackTrace(ctx: SegmentContext): string {
  const { rng } = ctx;
  const w = rng.pick(WORDS);
  const W = w[0]!.toUpperCase() + w.slice(1);
  const kind = rng.int(0, 3);
  const s = ctx.secret(['email']);
  const subject = s ? s.value : `${w}_id=${rng.int(1, 999999)}`;
  if (kind === 0) {
    const frames = Array.from({ length: rng.int(6, 18) }, () => `\tat com.${rng.pick(COMPANIES).toLowerCase().replace(/\s+/g, '')}.${rng.pick(WORDS)}.${rng.pick(['service', 'repo', 'web', 'core'])}.${W}${rng.pick(['Service', 'Repository', 'Controller', 'Handler'])}.${rng.pick(['load', 'save', 'handle', 'process', 'apply'])}(${W}${rng.pick(['Service', 'Controller'])}.java:${rng.int(20, 900)})`);
    return `Exception in thread "http-nio-8080-exec-${rng.int(1, 20)}" java.lang.IllegalStateException: ${W} not found for ${subject}\n${frames.join('\n')}\n\tat java.base/java.lang.Thread.run(Thread.java:${rng.int(800, 1600)})\nCaused by: java.sql.SQLTimeoutException: Query timed out after ${rng.int(5, 60)}000 ms\n\t... ${rng.int(5, 40)} more`;
  }
  if (kind === 1) {
    const frames = Array.from({ length: rng.int(4, 12) }, () => `  File "/srv/app/${rng.pick(WORDS)}/${rng.pick(['views', 'models', 'tasks', 'utils'])}.py", line ${rng.int(10, 800)}, in ${rng.pick(['get', 'post', 'run', 'dispatch', 'handle'])}_${rng.pick(WORDS)}\n    ${rng.pick(['result = self.client.fetch(key)', 'return fn(*args, **kwargs)', 'row = cursor.fetchone()', 'payload = json.loads(body)'])}`);
    return `Traceback (most recent call last):\n${frames.join('\n')}\nKeyError: '${subject}'`;
  }
  if (kind === 2) {
    const frames = Array.from({ length: rng.int(5, 14) }, () => `    at ${rng.pick(['Object.', 'async ', '', 'Module.'])}${rng.pick(WORDS)}${rng.pick(['Handler', 'Service', 'Loader', ''])} (/app/${rng.pick(['src', 'dist', 'node_modules/express/lib'])}/${rng.pick(WORDS)}.js:${rng.int(1, 600)}:${rng.int(1, 80)})`);
    return `TypeError: Cannot read properties of undefined (reading '${rng.pick(WORDS)}')\n${frames.join('\n')}\n    at process.processTicksAndRejections (node:internal/process/task_queues:${rng.int(60, 100)}:${rng.int(1, 9)})\n  context: ${subject}`;
  }
  const frames = Array.from({ length: rng.int(4, 10) }, () => `${rng.pick(['main', 'github.com/acme/api/internal'])}/${rng.pick(WORDS)}.(*${W}Store).${rng.pick(['Get', 'Put', 'List', 'Flush'])}(0xc000${rng.chars(HEX, 6)}, {0x${rng.chars(HEX, 6)}, 0xc000${rng.chars(HEX, 6)}})\n\t/go/src/app/${rng.pick(WORDS)}/${rng.pick(WORDS)}.go:${rng.int(10, 500)} +0x${rng.chars(HEX, 3)}`);
  return `panic: runtime error: invalid memory address or nil pointer dereference (${subject})\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x${rng.int(0, 255).toString(16)} pc=0x${rng.chars(HEX, 6)}]\n\ngoroutine ${rng.int(1, 900)} [running]:\n${frames.join('\n')}`;
}

function config(ctx: SegmentContext): string {
  const { rng } = ctx;
  const kind = rng.int(0, 2);
  const s = ctx.secret(['password', 'dbConnectionString', 'awsSecretKey', 'awsAccessKeyId', 'slackToken', 'stripeKey', 'anthropicKey', 'pemPrivateKey']);
  if (kind === 0) {
    const lines = [
      `NODE_ENV=${rng.pick(['production', 'staging', 'development'])}`,
      `PORT=${rng.pick([3000, 8080, 5000])}`,
      `LOG_LEVEL=${rng.pick(['info', 'debug', 'warn'])}`,
      `REDIS_URL=redis://${rng.pick(['localhost', 'redis', 'cache.internal'])}:6379`,
      `SENTRY_DSN=https://${rng.chars(HEX, 32)}@o${rng.int(10000, 999999)}.ingest.sentry.io/${rng.int(100000, 9999999)}`,
      `FEATURE_FLAGS=${rng.pick(WORDS)},${rng.pick(WORDS)}`,
      `DB_PASSWORD=${rng.pick(['${DB_PASSWORD}', 'changeme', '<your-password>', ''])}`,
    ];
    if (s) {
      const name = { password: 'ADMIN_PASSWORD', dbConnectionString: 'DATABASE_URL', awsSecretKey: 'AWS_SECRET_ACCESS_KEY', awsAccessKeyId: 'AWS_ACCESS_KEY_ID', slackToken: 'SLACK_BOT_TOKEN', stripeKey: 'STRIPE_SECRET_KEY', anthropicKey: 'ANTHROPIC_API_KEY' }[s.kind as string];
      lines.splice(rng.int(0, lines.length), 0, name ? `${name}=${s.value}` : `PRIVATE_KEY="${s.value.replace(/\n/g, '\\n')}"`);
    }
    return '```\n# .env\n' + lines.join('\n') + '\n```';
  }
  if (kind === 1) {
    const pw = s && s.kind === 'password' ? s.value : '${POSTGRES_PASSWORD}';
    const extra = s && s.kind !== 'password' ? (s.kind === 'pemPrivateKey' ? `      TLS_KEY: |\n${s.value.split('\n').map((l) => `        ${l}`).join('\n')}\n` : `      SECRET: "${s.value}"\n`) : '';
    return `\`\`\`yaml
version: "3.9"
services:
  ${rng.pick(WORDS)}-api:
    image: ghcr.io/${rng.pick(COMPANIES).toLowerCase().replace(/\s+/g, '-')}/${rng.pick(WORDS)}-api:${version(rng)}
    ports:
      - "${rng.pick([3000, 8080])}:${rng.pick([3000, 8080])}"
    environment:
      POSTGRES_HOST: db
      POSTGRES_USER: app
      POSTGRES_PASSWORD: ${pw}
${extra}    depends_on: [db]
  db:
    image: postgres:${rng.int(13, 16)}
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
\`\`\``;
  }
  const secretLine = s ? (s.kind === 'password' ? `password = ${s.value}` : s.kind === 'pemPrivateKey' ? `key = """\n${s.value}\n"""` : `token = ${s.value}`) : `password = ${rng.pick(['YOUR_PASSWORD', '{{ vault_db_password }}', 'xxxxxxxx'])}`;
  return `[database]
host = ${ipv4(rng)}
port = ${rng.pick([5432, 3306])}
user = ${rng.pick(['app', 'svc'])}
${secretLine}
pool_size = ${rng.int(5, 50)}

[server]
workers = ${rng.int(2, 16)}
timeout = ${rng.int(10, 120)}`;
}

function sql(ctx: SegmentContext): string {
  const { rng } = ctx;
  const w = rng.pick(WORDS);
  const s = ctx.secret(['email', 'ssn', 'phone']);
  const where = s ? `${s.kind === 'email' ? 'email' : s.kind === 'ssn' ? 'ssn' : 'phone'} = '${s.value}'` : `created_at >= '${isoDate(rng)}'`;
  return `\`\`\`sql
SELECT ${w[0]}.id, ${w[0]}.status, COUNT(l.id) AS lines, SUM(l.amount) AS total
FROM ${w}s ${w[0]}
LEFT JOIN ${w}_lines l ON l.${w}_id = ${w[0]}.id
WHERE ${where}
  AND ${w[0]}.status IN ('open', 'pending')
GROUP BY ${w[0]}.id, ${w[0]}.status
HAVING SUM(l.amount) > ${rng.int(10, 5000)}
ORDER BY total DESC
LIMIT ${rng.pick([10, 50, 100])};
\`\`\`
EXPLAIN says: Seq Scan on ${w}s  (cost=0.00..${rng.int(1000, 99999)}.${rng.chars(DIGITS, 2)} rows=${rng.int(100, 999999)} width=${rng.int(8, 200)})`;
}

/** An inline image in pasted HTML/CSS — a long base64 run that real pastes do contain. */
function dataUri(ctx: SegmentContext): string {
  const { rng } = ctx;
  const len = rng.int(1500, 6000) & ~3;
  return `<img alt="${rng.pick(PRODUCTS)} logo" width="${rng.int(16, 128)}" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${rng.chars(BASE64, len)}==">`;
}

/** A line of minified JavaScript, as pasted from a bundle. */
function minifiedJs(ctx: SegmentContext): string {
  const { rng } = ctx;
  const parts: string[] = [];
  const target = rng.int(1500, 5000);
  let size = 0;
  while (size < target) {
    const a = rng.chars('abcdefghijklmnopqrstuvwxyz', 1);
    const b = rng.chars('abcdefghijklmnopqrstuvwxyz', rng.int(1, 2));
    const p = rng.pick([
      `function ${a}(${b},e){return ${b}&&${b}.${rng.pick(WORDS)}?e(${b}):void 0}`,
      `var ${a}=${rng.int(0, 9999)},${b}="${rng.pick(WORDS)}";`,
      `${a}.prototype.${rng.pick(WORDS)}=function(){return this.${b}.length>${rng.int(0, 99)}};`,
      `if(!${a}||${a}.length<${rng.int(1, 64)})throw new Error("invalid ${rng.pick(WORDS)}");`,
      `${a}[${rng.int(0, 255)}]=0x${rng.chars(HEX, rng.int(2, 8))};`,
      `${b}=${a}.map(function(t){return t*${rng.int(2, 97)}%${rng.int(100, 9999)}});`,
    ]);
    parts.push(p);
    size += p.length;
  }
  return parts.join('');
}

export const SEGMENTS: Readonly<Record<SegmentKind, (ctx: SegmentContext) => string>> = {
  proseEn: (c) => prose(c, 'en'),
  proseFr: (c) => prose(c, 'fr'),
  proseDe: (c) => prose(c, 'de'),
  proseEs: (c) => prose(c, 'es'),
  chatIntl,
  codeJs,
  codePy,
  codeGo,
  logs,
  csv,
  json,
  markdown,
  stackTrace,
  config,
  sql,
  dataUri,
  minifiedJs,
};
