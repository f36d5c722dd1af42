import { describe, expect, it } from 'vitest';
import { createScanner } from '../scan';
import { compileCustomDetectors } from './index';
import { sha256Hex } from './sha256';

const scanWith = (policy: unknown, text: string) => {
  const set = compileCustomDetectors(policy);
  return createScanner(set.detectors, { allowlist: set.allowlist, allowedDomains: set.allowedDomains }).scan(text);
};
const spans = (text: string, findings: { start: number; end: number }[]) => findings.map((f) => text.slice(f.start, f.end));

describe('custom term lists', () => {
  const policy = {
    customTerms: [
      { id: 'projects', label: 'Code names', terms: ['Falcon', 'Blue Heron'], action: 'block' },
      { id: 'exact', label: 'Case', terms: ['ACME-X'], caseSensitive: true, wholeWord: false },
    ],
  };

  it('matches whole words case-insensitively by default', () => {
    const text = 'Status of falcon and BLUE HERON; not Falconry.';
    expect(spans(text, scanWith(policy, text))).toEqual(['falcon', 'BLUE HERON']);
  });

  it('honours caseSensitive and wholeWord=false', () => {
    const text = 'xACME-Xy and acme-x';
    expect(spans(text, scanWith(policy, text))).toEqual(['ACME-X']);
  });

  it('records the action per rule and masks the preview', () => {
    const set = compileCustomDetectors(policy);
    expect(set.actions['custom-term-projects']).toBe('block');
    const [f] = createScanner(set.detectors).scan('Falcon');
    expect(f).toMatchObject({ type: 'CUSTOM', category: 'CUSTOM', preview: 'F•••••' });
  });
});

describe('custom RE2 patterns', () => {
  it('finds matches with UTF-16 offsets after non-ASCII text', () => {
    const text = 'été 日本 ticket PROJ-1234 and PROJ-99';
    const found = scanWith({ customPatterns: [{ id: 'proj', label: 'Jira', pattern: 'PROJ-[0-9]{4}' }] }, text);
    expect(spans(text, found)).toEqual(['PROJ-1234']);
  });

  it('disables only the invalid rule, with a clear error', () => {
    const set = compileCustomDetectors({
      customPatterns: [
        { id: 'bad', label: 'Bad', pattern: '(unclosed' },
        { id: 'lookbehind', label: 'JS-only', pattern: '(?<=a)b' },
        { id: 'empty', label: 'Empty', pattern: 'x*' },
        { id: 'good', label: 'Good', pattern: 'INC[0-9]{6}' },
        'not an object',
      ],
    });
    expect(set.detectors.map((d) => d.id)).toEqual(['custom-pattern-good']);
    expect(set.errors).toHaveLength(4);
    expect(set.errors[0]).toMatch(/customPatterns\[0\] \(id "bad"\): rule disabled, not a valid RE2 pattern/);
    expect(set.errors[2]).toMatch(/matches empty text/);
  });

  it('stays linear on a catastrophic pattern over 1 MB', () => {
    const text = 'a'.repeat(1_000_000);
    const started = performance.now();
    expect(scanWith({ customPatterns: [{ id: 'evil', label: 'Evil', pattern: '(a+)+b' }] }, text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('hashed exact-match lists', () => {
  const policy = {
    exactMatch: [
      { id: 'emails', label: 'VIP customers', normalize: 'email', sha256: [sha256Hex('vip.client@example.com')] },
      { id: 'accounts', label: 'Accounts', normalize: 'digits', sha256: [sha256Hex('4400123456')] },
      { id: 'names', label: 'Customers', normalize: 'lowercase', sha256: [sha256Hex('acme holdings ltd')] },
    ],
  };

  it('finds values by the hash of their normalised form', () => {
    const text = 'From VIP.Client@Example.com about account 44-0012-3456 of Acme  Holdings Ltd, not Acme alone.';
    expect(spans(text, scanWith(policy, text))).toEqual(['VIP.Client@Example.com', '44-0012-3456', 'Acme  Holdings Ltd']);
  });

  it('ignores values not on the list and malformed hashes', () => {
    const set = compileCustomDetectors({ exactMatch: [{ id: 'x', label: 'X', normalize: 'digits', sha256: ['zz', 42, sha256Hex('1')] }] });
    expect(set.errors).toEqual([
      'exactMatch[0] (id "x").sha256[0]: ignored, not a 64-character hex SHA-256',
      'exactMatch[0] (id "x").sha256[1]: ignored, not a 64-character hex SHA-256',
    ]);
    expect(scanWith(policy, 'other@example.com 4400123457 Acme Corp')).toEqual([]);
  });
});

describe('policy shape errors', () => {
  it.each([
    ['a string', 'nope', 'policy: expected a JSON object'],
    ['a non-array list', { customTerms: {} }, 'customTerms: ignored, expected an array'],
    ['a duplicate id', { customTerms: [{ id: 'a', terms: ['x'] }, { id: 'a', terms: ['y'] }] }, 'duplicate id "a"'],
    ['a bad id', { customTerms: [{ id: 'has space', terms: ['x'] }] }, '`id` must be'],
    ['a bad normalize', { exactMatch: [{ id: 'a', normalize: 'upper', sha256: [] }] }, '`normalize` must be one of'],
    ['a bad flag', { customTerms: [{ id: 'a', terms: ['x'], wholeWord: 'yes' }] }, '`wholeWord` must be true or false'],
  ])('reports %s', (_name, policy, message) => {
    const set = compileCustomDetectors(policy);
    expect(set.errors.join('\n')).toContain(message);
  });

  it('caps huge rule lists instead of freezing', () => {
    const rules = Array.from({ length: 2000 }, (_, i) => ({ id: `r${i}`, terms: [`term${i}`] }));
    const set = compileCustomDetectors({ customTerms: rules });
    expect(set.detectors).toHaveLength(500);
    expect(set.errors).toContain('customTerms: only the first 500 rules are used');
  });

  it('applies allowlist and allowed domains to built-in-style findings', () => {
    const set = compileCustomDetectors({ allowlist: ['Falcon'], allowedDomains: ['@Corp.example'], customTerms: [{ id: 't', terms: ['Falcon', 'Heron'] }] });
    expect(set.allowedDomains).toEqual(['corp.example']);
    const found = createScanner(set.detectors, { allowlist: set.allowlist }).scan('Falcon and Heron');
    expect(found.map((f) => f.start)).toEqual([11]);
  });
});
