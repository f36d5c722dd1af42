import { describe, expect, it } from 'vitest';
import { ipv4Kind, ipv6Kind, parseIpv4, parseIpv6 } from './ip-address';

describe('IPv4', () => {
  // Special-purpose ranges from the IANA IPv4 Special-Purpose Address Registry (RFC 6890, RFC 5737).
  it.each([
    ['8.8.8.8', 'public'],
    ['81.2.69.160', 'public'],
    // Documentation ranges (RFC 5737): never anybody's address.
    ['192.0.2.1', 'reserved'],
    ['198.51.100.7', 'reserved'],
    ['203.0.113.42', 'reserved'],
    ['192.0.3.1', 'public'],
    ['203.0.114.1', 'public'],
    ['10.1.2.3', 'private'],
    ['172.20.0.5', 'private'],
    ['192.168.1.10', 'private'],
    ['100.64.0.1', 'private'],
    ['169.254.10.1', 'private'],
    ['127.0.0.1', 'reserved'],
    ['0.0.0.0', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['255.255.255.0', 'reserved'],
    ['224.0.0.251', 'reserved'],
  ])('%s is %s', (ip, kind) => expect(ipv4Kind(parseIpv4(ip)!)).toBe(kind));

  it.each(['256.1.1.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1..2.3', 'a.b.c.d'])('does not parse %s', (ip) =>
    expect(parseIpv4(ip)).toBeUndefined(),
  );
});

describe('IPv6', () => {
  // Text forms from RFC 4291 §2.2 and RFC 5952; special ranges from the IANA IPv6 Special-Purpose registry.
  it.each([
    // Documentation prefix 2001:db8::/32 (RFC 3849): never anybody's address.
    ['2001:db8::1', 'reserved'],
    ['2001:0db8:85a3:0000:0000:8a2e:0370:7334', 'reserved'],
    ['2001:db9::1', 'public'],
    ['2a03:2880:f12f:83:face:b00c:0:25de', 'public'],
    ['2a00:1450:4001:82b::200e', 'public'],
    ['fe80::1ff:fe23:4567:890a', 'private'],
    ['fd12:3456:789a:1::1', 'private'],
    ['::ffff:192.0.2.128', 'reserved'],
    ['::ffff:81.2.69.160', 'public'],
    ['::ffff:10.0.0.1', 'private'],
    ['::1', 'reserved'],
    ['::', 'reserved'],
    ['ff02::1', 'reserved'],
  ])('%s is %s', (ip, kind) => expect(ipv6Kind(parseIpv6(ip)!)).toBe(kind));

  it('expands :: and IPv4 tails', () => {
    expect(parseIpv6('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('::ffff:192.0.2.128')).toEqual([0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0280]);
    expect(parseIpv6('64:ff9b::192.0.2.33')).toEqual([0x64, 0xff9b, 0, 0, 0, 0, 0xc000, 0x0221]);
  });

  it.each(['2001:db8::1::2', '2001:db8:1:2:3:4:5', '12345::1', '1:2:3:4:5:6:7:8:9', 'g::1', '::ffff:300.1.1.1'])(
    'does not parse %s',
    (ip) => expect(parseIpv6(ip)).toBeUndefined(),
  );
});

describe('parsers on malformed input', () => {
  it.each(['', '.', '1.2.3.4.', '.1.2.3.4', '1.2.3.4 ', '1.2.3.04', '999.1.1.1', '1.2.3.4.5.6', '0.0.0.0'])('parseIpv4(%j) matches a split-based parse', (v) => {
    const parts = v.split('.');
    const ok = parts.length === 4 && parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
    expect(parseIpv4(v)).toEqual(ok ? parts.map(Number) : undefined);
  });

  it.each(['2024:05:42:01', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:1.2.3.4', '::1.2.3.4', 'a::b::c'])(
    'parseIpv6(%j) rejects or parses as RFC 4291 says',
    (v) => {
      const expected: Record<string, number[] | undefined> = {
        '1:2:3:4:5:6:1.2.3.4': [1, 2, 3, 4, 5, 6, 0x102, 0x304],
        '::1.2.3.4': [0, 0, 0, 0, 0, 0, 0x102, 0x304],
      };
      expect(parseIpv6(v)).toEqual(expected[v]);
    },
  );
});
