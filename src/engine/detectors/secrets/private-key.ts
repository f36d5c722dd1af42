import type { Detector } from '../../types';

/** A line break as it appears in files (`\n`, `\r\n`) or inside JSON/env strings (a literal `\n`). */
const BREAK = String.raw`(?:\r?\n|\\r\\n|\\n)`;
/** `-----BEGIN RSA PRIVATE KEY-----`, `-----BEGIN OPENSSH PRIVATE KEY-----`, `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----`… */
// Literal-first (`-----BEGIN `) so V8 skips ahead fast; the kind is up to three words (`SSH2 ENCRYPTED`).
const BEGIN = String.raw`(?:-----BEGIN |---- BEGIN )(?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)? ?-{4,5}`;
const END = String.raw`(?:-----END |---- END )(?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)? ?-{4,5}`;
/** One body line: a `Name: value` armor header (Proc-Type, DEK-Info, Version, Comment) or base64. */
const HEADER_LINE = String.raw`[A-Za-z][A-Za-z0-9-]{0,30}: ?[^\r\n\\]{0,200}`;
const BASE64_LINE = String.raw`[A-Za-z0-9+/=]{1,128}(?=[ \t]*(?:[\r\n"'\x60,]|\\[rn]|$|-{4}))`;

/**
 * PEM / OpenSSH / PGP / PuTTY private key blocks, also when the END line is missing (a key pasted
 * half-way is still leaked). The body is matched line by line: each line starts after a line break
 * and holds no break itself, so the scan is linear and stops at the first line that is neither
 * base64 nor an armor header — prose after a truncated key is not swallowed. Public keys and
 * certificates are not matched. The finding spans the whole block.
 */
export const privateKey: Detector = {
  id: 'private-key',
  type: 'PRIVATE_KEY',
  category: 'SECRET',
  severity: 'critical',
  description: 'Private key block (PEM, OpenSSH, PGP, PuTTY), with or without its END line',
  anchor: { keywords: ['-----begin', '---- begin', 'putty-user-key-file-'], window: 'block' },
  patterns: [
    {
      name: 'pem block',
      regex: new RegExp(
        String.raw`${BEGIN}(?:(?:${BREAK}[ \t]*){1,3}(?:${HEADER_LINE}|${BASE64_LINE})){1,400}(?:(?:${BREAK}[ \t]*){1,2}${END})?`,
        'g',
      ),
      score: 0.9,
    },
    {
      name: 'single-line pem',
      // Newlines lost in a paste or an env var: `-----BEGIN … KEY----- MIIE… -----END … KEY-----`.
      regex: new RegExp(String.raw`${BEGIN}[ \t]{1,4}(?:[A-Za-z0-9+/=]{1,128}[ \t]{1,4}){1,400}${END}`, 'g'),
      score: 0.9,
    },
    {
      name: 'putty key',
      regex: /PuTTY-User-Key-File-[23]: [^\r\n]{1,100}(?:\r?\n(?:[A-Za-z][A-Za-z0-9-]{0,30}: [^\r\n]{0,200}|[A-Za-z0-9+/=]{1,128})){4,400}/g,
      score: 0.9,
    },
  ],
  validate: (value, info) => {
    // Enough key material: a `…KEY-----\nanything\n-----END…` doc stub is not a key.
    const body = value.replace(/-{4,5}[^-\r\n]{0,60}-{4,5}/g, '').replace(/\\[rn]/g, '\n');
    let base64 = 0;
    for (const line of body.split(/[\r\n \t]+/)) if (/^[A-Za-z0-9+/=]+$/.test(line)) base64 += line.length;
    if (base64 < 64) return false;
    if (info.pattern === 'putty key') return /Private-Lines:/.test(value) ? 0.95 : false;
    return /-{4,5} ?END /.test(value) ? 0.95 : 0.88;
  },
  maxLength: 16384,
  mask: (value) => {
    const header = /BEGIN [A-Z0-9 ]{0,30}PRIVATE KEY(?: BLOCK)?/.exec(value)?.[0];
    return header ? `-----${header}----- …` : 'PuTTY private key …';
  },
  examples: {
    match: [
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDAC4AWkdwKYSd8\nKs14IReLcYgADhoXk56ZzXI=\n-----END PRIVATE KEY-----',
      'here is my key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpQIBAAKCAQEAn6/O8li+SX4m98LLYt/PKSzEmQ++ZBD7Loh9P13f4yQ92EF3\nyxR5MsXFu9PRsrYQA7/4UTPHiC4y2sAVCBg4C2yyBpUEtMQjyCESi6Y=\n\ncan you tell me why ssh rejects it?',
      '"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDAC4AWkdwKYSd8\\nKs14IReLcYgADhoXk56ZzXI=\\n-----END PRIVATE KEY-----\\n",',
      '-----BEGIN EC PRIVATE KEY----- MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oWXUTS5UaUB7oAoGCCqGSM49 AwEHoUQDQgAE8l6Yr3xQbO9EJx4fYl2m3Kp5d9Wq -----END EC PRIVATE KEY-----',
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\nlQWGBGSVV4YBDAClvRnxezIRy2Yv7SFlzC0iFiRF/O/jePSw+XYhvcrTaqSYTGic\n=8xQN\n-----END PGP PRIVATE KEY BLOCK-----',
      // A generated (fake) ed25519 key: OpenSSH bodies hold long `AAAA` runs (length-prefixed fields).
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACCfQb1by7Dx172m7IcH13fG8T+mDeYoHF943j9hixqSPwAAAI8DuzdoA7s3\naAAAAAtzc2gtZWQyNTUxOQAAACCfQb1by7Dx172m7IcH13fG8T+mDeYoHF943j9hixqSPw\nAAAEBHLurexGMow8wSI56ecSAhAPjfATXGN/X7Kt8qSlD2MorgraA0LvD3sDL39+RiTAVc\nairvJUMQVE3RmpYAmK21AAAACXVzZXJAaG9zdAECAw==\n-----END OPENSSH PRIVATE KEY-----',
    ],
    noMatch: [
      '-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----',
      '-----BEGIN OPENSSH PRIVATE KEY----------END OPENSSH PRIVATE KEY-----',
      '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAn6/O8li+SX4m98LLYt/PKSzE\n-----END PUBLIC KEY-----',
      '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----',
      'Paste your -----BEGIN PRIVATE KEY----- block here',
    ],
  },
};
