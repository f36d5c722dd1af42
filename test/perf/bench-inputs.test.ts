/**
 * The benchmark's inputs are what they claim to be: deterministic, exactly sized, varied, and with
 * sparse sensitive values (one per 2–5 KB). The bench and the linear-time tests rely on this.
 */
import { describe, expect, it } from 'vitest';
import { HOSTILE_INPUTS } from '../../bench/hostile-inputs';
import { prompt2k, realisticText, realisticTextWithStats, utf8Length } from '../../bench/realistic-text';
import { withLuhn } from '../../bench/sensitive-values';

const MB = 1024 * 1024;

describe('realisticText', () => {
  it('is deterministic per seed and differs across seeds', () => {
    expect(realisticText(50_000, 7)).toBe(realisticText(50_000, 7));
    expect(realisticText(50_000, 7)).not.toBe(realisticText(50_000, 8));
  });

  it('is exactly the requested number of UTF-8 bytes', () => {
    for (const n of [1, 100, 4096, 123_457, MB]) expect(utf8Length(realisticText(n, 3))).toBe(n);
  });

  it('plants one sensitive value every 2–5 KB on average, of many kinds', () => {
    const { planted, bytes } = realisticTextWithStats(2 * MB, 1);
    const total = Object.values(planted).reduce((a, b) => a + (b ?? 0), 0);
    const gap = bytes / total;
    expect(gap).toBeGreaterThanOrEqual(2000);
    expect(gap).toBeLessThanOrEqual(5000);
    for (const kind of ['email', 'phone', 'creditCard', 'iban', 'ssn', 'awsAccessKeyId', 'githubToken', 'jwt', 'password'] as const) {
      expect(planted[kind] ?? 0, kind).toBeGreaterThan(5);
    }
  });

  it('mixes prose in four languages, code, logs, CSV, JSON, Markdown, traces and some non-ASCII', () => {
    const { text, segments } = realisticTextWithStats(MB, 1);
    for (const kind of ['proseEn', 'proseFr', 'proseDe', 'proseEs', 'codeJs', 'codePy', 'codeGo', 'logs', 'csv', 'json', 'markdown', 'stackTrace', 'config', 'sql']) {
      expect(segments[kind] ?? 0, kind).toBeGreaterThan(10);
    }
    expect(text).toMatch(/[éèàüöäñç]/);
    expect(text).toMatch(/—/);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).toMatch(/\p{Extended_Pictographic}/u);
    // No padding: apart from code boilerplate (imports, closing braces), lines do not repeat.
    const long = text.split('\n').filter((l) => l.length >= 40);
    expect(new Set(long).size / long.length).toBeGreaterThan(0.8);
  });
});

describe('prompt2k', () => {
  it('is a ~2 KB ticket with a stack trace and exactly one email', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const p = prompt2k(seed);
      expect(utf8Length(p)).toBeGreaterThan(1900);
      expect(utf8Length(p)).toBeLessThanOrEqual(2048);
      expect(p).toContain('\tat com.');
      expect(p.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)).toHaveLength(1);
    }
    expect(prompt2k(1)).not.toBe(prompt2k(2));
  });
});

describe('hostile inputs', () => {
  it.each(HOSTILE_INPUTS.map((h) => [h.id, h] as const))('%s has exactly the requested length', (_id, h) => {
    expect(h.make(1000).length).toBe(1000);
    expect(h.make(65_537).length).toBe(65_537);
  });
});

describe('sensitive values', () => {
  it('withLuhn appends the check digit of known test cards', () => {
    expect(withLuhn('424242424242424')).toBe('4242424242424242');
    expect(withLuhn('411111111111111')).toBe('4111111111111111');
    expect(withLuhn('37828224631000')).toBe('378282246310005');
  });
});
