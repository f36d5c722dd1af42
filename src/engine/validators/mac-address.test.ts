import { describe, expect, it } from 'vitest';
import { macAddressValid } from './mac-address';

describe('macAddressValid', () => {
  // Notations from IEEE 802 (colon, dash) and Cisco (dotted triples); OUI 00:1A:2B is made up.
  it.each(['00:1A:2B:3C:4D:5E', '00-1a-2b-3c-4d-5e', '001a.2b3c.4d5e', 'a4:83:e7:12:34:56'])('accepts %s', (v) =>
    expect(macAddressValid(v)).toBe(true),
  );
  it.each(['00:00:00:00:00:00', 'ff:ff:ff:ff:ff:ff', '12:12:12:12:12:12', '00:1A:2B:3C:4D', '00:1A:2B:3C:4D:5G'])(
    'rejects %s',
    (v) => expect(macAddressValid(v)).toBe(false),
  );
});
