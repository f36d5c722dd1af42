/** How an IP address should be treated: public addresses identify a subscriber; the rest do not. */
export type IpKind = 'public' | 'private' | 'reserved';

/**
 * Parses dotted-quad IPv4 (no leading zeros, each octet 0–255) into 4 numbers, or undefined.
 * One pass over the chars (every IPv4 candidate in a log goes through here; split() cost more).
 */
export function parseIpv4(value: string): number[] | undefined {
  const octets: number[] = [];
  let n = 0;
  let len = 0;
  let first = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : 46;
    if (c === 46) {
      if (len < 1 || len > 3 || (len > 1 && first === 0) || n > 255 || octets.length === 4) return undefined;
      octets.push(n);
      n = 0;
      len = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return undefined;
    if (len === 0) first = d;
    if (++len > 3) return undefined;
    n = n * 10 + d;
  }
  return octets.length === 4 ? octets : undefined;
}

/**
 * IPv4 kind. Private: RFC 1918 (10/8, 172.16/12, 192.168/16), CGNAT 100.64/10, link-local 169.254/16.
 * Reserved (never a finding): 0/8, loopback 127/8, multicast and above (224/3, incl. 255.255.255.255
 * and netmasks like 255.255.255.0), and the documentation ranges of RFC 5737 (192.0.2/24,
 * 198.51.100/24, 203.0.113/24): they are what docs and examples use, and never address anyone.
 */
export function ipv4Kind(o: readonly number[]): IpKind {
  const [a, b, c] = o as [number, number, number];
  if (a === 0 || a === 127 || a >= 224) return 'reserved';
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'reserved';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if ((a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254)) return 'private';
  return 'public';
}

/** Parses an IPv6 address (RFC 4291 text forms, incl. `::` and an IPv4 tail) into 8 16-bit groups. */
export function parseIpv6(value: string): number[] | undefined {
  // Without `::` an address has exactly 7 colons, or 6 before an IPv4 tail: reject other shapes
  // (log timestamps like `2024:05:42:01` reach here) before any splitting.
  if (value.indexOf('::') < 0) {
    let colons = 0;
    for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === 58) colons++;
    if (colons !== 7 && colons !== 6) return undefined;
  }
  let text = value;
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && text.indexOf('.', lastColon) > 0) {
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (!v4) return undefined;
    tail = [(v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!];
    // `::ffff:1.2.3.4` → `::ffff`; `64:ff9b::1.2.3.4` → `64:ff9b::` (keep the double colon).
    text = text.slice(0, lastColon);
    if (text.endsWith(':')) text += ':';
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = groupsOf(halves[0]!);
  const rest = halves.length === 2 ? groupsOf(halves[1]!) : [];
  const groups: number[] = [];
  for (const g of [...head, ...rest]) {
    if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return undefined;
    groups.push(parseInt(g, 16));
  }
  const total = groups.length + tail.length;
  if (halves.length === 1 ? total !== 8 : total > 7) return undefined;
  const zeros = new Array<number>(8 - total).fill(0);
  const headCount = head.length;
  return [...groups.slice(0, headCount), ...zeros, ...groups.slice(headCount), ...tail];
}

/** The `:`-separated groups of one side of `::` (a function, not a closure per call). */
function groupsOf(s: string): string[] {
  return s === '' ? [] : s.split(':');
}

/**
 * IPv6 kind. Reserved: unspecified ::, loopback ::1, multicast ff00::/8, documentation 2001:db8::/32
 * (RFC 3849). Private: unique-local fc00::/7, link-local fe80::/10. IPv4-mapped ::ffff:a.b.c.d follows
 * the IPv4 rules.
 */
export function ipv6Kind(g: readonly number[]): IpKind {
  if (g.every((x) => x === 0)) return 'reserved';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'reserved';
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    return ipv4Kind([g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255]);
  }
  const first = g[0]!;
  if (first >> 8 === 0xff || (first === 0x2001 && g[1] === 0x0db8)) return 'reserved';
  if ((first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80) return 'private';
  return 'public';
}
