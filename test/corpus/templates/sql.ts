/** SQL pasted for help: inserts of customer rows, lookups by ID, user management; DDL as negative. */
import { d, join, type Part, type Piece } from '../doc';
import * as N from '../hard-negatives';
import * as V from '../valid-values';
import { ALL_LANGS, as, ASK, COMMENT, L, person, pick, type Ctx, type Template } from './kit';
import { lab } from '../doc';

const sqlQuote = (s: string) => s.replace(/'/g, "''");

/** `WHERE <column> = '<id>'` lookups: the column name is the context a DB admin would write. */
const ID_COLUMNS: Record<string, readonly string[]> = {
  US_SSN: ['ssn'], UK_NINO: ['ni_number', 'nino'], UK_NHS: ['nhs_number'], FR_NIR: ['nir', 'num_secu'],
  DE_TAX_ID: ['steuer_id', 'steueridentifikationsnummer'], ES_DNI: ['dni', 'nif'], IT_FISCAL_CODE: ['codice_fiscale'],
  NL_BSN: ['bsn'], BR_CPF: ['cpf'], BR_CNPJ: ['cnpj'], IN_AADHAAR: ['aadhaar_no'], CA_SIN: ['sin'], AU_TFN: ['tfn'], US_ITIN: ['itin'],
};

function insertRows(c: Ctx): Piece {
  const rows: Part[] = [];
  const n = c.r.int(1, 3);
  for (let i = 0; i < n; i++) {
    const p = person(c);
    rows.push(d`  (${c.r.int(1000, 99999)}, '${lab('PERSON', sqlQuote(p.full))}', '${as('EMAIL', V.email(c.r, p))}', '${L(c, 'PHONE')}', '${as('IBAN', V.iban(c.r, c.lang, false))}', '${N.isoTimestamp(c.r)}')`);
  }
  return d`INSERT INTO customers (id, full_name, email, phone, iban, created_at) VALUES\n${join(rows, ',\n')};`;
}

const STATEMENTS: ReadonlyArray<{ readonly covers: readonly string[]; readonly make: (c: Ctx) => Piece }> = [
  { covers: ['PERSON', 'EMAIL', 'PHONE', 'IBAN'], make: insertRows },
  {
    covers: ['DATE_OF_BIRTH'],
    make: (c) => d`UPDATE patients SET ${c.r.pick(['date_of_birth', 'dob', 'birth_date'])} = '${as('DATE_OF_BIRTH', V.formatDate(c.r, c.lang, V.birthDate(c.r), 'iso'))}' WHERE patient_id = ${c.r.int(100, 99999)};`,
  },
  {
    covers: Object.keys(ID_COLUMNS),
    make: (c) => {
      const types = Object.keys(ID_COLUMNS);
      const t = c.focus && types.includes(c.focus) ? c.focus : c.r.pick(types);
      return d`SELECT id, full_name, status FROM employees WHERE ${c.r.pick(ID_COLUMNS[t])} = '${L(c, t)}';`;
    },
  },
  {
    covers: ['PASSWORD_ASSIGNMENT'],
    make: (c) =>
      c.r.pick([
        () => d`CREATE USER reporting WITH PASSWORD '${L(c, 'PASSWORD_ASSIGNMENT')}';`,
        () => d`ALTER USER app_rw WITH PASSWORD '${L(c, 'PASSWORD_ASSIGNMENT')}';`,
        () => d`CREATE USER 'etl'@'%' IDENTIFIED BY '${L(c, 'PASSWORD_ASSIGNMENT')}';`,
      ])(),
  },
  {
    covers: ['DB_CONNECTION_STRING'],
    make: (c) => d`-- psql "${as('DB_CONNECTION_STRING', V.postgresUrl(c.r))}" -f migrate.sql`,
  },
  {
    covers: ['CREDIT_CARD'],
    make: (c) => d`INSERT INTO payments (order_ref, card_number, amount) VALUES ('${N.orderNumber(c.r)}', '${as('CREDIT_CARD', V.creditCard(c.r, ''))}', ${c.r.int(5, 900)}.${c.r.padded(0, 99, 2)});`,
  },
  {
    covers: ['IP_ADDRESS'],
    make: (c) => d`SELECT user_id, COUNT(*) FROM login_attempts WHERE source_ip = '${as('IP_ADDRESS', V.ipv4(c.r))}' AND created_at > now() - interval '1 day' GROUP BY user_id;`,
  },
];

const positive: Template = {
  kind: 'sql',
  langs: ALL_LANGS,
  covers: [...new Set(STATEMENTS.flatMap((s) => s.covers))],
  make(c) {
    const focused = STATEMENTS.filter((s) => c.focus && s.covers.includes(c.focus));
    const rest = c.r.sample(STATEMENTS.filter((s) => !focused.includes(s)), c.r.int(1, 2));
    const stmts = [...focused.slice(0, 1), ...rest].map((s) => s.make(c));
    return d`${pick(c, ASK)}\n\n\`\`\`sql\n-- ${pick(c, COMMENT)}\n${join(stmts, '\n\n')}\n\`\`\``;
  },
};

const negative: Template = {
  kind: 'sql',
  langs: ALL_LANGS,
  covers: [],
  make(c) {
    const bank: string[] = [
      `CREATE TABLE users (\n  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),\n  email VARCHAR(255) NOT NULL UNIQUE,\n  password_hash TEXT NOT NULL,\n  date_of_birth DATE,\n  created_at TIMESTAMPTZ DEFAULT now()\n);`,
      `SELECT id, email FROM users WHERE email = $1 AND deleted_at IS NULL;`,
      `UPDATE users SET password_hash = :hash, updated_at = now() WHERE id = :id;`,
      `INSERT INTO orders (id, ref, total, currency, created_at) VALUES ('${N.uuid(c.r)}', '${N.orderNumber(c.r)}', ${c.r.int(5, 900)}.${c.r.padded(0, 99, 2)}, 'EUR', '${N.isoTimestamp(c.r)}');`,
      `SELECT date_trunc('month', created_at) AS m, SUM(total) FROM orders WHERE created_at >= '${N.recentDate(c.r, 'en').replace(/(\d\d)\/(\d\d)\/(\d{4})/, '$3-$1-$2')}' GROUP BY 1 ORDER BY 1;`,
      `CREATE INDEX CONCURRENTLY idx_orders_ref ON orders (ref); -- migration ${N.epochSeconds(c.r)}_add_ref_index`,
      `DELETE FROM sessions WHERE expires_at < ${N.epochSeconds(c.r)};`,
      `SELECT * FROM products WHERE sku IN ('${c.r.digits(4)}-${c.r.digits(4)}', '${c.r.digits(4)}-${c.r.digits(4)}') AND price < ${c.r.int(10, 500)};`,
      `ALTER TABLE invoices ADD COLUMN iban VARCHAR(34), ADD COLUMN bic VARCHAR(11);`,
      `GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO analyst; -- ticket ${N.ticketId(c.r)}`,
    ];
    const body = c.r.sample(bank, c.r.int(2, 4)).join('\n\n');
    return d`${pick(c, ASK)}\n\n\`\`\`sql\n${body}\n\`\`\``;
  },
};

export const SQL: readonly Template[] = [positive, negative];
