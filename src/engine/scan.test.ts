import { describe, expect, it } from 'vitest';
import { groupEndsMatch } from './pattern-groups';
import { createScanner } from './scan';
import type { Detector } from './types';

// Small detectors declared here exercise the engine's mechanics independently of the built-in set.
const token: Detector = {
  id: 'test-token',
  type: 'API_TOKEN',
  category: 'SECRET',
  severity: 'high',
  description: 'Test token with a tok_ prefix',
  anchor: { keywords: ['tok_'] },
  patterns: [{ name: 'prefixed', regex: /\btok_([A-Za-z0-9]{16})\b/g, score: 0.9 }],
  examples: { match: ['tok_Ab3dEf6hIj9kLm2n'], noMatch: ['tok_short'] },
};
const nineDigits: Detector = {
  id: 'test-nine',
  type: 'US_SSN',
  category: 'GOVERNMENT_ID',
  severity: 'high',
  description: 'Nine digits in 3-2-4 groups',
  anchor: { numeric: { minDigits: 9, maxDigits: 9 } },
  patterns: [{ name: 'grouped', regex: /\b\d{3}-\d{2}-\d{4}\b/g, score: 0.4 }],
  context: { words: ['ssn'], boost: 0.3 },
  validate: (v) => !v.startsWith('000'),
  examples: { match: ['ssn 123-45-6789'], noMatch: ['123-45-6789'] },
};
const passwordValue: Detector = {
  id: 'test-password',
  type: 'PASSWORD_ASSIGNMENT',
  category: 'SECRET',
  severity: 'high',
  description: 'Password assigned in config',
  anchor: { keywords: ['password'] },
  patterns: [{ name: 'assign', regex: /password\s*=\s*(\S+)/g, score: 0.8, group: 1 }],
  examples: { match: ['password = hunter22'], noMatch: ['password = ${PW}'] },
};

describe('createScanner', () => {
  const scanner = createScanner([token, nineDigits, passwordValue]);

  it('reports a keyword-anchored secret with UTF-16 offsets and a safe preview', () => {
    const text = 'héllo 日本 tok_Ab3dEf6hIj9kLm2n end';
    const [f] = scanner.scan(text);
    expect(f).toMatchObject({ type: 'API_TOKEN', detector: 'test-token', category: 'SECRET' });
    expect(text.slice(f!.start, f!.end)).toBe('tok_Ab3dEf6hIj9kLm2n');
    expect(f!.preview).toBe('tok_…Lm2n');
    expect(f!.preview).not.toContain('Ab3dEf6h');
  });

  it('matches keywords case-insensitively but lets the pattern decide case', () => {
    expect(scanner.scan('TOK_Ab3dEf6hIj9kLm2n')).toHaveLength(0);
    expect(scanner.scan('x tok_Ab3dEf6hIj9kLm2n')).toHaveLength(1);
  });

  it('needs context for weak numeric patterns and honours validators', () => {
    expect(scanner.scan('order 123-45-6789 shipped')).toHaveLength(0);
    const [f] = scanner.scan('my SSN: 123-45-6789');
    expect(f).toMatchObject({ type: 'US_SSN', preview: '•••• 6789' });
    expect(f!.reason).toContain('near "ssn"');
    expect(scanner.scan('ssn 000-45-6789')).toHaveLength(0);
  });

  it('reports only the capture group and drops placeholders', () => {
    const text = 'password = hunter22';
    const [f] = scanner.scan(text);
    expect(text.slice(f!.start, f!.end)).toBe('hunter22');
    expect(scanner.scan('password = ${DB_PASSWORD}')).toHaveLength(0);
    expect(scanner.scan('password = <your-password>')).toHaveLength(0);
  });

  it('finds every occurrence on one long line once each', () => {
    const text = Array.from({ length: 50 }, (_, i) => `tok_Ab3dEf6hIj9kLm${String(i).padStart(2, '0')}`).join(' ');
    expect(scanner.scan(text)).toHaveLength(50);
  });

  it('applies the allowlist and allowed domains', () => {
    const s = createScanner([passwordValue], { allowlist: ['Hunter22'] });
    expect(s.scan('password = hunter22')).toHaveLength(0);
    expect(s.scan('password = hunter23')).toHaveLength(1);
  });

  it('resolves overlaps to one finding per stretch', () => {
    const wide: Detector = { ...token, id: 'test-wide', patterns: [{ name: 'wide', regex: /x tok_\w+/g, score: 0.95 }] };
    const findings = createScanner([token, wide]).scan('x tok_Ab3dEf6hIj9kLm2n');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.detector).toBe('test-wide');
  });
});

describe('numeric spans', () => {
  it('offers a span holding more digits than the value (card followed by its expiry)', () => {
    const card: Detector = {
      id: 'test-card',
      type: 'CREDIT_CARD',
      category: 'FINANCIAL',
      severity: 'high',
      description: 'Sixteen digits in groups of four',
      anchor: { numeric: { minDigits: 16, maxDigits: 16 } },
      patterns: [{ name: 'grouped', regex: /\b\d{4} \d{4} \d{4} \d{4}\b/g, score: 0.9 }],
      examples: { match: ['4111 1111 1111 1111'], noMatch: ['4111'] },
    };
    const text = 'card 4111 1111 1111 1111 12/26 thanks';
    const [f] = createScanner([card]).scan(text);
    expect(text.slice(f!.start, f!.end)).toBe('4111 1111 1111 1111');
  });
});

describe('capture groups', () => {
  it('reports the group at its own position even when the same text appears earlier in the match', () => {
    const d: Detector = {
      ...passwordValue,
      id: 'test-assign',
      anchor: { keywords: ['api_token'] },
      patterns: [{ name: 'assign', regex: /api_token_\w+ = "(\w+)"/g, score: 0.9, group: 1 }],
    };
    const text = 'api_token_Xq9vT3mZ8wL2 = "Xq9vT3mZ8wL2"';
    const [f] = createScanner([d]).scan(text);
    expect(f!.start).toBe(text.lastIndexOf('Xq9vT3mZ8wL2'));
  });

  it('reports the group at its own position when the same text appears later in the match', () => {
    const d: Detector = {
      ...passwordValue,
      id: 'test-echo',
      anchor: { keywords: ['echo'] },
      patterns: [{ name: 'echo', regex: /echo (\w{8,}) then \w{8,}/g, score: 0.9, group: 1 }],
    };
    const text = 'echo Zr8kQ2vXp9 then Zr8kQ2vXp9';
    const [f] = createScanner([d]).scan(text);
    expect(f!.start).toBe(text.indexOf('Zr8kQ2vXp9'));
  });

  it('does not share regex state between scanners', () => {
    const a = createScanner([token]);
    const b = createScanner([token]);
    const text = 'tok_Ab3dEf6hIj9kLm2n tok_Ab3dEf6hIj9kLm3n';
    expect(a.scan(text)).toHaveLength(2);
    expect(b.scan(text)).toHaveLength(2);
  });
});

describe('groupEndsMatch (a value group whose offset is the match end minus its length)', () => {
  it('is true for a top-level group followed by nothing or by lookarounds only', () => {
    expect(groupEndsMatch(String.raw`pw=([^\s]{1,200})`, 1)).toBe(true);
    expect(groupEndsMatch(String.raw`(?:a|b)=(?<v>[x)]+)(?=[\s"]|$)(?!y)`, 1)).toBe(true);
    expect(groupEndsMatch(String.raw`b|k=(\w+)`, 1)).toBe(true);
  });

  it('is false when anything may follow it, or it is nested, quantified or another group', () => {
    for (const [source, group] of [
      [String.raw`(["'])(\w+)\1`, 2],
      [String.raw`k=(\w+)[;]`, 1],
      [String.raw`k=(\w+)+`, 1],
      [String.raw`(?:k=(\w+))`, 1],
      [String.raw`k=(\w+)|x`, 1],
      [String.raw`k=(\w+)(?=a)b`, 1],
      [String.raw`(a)(b)`, 1],
      [String.raw`\((a)`, 2],
    ] as const) {
      expect(groupEndsMatch(source, group), source).toBe(false);
    }
  });
});
