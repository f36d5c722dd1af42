import { describe, expect, it } from 'vitest';
import { adapterForUrl, globMatch, isValidMatchPattern, matchesPattern } from './match-pattern';

// Cases follow the examples in https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
describe('isValidMatchPattern', () => {
  it.each([
    '<all_urls>',
    'https://*/*',
    'https://*/foo*',
    'https://*.google.com/foo*bar',
    'https://example.org/foo/bar.html',
    'http://127.0.0.1/*',
    '*://mail.google.com/*',
    'file:///foo*',
    'http://localhost:8080/*',
    'http://localhost:*/*',
    'https://ai.corp.example/',
  ])('accepts %s', (pattern) => expect(isValidMatchPattern(pattern)).toBe(true));

  it.each([
    ['https://www.google.com', 'no path'],
    ['https://*foo/bar', '* not followed by a dot'],
    ['https://foo.*.bar/baz', '* in the middle of the host'],
    ['http:/bar', 'malformed scheme separator'],
    ['foo://*', 'unknown scheme'],
    ['chrome://settings/*', 'unknown scheme'],
    ['javascript://x/*', 'unknown scheme'],
    ['https:///*', 'empty host'],
    ['file://host/*', 'host on a file pattern'],
    ['https://example.com:port/*', 'non-numeric port'],
    ['', 'empty'],
  ])('rejects %s (%s)', (pattern) => expect(isValidMatchPattern(pattern)).toBe(false));
});

describe('matchesPattern', () => {
  it.each([
    ['https://*/*', 'https://www.google.com/', true],
    ['https://*/*', 'http://www.google.com/', false],
    ['*://chatgpt.com/*', 'http://chatgpt.com/c/1', true],
    ['*://chatgpt.com/*', 'ftp://chatgpt.com/', false],
    ['https://*.google.com/foo*bar', 'https://docs.google.com/foobar', true],
    ['https://*.google.com/foo*bar', 'https://google.com/foo/baz/bar', true],
    ['https://*.google.com/foo*bar', 'https://evilgoogle.com/foobar', false],
    ['https://*.google.com/*', 'https://google.com.evil.net/', false],
    ['https://chatgpt.com/*', 'https://chatgpt.com/?q=1', true],
    ['https://example.org/foo*', 'https://example.org/foo?x#frag', true],
    ['https://example.org/a', 'https://example.org/a#frag', true],
    ['https://example.org/a', 'https://example.org/a?b', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1:8080/x', true],
    ['http://localhost:8080/*', 'http://localhost:8080/x', true],
    ['http://localhost:8080/*', 'http://localhost:9090/x', false],
    ['https://example.org:443/*', 'https://example.org/x', true],
    ['https://CHATGPT.com/*', 'https://chatgpt.COM/', true],
    ['<all_urls>', 'https://anything.example/', true],
    ['<all_urls>', 'file:///etc/hosts', true],
    ['<all_urls>', 'chrome://settings/', false],
    ['file:///foo*', 'file:///foo/bar.html', true],
    ['https://bad', 'https://bad/', false],
  ])('%s vs %s → %s', (pattern, url, expected) => expect(matchesPattern(pattern, url)).toBe(expected));

  it('treats unparsable URLs as no match', () => {
    expect(matchesPattern('<all_urls>', 'not a url')).toBe(false);
  });
});

describe('globMatch', () => {
  it('matches * across any run, including none', () => {
    expect(globMatch('/a*b*c', '/abc')).toBe(true);
    expect(globMatch('/a*b*c', '/a-x-b-y-c')).toBe(true);
    expect(globMatch('/a*b*c', '/a-x-b-y-d')).toBe(false);
  });

  it('stays fast on a pathological pattern', () => {
    const t0 = performance.now();
    expect(globMatch(`/${'*a'.repeat(30)}b`, `/${'a'.repeat(5000)}`)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

describe('adapterForUrl', () => {
  const adapters = [
    { id: 'one', matches: ['https://one.example/*'] },
    { id: 'sub', matches: ['https://*.two.example/*'] },
  ];
  it('returns the first adapter with a matching pattern', () => {
    expect(adapterForUrl('https://one.example/chat', adapters)?.id).toBe('one');
    expect(adapterForUrl(new URL('https://x.two.example/'), adapters)?.id).toBe('sub');
  });
  it('returns null for other sites and bad URLs', () => {
    expect(adapterForUrl('https://three.example/', adapters)).toBeNull();
    expect(adapterForUrl('::', adapters)).toBeNull();
  });
});
