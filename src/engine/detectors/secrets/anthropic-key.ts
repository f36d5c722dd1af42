import type { Detector } from '../../types';

/**
 * Anthropic API keys: `sk-ant-api03-` (API) and `sk-ant-admin01-` (Admin API) + 93 chars + `AA`.
 * Other `sk-ant-<kind><nn>-` tokens (e.g. OAuth tokens) follow the same layout with other kinds.
 */
export const anthropicKey: Detector = {
  id: 'anthropic-key',
  type: 'ANTHROPIC_KEY',
  category: 'SECRET',
  severity: 'critical',
  description: 'Anthropic API or Admin key (sk-ant-api03-…, sk-ant-admin01-…)',
  anchor: { keywords: ['sk-ant-'], lead: 0 },
  patterns: [
    { name: 'api or admin key', regex: /\bsk-ant-(?:api03|admin01)-[0-9A-Za-z_-]{93}AA(?![0-9A-Za-z_-])/g, score: 0.95 },
    { name: 'other key kind', regex: /\bsk-ant-[a-z]{2,8}\d{2}-[0-9A-Za-z_-]{80,160}AA(?![0-9A-Za-z_-])/g, score: 0.9 },
  ],
  minEntropy: 3.5,
  maxLength: 190,
  preview: { head: 13, tail: 4 },
  examples: {
    match: [
      'ANTHROPIC_API_KEY=sk-ant-api03-y1_p1-qe9g86i-zw0vh8tt4t1b30uz8vn98abzxseti0_wp8pvrq4ozqi6op56agc8rps-k-e2q3ymf61bdoysel-v8q5AA',
      'admin: sk-ant-admin01-r0ru6f4k7c2v5pbmz_k70v_2-hl1q1ow4czamenqmvtbt89l7wvuqxgpyh6yrm799ifrdoekfoklwgotyyni_m_6my4d-AA',
      'export CLAUDE_TOKEN="sk-ant-oat01-Kx8Pq3Zr6Tv9Wb2Nd5Fh7Jm4Lc1Sy0Ag3Qe6Ur8Ot1Iw3Ey5Ru7Ty9Ui2Op4As6Dk8Fl0Gz2Hx4Cv6Bn8Mq0Wr2Es4AA"',
    ],
    noMatch: [
      'sk-ant-api03-abc123xyz-456de-klMnopqrstuvwx-3456yza789bcde-1234fghijklmnopAA',
      'sk-ant-api03-abc123xyz-456def789ghij-klmnopqrstuvwx-3456yza789bcde-1234fghijklmnopby56aaaogaopaaaabc123xyzBB',
      'sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxAA',
    ],
  },
};
