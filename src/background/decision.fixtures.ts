/** A valid `guard-decision` event for the background tests, with overrides. */
import type { GuardEvent } from '../decisions/types';

export function decision(overrides: Record<string, unknown> = {}): GuardEvent {
  return {
    kind: 'guard-decision',
    at: 1_750_000_000_000,
    site: 'chatgpt',
    host: 'chatgpt.com',
    channel: 'paste',
    action: 'warn',
    choice: 'redacted',
    counts: { EMAIL: 1, GITHUB_TOKEN: 1 },
    findings: [
      { type: 'EMAIL', category: 'PII', severity: 'medium', detector: 'email', preview: 'j•••@example.com' },
      { type: 'GITHUB_TOKEN', category: 'SECRET', severity: 'critical', detector: 'github-pat', preview: 'ghp_…a1B2' },
    ],
    ...overrides,
  } as GuardEvent;
}
