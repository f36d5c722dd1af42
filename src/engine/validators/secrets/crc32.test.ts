import { describe, expect, it } from 'vitest';
import { crc32, crc32Bytes } from './crc32';

describe('crc32', () => {
  it('matches the standard check value and known vectors', () => {
    // "123456789" → 0xCBF43926 is the catalogued check value of CRC-32/ISO-HDLC.
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
    expect(crc32('The quick brown fox jumps over the lazy dog')).toBe(0x414fa339);
  });

  it('hashes strings as UTF-8', () => {
    expect(crc32('é')).toBe(crc32Bytes(new Uint8Array([0xc3, 0xa9])));
    expect(crc32('é')).not.toBe(crc32Bytes(new Uint8Array([0xe9])));
  });
});
