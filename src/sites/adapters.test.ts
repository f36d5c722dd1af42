// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BUILT_IN_MATCHES, SITE_ADAPTERS } from './adapters';
import { adapterForUrl, isValidMatchPattern } from './match-pattern';
import { selectorProblem } from './selector-syntax';

/** The data contract every built-in adapter keeps (STYLE rule 5). */
describe('SITE_ADAPTERS contract', () => {
  it('has unique, kebab-case ids', () => {
    const ids = SITE_ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))('%s: names, patterns, selectors and editor are usable', (_id, adapter) => {
    expect(adapter.name.length).toBeGreaterThan(0);
    expect(adapter.matches.length).toBeGreaterThan(0);
    for (const pattern of adapter.matches) {
      expect(isValidMatchPattern(pattern), pattern).toBe(true);
      expect(pattern.startsWith('https://'), `${pattern}: built-in sites are https only`).toBe(true);
    }
    expect(adapter.composer.length).toBeGreaterThan(0);
    expect(adapter.send.length).toBeGreaterThan(0);
    for (const selector of [...adapter.composer, ...adapter.send]) expect(selectorProblem(selector), selector).toBeNull();
    expect(['prosemirror', 'lexical', 'quill', 'textarea', 'contenteditable']).toContain(adapter.editor);
    expect(adapter.custom).toBeFalsy();
  });

  it('never matches ChatGPT composers by the SSR fallback textarea name', () => {
    const chatgpt = SITE_ADAPTERS.find((a) => a.id === 'chatgpt')!;
    for (const selector of chatgpt.composer) expect(selector).not.toMatch(/name=|^textarea/);
  });

  it('maps each target site URL to its adapter, and no two adapters claim one host', () => {
    const cases: [string, string][] = [
      ['https://chatgpt.com/c/abc', 'chatgpt'],
      ['https://chat.openai.com/', 'chatgpt'],
      ['https://claude.ai/new', 'claude'],
      ['https://gemini.google.com/app', 'gemini'],
      ['https://copilot.microsoft.com/', 'copilot'],
      ['https://perplexity.ai/', 'perplexity'],
      ['https://www.perplexity.ai/search/x', 'perplexity'],
      ['https://chat.deepseek.com/', 'deepseek'],
      ['https://chat.mistral.ai/chat', 'mistral'],
      ['https://grok.com/', 'grok'],
      ['https://poe.com/ChatGPT', 'poe'],
      ['https://www.meta.ai/', 'meta-ai'],
    ];
    for (const [url, id] of cases) {
      expect(adapterForUrl(url, SITE_ADAPTERS)?.id, url).toBe(id);
      expect(SITE_ADAPTERS.filter((a) => adapterForUrl(url, [a])).length, url).toBe(1);
    }
    expect(adapterForUrl('https://ai.meta.com/', SITE_ADAPTERS)).toBeNull();
    expect(adapterForUrl('https://x.ai/', SITE_ADAPTERS)).toBeNull();
  });

  it('BUILT_IN_MATCHES lists every pattern once', () => {
    const all = SITE_ADAPTERS.flatMap((a) => a.matches);
    expect([...BUILT_IN_MATCHES].sort()).toEqual([...new Set(all)].sort());
  });
});
