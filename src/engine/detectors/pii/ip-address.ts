import type { Detector, MatchInfo } from '../../types';
import { ipv4Kind, ipv6Kind, parseIpv4, parseIpv6, type IpKind } from '../../validators/ip-address';
import { ipv6Spans, IPV6_TRIGGER } from './hex-scan';
import { holdsDottedQuad } from '../../numeric-spans';
import { hasContextWord, isolated } from './shared';

/**
 * Score by kind. Public addresses identify a subscriber: reported. Private addresses (RFC 1918, CGNAT,
 * link-local, IPv6 unique-local) identify a device, and are personal data in records and logs (GDPR):
 * reported in a log line, in a field named like an IP (a column, a JSON key, `ip=`), or next to an IP
 * word ("my IP is 10.0.0.5"); elsewhere 0.4 (only when an admin lowers the threshold), so a pasted
 * network config does not drown users in findings. Loopback, unspecified, broadcast, multicast,
 * netmasks and the documentation ranges: never, anywhere.
 */
const KIND_SCORE: Record<IpKind, number | false> = { public: 0.85, private: 0.4, reserved: false };
/** A private address in a record or a log line, or next to an IP word. */
const PRIVATE_IN_RECORD = 0.55;

/** Text that precedes version numbers and product tokens, not addresses. */
const VERSION_BEFORE = /(?:\bv|\bver\.?|version|versión|release|build|firmware|revision|rev\.?|update|patch|sdk|api|[A-Za-z]\/)\s*[:=#]?\s*$/i;

const IP_WORDS = [' ip ', ' ip:', 'ip=', 'ip address', 'ip-address', 'ipv4', 'ipv6', '"ip"', 'ip_addr', 'ipaddr', 'client_ip', 'remote_addr', 'x-forwarded-for', 'adresse ip', 'ip-adresse', 'dirección ip', 'direccion ip', 'inet ', 'inet6'];

/** Whole words of a normalised label that name an IP field: `ip`, `last_login_ip`, `ipAddress`, `remote_addr`, `inet6`. */
const IP_LABEL_WORDS = new Set([
  'ip', 'ips', 'ipv4', 'ipv6', 'ip4', 'ip6', 'ipaddr', 'ipaddress', 'ipadresse', 'addr', 'inet', 'inet6', 'forwarded', 'srcip', 'dstip',
  'clientip', 'remoteip', 'serverip', 'hostip', 'peerip', 'sourceip', 'publicip', 'privateip', 'loginip', 'userip', 'lastip', 'src', 'dst',
]);

/** True when a normalised label names an IP address field. */
export function isIpLabel(label: string | undefined): boolean {
  if (!label) return false;
  for (const word of label.trim().split(' ')) if (IP_LABEL_WORDS.has(word)) return true;
  return false;
}

function validateV4(value: string, info: MatchInfo): boolean | number {
  const octets = parseIpv4(value);
  if (!octets || !isolated(info)) return false;
  // 1.2.3.4-style values with all single-digit octets are section numbers, versions or public DNS resolvers.
  if (octets.every((o) => o < 10)) return false;
  const kind = ipv4Kind(octets);
  // Reserved addresses (netmasks, loopback…) are dropped before the version test, a regex over the text before.
  if (KIND_SCORE[kind] === false || VERSION_BEFORE.test(info.before.slice(-24))) return false;
  return scoreKind(kind, info);
}

/**
 * The record checks are done here, only for private addresses, instead of as a `context` rule the
 * engine would run for every one of the thousands of public addresses in a pasted log.
 */
function scoreKind(kind: IpKind, info: MatchInfo): number | false {
  if (kind !== 'private') return KIND_SCORE[kind];
  // Cheapest first: most private addresses of a paste are in log lines (a test at the line's start);
  // the IP words cost a lower-cased copy of the text around the value.
  const inRecord =
    info.fields.logLine(info.start) || FORWARDED_BEFORE.test(info.before.slice(-24)) || hasContextWord(info, IP_WORDS) || isIpLabel(info.label());
  return inRecord ? PRIVATE_IN_RECORD : KIND_SCORE.private;
}

/**
 * The client a proxy names (`10.12.0.7 forwarded 172.16.44.9`, `forwarded for: fd10::1`): right before
 * the address only. The proxy's own address, on the same line, is infrastructure and stays at 0.4
 * unless the line reads as a log record.
 */
const FORWARDED_BEFORE = /\bforwarded(?:[ _-]for)?\s*[:=]?\s*$/i;

/** IPv4 addresses (dotted quad), excluding versions, OIDs, netmasks and special-purpose ranges. */
export const ipv4Address: Detector = {
  id: 'ip-address-v4',
  type: 'IP_ADDRESS',
  category: 'PII',
  severity: 'low',
  description: 'IPv4 address (public; private ranges in logs, IP fields or next to an IP label)',
  // At least 5 digits: addresses whose octets are all single digits are not reported (see validateV4).
  // Up to 60: the lexer joins numbers a single blank apart, so `81.2.69.160 81.2.69.161` (a list of
  // peers) and `172.29.154.42 0233.0127.268e` (an IP then a Cisco MAC) are one span of 20+ digits.
  // Such long separated spans are rare (~180 in the bench's 10 MB), so offering them costs nothing.
  // Offered only spans holding four whole groups of 1–3 digits joined by single dots (the pattern's groups
  // are whole: no digit before the first, a dot after the next two, no word char after the last): a
  // log line's dates, sizes and version strings have the digits and a separator too.
  anchor: { numeric: { minDigits: 5, maxDigits: 60, needsSeparator: true, dottedQuads: true, offer: holdsDottedQuad } },
  patterns: [{ name: 'dotted-quad', regex: /(?<![\w.\-:])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w\-]|\.\d)/g, score: 0.85 }],
  validate: validateV4,
  maxLength: 15,
  examples: {
    match: [
      'client 81.2.69.160 connected',
      'GET / from 81.2.69.160:443',
      'my IP: 192.168.1.23',
      'whitelist 84.17.45.9/32',
      '2024-05-01T10:00:00Z WARN auth failed for bob from 10.0.0.5',
      'user,last_login_ip\nann,172.16.4.20',
      '{"user": "ann", "ip_address": "192.168.10.7"}',
      'level=warn msg="login failed" src=10.20.30.40',
      '10.12.0.7 forwarded 172.16.44.9 - - [03/May/2025:04:12:09 +0000] "POST /login HTTP/1.1" 403 0',
      'peers 81.2.69.160 81.2.69.161 81.2.69.162',
      'Internet 81.2.69.160 0011.2233.4455 ARPA Vlan1',
    ],
    noMatch: [
      'bind 0.0.0.0:8080',
      'mask 255.255.255.0',
      'version 1.2.3.4',
      'Chrome/120.0.0.0 Safari',
      'loopback 127.0.0.1',
      'OID 1.3.6.1.4.1.311',
      'lan 10.0.0.5 up',
      'proxy 10.12.0.7 forwarded the request',
      // Documentation ranges (RFC 5737) never count, even in a log line or an IP field.
      'client 203.0.113.42 connected',
      '2024-05-01T10:00:00Z WARN auth failed from 198.51.100.7',
      'ip=192.0.2.10',
    ],
  },
};

function validateV6(value: string, info: MatchInfo): boolean | number {
  if (!/\d/.test(value)) return false;
  const groups = parseIpv6(value);
  return groups ? scoreKind(ipv6Kind(groups), info) : false;
}

/**
 * IPv6 addresses: global unicast 2000::/3, and unique-local fc00::/7 and link-local fe80::/10, which
 * count as private (in logs, IP fields, next to an IP word). Anchor: a trigger on the colon after the
 * first group, found in the engine's punctuation pass; `match` (hex-scan.ts) then reads the address
 * around it. A regex that can start on any 2/3 digit costs ~5× more on 10 MB of logs.
 */
export const ipv6Address: Detector = {
  id: 'ip-address-v6',
  type: 'IP_ADDRESS',
  category: 'PII',
  severity: 'low',
  description: 'IPv6 address (global; unique-local and link-local in logs, IP fields or next to an IP label)',
  anchor: { triggers: [IPV6_TRIGGER] },
  patterns: [],
  match: ipv6Spans,
  validate: validateV6,
  maxLength: 45,
  examples: {
    match: [
      'peer 2a00:1450:4001:82b::200e accepted',
      'from 2a03:2880:f12f:83:face:b00c:0:25de port 443',
      '[2a00:1450:4001:0082:0000:0000:0000:200e]:8443',
      'ip6 2606:4700:4700::1111',
      '    inet6 fe80::1ff:fe23:4567:890a/64 scope link',
      'Jan 12 10:11:12 host sshd[42]: Accepted key for bob from fd12:3456:789a:1::1',
      '10.12.0.8 forwarded fd10:2cd5:f3d8:9358::d0cc - - [03/May/2025:04:13:40 +0000] "GET /admin HTTP/1.1" 403 0',
    ],
    noMatch: [
      'time 20:30:45',
      'std::vector<int>',
      'link fe80::1ff:fe23:4567:890a',
      'c++ 2000::operator',
      'hash 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12',
      'bad 2a00:1450::1::2',
      // Documentation prefix (RFC 3849): never counts.
      'peer 2001:db8::1 accepted',
      'ipv6=2001:0db8:85a3::8a2e:370:7334',
    ],
  },
};
