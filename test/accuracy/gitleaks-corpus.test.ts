/**
 * Whole-engine accuracy on gitleaks' own rule samples.
 *
 * Corpus: `shared/corpus/gitleaks-samples.jsonl` beside the repo (CI clones `<ci>/main` with `<ci>/shared`),
 * made from the true/false positive lists in gitleaks' `cmd/generate/config/rules/*.go`
 * (https://github.com/gitleaks/gitleaks, MIT License, Copyright (c) 2019 Zachary Rice).
 * `GITLEAKS_CORPUS=/path/to/file.jsonl` overrides the location.
 *
 * Every sample runs through `scan` (all built-in detectors). Only SECRET findings count: an email or an
 * IP address inside a sample is neither a hit for the secret rule nor a false positive of it.
 * - Recall: at least 98% of the `expect: true` samples must produce a SECRET finding, and at least 99% of
 *   those of the rules ported in `detectors/providers` (the others belong to the core secret detectors).
 * - Samples that fail the token format's own published check are not secrets by the product's rules
 *   ("values failing their checksum are not findings") and are left out of the recall, counted and
 *   printed: the corpus regenerated gitleaks' samples with random values, so its GitHub classic tokens
 *   fail GitHub's CRC32 checksum and many of its JWTs have headers that are not JSON with an `alg`.
 *   The exclusion is computed by the same validators the detectors use, sample by sample, never listed.
 * - False positives: an `expect: false` sample that produces one is tolerated only up to the count
 *   reviewed, rule by rule, in `gitleaks-fp-reviewed.json` (each entry says why it is acceptable).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/engine/scan';
import { NOT_PORTED_GITLEAKS_RULES } from '../../src/engine/detectors/providers/not-ported';
import { isValidGithubClassicToken } from '../../src/engine/validators/secrets/github-checksum';
import { isJwt, unwrapBase64Jwt } from '../../src/engine/validators/secrets/jwt-header';
import reviewed from './gitleaks-fp-reviewed.json';

interface Sample {
  readonly rule_id: string;
  readonly text: string;
  readonly expect: boolean;
  readonly path?: string;
}

interface Reviewed {
  readonly count: number;
  readonly why: string;
}

const MIN_RECALL = 0.98;
/** The provider slice (rules ported in detectors/providers) on its own: it must not be the reason recall drops. */
const MIN_PROVIDER_RECALL = 0.99;
/**
 * `shared/corpus/…` in the nearest folder above the repo that has it: `<ci>/shared` beside a CI clone, and
 * also from a git worktree nested deeper (`<root>/wt/<name>`), where `../shared` is not a sibling.
 */
function findCorpus(): string {
  for (let up = '../../../'; up.length < 40; up += '../') {
    const candidate = fileURLToPath(new URL(`${up}shared/corpus/gitleaks-samples.jsonl`, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  return fileURLToPath(new URL('../../../shared/corpus/gitleaks-samples.jsonl', import.meta.url));
}
const corpusPath = process.env.GITLEAKS_CORPUS ?? findCorpus();

function loadCorpus(): Sample[] {
  if (!existsSync(corpusPath)) {
    throw new Error(
      `gitleaks corpus not found at ${corpusPath}. It lives in the shared/ folder beside the repo ` +
        '(<root>/main and <root>/shared); set GITLEAKS_CORPUS to point elsewhere.',
    );
  }
  return readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Sample);
}

/**
 * Why a true-positive sample is not a secret by the product's rules, or null. Only the sample's own
 * rule's candidates are examined, with gitleaks' own regex shapes, and a sample is left out only when
 * it has candidates and every one of them fails the format's check.
 */
function failsFormatCheck(s: Sample): string | null {
  if (/^github-(?:pat|oauth|app-token|refresh-token)$/.test(s.rule_id)) {
    const tokens = s.text.match(/gh[pousr]_[0-9A-Za-z]{36}/g) ?? [];
    if (tokens.length && !tokens.some(isValidGithubClassicToken)) return 'GitHub classic token: CRC32 checksum fails';
  }
  if (s.rule_id === 'jwt' || s.rule_id === 'jwt-base64') {
    const direct = s.text.match(/ey[a-zA-Z0-9_-]{17,}\.ey[a-zA-Z0-9\/\\_-]{17,}\.[a-zA-Z0-9\/\\_-]*/g) ?? [];
    const wrapped = s.text.match(/ZXl[0-9A-Za-z+/]{20,}={0,2}/g) ?? [];
    const valid = direct.some((t) => isJwt(t)) || wrapped.some((t) => unwrapBase64Jwt(t) !== null);
    if (direct.length + wrapped.length > 0 && !valid) return 'JWT: header is not JSON with an alg';
  }
  return null;
}

const findsSecret = (text: string) => scan(text).some((f) => f.category === 'SECRET');

describe('gitleaks corpus through the whole engine', () => {
  const samples = loadCorpus();
  // gitleaks' path-only rules (pkcs12-file: a `*.p12` file name) have no text to scan.
  const textless = samples.filter((s) => !s.text.trim());
  const invalid = samples.filter((s) => s.expect && s.text.trim() && failsFormatCheck(s));
  const positives = samples.filter((s) => s.expect && s.text.trim() && !failsFormatCheck(s));
  const negatives = samples.filter((s) => !s.expect && s.text.trim());

  it('loads the corpus', () => {
    expect(samples.length).toBeGreaterThan(6000);
    expect(positives.length).toBeGreaterThan(5700);
  });

  it('leaves out only samples that fail their format check, and finds none of them', () => {
    const reasons = new Map<string, number>();
    for (const s of invalid) reasons.set(failsFormatCheck(s)!, (reasons.get(failsFormatCheck(s)!) ?? 0) + 1);
    console.log('true-positive samples left out of recall (fail the format check):', Object.fromEntries(reasons));
    // A bounded, explained set: if this grows, a validator got stricter and must be looked at.
    expect(invalid.length).toBeLessThan(300);
    expect(invalid.filter((s) => findsSecret(s.text)).map((s) => s.rule_id)).toEqual([]);
  });

  it(`finds a secret in at least ${MIN_RECALL * 100}% of the true-positive samples`, () => {
    const byRule = new Map<string, { total: number; found: number }>();
    let found = 0;
    for (const s of positives) {
      const row = byRule.get(s.rule_id) ?? { total: 0, found: 0 };
      row.total++;
      if (findsSecret(s.text)) {
        row.found++;
        found++;
      }
      byRule.set(s.rule_id, row);
    }
    const recall = found / positives.length;
    const share = (ported: boolean) => {
      const rows = [...byRule].filter(([rule]) => (rule in NOT_PORTED_GITLEAKS_RULES) !== ported).map(([, r]) => r);
      const total = rows.reduce((n, r) => n + r.total, 0);
      const hit = rows.reduce((n, r) => n + r.found, 0);
      return { hit, total, recall: total ? hit / total : 1 };
    };
    const providers = share(true);
    const others = share(false);
    const below = [...byRule]
      .filter(([, r]) => r.found < r.total)
      .sort((a, b) => a[1].found / a[1].total - b[1].found / b[1].total)
      .map(([rule, r]) => ({ rule, found: r.found, total: r.total, recall: `${((100 * r.found) / r.total).toFixed(1)}%` }));
    console.log(
      `gitleaks corpus recall: ${found}/${positives.length} = ${(100 * recall).toFixed(2)}% ` +
        `(${textless.length} path-only samples without text skipped); ` +
        `provider-slice rules ${providers.hit}/${providers.total} = ${(100 * providers.recall).toFixed(2)}%, ` +
        `core-owned rules ${others.hit}/${others.total} = ${(100 * others.recall).toFixed(2)}%`,
    );
    if (below.length) console.table(below);
    expect(providers.recall).toBeGreaterThanOrEqual(MIN_PROVIDER_RECALL);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('fires on false-positive samples no more often than reviewed, rule by rule', () => {
    const hits = new Map<string, number>();
    const totals = new Map<string, number>();
    for (const s of negatives) {
      totals.set(s.rule_id, (totals.get(s.rule_id) ?? 0) + 1);
      if (findsSecret(s.text)) hits.set(s.rule_id, (hits.get(s.rule_id) ?? 0) + 1);
    }
    const accepted = reviewed as Record<string, Reviewed>;
    const rows = [...hits].sort((a, b) => b[1] - a[1]).map(([rule, count]) => ({
      rule,
      fires: count,
      samples: totals.get(rule),
      reviewed: accepted[rule]?.count ?? 0,
    }));
    const fired = rows.reduce((n, r) => n + r.fires, 0);
    console.log(`gitleaks corpus false-positive samples that produce a SECRET finding: ${fired}/${negatives.length}`);
    console.table(rows);
    const stale = Object.entries(accepted).filter(([rule, r]) => (hits.get(rule) ?? 0) < r.count);
    if (stale.length) console.log(`reviewed counts now higher than needed (tighten them): ${stale.map(([rule]) => rule).join(', ')}`);

    const unreviewed = rows.filter((r) => r.fires > r.reviewed).map((r) => `${r.rule}: ${r.fires} > ${r.reviewed} reviewed`);
    expect(unreviewed).toEqual([]);
    // Most false-positive samples must stay quiet.
    expect(fired / negatives.length).toBeLessThan(0.35);
  });
});
