import type { Detector } from '../../types';

/**
 * AWS access key id: a 4-letter prefix naming the key kind + 16 base32 chars (A–Z, 2–7).
 * AKIA = long-term IAM user key, ASIA = STS temporary key, ABIA = STS service bearer token,
 * ACCA = context-specific credential; `A3T…` is the older form gitleaks also accepts. Unique ids such
 * as AIDA (user) or AROA (role) are not credentials and are not matched.
 */
export const awsAccessKey: Detector = {
  id: 'aws-access-key',
  type: 'AWS_ACCESS_KEY',
  category: 'SECRET',
  severity: 'high',
  description: 'AWS access key id (AKIA/ASIA/ABIA/ACCA + 16 base32 characters)',
  anchor: { keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'], lead: 0 },
  patterns: [{ name: 'prefixed key id', regex: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g, score: 0.9 }],
  // 16 random base32 chars carry ~3.5 bits/char; a value near 2.5 is a made-up sequence.
  minEntropy: 3,
  context: { words: ['aws', 'access_key', 'access key', 'accesskey', 'credentials'], boost: 0.05 },
  maxLength: 20,
  preview: { head: 4, tail: 4 },
  examples: {
    match: [
      'AWS_ACCESS_KEY_ID=AKIAZ4TPQ6WNRDXH37LB',
      'aws_access_key_id = ASIAQFEBW4J3TA7CVB74',
      'Here are the creds: ABIAM5D2IA3CEDHYYKZG and the region is eu-west-1',
      '"AccessKeyId": "ACCAYWZNJO5ATJTIK3P5"',
    ],
    noMatch: [
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'key = AKIAXXXXXXXXXXXXXXXX',
      'TODAYINASIAASACKOFRICEFELLOVER',
      'role id AROAZ4TPQ6WNRDXH37LB is not a key',
      'AKIAZ4TPQ6WNRDXH37L8 has an 8, which base32 never uses',
    ],
  },
};
