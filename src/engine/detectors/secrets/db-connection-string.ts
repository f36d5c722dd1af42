import type { Detector } from '../../types';

/** Database and broker URL schemes (SQLAlchemy-style `+driver` suffixes are allowed after them). */
const SCHEMES =
  'postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|cockroachdb|clickhouse|neo4j(?:\\+s)?|couchdb|cassandra|oracle|db2|snowflake';
/** URL characters (no whitespace, quotes or angle brackets). A finding never ends on sentence punctuation. */
const URL_TAIL = String.raw`(?:[^\s'"\x60<>]{0,511}[^\s'"\x60<>.,;:!?)\]}])?`;

/** Password carried in a query or `;key=value` part (`?password=…`, `;password=…`, `&pwd=…`). */
const PARAM_PASSWORD = /[?&;:]\s*(?:password|pwd)\s*=\s*([^&;\s]*)/i;
/** Password in the user-info part (`user:password@host`, Oracle thin `user/password@host`). */
const USERINFO_PASSWORD = /^[^:]*:\/\/[^\s:@/]*:([^\s/]+)@[^@/]+(?:[/?#]|$)|:thin:[^/@:\s]+\/([^@\s]+)@/i;
/** ADO.NET `Password=…` / `Pwd=…` pair. */
const ADO_PASSWORD = /(?:^|;)\s*(?:password|pwd)\s*=\s*([^;]*)/i;

/** Passwords written in samples and templates, not real ones. */
const SAMPLE_PASSWORDS = new Set([
  'password', 'pass', 'passwd', 'pwd', 'pw', 'secret', 'mypassword', 'yourpassword', 'your_password', 'yourstrongpassword',
  'mysecretpassword', 'dbpassword', 'db_password', 'user_password', 'changeme', 'change_me', 'example', 'placeholder', 'xxx',
  'redacted', 'hidden', 'masked', '****', '***', '**', '*', '...', 'your-password', 'pass123', 'mypass',
]);

function realPassword(raw: string | undefined): boolean {
  if (raw === undefined) return false;
  let pw = raw.trim();
  try {
    pw = decodeURIComponent(pw);
  } catch {
    // keep the raw form
  }
  if (!pw || /^\*+$/.test(pw) || /^[%:$]\w*$/.test(pw) || /^\{\w*\}$/.test(pw)) return false;
  return !SAMPLE_PASSWORDS.has(pw.toLowerCase());
}

/**
 * Connection strings that carry a password: database/broker URLs (`postgres://user:pw@host/db`,
 * `mongodb+srv://…`, `redis://:pw@host`, `amqps://…`), JDBC URLs with `user=…&password=…` or
 * Oracle `user/pw@`, and ADO.NET strings (`Server=…;User Id=…;Password=…`). A URL without a password
 * is not a finding.
 *
 * The finding is the WHOLE connection string, not just the password: the user, host and database
 * are what make the password usable (and overlap resolution then prefers this span over an email or
 * host name found inside it). The preview keeps the scheme and host only.
 */
export const dbConnectionString: Detector = {
  id: 'db-connection-string',
  type: 'DB_CONNECTION_STRING',
  category: 'SECRET',
  severity: 'critical',
  description: 'Database connection string with a password (URL or JDBC)',
  anchor: {
    keywords: [
      'postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver', 'cockroachdb', 'clickhouse', 'neo4j',
      'couchdb', 'cassandra', 'oracle', 'db2:', 'snowflake:', 'jdbc:',
    ],
    // Every URL starts on a keyword: its scheme, or `jdbc:` (itself a keyword) right before it.
    lead: 0,
  },
  patterns: [
    {
      name: 'url with user:password@',
      // The password may hold `@` and `:`; greedy matching ends it at the last `@` before the host,
      // as URL parsers do. Bounded, so backtracking is bounded.
      regex: new RegExp(
        String.raw`(?:jdbc:)?(?:${SCHEMES})(?:\+[a-z0-9]{1,20})?:\/\/[^\s:@/'"\x60<>]{0,128}:[^\s/'"\x60<>]{1,256}@[^\s/@?#'"\x60<>]{1,253}${URL_TAIL}`,
        'gi',
      ),
      score: 0.9,
    },
    {
      name: 'url with password parameter',
      regex: new RegExp(String.raw`(?:jdbc:)?(?:${SCHEMES})(?::[a-z]{1,10}){0,2}:[^\s'"\x60<>]{2,999}[^\s'"\x60<>.,;:!?)\]}]`, 'gi'),
      score: 0.9,
    },
  ],
  validate: (value, info) => {
    // The URL patterns start on the scheme, with no leading lookbehind: a scheme glued to a word
    // (`mypostgres://`) is rejected here.
    if (/[\w+.-]$/.test(info.before)) return false;
    if (info.pattern === 'url with password parameter') return realPassword(passwordOf(value)) ? 0.9 : false;
    const pw = USERINFO_PASSWORD.exec(value.replace(/^jdbc:/i, ''));
    return pw !== null && realPassword(pw[1] ?? pw[2]) ? 0.92 : false;
  },
  maxLength: 1200,
  mask: maskConnectionString,
  examples: {
    match: [
      'DATABASE_URL=postgres://app:Tr0ub4dor&3x@db.internal.example.com:5432/orders',
      'mongodb+srv://admin:S3cr3t%40Pass@cluster0.ab1cd.mongodb.net/prod?retryWrites=true&w=majority',
      'REDIS_URL=redis://:p4ssW0rd9@cache.example.com:6379/0',
      'spring.datasource.url=jdbc:mysql://db.example.com:3306/shop?user=shop&password=Kq8-vZ2_rT',
      'jdbc:sqlserver://sql.example.com:1433;databaseName=hr;user=sa;password=Winter2024!x;encrypt=true',
      'connect with postgresql+psycopg2://etl:9fjK2mQ7pL@10.0.3.12/warehouse.',
    ],
    noMatch: [
      'postgres://db.example.com:5432/orders',
      'mongodb://localhost:27017,localhost:27018/?replicaSet=rs0',
      'postgres://user:password@localhost:5432/mydb',
      'DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app',
      'mysql://root:****@localhost/test',
      'see mypostgres://app:Tr0ub4dor3x@db.internal.example.com:5432/orders (a made-up scheme)',
    ],
  },
};

/**
 * ADO.NET connection strings with a user and a password (`Server=…;User Id=…;Password=…`). Same
 * entity type as the URLs; its own detector because it starts on a server key, not on a scheme.
 */
export const dbConnectionStringAdo: Detector = {
  id: 'db-connection-string-ado',
  type: 'DB_CONNECTION_STRING',
  category: 'SECRET',
  severity: 'critical',
  description: 'ADO.NET connection string with a user and password',
  anchor: { keywords: ['password=', 'pwd=', 'password ='] },
  patterns: [
    {
      name: 'ado.net',
      regex: /(?<![A-Za-z])(?:Server|Data Source|Host|Address|Addr|Network Address)[ \t]*=[^;\r\n"'<>\x60]{1,200}(?:;[ \t]*[A-Za-z][A-Za-z ]{0,30}[ \t]*=[^;\r\n"'<>\x60]{0,200}){1,15}/gi,
      score: 0.9,
    },
  ],
  validate: (value) => {
    const pw = ADO_PASSWORD.exec(value);
    // ADO.NET needs a user too (`Integrated Security` strings carry no secret).
    return pw && realPassword(pw[1]) && /(?:^|;)\s*(?:user id|uid|user|username|user name)\s*=/i.test(value) ? 0.92 : false;
  },
  maxLength: 1200,
  mask: maskConnectionString,
  examples: {
    match: [
      'Server=tcp:acme.database.windows.net,1433;Initial Catalog=crm;User ID=crmapp;Password=Zx9!qW3#rT;Encrypt=True;',
      'Data Source=db01;Initial Catalog=hr;User Id=hr_app;Password=Vq7!mZ2p;',
      '<add name="Crm" connectionString="Server=sql01;Database=crm;uid=crm_svc;pwd=T4k3!mE#9;" />',
    ],
    noMatch: [
      'Server=myServer;Database=myDb;Trusted_Connection=True;',
      'Server=db;User Id=app;Password=password;',
      'Server=db01;Database=hr;Password=Vq7!mZ2p; (no user)',
    ],
  },
};

/** The password a connection string carries, whatever its form, or undefined. */
function passwordOf(value: string): string | undefined {
  const m = ADO_PASSWORD.exec(value) ?? PARAM_PASSWORD.exec(value) ?? USERINFO_PASSWORD.exec(value.replace(/^jdbc:/i, ''));
  return m ? (m[1] ?? m[2]) : undefined;
}

/**
 * `postgres://•••@db.example.com:5432 •••`, `jdbc:sqlserver://sql.example.com:1433 •••`, `Server=db;•••`.
 * Keeps the scheme and host, which say which database is concerned; never the user or password.
 */
function maskConnectionString(value: string): string {
  const scheme = /^(?:jdbc:)?[a-z][a-z0-9+]*(?::[a-z]+)*:(?:\/\/)?/i.exec(value)?.[0];
  let masked: string;
  if (scheme) {
    const rest = value.slice(scheme.length);
    const slash = rest.indexOf('/');
    // In a `//` URL the user-info never contains `/` (the patterns exclude it), so its `@` is before
    // the first slash; in Oracle's `thin:user/password@host` the `@` is the last one.
    const at = scheme.endsWith('//') ? rest.lastIndexOf('@', slash < 0 ? rest.length : slash) : rest.lastIndexOf('@');
    const host = (at >= 0 ? rest.slice(at + 1) : rest).split(/[/?;#]/)[0] ?? '';
    masked = at >= 0 ? `${scheme}•••@${host} •••` : `${scheme}${host} •••`;
  } else {
    const server = /(?:Server|Data Source|Host|Address|Addr|Network Address)\s*=\s*([^;]*)/i.exec(value)?.[1]?.trim() ?? '';
    masked = `Server=${server};•••`;
  }
  const pw = passwordOf(value);
  // Belt and braces: an odd string must never put its password in the preview.
  return pw && masked.includes(pw) ? `${scheme ?? ''}•••` : masked;
}
