import { describe, expect, it } from 'vitest';
import { isJwt, parseJwtHeader, unwrapBase64Jwt } from './jwt-header';

const HS256 =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VybmFtZTpib2IifQ.HcfCW67Uda-0gz54ZWTqmtgJnZeNem0Q757eTa9EZuw';

describe('JWT header', () => {
  it('parses a header with alg', () => {
    expect(parseJwtHeader(HS256)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(isJwt(HS256)).toBe(true);
  });

  it('accepts alg none without signature, but not a missing signature otherwise', () => {
    expect(isJwt('eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0LXVzZXIifQ.')).toBe(true);
    expect(isJwt(`${HS256.slice(0, HS256.lastIndexOf('.'))}.`)).toBe(false);
  });

  it('rejects headers that are not JSON objects with a string alg', () => {
    expect(parseJwtHeader('eyJ0eXAiOiJKV1QifQ.eyJhIjoxfQ.c2ln')).toBeNull(); // {"typ":"JWT"}: no alg
    expect(parseJwtHeader('eyJhbGciOieeeiIsInR5cCI6IkpXVCJ9.eyJhIjoxfQ.c2ln')).toBeNull(); // corrupted
    expect(parseJwtHeader('eyWqwTgzjCzZ99ZatsH.eyxT4hyXpWhsLql3KF.jor_DN6jwBw8')).toBeNull();
    expect(parseJwtHeader('WzFd.eyJhIjoxfQ.c2ln')).toBeNull(); // [1]
    expect(isJwt('eyJhbGciOiJIUzI1NiJ9.eyJhIjoxfQ')).toBe(false); // two parts
  });

  it('unwraps a base64-encoded JWT', () => {
    const wrapped = btoa(HS256);
    expect(wrapped.startsWith('ZXlK')).toBe(true);
    expect(unwrapBase64Jwt(wrapped)).toBe(HS256);
    expect(unwrapBase64Jwt(btoa('eyJub3QiOiJqd3QifQ.e30.c2ln'))).toBeNull();
  });
});
