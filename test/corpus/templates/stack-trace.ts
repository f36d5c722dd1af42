/** Stack traces and error dumps (Python, Java, Node, Go) as pasted into a debugging question. */
import { d, join, type Part, type Piece } from '../doc';
import * as N from '../hard-negatives';
import * as V from '../valid-values';
import { ALL_LANGS, as, ASK, L, person, pick, type Ctx, type Template } from './kit';

function pythonTrace(c: Ctx): Piece {
  const ip = as('IP_ADDRESS', V.ipv4(c.r));
  const lines: Part[] = [
    'Traceback (most recent call last):',
    `  File "/app/worker/tasks.py", line ${c.r.int(20, 400)}, in sync_orders`,
    '    conn = psycopg2.connect(settings.DATABASE_URL)',
    `  File "/usr/local/lib/python3.11/site-packages/psycopg2/__init__.py", line 122, in connect`,
    '    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)',
    d`psycopg2.OperationalError: connection to server at "${ip}", port 5432 failed: FATAL:  password authentication failed for user "app"`,
  ];
  if (c.focus === 'DB_CONNECTION_STRING' || c.r.chance(0.5)) {
    lines.push('', 'Local variables:', d`  dsn = '${as('DB_CONNECTION_STRING', V.postgresUrl(c.r))}'`, `  task_id = '${N.uuid(c.r)}'`);
  }
  return join(lines, '\n');
}

function javaTrace(c: Ctx): Piece {
  const ip = as('IP_ADDRESS', V.ipv4(c.r));
  const lines: Part[] = [
    `${N.isoTimestamp(c.r)} ERROR ${c.r.int(1000, 9999)} --- [nio-8080-exec-${c.r.int(1, 9)}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() threw exception`,
    d`org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLException: Access denied for user 'app'@'${ip}' (using password: YES)`,
    '\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:82)',
    '\tat org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:376)',
    `\tat com.example.billing.InvoiceRepository.findByCustomer(InvoiceRepository.java:${c.r.int(20, 300)})`,
    '\t... 87 common frames omitted',
  ];
  if (c.focus === 'EMAIL' || c.r.chance(0.5)) {
    lines.push(d`Caused by: com.example.billing.DuplicateCustomerException: customer ${L(c, 'EMAIL')} already exists (tenant=${N.uuid(c.r)})`);
  }
  if (c.focus === 'DB_CONNECTION_STRING' || c.r.chance(0.3)) {
    lines.push(d`HikariPool-1 - jdbcUrl=${as('DB_CONNECTION_STRING', `jdbc:mysql://${c.r.pick(['mysql-billing.example.net', 'db-03.internal.example.com'])}:3306/billing?user=app&password=${V.password(c.r).replace(/[@:/?#%&]/g, 'x')}`)}`);
  }
  return join(lines, '\n');
}

function nodeTrace(c: Ctx): Piece {
  const lines: Part[] = [
    'AxiosError: Request failed with status code 401',
    '    at settle (/srv/app/node_modules/axios/lib/core/settle.js:19:12)',
    '    at IncomingMessage.handleStreamEnd (/srv/app/node_modules/axios/lib/adapters/http.js:599:11)',
    `    at processTicksAndRejections (node:internal/process/task_queues:${c.r.int(80, 95)}:21) {`,
    "  code: 'ERR_BAD_REQUEST',",
    '  config: {',
    `    url: 'https://api.example.com/v2/customers/${c.r.int(1000, 99999)}',`,
    "    method: 'get',",
    '    headers: {',
    "      Accept: 'application/json, text/plain, */*',",
  ];
  const auth = c.r.pick(['JWT', 'STRIPE_KEY', 'OPENAI_KEY', 'GITHUB_TOKEN'] as const);
  const t = c.focus && ['JWT', 'STRIPE_KEY', 'OPENAI_KEY', 'GITHUB_TOKEN'].includes(c.focus) ? c.focus : auth;
  lines.push(d`      Authorization: 'Bearer ${L(c, t)}',`);
  lines.push(`      'User-Agent': 'axios/1.${c.r.int(4, 7)}.${c.r.int(0, 9)}',`, `      'X-Request-Id': '${N.uuid(c.r)}'`, '    },', '  },');
  lines.push(`  response: { status: 401, data: { error: 'invalid_token', trace: '${N.shortSha(c.r)}' } }`, '}');
  return join(lines, '\n');
}

function goPanic(c: Ctx): Piece {
  const lines: Part[] = [
    c.r.chance(0.3)
      ? d`panic: dial tcp [${as('IP_ADDRESS', V.ipv6(c.r))}]:6379: connect: connection refused`
      : d`panic: dial tcp ${as('IP_ADDRESS', V.ipv4(c.r))}:6379: connect: connection refused`,
    '',
    `goroutine ${c.r.int(1, 200)} [running]:`,
    `main.(*Cache).connect(0xc000${c.r.chars('0123456789abcdef', 6)}, {0x${c.r.chars('0123456789abcdef', 7)}, 0x${c.r.int(10, 60).toString(16)}})`,
    `\t/src/cache/redis.go:${c.r.int(20, 200)} +0x${c.r.chars('0123456789abcdef', 3)}`,
    'main.main()',
    `\t/src/main.go:${c.r.int(10, 90)} +0x${c.r.chars('0123456789abcdef', 2)}`,
    `exit status 2`,
  ];
  if (c.focus === 'DB_CONNECTION_STRING' || c.r.chance(0.4)) {
    lines.splice(1, 0, d`config: REDIS_URL=${as('DB_CONNECTION_STRING', `redis://:${V.password(c.r).replace(/[@:/?#%&]/g, 'x')}@cache.example.com:6379/0`)}`);
  }
  return join(lines, '\n');
}

const positive: Template = {
  kind: 'stack-trace',
  langs: ALL_LANGS,
  covers: ['IP_ADDRESS', 'DB_CONNECTION_STRING', 'EMAIL', 'JWT', 'STRIPE_KEY', 'OPENAI_KEY', 'GITHUB_TOKEN'],
  make(c) {
    const makers = c.focus && ['JWT', 'STRIPE_KEY', 'OPENAI_KEY', 'GITHUB_TOKEN'].includes(c.focus) ? [nodeTrace] : c.focus === 'EMAIL' ? [javaTrace] : [pythonTrace, javaTrace, nodeTrace, goPanic];
    return d`${pick(c, ASK)}\n\n${c.r.pick(makers)(c)}`;
  },
};

const negative: Template = {
  kind: 'stack-trace',
  langs: ALL_LANGS,
  covers: [],
  make(c) {
    const traces = [
      () =>
        [
          'Traceback (most recent call last):',
          `  File "/app/api/views.py", line ${c.r.int(20, 400)}, in get_order`,
          '    order = Order.objects.get(pk=order_id)',
          `django.core.exceptions.ObjectDoesNotExist: Order matching query does not exist. (order_id='${N.uuid(c.r)}')`,
        ].join('\n'),
      () =>
        [
          `Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "password" is null`,
          `\tat com.example.auth.PasswordPolicy.validate(PasswordPolicy.java:${c.r.int(10, 99)})`,
          `\tat com.example.auth.SignupService.register(SignupService.java:${c.r.int(10, 199)})`,
          `\tat com.example.Main.main(Main.java:${c.r.int(5, 30)})`,
        ].join('\n'),
      () =>
        [
          `TypeError: Cannot read properties of undefined (reading 'apiKey')`,
          `    at loadConfig (/srv/app/dist/config.js:${c.r.int(1, 90)}:${c.r.int(1, 40)})`,
          `    at Object.<anonymous> (/srv/app/dist/index.js:3:17)`,
          `    at Module._compile (node:internal/modules/cjs/loader:${c.r.int(1100, 1500)}:14)`,
          `Node.js v${c.r.int(18, 22)}.${c.r.int(0, 20)}.${c.r.int(0, 9)}`,
        ].join('\n'),
      () =>
        [
          `panic: runtime error: invalid memory address or nil pointer dereference`,
          `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=${N.hexAddress(c.r)}]`,
          '',
          `goroutine ${c.r.int(1, 99)} [running]:`,
          `main.handler(0xc000${c.r.chars('0123456789abcdef', 6)})`,
          `\t/src/server.go:${c.r.int(10, 300)} +0x${c.r.chars('0123456789abcdef', 2)}`,
        ].join('\n'),
      () =>
        [
          `Fatal error: Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/html/db.php:${c.r.int(5, 40)}`,
          `Stack trace:`,
          `#0 /var/www/html/db.php(12): PDO->__construct('mysql:host=db;dbname=shop', 'shop', Object(SensitiveParameterValue))`,
          `#1 {main}`,
        ].join('\n'),
    ];
    const who = person(c);
    return d`${pick(c, ASK)} (${who.first})\n\n${c.r.pick(traces)()}\nrequest-id: ${N.requestId(c.r)} at ${N.isoTimestamp(c.r)}`;
  },
};

export const STACK_TRACE: readonly Template[] = [positive, negative];
