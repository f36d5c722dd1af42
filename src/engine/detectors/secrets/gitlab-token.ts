import type { Detector } from '../../types';
import { shannonEntropy } from '../../entropy';

/**
 * GitLab tokens, recognised by their documented prefixes
 * (https://docs.gitlab.com/ee/security/tokens/#token-prefixes): personal/project/group access
 * tokens (`glpat-`, also the routable `glpat-….xxxxxxxxx` form), deploy (`gldt-`), feed (`glft-`),
 * SCIM (`glsoat-`), runner (`glrt-`, `GR1348941…`), CI job (`glcbt-`), incoming mail (`glimt-`),
 * Kubernetes agent (`glagent-`), OAuth app secret (`gloas-`), feature-flag client (`glffct-`),
 * pipeline trigger (`glptt-`) tokens, and the `_gitlab_session` cookie value.
 */
export const gitlabToken: Detector = {
  id: 'gitlab-token',
  type: 'GITLAB_TOKEN',
  category: 'SECRET',
  severity: 'critical',
  description: 'GitLab token (glpat-, gldt-, glrt-, glptt-, gloas-… prefixes) or session cookie',
  anchor: {
    keywords: [
      'glpat-', 'gldt-', 'glft-', 'glsoat-', 'glrt-', 'glcbt-', 'glimt-', 'glagent-', 'gloas-', 'glffct-', 'glptt-',
      'gr1348941', '_gitlab_session=',
    ],
  },
  patterns: [
    { name: 'routable token', regex: /\bgl(?:pat|rt)-[0-9A-Za-z_-]{27,300}\.[0-9a-z]{9}\b/g, score: 0.92 },
    { name: 'personal access token', regex: /\bglpat-[0-9A-Za-z_-]{20}(?![0-9A-Za-z_.-])/g, score: 0.92 },
    {
      name: '20-char prefixed token',
      regex: /\b(?:gldt|glft|glsoat|glrt|glffct)-[0-9A-Za-z_-]{20}(?![0-9A-Za-z_.-])/g,
      score: 0.92,
    },
    { name: 'CI job token', regex: /\bglcbt-[0-9A-Za-z]{1,5}_[0-9A-Za-z_-]{20}(?![0-9A-Za-z_-])/g, score: 0.92 },
    { name: 'incoming mail token', regex: /\bglimt-[0-9A-Za-z_-]{25}(?![0-9A-Za-z_-])/g, score: 0.92 },
    { name: 'agent token', regex: /\bglagent-[0-9A-Za-z_-]{50}(?![0-9A-Za-z_-])/g, score: 0.92 },
    { name: 'oauth app secret', regex: /\bgloas-[0-9A-Za-z_-]{64}(?![0-9A-Za-z_-])/g, score: 0.92 },
    { name: 'pipeline trigger token', regex: /\bglptt-[0-9a-f]{40}(?![0-9A-Za-z_-])/g, score: 0.92 },
    { name: 'runner registration token', regex: /\bGR1348941[0-9A-Za-z_-]{20}(?![0-9A-Za-z_-])/g, score: 0.92 },
    { name: 'session cookie', regex: /\b_gitlab_session=([0-9a-z]{32})(?![0-9A-Za-z])/g, score: 0.85, group: 1 },
  ],
  // The random part must look random: `GR1348941` + `123123…` or a run of one letter is a sample.
  // 0.92: above a same-span email match when the token is URL user-info (`https://oauth2:glpat-…@gitlab.com`).
  validate: (value) => shannonEntropy(value.slice(value.indexOf('-') + 1 || 9)) >= 3,
  maxLength: 320,
  preview: { head: 6, tail: 4 },
  examples: {
    match: [
      'GITLAB_TOKEN=glpat-Xy7Qm2Lp9Rt4Vb6Nc8Wd',
      'git remote set-url origin https://oauth2:glpat-Xy7Qm2Lp9Rt4Vb6Nc8Wd@gitlab.com/acme/app.git',
      'runner token glrt-t1_Kx8Pq3Zr6Tv9Wb2Nd5Fh7Jm4Lc.01abc2def',
      'deploy: gldt-9fKq2Lx7Pw4Rz8Tb6Vn3',
      'trigger=glptt-0f3a9c27d1e84b6a5c0d2e9f7a1b3c5d7e9f1a2b',
      'Cookie: _gitlab_session=9f8e7d6c5b4a39281706f5e4d3c2b1a0',
      'registration GR1348941Kz8Qp3Wx7Rt2Vb5Nc9Ld',
    ],
    noMatch: [
      'glpat-XXXXXXXXXXX-XXXXXXXX',
      'GR134894112312312312312312312',
      'GR1348941XXXXXXXXXXXXXXXXXXXX',
      'the glpat- prefix marks personal access tokens',
    ],
  },
};
