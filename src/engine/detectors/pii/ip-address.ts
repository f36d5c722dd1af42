import type { Detector, MatchInfo } from '../../types';
import { ipv4Kind, ipv6Kind, parseIpv4, parseIpv6, type IpKind } from '../../validators/ip-address';
import { ipv6Spans, IPV6_TRIGGER } from './hex-scan';
import { hasContextWord, isolated } from './shared';

/**
 * Score by kind. Public addresses identify a subscriber: reported. Private (RFC 1918, CGNAT,
 * link-local, ULA) describe internal networks: 0.4, reported only next to an IP word ("my IP is
 * 10.0.0.5") or when an admin lowers the threshold, so pasted internal logs don't drown users in
 * findings. Loopback, unspecified, broadcast, multicast and netmasks: never.
 */
const KIND_SCORE: Record<IpKind, number | false> = { public: 0.85, private: 0.4, reserved: false };
/** A private address next to an IP word ("my IP is 10.0.0.5", `"ip": "192.168.1.4"`). */
const PRIVATE_WITH_WORD = 0.55;

/** Text that precedes version numbers and product tokens, not addresses. */
const VERSION_BEFORE = /(?:\bv|\bver\.?|version|versión|release|build|firmware|revision|rev\.?|update|patch|sdk|api|[A-Za-z]\/)\s*[:=#]?\s*$/i;

const IP_WORDS = [' ip ', ' ip:', 'ip=', 'ip address', 'ip-address', 'ipv4', 'ipv6', '"ip"', 'ip_addr', 'ipaddr', 'client_ip', 'remote_addr', 'x-forwarded-for', 'adresse ip', 'ip-adresse', 'dirección ip', 'direccion ip'];

function validateV4(value: string, info: MatchInfo): boolean | number {
  const octets = parseIpv4(value);
  if (!octets || !isolated(info) || VERSION_BEFORE.test(info.before.slice(-24))) return false;
  // 1.2.3.4-style values with all single-digit octets are section numbers, versions or public DNS resolvers.
  if (octets.every((o) => o < 10)) return false;
  return scoreKind(ipv4Kind(octets), info);
}

/**
 * The IP-word check is done here, only for private addresses, instead of as a `context` rule the
 * engine would run for every one of the thousands of public addresses in a pasted log.
 */
function scoreKind(kind: IpKind, info: MatchInfo): number | false {
  if (kind === 'private') return hasContextWord(info, IP_WORDS) ? PRIVATE_WITH_WORD : KIND_SCORE.private;
  return KIND_SCORE[kind];
}

/** IPv4 addresses (dotted quad), excluding versions, OIDs, netmasks and special-purpose ranges. */
export const ipv4Address: Detector = {
  id: 'ip-address-v4',
  type: 'IP_ADDRESS',
  category: 'PII',
  severity: 'low',
  description: 'IPv4 address (public; private ranges only next to an IP label)',
  // At least 5 digits: addresses whose octets are all single digits are not reported (see validateV4).
  anchor: { numeric: { minDigits: 5, maxDigits: 12, needsSeparator: true } },
  patterns: [{ name: 'dotted-quad', regex: /(?<![\w.\-:])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w\-]|\.\d)/g, score: 0.85 }],
  validate: validateV4,
  maxLength: 15,
  examples: {
    match: ['client 203.0.113.42 connected', 'GET / from 81.2.69.160:443', 'my IP: 192.168.1.23', 'whitelist 84.17.45.9/32'],
    noMatch: ['bind 0.0.0.0:8080', 'mask 255.255.255.0', 'version 1.2.3.4', 'Chrome/120.0.0.0 Safari', 'loopback 127.0.0.1', 'OID 1.3.6.1.4.1.311', 'lan 10.0.0.5 up'],
  },
};

function validateV6(value: string, info: MatchInfo): boolean | number {
  if (!/\d/.test(value)) return false;
  const groups = parseIpv6(value);
  return groups ? scoreKind(ipv6Kind(groups), info) : false;
}

/**
 * IPv6 addresses in the global unicast block 2000::/3 (link-local and unique-local would score as
 * private anyway). Anchor: a trigger on the colon after the first group, found in the engine's
 * punctuation pass; `match` (hex-scan.ts) then reads the address around it. A regex that can start
 * on any 2/3 digit costs ~5× more on 10 MB of logs.
 */
export const ipv6Address: Detector = {
  id: 'ip-address-v6',
  type: 'IP_ADDRESS',
  category: 'PII',
  severity: 'low',
  description: 'IPv6 address (global unicast)',
  anchor: { triggers: [IPV6_TRIGGER] },
  patterns: [],
  match: ipv6Spans,
  validate: validateV6,
  maxLength: 45,
  examples: {
    match: ['peer 2001:db8::1 accepted', 'from 2a03:2880:f12f:83:face:b00c:0:25de port 443', '[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:8443', 'ip6 2606:4700:4700::1111'],
    noMatch: ['time 20:30:45', 'std::vector<int>', 'link fe80::1ff:fe23:4567:890a', 'c++ 2000::operator', 'hash 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12', 'bad 2001:db8::1::2'],
  },
};
