import type { Detector } from '../../types';

/**
 * OpenAI API keys. Current keys are `sk-proj-`, `sk-svcacct-` or `sk-admin-` + ~150 chars; legacy
 * keys are `sk-` + 20 + `T3BlbkFJ` + 20. `T3BlbkFJ` is base64 of "OpenAI" and appears in nearly every
 * key, so it is the strongest signal. A bare `sk-` + 48 alphanumerics (the legacy length) is weaker:
 * several other providers share the `sk-` prefix, so it needs an OpenAI word nearby.
 */
export const openaiKey: Detector = {
  id: 'openai-key',
  type: 'OPENAI_KEY',
  category: 'SECRET',
  severity: 'critical',
  description: 'OpenAI API key (sk-proj-, sk-svcacct-, sk-admin-, or legacy sk-…T3BlbkFJ…)',
  anchor: { keywords: ['sk-'], lead: 0 },
  patterns: [
    {
      name: 'scoped key with marker',
      regex: /\bsk-(?:proj|svcacct|admin)-[0-9A-Za-z_-]{20,120}T3BlbkFJ[0-9A-Za-z_-]{20,120}(?![0-9A-Za-z_-])/g,
      score: 0.95,
    },
    { name: 'legacy key with marker', regex: /\bsk-[0-9A-Za-z]{20}T3BlbkFJ[0-9A-Za-z]{20}(?![0-9A-Za-z_-])/g, score: 0.95 },
    { name: 'scoped key', regex: /\bsk-(?:proj|svcacct|admin)-[0-9A-Za-z_-]{40,250}(?![0-9A-Za-z_-])/g, score: 0.85 },
    { name: 'legacy-length key', regex: /\bsk-[0-9A-Za-z]{48}(?![0-9A-Za-z_-])/g, score: 0.45 },
  ],
  minEntropy: 3.5,
  context: { words: ['openai', 'gpt', 'chatgpt', 'open_ai'], boost: 0.3, before: 80 },
  maxLength: 270,
  preview: { head: 8, tail: 4 },
  examples: {
    match: [
      'OPENAI_API_KEY=sk-proj-Rk3Zq8Tv2Wb5Nd9Fh1Jm4Lc7Px0Sy2AgT3BlbkFJQe6Ur8Ot1Iw3Ey5Ru7Ty9Ui2Op4As6Dk',
      'openai.api_key = "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"',
      'client = OpenAI(api_key="sk-svcacct-Kx8Pq3Zr6Tv9Wb2Nd5Fh7Jm4Lc1Sy0Ag3Qe6Ur8Ot1Iw3Ey5Ru7Ty9Ui2Op4As6")',
      'my OpenAI key is sk-Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz2Xc4Vb6Nm8Qw0Er2Ty4',
    ],
    noMatch: [
      'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'sk-Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz2Xc4Vb6Nm8Qw0Er2Ty4 without any provider name',
      'see the task-list in desk-top.md',
      'sk-proj-...',
    ],
  },
};
