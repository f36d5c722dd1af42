import { describe, expect, it } from 'vitest';
import { dottedMacSpans, ipv6Spans, macSpans } from './hex-scan';

const values = (s: string, spans: [number, number][]) => spans.map(([a, b]) => s.slice(a, b));

describe('macSpans', () => {
  it('finds the colon and dash notations with exact bounds; the dotted one is dottedMacSpans\'s', () => {
    const s = 'a 00:1a:2b:3c:4d:5e, b 00-1A-2B-3C-4D-5E. c 001a.2b3c.4d5e end';
    expect(values(s, macSpans(s))).toEqual(['00:1a:2b:3c:4d:5e', '00-1A-2B-3C-4D-5E']);
    expect(values(s, dottedMacSpans(s))).toEqual(['001a.2b3c.4d5e']);
  });
  it('ignores longer colon runs, mixed separators and glued tokens', () => {
    for (const s of ['10:30:00:00:00:12:34', '00:1a-2b:3c:4d:5e', 'x00:1a:2b:3c:4d:5e', '00:1a:2b:3c:4d:5eg', '1234.5678.9012.3456', 'v1.2.3']) {
      expect(values(s, macSpans(s))).toEqual([]);
      expect(values(s, dottedMacSpans(s))).toEqual([]);
    }
  });
  it('finds an address right after a longer run it is not part of', () => {
    const s = 'ff:ff:ff:ff:ff:ff:ff:ff 00:1a:2b:3c:4d:5e';
    expect(values(s, macSpans(s))).toEqual(['00:1a:2b:3c:4d:5e']);
    const t = 'ff:ff:ff:ff:ff:ff:ff-00-1a-2b-3c-4d-5e';
    expect(values(t, macSpans(t))).toEqual([]);
  });

  it('is linear on hostile input', () => {
    for (const unit of ['aa:', 'a:', '0f.', 'ff-', '00:1a:2b:3c:4d:5e:']) {
      const s = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const t0 = performance.now();
      macSpans(s);
      dottedMacSpans(s);
      expect(performance.now() - t0).toBeLessThan(500);
    }
  });
});

describe('ipv6Spans', () => {
  it('finds global unicast, unique-local and link-local candidates with exact bounds', () => {
    const s = 'peer [2a00:1450:4001:82b::200e]:8080, 2a03:2880:f12f:83:face:b00c:0:25de. done 2606:4700::/32 2606:4700::ffff:81.2.69.160';
    expect(values(s, ipv6Spans(s))).toEqual(['2a00:1450:4001:82b::200e', '2a03:2880:f12f:83:face:b00c:0:25de', '2606:4700::', '2606:4700::ffff:81.2.69.160']);
    const p = 'inet6 fe80::1ff:fe23:4567:890a/64 and fd12:3456:789a:1::1, FEBF::2';
    expect(values(p, ipv6Spans(p))).toEqual(['fe80::1ff:fe23:4567:890a', 'fd12:3456:789a:1::1', 'FEBF::2']);
  });
  it('skips times, C++ scopes, other first groups and glued tokens', () => {
    for (const s of ['at 20:30:45', 'std::vector', 'fec0::1', 'ff02::1', 'face::1', 'x2606:4700::1', '2606:4700::1abz']) {
      expect(values(s, ipv6Spans(s))).toEqual([]);
    }
  });
  it('finds an address right after a longer run it is not part of', () => {
    const s = 'ff:ff:ff:ff:ff:ff:ff:ff 00:1a:2b:3c:4d:5e';
    expect(values(s, macSpans(s))).toEqual(['00:1a:2b:3c:4d:5e']);
    const t = 'ff:ff:ff:ff:ff:ff:ff-00-1a-2b-3c-4d-5e';
    expect(values(t, macSpans(t))).toEqual([]);
  });

  it('is linear on hostile input', () => {
    for (const unit of ['2001:', '2aaa', ':', '2001::', 'fe80:', 'fd00::']) {
      const s = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const t0 = performance.now();
      ipv6Spans(s);
      expect(performance.now() - t0).toBeLessThan(500);
    }
  });
});
