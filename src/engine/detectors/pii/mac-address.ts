import type { Detector } from '../../types';
import { macAddressValid } from '../../validators/mac-address';
import { macSpans } from './hex-scan';
import { contextWords } from './shared';

/**
 * MAC addresses (`00:1A:2B:3C:4D:5E`, `00-1a-2b-3c-4d-5e`, Cisco `001a.2b3c.4d5e`).
 * Anchor: full text, through `match` (an indexOf-driven finder, see hex-scan.ts) rather than a
 * regex: colons are not numeric-lexer separators, and V8 regexes that can start on any hex digit cost
 * 5× more (Cisco's dotted form ~50×).
 */
export const macAddress: Detector = {
  id: 'mac-address',
  type: 'MAC_ADDRESS',
  category: 'PII',
  severity: 'low',
  description: 'MAC (hardware) address',
  anchor: { full: true },
  patterns: [],
  match: macSpans,
  validate: (value) => macAddressValid(value) && 0.8,
  context: { words: contextWords('mac', 'ether', 'hwaddr', 'bssid', 'physical address', 'adresse physique', 'physikalische adresse', 'dirección física'), boost: 0.1 },
  maxLength: 17,
  examples: {
    match: [
      'link/ether 00:1a:2b:3c:4d:5e brd ff:ff:ff:ff:ff:ff',
      'Physical Address. . . : A4-83-E7-12-34-56',
      'whitelist my printer 0c9d.921a.2b3c on the router',
      'DHCPACK to 3c:22:fb:9a:10:7e via eth0',
    ],
    noMatch: ['broadcast ff:ff:ff:ff:ff:ff', 'null 00:00:00:00:00:00', 'time 10:30:00:00:00:12:34', 'ipv6 fe80:0:0:0:0:0:0:1', 'numbers 1234.5678.9012.3456'],
  },
};
