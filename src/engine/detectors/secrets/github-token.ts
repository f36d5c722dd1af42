import type { Detector } from '../../types';
import { isValidGithubClassicToken } from '../../validators/secrets/github-checksum';

/**
 * GitHub classic tokens: `ghp_` (personal), `gho_` (OAuth), `ghu_` (app user-to-server), `ghs_` (app
 * server-to-server), `ghr_` (refresh) + 36 base62 chars whose last 6 are the base62 CRC-32 of the
 * 30 before. A failing checksum means the string was made up (docs, tests): not a finding.
 * The example tokens below were generated with `githubChecksum` and are not real credentials.
 */
export const githubClassicToken: Detector = {
  id: 'github-classic-token',
  type: 'GITHUB_TOKEN',
  category: 'SECRET',
  severity: 'critical',
  description: 'GitHub token (ghp_/gho_/ghu_/ghs_/ghr_) with a valid CRC-32 checksum',
  anchor: { keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], lead: 0 },
  patterns: [{ name: 'checksummed token', regex: /\bgh[pousr]_[0-9A-Za-z]{36}\b/g, score: 0.9 }],
  validate: (value) => (isValidGithubClassicToken(value) ? 0.97 : false),
  maxLength: 40,
  preview: { head: 4, tail: 4 },
  examples: {
    match: [
      'GITHUB_TOKEN=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',
      'git clone https://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@github.com/acme/app.git',
      'oauth: 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',
      'token ghu_8s2TKImWpEmzQzF2kJRTINsjuGePD73Pku3h expired',
      '"installation": "ghs_4RxDzAEEbqIW0CfvFdLLrCPe9wu5L020X2hH"',
      'refresh=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',
    ],
    noMatch: [
      // Right shape, wrong checksum (last char changed).
      'GITHUB_TOKEN=ghp_rgKoP5VvmNI928LClFwPIdZsqtUppQ47ludS',
      'gho_16C7e42F292c6912E7710c838347Ae178B4a',
      'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      '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x',
    ],
  },
};

/**
 * Fine-grained personal access tokens: `github_pat_` + 22 base62 + `_` + 59 base62 (82 chars of
 * `\w` after the prefix). No public checksum, so the prefix carries the confidence.
 */
export const githubFineGrainedPat: Detector = {
  id: 'github-fine-grained-pat',
  type: 'GITHUB_TOKEN',
  category: 'SECRET',
  severity: 'critical',
  description: 'GitHub fine-grained personal access token (github_pat_…)',
  anchor: { keywords: ['github_pat_'], lead: 0 },
  patterns: [{ name: 'fine-grained pat', regex: /\bgithub_pat_\w{82}(?!\w)/g, score: 0.9 }],
  minEntropy: 3.5,
  maxLength: 93,
  preview: { head: 11, tail: 4 },
  examples: {
    match: [
      'GH_TOKEN=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',
      'use 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 for CI',
      '{"token":"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"}',
    ],
    noMatch: [
      'github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'github_pat_ is the prefix of fine-grained tokens',
      'github_pat_11Ky9Pf34qY6Nb3wWD25RQ_short',
    ],
  },
};
