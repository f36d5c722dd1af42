/**
 * Test helper: `browser.i18n.getMessage` answered from the real English catalogue (WXT's fakeBrowser
 * does not implement i18n), with Chrome's named-placeholder rules ($NAME$ → content, $1 → substitution).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

export type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export const LOCALES_DIR = resolve(import.meta.dirname, '../../../public/_locales');
export const CATALOGUE_PATH = resolve(LOCALES_DIR, 'en/messages.json');

/** The catalogue of `lang` (a folder under public/_locales), English by default. */
export function loadCatalogue(lang = 'en'): Catalogue {
  return JSON.parse(readFileSync(resolve(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Catalogue;
}

export function format(entry: Catalogue[string] | undefined, substitutions: readonly string[] = []): string {
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

/**
 * Makes fakeBrowser.i18n.getMessage answer from the catalogue of `lang`, and getUILanguage say `lang`
 * (call after fakeBrowser.reset()).
 */
export function useCatalogue(lang = 'en'): void {
  const catalogue = loadCatalogue(lang);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string | string[]) =>
    format(catalogue[name], subs === undefined ? [] : [subs].flat())) as never);
}
