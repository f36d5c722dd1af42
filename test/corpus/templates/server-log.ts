/** Server logs: nginx access, JSON app logs, sshd, DHCP, debug request dumps. */
import { d, join, type Part, type Piece } from '../doc';
import * as N from '../hard-negatives';
import * as V from '../valid-values';
import { ALL_LANGS, as, ASK, L, person, pick, want, type Ctx, type Template } from './kit';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (c: Ctx) => `${c.r.padded(1, 28, 2)}/${c.r.pick(MONTHS)}/${c.r.int(2023, 2025)}:${c.r.padded(0, 23, 2)}:${c.r.padded(0, 59, 2)}:${c.r.padded(0, 59, 2)} +0000`;
const syslogTs = (c: Ctx) => `${c.r.pick(MONTHS)} ${String(c.r.int(1, 28)).padStart(2, ' ')} ${c.r.padded(0, 23, 2)}:${c.r.padded(0, 59, 2)}:${c.r.padded(0, 59, 2)}`;
/**
 * A client address in a log line: mostly public, sometimes private (internal traffic) or IPv6. In logs
 * every one of them is personal data (team decision), so all are labelled.
 */
const clientIp = (c: Ctx): string => {
  const x = c.r.next();
  return x < 0.7 ? V.ipv4(c.r) : x < 0.88 ? V.privateIpv4(c.r) : V.ipv6(c.r);
};
const PATHS = ['/api/v1/orders?page=2', '/login', '/static/app.3f9a1c.js', '/api/v1/users/me', '/healthz', '/checkout/confirm'];

function nginx(c: Ctx): Piece {
  const lines: Part[] = [];
  for (let i = 0; i < c.r.int(2, 5); i++) {
    const path = c.r.pick(PATHS);
    lines.push(d`${as('IP_ADDRESS', clientIp(c))} - - [${clf(c)}] "${c.r.pick(['GET', 'POST'])} ${path} HTTP/1.1" ${c.r.pick([200, 200, 302, 404, 500])} ${c.r.int(200, 90000)} "-" "${N.userAgent(c.r)}"`);
  }
  if (want(c, 'PASSWORD_ASSIGNMENT', 0.3)) {
    const p = person(c);
    lines.push(d`${as('IP_ADDRESS', V.ipv4(c.r))} - - [${clf(c)}] "GET /login?username=${p.first.toLowerCase()}&password=${as('PASSWORD_ASSIGNMENT', V.password(c.r).replace(/[&#%?]/g, '9'))} HTTP/1.1" 302 0 "-" "${N.userAgent(c.r)}"`);
  }
  if (want(c, 'GOOGLE_API_KEY', 0.2)) {
    lines.push(d`${as('IP_ADDRESS', V.ipv4(c.r))} - - [${clf(c)}] "GET /maps/api/geocode/json?address=Berlin&key=${L(c, 'GOOGLE_API_KEY')} HTTP/1.1" 200 1532 "-" "${N.userAgent(c.r)}"`);
  }
  return join(lines, '\n');
}

function jsonLogs(c: Ctx): Piece {
  const lines: Part[] = [];
  for (let i = 0; i < c.r.int(2, 4); i++) {
    const p = person(c);
    lines.push(d`{"level":"${c.r.pick(['info', 'warn'])}","ts":"${N.isoTimestamp(c.r)}","msg":"${c.r.pick(['login succeeded', 'password reset requested', 'order created', 'session refreshed'])}","user":"${as('EMAIL', V.email(c.r, p))}","ip":"${as('IP_ADDRESS', clientIp(c))}","request_id":"${N.uuid(c.r)}","duration_ms":${c.r.int(3, 900)}}`);
  }
  if (want(c, 'JWT', 0.25)) {
    lines.push(d`{"level":"debug","ts":"${N.isoTimestamp(c.r)}","msg":"outgoing request","headers":{"authorization":"Bearer ${L(c, 'JWT')}","x-trace-id":"${N.requestId(c.r)}"}}`);
  }
  if (want(c, 'CREDIT_CARD', 0.2)) {
    lines.push(d`{"level":"error","ts":"${N.isoTimestamp(c.r)}","msg":"payment declined","card":"${as('CREDIT_CARD', V.creditCard(c.r, ''))}","amount":${c.r.int(5, 900)}.${c.r.padded(0, 99, 2)},"order":"${N.orderNumber(c.r)}"}`);
  }
  return join(lines, '\n');
}

function sshd(c: Ctx): Piece {
  const host = c.r.pick(['web1', 'bastion', 'db-02']);
  const lines: Part[] = [];
  for (let i = 0; i < c.r.int(2, 4); i++) {
    const pid = c.r.int(1000, 65000);
    lines.push(
      c.r.pick([
        () => d`${syslogTs(c)} ${host} sshd[${pid}]: Failed password for invalid user ${c.r.pick(['admin', 'oracle', 'test', 'ubuntu'])} from ${as('IP_ADDRESS', clientIp(c))} port ${c.r.int(30000, 65000)} ssh2`,
        () => d`${syslogTs(c)} ${host} sshd[${pid}]: Accepted publickey for deploy from ${as('IP_ADDRESS', clientIp(c))} port ${c.r.int(30000, 65000)} ssh2: ED25519 SHA256:${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43)}`,
        () => d`${syslogTs(c)} ${host} sshd[${pid}]: Connection closed by authenticating user root ${as('IP_ADDRESS', V.ipv4(c.r))} port ${c.r.int(30000, 65000)} [preauth]`,
      ])(),
    );
  }
  return join(lines, '\n');
}

function dhcp(c: Ctx): Piece {
  const lines: Part[] = [];
  for (let i = 0; i < c.r.int(2, 4); i++) {
    // Leases on a home or office LAN: private addresses, personal data in a log all the same.
    const ip = V.privateIpv4(c.r);
    const mac = V.mac(c.r);
    const macColon = /[:-]/.test(mac) ? mac.replace(/-/g, ':') : mac;
    lines.push(d`${syslogTs(c)} gw dnsmasq-dhcp[${c.r.int(300, 3000)}]: DHCPACK(br0) ${as('IP_ADDRESS', ip)} ${as('MAC_ADDRESS', macColon)} ${c.r.pick(['laptop-', 'phone-', 'printer-'])}${person(c).first.toLowerCase()}`);
  }
  return join(lines, '\n');
}

const positive: Template = {
  kind: 'server-log',
  langs: ALL_LANGS,
  covers: ['IP_ADDRESS', 'EMAIL', 'MAC_ADDRESS', 'PASSWORD_ASSIGNMENT', 'GOOGLE_API_KEY', 'JWT', 'CREDIT_CARD'],
  make(c) {
    const byFocus: Record<string, (c: Ctx) => Piece> = { MAC_ADDRESS: dhcp, PASSWORD_ASSIGNMENT: nginx, GOOGLE_API_KEY: nginx, EMAIL: jsonLogs, JWT: jsonLogs, CREDIT_CARD: jsonLogs };
    const maker = (c.focus && byFocus[c.focus]) || c.r.pick([nginx, jsonLogs, sshd, dhcp]);
    return d`${pick(c, ASK)}\n\n${maker(c)}`;
  },
};

const negative: Template = {
  kind: 'server-log',
  langs: ALL_LANGS,
  covers: [],
  make(c) {
    const lines: string[] = [];
    for (let i = 0; i < c.r.int(4, 8); i++) {
      lines.push(
        c.r.pick([
          () => `${N.isoTimestamp(c.r)} INFO  [${N.requestId(c.r)}] GET /api/v1/orders/${N.uuid(c.r)} 200 ${c.r.int(3, 900)}ms`,
          () => `${N.isoTimestamp(c.r)} WARN  slow query (${c.r.int(500, 9000)} ms) fingerprint=${N.md5(c.r)}`,
          () => `${N.isoTimestamp(c.r)} INFO  password reset email queued for user_id=${c.r.int(1000, 999999)} (template v${c.r.int(1, 9)})`,
          () => `${N.isoTimestamp(c.r)} INFO  deployed release ${N.semver(c.r)} commit ${N.gitSha(c.r)}`,
          () => `${N.isoTimestamp(c.r)} DEBUG cache hit key=session:${N.sha256(c.r).slice(0, 32)} ttl=${c.r.int(60, 3600)}`,
          () => `${N.isoTimestamp(c.r)} ERROR job ${N.uuid(c.r)} failed after ${c.r.int(1, 5)} attempts: timeout after ${c.r.int(5, 60)}s`,
          () => `[${N.epochMillis(c.r)}] worker-${c.r.int(1, 16)} processed batch ${c.r.int(1000, 99999)} (${c.r.int(10, 5000)} rows)`,
          () => `${N.isoTimestamp(c.r)} INFO  invoice ${N.invoiceNumber(c.r)} paid, amount=${c.r.int(5, 900)}.${c.r.padded(0, 99, 2)} EUR`,
          () => `${N.isoTimestamp(c.r)} INFO  auth: login failed for user_id=${c.r.int(1000, 999999)} reason=bad_password attempts=${c.r.int(1, 5)}`,
        ])(),
      );
    }
    return d`${pick(c, ASK)}\n\n${lines.join('\n')}`;
  },
};

export const SERVER_LOG: readonly Template[] = [positive, negative];
