/** `.env` files pasted with a question ("why doesn't dotenv pick this up?"). */
import { d, join, type Part, type Piece } from '../doc';
import { ALL_LANGS, ASK, COMMENT, L, pick, tr, want, type Ctx, type Template } from './kit';
import { benignSettings, placeholderSettings, SECRET_NAMES, SECRET_TYPES } from './secrets';

function quoteStyle(c: Ctx): string {
  return c.r.pick(['', '', '"', "'"]);
}

/** `NAME=value` with the label on the value only (inside quotes). */
export function envLine(c: Ctx, name: string, value: Piece | string): Piece {
  const q = quoteStyle(c);
  return d`${name}=${q}${value}${q}`;
}

/** Picks 2–6 secret types, always including the focus when it is a secret type. */
export function pickSecretTypes(c: Ctx, min = 2, max = 6): string[] {
  const chosen = SECRET_TYPES.filter((t) => t !== c.focus && want(c, t, 0.25));
  const k = c.r.int(min, max);
  const list = c.r.sample(chosen, k);
  if (c.focus && SECRET_TYPES.includes(c.focus)) list.unshift(c.focus);
  // Access key ids and secret keys travel together.
  if (list.includes('AWS_SECRET_KEY') && !list.includes('AWS_ACCESS_KEY')) list.push('AWS_ACCESS_KEY');
  return list.length ? list : ['DB_CONNECTION_STRING'];
}

const positive: Template = {
  kind: 'env-file',
  langs: ALL_LANGS,
  covers: SECRET_TYPES,
  make(c) {
    const lines: Part[] = [];
    lines.push(`# ${pick(c, COMMENT)}`);
    const entries: Piece[] = [];
    for (const t of pickSecretTypes(c)) {
      const value = L(c, t);
      entries.push(envLine(c, c.r.pick(SECRET_NAMES[t]), value));
    }
    for (const [k, v] of benignSettings(c)) entries.push(d`${k}=${v}`);
    lines.push(...c.r.shuffle(entries));
    const body = join(lines, '\n');
    return tr(c, {
      en: d`${pick(c, ASK)} My app can't read these variables from .env:\n\n${body}`,
      fr: d`${pick(c, ASK)} Mon appli ne lit pas ces variables du .env :\n\n${body}`,
      de: d`${pick(c, ASK)} Meine App liest diese Variablen aus der .env nicht:\n\n${body}`,
      es: d`${pick(c, ASK)} Mi app no lee estas variables del .env:\n\n${body}`,
    });
  },
};

const negative: Template = {
  kind: 'env-file',
  langs: ALL_LANGS,
  covers: [],
  make(c) {
    const entries: Piece[] = [];
    for (const [k, v] of placeholderSettings(c)) entries.push(envLine(c, k, v));
    for (const [k, v] of benignSettings(c)) entries.push(d`${k}=${v}`);
    const body = join([`# .env.example — ${pick(c, COMMENT)}`, ...c.r.shuffle(entries)], '\n');
    return tr(c, {
      en: d`Write a README section explaining each variable of this .env.example:\n\n${body}`,
      fr: d`Écris une section de README qui explique chaque variable de ce .env.example :\n\n${body}`,
      de: d`Schreib einen README-Abschnitt, der jede Variable dieser .env.example erklärt:\n\n${body}`,
      es: d`Escribe una sección del README que explique cada variable de este .env.example:\n\n${body}`,
    });
  },
};

export const ENV_FILE: readonly Template[] = [positive, negative];
