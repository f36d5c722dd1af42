import { describe, expect, it } from 'vitest';
import {
  charClassCount,
  hasSequentialRun,
  isCodeReference,
  isEmail,
  isFilePath,
  isHex,
  isIdentifierPhrase,
  isLettersOnly,
  isTimestampOrNumber,
  isUrlOrHost,
  isUuid,
  isVersionLike,
} from './value-shapes';

describe('value shapes', () => {
  it('recognises ids, hashes, versions and dates', () => {
    expect(isUuid('dafa7817-e246-48f3-91a7-e87653d587b8')).toBe(true);
    expect(isUuid('dafa7817e24648f391a7e87653d587b8')).toBe(false);
    expect(isHex('43fc912ef59a83054ea7f6706df4d53a7dea4d80')).toBe(true);
    expect(isHex('43fc912ef59a83054ea7f6706df4d53a7dea4d8g')).toBe(false);
    expect(isVersionLike('1.7.8')).toBe(true);
    expect(isVersionLike('v2.10.0-beta.1')).toBe(true);
    expect(isVersionLike('rc0.13.0_20230412_0712-SNAPSHOT')).toBe(true);
    expect(isVersionLike('Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB')).toBe(false);
    expect(isTimestampOrNumber('2024-05-01T10:22:03Z')).toBe(true);
    expect(isTimestampOrNumber('1714558923000')).toBe(true);
    expect(isTimestampOrNumber('1714558923abc')).toBe(false);
  });

  it('recognises emails, URLs, hosts and paths', () => {
    expect(isEmail('james.fake@ymail.com')).toBe(true);
    expect(isUrlOrHost('https://github.com/login/oauth/access_token')).toBe(true);
    expect(isUrlOrHost('dev-lb1.api.f4ke.com:5215')).toBe(true);
    expect(isUrlOrHost('Wc.quon3k2GtbUUvzkKfjh9Zme4iyG')).toBe(false);
    expect(isFilePath('/tmp/app.keytab')).toBe(true);
    expect(isFilePath('env/cert.p12')).toBe(true);
    expect(isFilePath('C:\\keys\\a.pfx')).toBe(true);
    expect(isFilePath('/etc/passwd')).toBe(true);
    expect(isFilePath('/vNO6nw7lGlTcvXCEGdMZqIhbOpdHjpKPw5P0dOe')).toBe(false);
    expect(isFilePath('/vNO6nw7lGlTcvXCEG+MZqIhbOpdHj/pKPw5P0dOe')).toBe(false);
    expect(isFilePath('am9obmRvZTpkMDY5NGIxYi1jMTcxLTQ4ODYt+TMyYS0wMmUwOWQ1/mIwNjc=')).toBe(false);
  });

  it('recognises code and words', () => {
    expect(isCodeReference('XSalsa20.key_length')).toBe(true);
    expect(isCodeReference('getPassword()')).toBe(true);
    expect(isCodeReference('process.env.DB_PASSWORD')).toBe(true);
    expect(isCodeReference('args[0]')).toBe(true);
    expect(isCodeReference('S6ZIRc8niLMaJ4zbhaarTq0aeS8jsV')).toBe(false);
    expect(isLettersOnly('SecurityIdentifier')).toBe(true);
    expect(isLettersOnly('Secur1tyIdentifier')).toBe(false);
    expect(hasSequentialRun('0123456789abcdefghijklmnopqrstuvwxyz_-.')).toBe(true);
    expect(hasSequentialRun('SojDDB59QxLbiwRmT9d89DL4qOH2bk')).toBe(false);
    expect(isIdentifierPhrase('clm69771:AgencyIdentificationCodeContentType')).toBe(true);
    expect(isIdentifierPhrase('Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB')).toBe(false);
    expect(isIdentifierPhrase('SojDDB59QxLbiwRmT9d89DL4qOH2bk')).toBe(false);
    expect(isIdentifierPhrase('PdfEncryptionKeySize')).toBe(true);
    // Random base62 with `Xxxx` runs that are no words (`Iwlchpob`, `Qbh`).
    expect(isIdentifierPhrase('Eifsw68QrO3UIwlchpobD5F09JdIumywwbUhak4Q')).toBe(false);
    expect(isIdentifierPhrase('Ll1QbhJwqKcgbuLum8Ax0VJ2COuzzopUNkeU')).toBe(false);
    expect(charClassCount('aB3!')).toBe(4);
    expect(charClassCount('abc')).toBe(1);
  });
});
