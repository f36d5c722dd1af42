import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan';
import { PROVIDER_DETECTORS, PROVIDER_RULES } from './index';
import { anyCase, globallyAllowed, semi } from './define-provider';

const byId = new Map(PROVIDER_DETECTORS.map((d) => [d.id, d]));

describe('provider rules (gitleaks port)', () => {
  it('has one detector per ported gitleaks rule, with unique ids', () => {
    const ids = PROVIDER_DETECTORS.map((d) => d.id);
    expect(ids.length).toBeGreaterThanOrEqual(180);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('declares lower-case keywords and global regexes', () => {
    for (const d of PROVIDER_DETECTORS) {
      expect('keywords' in d.anchor, d.id).toBe(true);
      if (!('keywords' in d.anchor)) continue;
      for (const k of d.anchor.keywords) expect(k, d.id).toBe(k.toLowerCase());
      for (const p of d.patterns) expect(p.regex.flags, `${d.id} ${p.name}`).toContain('g');
    }
  });

  it.each(PROVIDER_DETECTORS.map((d) => [d.id, d] as const))('%s finds its gitleaks true positives and none of its false positives', (_id, d) => {
    const scanner = createScanner([d]);
    expect(d.examples.match.length).toBeGreaterThan(0);
    expect(d.examples.noMatch.length).toBeGreaterThan(0);
    const missed = d.examples.match.filter((text) => !scanner.scan(text).some((f) => f.detector === d.id));
    const wrongly = d.examples.noMatch.filter((text) => scanner.scan(text).some((f) => f.detector === d.id));
    expect({ missed, wrongly }).toEqual({ missed: [], wrongly: [] });
  });

  it('reports provider secrets as high-severity SECRET findings whose preview hides the value', () => {
    for (const rule of PROVIDER_RULES) {
      const d = byId.get(rule.id)!;
      for (const text of d.examples.match) {
        for (const f of createScanner([d]).scan(text)) {
          expect(f.category).toBe('SECRET');
          expect(f.severity).toBe('high');
          const value = text.slice(f.start, f.end);
          expect(f.preview.length, d.id).toBeLessThan(value.length);
          expect(f.preview, d.id).not.toContain(value.slice(0, Math.ceil(value.length / 2) + 1));
        }
      }
    }
  });
});

describe('define-provider helpers', () => {
  it('semi() finds a keyword-assigned value in gitleaks assignment styles and spans only the value', () => {
    const { regex, group } = semi('acme', '[a-z0-9]{8}');
    const value = 'q1w2e3r4';
    for (const text of [`ACME_TOKEN = "${value}"`, `acmeKey: ${value}`, `<acme>\n  ${value}\n</acme>`, `acme_key := \`${value}\``]) {
      regex.lastIndex = 0;
      expect(regex.exec(text)?.[group], text).toBe(value);
    }
    regex.lastIndex = 0;
    expect(regex.exec(`acme_key = "${value}x"`)).toBeNull();
  });

  it('anyCase() spells out both cases so a keyword matches in any case inside a case-sensitive regex', () => {
    const re = new RegExp(`^${anyCase('telegr')}$`);
    expect(re.test('TeLeGr')).toBe(true);
    expect(re.test('telegx')).toBe(false);
  });

  it('applies gitleaks global allowlist (templates, booleans, one repeated char, paths)', () => {
    for (const v of ['true', '${API_TOKEN}', '{{ token }}', '%TOKEN%', 'aaaaaaaaaaaa', '/etc/secrets/key', 'abcdefghijklmnopqrstuvwxyz12']) {
      expect(globallyAllowed(v), v).toBe(true);
    }
    expect(globallyAllowed('7vyh527mk4l6wkd-ph0dybgfvamlqvs5')).toBe(false);
  });
});
