import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan';
import type { Detector, Finding } from '../../types';
import { githubChecksum } from '../../validators/secrets/github-checksum';
import { SECRET_DETECTORS } from './index';

const byId = (id: string): Detector => {
  const d = SECRET_DETECTORS.find((x) => x.id === id);
  if (!d) throw new Error(`no detector ${id}`);
  return d;
};
const scanWith = (d: Detector, text: string): Finding[] => createScanner([d]).scan(text);
const values = (d: Detector, text: string): string[] => scanWith(d, text).map((f) => text.slice(f.start, f.end));

describe.each(SECRET_DETECTORS.map((d) => [d.id, d] as const))('%s', (_id, detector) => {
  it('has at least 3 match and 3 noMatch examples', () => {
    expect(detector.examples.match.length).toBeGreaterThanOrEqual(3);
    expect(detector.examples.noMatch.length).toBeGreaterThanOrEqual(3);
  });

  it.each(detector.examples.match.map((t) => [t]))('finds %s', (text) => {
    const found = scanWith(detector, text).filter((f) => f.detector === detector.id);
    expect(found.length, text).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.type).toBe(detector.type);
      expect(f.score).toBeGreaterThanOrEqual(0.5);
      // The preview never shows the value itself.
      expect(f.preview).not.toBe(text.slice(f.start, f.end));
    }
  });

  it.each(detector.examples.noMatch.map((t) => [t]))('ignores %s', (text) => {
    expect(scanWith(detector, text).filter((f) => f.detector === detector.id)).toEqual([]);
  });

  it('stays linear on long hostile lines', () => {
    const hostile = [
      'a'.repeat(200_000),
      'A1b2+/'.repeat(40_000),
      'eyJ'.repeat(60_000),
      '-----BEGIN RSA PRIVATE KEY-----\n'.repeat(6_000),
      'password = '.repeat(20_000),
      'token: '.repeat(30_000),
      'postgres://a:'.repeat(15_000),
      'Server=x;'.repeat(20_000),
      'xoxb-1234567890-'.repeat(12_000),
      `${'secret_key_'.repeat(5_000)}= ${'Zz9'.repeat(50_000)}`,
    ];
    const scanner = createScanner([detector]);
    for (const text of hostile) {
      const t0 = performance.now();
      scanner.scan(text);
      expect(performance.now() - t0, `${detector.id} on ${text.slice(0, 24)}…`).toBeLessThan(1500);
    }
  });
});

describe('exact spans', () => {
  const cases: [string, string, string][] = [
    ['aws-access-key', 'AWS_ACCESS_KEY_ID=AKIAZ4TPQ6WNRDXH37LB;', 'AKIAZ4TPQ6WNRDXH37LB'],
    ['aws-secret-key', 'aws_secret_access_key="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"', 'O/HbkQfyy/KV5zjR3j1twdTKWTddB+XhkAS1voQG'],
    ['github-classic-token', 'url https://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@github.com', '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'],
    ['gitlab-token', 'Cookie: _gitlab_session=9f8e7d6c5b4a39281706f5e4d3c2b1a0; path=/', '9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
    ['slack-token', '(xoxb-781236542736-2364535789652-GkwFDQoHqzXDVsC6GzqYUypD)', 'xoxb-781236542736-2364535789652-GkwFDQoHqzXDVsC6GzqYUypD'],
    [
      'slack-webhook',
      'hook: "https://hooks.slack.com/services/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".',
      'https://hooks.slack.com/services/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',
    ],
    ['stripe-key', "Stripe.apiKey = 'sk_live_51Hc9QpK2eZvKYlo2C8Xq4RtB7nWm3Lp6Vd9Fs2Gh5Jk8';", 'sk_live_51Hc9QpK2eZvKYlo2C8Xq4RtB7nWm3Lp6Vd9Fs2Gh5Jk8'],
    ['google-api-key', 'key=AIzaBeuERO7u3LAVYm7T8lQGi2RDKOCsf0IwN2p&x=1', 'AIzaBeuERO7u3LAVYm7T8lQGi2RDKOCsf0IwN2p'],
    [
      'db-connection-string',
      'Use postgres://app:Tr0ub4dor3x@db.internal:5432/orders, then retry.',
      'postgres://app:Tr0ub4dor3x@db.internal:5432/orders',
    ],
    [
      'db-connection-string-ado',
      '"ConnectionStrings": {"Crm": "Server=tcp:acme.database.windows.net,1433;User ID=crmapp;Password=Zx9!qW3#rT;Encrypt=True;"}',
      'Server=tcp:acme.database.windows.net,1433;User ID=crmapp;Password=Zx9!qW3#rT;Encrypt=True',
    ],
    ['password-assignment', 'DB_PASSWORD=Tr0ub4dor&3x # prod', 'Tr0ub4dor&3x'],
    ['password-assignment', '{"password": "Kx9#mQ2$vL", "user": "a"}', 'Kx9#mQ2$vL'],
    ['password-assignment', 'my password is Sunflower#2024.', 'Sunflower#2024'],
    ['password-assignment', 'Das Passwort lautet: Geheim123!', 'Geheim123'],
    ['password-assignment', "pw = 'it\\'s-a-s3cret'", "it\\'s-a-s3cret"],
    ['generic-secret', 'client_secret = "Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB";', 'Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB'],
    ['generic-secret', 'Authorization: Bearer 7fQ2xLp9Zr4Tv8Wb2Nd5Kh1Jm6Yc3Ae0\n', '7fQ2xLp9Zr4Tv8Wb2Nd5Kh1Jm6Yc3Ae0'],
  ];
  it.each(cases)('%s spans exactly the value in %s', (id, text, expected) => {
    expect(values(byId(id), text)).toEqual([expected]);
  });

  it('private keys span the block from BEGIN to END, or to the last body line when END is missing', () => {
    const key = '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oWXUTS5UaUB7oAoGCCqGSM49\nAwEHoUQDQgAE8l6Yr3xQbO9EJx4fYl2m3Kp5d9Wq\n-----END EC PRIVATE KEY-----';
    expect(values(byId('private-key'), `my key:\n${key}\nthanks`)).toEqual([key]);
    const truncated = key.slice(0, key.indexOf('\n-----END'));
    expect(values(byId('private-key'), `${truncated}\n\nwhy does ssh reject it?`)).toEqual([truncated]);
  });

  it('jwt spans the three segments', () => {
    const token =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VybmFtZTpib2IifQ.HcfCW67Uda-0gz54ZWTqmtgJnZeNem0Q757eTa9EZuw';
    expect(values(byId('jwt'), `"Authorization": "Bearer ${token}",`)).toEqual([token]);
  });
});

describe('github checksum', () => {
  /** Generates a token with a correct checksum: what a real GitHub token looks like. */
  const make = (prefix: string, body: string) => `${prefix}_${body}${githubChecksum(body)}`;

  it('finds generated tokens and rejects the same tokens with a broken checksum', () => {
    const d = byId('github-classic-token');
    for (const body of ['A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5', 'zzzzY0yyyyX1xxxxW2wwwwV3vvvvU4', '0123abcdWXYZ4567efghSTUV89ijkl']) {
      const token = make('ghp', body);
      expect(values(d, `token ${token}`)).toEqual([token]);
      const broken = token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a');
      expect(values(d, `token ${broken}`)).toEqual([]);
    }
  });

  it('scores checksum-validated tokens at 0.95 or more', () => {
    const [f] = scanWith(byId('github-classic-token'), 'GITHUB_TOKEN=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');
    expect(f!.score).toBeGreaterThanOrEqual(0.95);
    expect(f!.preview).toBe('ghp_…ludR');
  });
});

describe('previews', () => {
  it('show the public prefix and a short tail, never the secret', () => {
    const text = 'postgres://app:Tr0ub4dor3x@db.internal:5432/orders';
    const [f] = scanWith(byId('db-connection-string'), text);
    expect(f!.preview).toBe('postgres://•••@db.internal:5432 •••');
    expect(f!.preview).not.toContain('Tr0ub4dor3x');
    const [aws] = scanWith(byId('aws-access-key'), 'AKIAZ4TPQ6WNRDXH37LB');
    expect(aws!.preview).toBe('AKIA…37LB');
    const [pw] = scanWith(byId('password-assignment'), 'password = "Kx9#mQ2$vL"');
    expect(pw!.preview).toBe('K…L');
    const [short] = scanWith(byId('password-assignment'), 'password = "Kx9#mQ"');
    expect(short!.preview).toBe('••••');
    const [generic] = scanWith(byId('generic-secret'), 'client_secret = "Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB"');
    expect(generic!.preview).toBe('…HznB');
  });
});

describe('whole secret set', () => {
  const scanner = createScanner(SECRET_DETECTORS);

  it('reports one finding per secret, the most specific type winning overlaps', () => {
    const text = [
      'GITHUB_TOKEN=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',
      'DATABASE_URL=postgres://app:Tr0ub4dor3x@db.internal:5432/orders',
      'api_key: "AIzaBeuERO7u3LAVYm7T8lQGi2RDKOCsf0IwN2p"',
      'conn = "Server=db;User Id=sa;Password=Zx9!qW3#rT;"',
    ].join('\n');
    const found = scanner.scan(text).map((f) => [f.type, text.slice(f.start, f.end)]);
    expect(found).toEqual([
      ['GITHUB_TOKEN', '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'],
      ['DB_CONNECTION_STRING', 'postgres://app:Tr0ub4dor3x@db.internal:5432/orders'],
      ['GOOGLE_API_KEY', 'AIzaBeuERO7u3LAVYm7T8lQGi2RDKOCsf0IwN2p'],
      ['DB_CONNECTION_STRING', 'Server=db;User Id=sa;Password=Zx9!qW3#rT'],
    ]);
  });

  it('does not flag ids, hashes, versions and prose', () => {
    const text = [
      'request_id: 123e4567-e89b-12d3-a456-426614174000',
      'commit 43fc912ef59a83054ea7f6706df4d53a7dea4d80 (HEAD -> main)',
      'sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      'version: 2.14.3-beta.2',
      'created_at: 2024-05-01T10:22:03Z',
      'Please reset your password: the password is required to log in.',
      'The token expires in 3600 seconds.',
      'AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    ].join('\n');
    expect(scanner.scan(text).map((f) => `${f.detector}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });
});

/**
 * Recall on gitleaks' public samples for the rules this slice covers (rule id → our detector). The
 * per-rule numbers are printed; the floor below is what the design allows (classic GitHub samples
 * are random strings with no valid checksum and are rejected on purpose; the numbers are in the
 * report).
 */
describe('gitleaks samples', () => {
  const CORPUS = new URL('../../../../../shared/corpus/gitleaks-samples.jsonl', import.meta.url);
  const RULES: Record<string, string[]> = {
    'aws-access-token': ['aws-access-key'],
    'github-pat': ['github-classic-token'],
    'github-oauth': ['github-classic-token'],
    'github-app-token': ['github-classic-token'],
    'github-refresh-token': ['github-classic-token'],
    'github-fine-grained-pat': ['github-fine-grained-pat'],
    'slack-bot-token': ['slack-token'],
    'slack-user-token': ['slack-token'],
    'slack-app-token': ['slack-token'],
    'slack-legacy-bot-token': ['slack-token'],
    'slack-legacy-token': ['slack-token'],
    'slack-legacy-workspace-token': ['slack-token'],
    'slack-config-access-token': ['slack-token'],
    'slack-config-refresh-token': ['slack-token'],
    'slack-webhook-url': ['slack-webhook'],
    'stripe-access-token': ['stripe-key'],
    'openai-api-key': ['openai-key'],
    'anthropic-api-key': ['anthropic-key'],
    'anthropic-admin-api-key': ['anthropic-key'],
    'gcp-api-key': ['google-api-key'],
    jwt: ['jwt'],
    'jwt-base64': ['jwt'],
    'private-key': ['private-key'],
    'generic-api-key': SECRET_DETECTORS.map((d) => d.id),
  };
  for (const id of [
    'gitlab-pat', 'gitlab-pat-routable', 'gitlab-ptt', 'gitlab-rrt', 'gitlab-cicd-job-token', 'gitlab-deploy-token',
    'gitlab-feature-flag-client-token', 'gitlab-feed-token', 'gitlab-incoming-mail-token', 'gitlab-kubernetes-agent-token',
    'gitlab-oauth-app-secret', 'gitlab-runner-authentication-token', 'gitlab-runner-authentication-token-routable',
    'gitlab-scim-token', 'gitlab-session-cookie',
  ]) RULES[id] = ['gitlab-token'];

  let samples: { rule_id: string; text: string; expect: boolean }[] = [];
  try {
    samples = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    // corpus not present in this checkout
  }

  it.skipIf(samples.length === 0)('reports recall per rule id and false positives', () => {
    const scanners = new Map(Object.entries(RULES).map(([rule, ids]) => [rule, createScanner(SECRET_DETECTORS.filter((d) => ids.includes(d.id)))]));
    const rows: { rule: string; tp: number; total: number; fp: number; negatives: number }[] = [];
    const misses: string[] = [];
    for (const [rule, scanner] of scanners) {
      const mine = samples.filter((s) => s.rule_id === rule);
      const pos = mine.filter((s) => s.expect);
      const neg = mine.filter((s) => !s.expect);
      const tp = pos.filter((s) => scanner.scan(s.text).length > 0);
      for (const s of pos) if (!tp.includes(s) && misses.length < 400) misses.push(`${rule}: ${s.text.slice(0, 140)}`);
      const fp = neg.filter((s) => scanner.scan(s.text).length > 0);
      rows.push({ rule, tp: tp.length, total: pos.length, fp: fp.length, negatives: neg.length });
    }
    const lines = rows.map((r) => `${r.rule.padEnd(44)} recall ${r.tp}/${r.total} (${((100 * r.tp) / Math.max(1, r.total)).toFixed(0)}%)  fp ${r.fp}/${r.negatives}`);
    const tp = rows.reduce((a, r) => a + r.tp, 0);
    const total = rows.reduce((a, r) => a + r.total, 0);
    console.log(`${lines.join('\n')}\nTOTAL recall ${tp}/${total} (${((100 * tp) / total).toFixed(1)}%)\n--- misses ---\n${misses.join('\n')}`);
    // Per-rule floors for the rules whose samples are real-format: these must stay found.
    const floor = (rule: string) => rows.find((r) => r.rule === rule)!;
    for (const rule of ['aws-access-token', 'stripe-access-token', 'openai-api-key', 'gcp-api-key', 'slack-webhook-url', 'github-fine-grained-pat', 'gitlab-pat']) {
      const r = floor(rule);
      expect(r.tp / r.total, rule).toBeGreaterThanOrEqual(0.95);
    }
  });
});

/** Engine behaviours these detectors depend on, kept as regression tests. */
describe('engine behaviours secrets depend on', () => {
  // Was blocked by the shared placeholder filter's old "6 equal chars" rule (OpenSSH bodies hold
  // `AAAAAA`); the filter now needs the run to cover 40% of the value. Kept as a regression test.
  it('finds an OpenSSH private key despite its AAAAAA runs', () => {
    const key = [
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
      'QyNTUxOQAAACCfQb1by7Dx172m7IcH13fG8T+mDeYoHF943j9hixqSPwAAAI8DuzdoA7s3',
      'aAAAAAtzc2gtZWQyNTUxOQAAACCfQb1by7Dx172m7IcH13fG8T+mDeYoHF943j9hixqSPw',
      'AAAEBHLurexGMow8wSI56ecSAhAPjfATXGN/X7Kt8qSlD2MorgraA0LvD3sDL39+RiTAVc',
      'airvJUMQVE3RmpYAmK21AAAACXVzZXJAaG9zdAECAw==',
      '-----END OPENSSH PRIVATE KEY-----',
    ].join('\n');
    expect(values(byId('private-key'), key)).toEqual([key]);
  });

  // Same rule, and low entropy: `511111111` in a Slack workspace token's team id (gitleaks sample).
  it('finds a Slack workspace token whose ids repeat a digit', () => {
    const token = 'xoxa-2-511111111-31111111111-3111111111111-e039d02840a0b9379c';
    expect(values(byId('slack-token'), `slack_token: ${token}`)).toEqual([token]);
  });

  // KeywordIndex only sees keywords at a word start or after `_`, so camelCase keys are invisible.
  it('finds secrets under camelCase keys (dbPassword, clientSecret, accessToken)', () => {
    expect(values(byId('password-assignment'), 'const dbPassword = "Kx9#mQ2$vL";')).toEqual(['Kx9#mQ2$vL']);
    expect(values(byId('generic-secret'), 'clientSecret: "Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB"')).toEqual(['Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB']);
  });

  it('finds them once the keyword is visible (proves the detectors themselves handle camelCase)', () => {
    const full = (d: Detector): Detector => ({ ...d, anchor: { full: true } });
    expect(values(full(byId('password-assignment')), 'const dbPassword = "Kx9#mQ2$vL";')).toEqual(['Kx9#mQ2$vL']);
    expect(values(full(byId('generic-secret')), 'clientSecret: "Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB"')).toEqual(['Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB']);
    expect(values(full(byId('generic-secret')), 'mySecretString=SojDDB59QxLbiwRmT9d89DL4qOH2bk')).toEqual(['SojDDB59QxLbiwRmT9d89DL4qOH2bk']);
    expect(values(full(byId('generic-secret')), 'var hmacSecret = []byte("I39WkuExEyDzZoEQO8ziiF34rZ7tSmjNM25PRt1")')).toEqual(['I39WkuExEyDzZoEQO8ziiF34rZ7tSmjNM25PRt1']);
    // …and still reject glued non-secret names.
    expect(values(full(byId('password-assignment')), 'compass = "N12E45W"')).toEqual([]);
    expect(values(full(byId('generic-secret')), 'notes = "io.jsonwebtoken:jjwt-jackson-0.11.2"')).toEqual([]);
  });
});
