import { describe, expect, it } from 'vitest';
import { adminProblems } from './state';
import { POLICY_MESSAGES, policyMessage, type PolicyMessageCode } from './messages';
import { validatePolicy } from './validate';

const CODES = Object.keys(POLICY_MESSAGES) as PolicyMessageCode[];
const HEX = 'a'.repeat(64);

/** One policy that trips most validators at once (the bad values of validate.test.ts, in one object). */
const HOSTILE = JSON.parse(`{
  "__proto__": 1, "colour": "red", "enabled": "yes", "mode": "audit-only", "defaultAction": 7,
  "actions": { "EMAILS": "block", "constructor": "warn", "EMAIL": "nuke" },
  "sites": { "https://chatgpt.com/": {}, "claude.ai": { "enabled": 1, "colour": 2 }, "gemini.google.com": [] },
  "extraSites": [1, { "match": "<all_urls>" }, { "match": "ai.corp.example", "composerSelector": "div[" }],
  "customTerms": [{ "id": "a", "terms": [] }, { "id": "a b" }, 3, { "id": "t", "terms": ["x"], "wholeWord": "y", "label": "${'l'.repeat(200)}" }],
  "customPatterns": [{ "id": "p", "pattern": "(?=x)" }, { "id": "q", "pattern": 4 }, { "id": "t", "pattern": "x" }],
  "exactMatch": [{ "id": "e", "normalize": "upper", "sha256": ["${HEX}"] }, { "id": "f", "sha256": ["zz"] }],
  "allowlist": "x", "allowedDomains": ["not a domain"],
  "message": { "text": "", "url": "http://intranet.example/", "extra": 1 },
  "history": { "mode": "all", "retentionDays": 0 },
  "reporting": { "url": "http://siem.example/", "headers": { "bad name": "v" } },
  "lockedSettings": ["colour"]
}`) as unknown;

describe('POLICY_MESSAGES', () => {
  it.each(CODES)('%s: uses each of its named parameters (at most 9, Chrome’s limit) and no other substitution', (code) => {
    const { en, params } = POLICY_MESSAGES[code];
    expect(params.length).toBeLessThanOrEqual(9);
    expect(new Set(params).size).toBe(params.length);
    const used = [...en.matchAll(/\$(\d)/g)].map((m) => Number(m[1]));
    expect(new Set(used)).toEqual(new Set(params.map((_, i) => i + 1)));
    expect(en.replace(/\$\d/g, '')).not.toContain('$');
  });

  it('fills $n once: a "$1" inside a value stays as typed', () => {
    expect(policyMessage('duplicateRuleId', ['customTerms[0]', '$1'])).toBe('customTerms[0]: duplicate id "$1". Rule dropped.');
  });
});

describe('PolicyError: code, params and message agree', () => {
  const errors = [
    ...validatePolicy(HOSTILE).errors,
    ...validatePolicy('x').errors,
    ...adminProblems({ policy: {}, errors: [], source: 'cache', readError: 'managed storage could not be read: boom', keptFromCache: ['mode'] }),
  ];

  it('the hostile policy exercises most codes (the corpus works)', () => {
    expect(new Set(errors.map((e) => e.code)).size).toBeGreaterThan(30);
  });

  it('every message is its code’s template with its params, one param per placeholder', () => {
    for (const e of errors) {
      expect(e.params, e.message).toHaveLength(POLICY_MESSAGES[e.code].params.length);
      expect(e.message).toBe(policyMessage(e.code, e.params));
    }
  });

  it('a validator’s problem has its path as $1', () => {
    for (const e of errors.filter((x) => POLICY_MESSAGES[x.code].params[0] === 'path')) expect(e.params[0]).toBe(e.path);
  });

  it('keeps the English of the managed-storage problems', () => {
    expect(errors.slice(-2).map((e) => e.message)).toEqual([
      'managed storage could not be read: boom. The last policy in force still applies.',
      'mode: the new value is invalid, so the last valid one stays in force.',
    ]);
  });
});
