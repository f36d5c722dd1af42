import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CATALOGUE_PREFIX, POLICY_MESSAGES, type PolicyMessageCode } from '@/src/policy/messages';
import { validatePolicy } from '@/src/policy/validate';
import { format, loadCatalogue, useCatalogue } from '../testing/catalogue';
import { describeProblem } from './describe-problem';

const CODES = Object.keys(POLICY_MESSAGES) as PolicyMessageCode[];
const catalogue = loadCatalogue();

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('policy problems in the English catalogue', () => {
  it.each(CODES)('policyError_%s: same English as the template, one placeholder per parameter', (code) => {
    const entry = catalogue[`${CATALOGUE_PREFIX}${code}`];
    const { en, params } = POLICY_MESSAGES[code];
    expect(entry, 'missing from public/_locales/en/messages.json').toBeDefined();
    const markers = params.map((_, i) => `«${i + 1}»`);
    expect(format(entry, markers)).toBe(en.replace(/\$(\d)/g, (_, n: string) => `«${n}»`));
    const contents = Object.values(entry?.placeholders ?? {}).map((p) => p.content);
    expect(contents.sort()).toEqual(params.map((_, i) => `$${i + 1}`));
  });

  it('has no policyError_ entry without a code (a removed code takes its translation with it)', () => {
    const stale = Object.keys(catalogue).filter((k) => k.startsWith(CATALOGUE_PREFIX) && !Object.hasOwn(POLICY_MESSAGES, k.slice(CATALOGUE_PREFIX.length)));
    expect(stale).toEqual([]);
  });
});

describe('describeProblem', () => {
  const [error] = validatePolicy({ customPatterns: [{ id: 'x', pattern: '(?=x)' }] }).errors;

  it('shows the catalogue text, which is the English message', () => {
    useCatalogue();
    expect(error?.code).toBe('ruleDisabled');
    expect(describeProblem(error!)).toBe(error!.message);
    expect(describeProblem(error!)).toMatch(/^customPatterns\[0\] \(id "x"\): rule disabled, not a valid RE2 pattern/);
  });

  it('shows the translation when there is one', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, subs: string[]) =>
      name === 'policyError_expectedBoolean' ? `${subs[0]} : attendu true ou false, reçu ${subs[1]}.` : '') as never);
    const [bad] = validatePolicy({ enabled: 'oui' }).errors;
    expect(describeProblem(bad!)).toBe('enabled : attendu true ou false, reçu the string "oui".');
  });

  it('falls back to the English message when the catalogue has no entry or there is no i18n API', () => {
    expect(describeProblem(error!)).toBe(error!.message);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    expect(describeProblem(error!)).toBe(error!.message);
  });
});
