import type { Detector } from '../../types';
import { macAddressValid } from '../../validators/mac-address';
import { MAC_TRIGGER, dottedMacSpans, macSpans } from './hex-scan';
import { contextWords } from './shared';

const MAC_CONTEXT = contextWords('mac', 'ether', 'hwaddr', 'bssid', 'physical address', 'adresse physique', 'physikalische adresse', 'dirección física');

/**
 * MAC addresses (`00:1A:2B:3C:4D:5E`, `00-1a-2b-3c-4d-5e`).
 * Anchor: a trigger (two separators around a hex pair) found in the engine's punctuation pass, so the
 * text is not read once more just for MACs; `match` (hex-scan.ts) then checks the line around each
 * trigger. Colons are not numeric-lexer separators, and V8 regexes that can start on any hex digit cost
 * 5× more.
 */
export const macAddress: Detector = {
  id: 'mac-address',
  type: 'MAC_ADDRESS',
  category: 'PII',
  severity: 'low',
  description: 'MAC (hardware) address',
  anchor: { triggers: [MAC_TRIGGER] },
  patterns: [],
  match: macSpans,
  validate: (value) => macAddressValid(value) && 0.8,
  context: { words: MAC_CONTEXT, boost: 0.1 },
  maxLength: 17,
  examples: {
    match: [
      'link/ether 00:1a:2b:3c:4d:5e brd ff:ff:ff:ff:ff:ff',
      'Physical Address. . . : A4-83-E7-12-34-56',
      'DHCPACK to 3c:22:fb:9a:10:7e via eth0',
    ],
    noMatch: ['broadcast ff:ff:ff:ff:ff:ff', 'null 00:00:00:00:00:00', 'time 10:30:00:00:00:12:34', 'ipv6 fe80:0:0:0:0:0:0:1', 'numbers 1234.5678.9012.3456'],
  },
};

/** How far after a networking word the dotted form is looked for: a `show mac address-table` page. */
const DOTTED_REACH = 2048;

/**
 * Cisco's dotted MAC addresses (`001a.2b3c.4d5e`), as IOS prints them. Anchor: the block after a
 * networking word (`mac`, `arp`, `dhcp`, `vlan`, `printer`…), not the whole text: a `.`-led trigger
 * fires on every dot of code and stack traces and cost 2.5 µs per 2 KB prompt. A dotted MAC pasted
 * with no such word within 2 KB before it is not seen (they come from device and switch output).
 */
export const macAddressDotted: Detector = {
  id: 'mac-address-dotted',
  type: 'MAC_ADDRESS',
  category: 'PII',
  severity: 'low',
  description: 'MAC (hardware) address in Cisco dotted notation',
  anchor: {
    keywords: [
      'mac', 'arp', 'dhcp', 'vlan', 'cisco', 'ether', 'hwaddr', 'bssid', 'wlan', 'wifi', 'wi-fi', 'hardware', 'printer', 'router',
      'physical address', 'adresse physique', 'physikalische adresse', 'dirección física', 'imprimante', 'drucker', 'impresora',
    ],
    window: 'block',
  },
  patterns: [],
  match: dottedMacSpans,
  validate: (value) => macAddressValid(value) && 0.8,
  context: { words: MAC_CONTEXT, boost: 0.1 },
  maxLength: DOTTED_REACH,
  examples: {
    match: [
      'whitelist my printer 0c9d.921a.2b3c on the router',
      'show mac address-table\n  10    0c9d.921a.2b3c    DYNAMIC     Gi1/0/1\n  10    a4b1.c2d3.e4f5    DYNAMIC     Gi1/0/2',
      'Internet  10.0.0.7   4   001a.2b3c.4d5e  ARPA   Vlan10'.replace('Internet', 'show arp\nInternet'),
    ],
    noMatch: ['numbers 1234.5678.9012.3456 on the router', 'version 0c9d.921a.2b3c with no networking word', 'mac ffff.ffff.ffff broadcast'],
  },
};
