import type { Detector } from '../../types';
import { charClassCount, isHex } from '../../validators/secrets/value-shapes';

/**
 * AWS secret access key: 40 chars of base64 (`A–Z a–z 0–9 + /`) with no prefix of its own, so it is
 * only looked for on lines that talk about AWS or a secret access key, and needs mixed case plus a
 * digit (which rules out git SHAs and words).
 */
export const awsSecretKey: Detector = {
  id: 'aws-secret-key',
  type: 'AWS_SECRET_KEY',
  category: 'SECRET',
  severity: 'critical',
  description: 'AWS secret access key (40 base64 characters next to an AWS or secret-key label)',
  // The access key id is the best anchor in code: `new BasicAWSCredentials("AKIA…", "<secret>")`.
  anchor: { keywords: ['aws', 'secretaccesskey', 'secret_access_key', 'secret-access-key', 'secret access key', 'akia', 'asia'] },
  patterns: [
    {
      name: 'bare 40-char key',
      // Boundaries by hand instead of \b: `/` and `+` are key characters. The char before the key is
      // consumed (`[^…]`, or the window's start), not looked behind at: a pattern led by a lookbehind
      // is entered at every position, one led by a negated class is skipped over by V8 where the class
      // fails, so positions inside a run of key chars cost nothing (the scan stays linear on long
      // base64 runs). Per MB of `AKIA`-dense provider soup (its windows merge into the whole line)
      // 13.1 → 9.1 ms, of base64 5.7 → 2.5 ms; realistic text unchanged. The same matches: no match
      // can start where the last one ended (the lookahead refused a key char there), so consuming
      // that char never takes it from a later match.
      regex: /(?:^|[^A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/g,
      group: 1,
      score: 0.6,
    },
  ],
  minEntropy: 4,
  validate: (value) => !isHex(value) && charClassCount(value) >= 3,
  context: { words: ['secret', 'credential', 'akia', 'asia'], boost: 0.25, before: 80 },
  // Reach from the label (`aws_secret_access_key = `) to the end of the value.
  maxLength: 160,
  preview: { head: 0, tail: 4 },
  examples: {
    match: [
      'aws_secret_access_key = O/HbkQfyy/KV5zjR3j1twdTKWTddB+XhkAS1voQG',
      'AWS_SECRET_ACCESS_KEY=6yyzyN9zHYIa4UOrGNATMuDJawTgsu8PO+799nKS',
      'AWS_SECRET_ACCESS_KEY="6yyzyN9zHYIa4UOrGNATMuDJawTgsu8PO+799nKS"',
      '"SecretAccessKey": "Nrh9UCauSDmLhuVtcqcYezdZ/tDDj8hYs5suKcNd",',
      'new BasicAWSCredentials("AKIAZ4TPQ6WNRDXH37LB", "Nrh9UCauSDmLhuVtcqcYezdZ/tDDj8hYs5suKcNd");',
    ],
    noMatch: [
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'aws commit 43fc912ef59a83054ea7f6706df4d53a7dea4d80 fixed it',
      'secret_access_key = O/HbkQfyy/KV5zjR3j1twdTKWTddB+XhkAS1voQGx',
      'the AWS bill was 4000 dollars this month, more than last year',
    ],
  },
};
