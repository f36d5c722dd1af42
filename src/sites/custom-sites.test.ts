import { describe, expect, it } from 'vitest';
import { customSiteAdapters, hostToPattern } from './custom-sites';
import { selectorProblem } from './selector-syntax';

// Runs in Node (no `document`), like the background service worker that validates policy.
describe('customSiteAdapters', () => {
  it('turns a minimal entry into a custom contenteditable adapter', () => {
    const { adapters, errors } = customSiteAdapters([{ hosts: ['ai.corp.example'] }]);
    expect(errors).toEqual([]);
    expect(adapters).toEqual([
      {
        id: 'custom-ai-corp-example',
        name: 'ai.corp.example',
        matches: ['*://ai.corp.example/*'],
        composer: [],
        send: [],
        editor: 'contenteditable',
        custom: true,
      },
    ]);
  });

  it('keeps ids, names, patterns, selectors and editor when valid', () => {
    const { adapters, errors } = customSiteAdapters([
      {
        id: 'corp-gpt',
        name: 'Corp GPT',
        hosts: ['https://gpt.corp.example/chat/*', '*.llm.corp.example:8443'],
        composer: ['#prompt', 'textarea[name="q"]'],
        send: ['button[type="submit"]'],
        editor: 'textarea',
      },
    ]);
    expect(errors).toEqual([]);
    expect(adapters[0]).toMatchObject({
      id: 'corp-gpt',
      name: 'Corp GPT',
      matches: ['https://gpt.corp.example/chat/*', '*://*.llm.corp.example:8443/*'],
      composer: ['#prompt', 'textarea[name="q"]'],
      editor: 'textarea',
    });
  });

  it.each([
    ['not a list', { hosts: 'x' }, /extraSites must be a list/],
  ])('rejects %s', (_name, input, message) => {
    const { adapters, errors } = customSiteAdapters(input);
    expect(adapters).toEqual([]);
    expect(errors[0]?.message).toMatch(message);
  });

  it.each([
    ['a non-object entry', 'ai.corp.example', /must be an object/],
    ['no hosts', { id: 'x' }, /"hosts" must be a non-empty list/],
    ['the * host', { hosts: ['*'] }, /matches every site/],
    ['<all_urls>', { hosts: ['<all_urls>'] }, /matches every site/],
    ['any host with a scheme wildcard', { hosts: ['*://*/*'] }, /matches every site/],
    ['a TLD wildcard', { hosts: ['*.com'] }, /whole top-level domain/],
    ['a file: pattern', { hosts: ['file:///*'] }, /scheme other than http or https/],
    ['a chrome-extension: pattern', { hosts: ['chrome-extension://abc/*'] }, /scheme other than http or https/],
    ['a host with a path', { hosts: ['ai.corp.example/chat'] }, /neither a bare host name nor a match pattern/],
    ['an invalid host', { hosts: ['ai corp'] }, /not a valid host name/],
    ['an invalid pattern', { hosts: ['https://ai.corp.example'] }, /not a valid match pattern/],
    ['a bad id', { id: 'Corp GPT!', hosts: ['a.example'] }, /"id" must be/],
    ['a built-in id', { id: 'chatgpt', hosts: ['a.example'] }, /already used by a built-in site/],
  ])('rejects an entry with %s', (_name, entry, message) => {
    const { adapters, errors } = customSiteAdapters([entry]);
    expect(adapters).toEqual([]);
    expect(errors.map((e) => e.message).join('\n')).toMatch(message);
    expect(errors.every((e) => e.index === 0 && e.message.startsWith('extraSites[0]'))).toBe(true);
  });

  it('drops bad hosts and selectors but keeps the rest of the entry', () => {
    const { adapters, errors } = customSiteAdapters([
      { id: 'corp', hosts: ['*', 'ai.corp.example'], composer: ['div[', '#ok', 'a {color:red}', ''], send: 'button', editor: 'slate' },
    ]);
    expect(adapters[0]).toMatchObject({ id: 'corp', matches: ['*://ai.corp.example/*'], composer: ['#ok'], send: [], editor: 'contenteditable' });
    const messages = errors.map((e) => e.message);
    expect(messages).toEqual([
      'extraSites[0] ("corp"): hosts[0] "*" matches every site; list the specific hosts of the AI front end.',
      'extraSites[0] ("corp"): "editor" "slate" is not one of prosemirror, lexical, quill, textarea, contenteditable; using contenteditable.',
      'extraSites[0] ("corp"): composer[0] "div[" is missing "]"; ignored.',
      'extraSites[0] ("corp"): composer[2] "a {color:red}" contains "{", "}" or ";"; ignored.',
      'extraSites[0] ("corp"): composer[3] "" is empty; ignored.',
      'extraSites[0] ("corp"): send must be a list of CSS selectors; ignored.',
    ]);
  });

  it('rejects a duplicate id but keeps the first entry', () => {
    const { adapters, errors } = customSiteAdapters([
      { id: 'corp', hosts: ['a.example'] },
      { id: 'corp', hosts: ['b.example'] },
    ]);
    expect(adapters.map((a) => a.matches[0])).toEqual(['*://a.example/*']);
    expect(errors).toEqual([{ index: 1, message: 'extraSites[1] ("corp"): skipped, id "corp" is used by an earlier entry.' }]);
  });

  it('never throws on hostile input', () => {
    for (const input of [undefined, null, 42, 'x', {}, [null], [[]], [{ hosts: [null, 3, {}] }], [{ hosts: ['a.example'], composer: [1, null] }]]) {
      expect(() => customSiteAdapters(input)).not.toThrow();
    }
    expect(customSiteAdapters(undefined)).toEqual({ adapters: [], errors: [] });
  });
});

describe('hostToPattern', () => {
  it.each([
    ['ai.corp.example', '*://ai.corp.example/*'],
    ['AI.Corp.Example', '*://ai.corp.example/*'],
    ['*.corp.example', '*://*.corp.example/*'],
    ['localhost:3000', '*://localhost:3000/*'],
    ['https://ai.corp.example/*', 'https://ai.corp.example/*'],
    ['http://10.0.0.7/chat*', 'http://10.0.0.7/chat*'],
  ])('%s → %s', (host, pattern) => expect(hostToPattern(host)).toBe(pattern));
});

describe('selectorProblem without a document', () => {
  it.each([
    ['#prompt-textarea', null],
    ['div.ProseMirror[contenteditable="true"]', null],
    ['button[aria-label="Send, now"], form button[type=submit]', null],
    ['a:not([x="]"])', null],
    ['div[', 'is missing "]"'],
    ['div)', 'has an unmatched ")"'],
    ['a[title="x]', 'has an unclosed quote'],
    ['a,,b', 'has an empty item in a comma-separated list'],
    ['> div', 'starts or ends with a combinator'],
    ['body { display:none }', 'contains "{", "}" or ";"'],
    ['   ', 'is empty'],
  ])('%s → %s', (selector, problem) => expect(selectorProblem(selector)).toBe(problem));
});
