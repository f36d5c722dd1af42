import { describe, expect, it } from 'vitest';
import { decodeBase64Binary, decodeBase64Text, decodeBase64UrlBinary, decodeBase64UrlText } from './base64';

describe('base64 decoding', () => {
  it('decodes base64url with or without padding', () => {
    expect(decodeBase64UrlText('eyJhbGciOiJub25lIn0')).toBe('{"alg":"none"}');
    expect(decodeBase64UrlText('eyJhbGciOiJub25lIn0=')).toBe('{"alg":"none"}');
    expect(decodeBase64UrlBinary('_-8')).toBe('\xff\xef');
  });

  it('decodes standard base64 and UTF-8 text', () => {
    expect(decodeBase64Text('aMOpbGxv')).toBe('héllo');
    expect(decodeBase64Binary('/+8=')).toBe('\xff\xef');
  });

  it('returns null on the wrong alphabet, impossible lengths and invalid UTF-8', () => {
    expect(decodeBase64UrlText('ab+c')).toBeNull();
    expect(decodeBase64Text('ab_c')).toBeNull();
    expect(decodeBase64UrlText('abcde')).toBeNull();
    expect(decodeBase64Text('/w==')).toBeNull(); // 0xFF alone is not UTF-8
  });
});
