// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The engine must run unchanged in a content script, a worker, the options page and Node, so it may not
 * touch the DOM, the extension APIs or Node-only modules. This test reads its sources; it runs in the
 * `node` environment, so importing the engine here also proves it loads without a DOM.
 */
const ENGINE = join(__dirname, '../../src/engine');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });

const FORBIDDEN: [RegExp, string][] = [
  [/from ['"]node:/, 'a node: import'],
  [/from ['"](?:wxt|#imports|webextension-polyfill)/, 'an extension-API import'],
  [/\b(?:document|window|browser|chrome|localStorage|indexedDB)\.\w/, 'a DOM or extension global'],
  [/\bBuffer\./, 'Node Buffer'],
  [/\beval\(|new Function\(/, 'eval'],
];

describe('src/engine purity', () => {
  const files = sources(ENGINE);

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [f.slice(ENGINE.length + 1), f]))('%s uses no DOM, extension or Node-only API', (_name, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    const problems = FORBIDDEN.filter(([re]) => re.test(code)).map(([, what]) => what);
    expect(problems).toEqual([]);
  });

  it('loads and scans without a DOM', async () => {
    const { scan } = await import('../../src/engine/scan');
    expect(typeof globalThis.document).toBe('undefined');
    expect(Array.isArray(scan('hello'))).toBe(true);
  });
});
