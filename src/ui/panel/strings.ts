/**
 * Every user-visible string of the in-page guard UI, looked up by key in the extension's catalogue
 * (`browser.i18n`, so the browser's UI language picks it) and falling back to the built-in English of
 * `strings-en.ts` when there is no i18n API or it answers '' (unit tests, an orphaned content script
 * after an extension update): the panel must show text even then.
 */
import { browser } from 'wxt/browser';
import { lookup } from '../i18n';
import { PANEL_ENGLISH, type StringKey } from './strings-en';

export { PANEL_ENGLISH, type StringKey } from './strings-en';

type Vars = Readonly<Record<string, string | number>>;

/** Languages with a `public/_locales/<lang>` folder (locales.test.ts keeps this in step). */
export const SHIPPED_LANGUAGES = ['en', 'fr', 'de', 'es'] as const;

const ENGLISH: Readonly<Record<string, string>> = PANEL_ENGLISH;

/** The catalogue name of a key: Chrome allows only `[A-Za-z0-9_]` (`title.warn` → `panel_title_warn`). */
export function messageKey(key: string): string {
  return `panel_${key.replace(/\./g, '_')}`;
}

/** The `{name}` placeholders of a key's English text, in order: they become the catalogue's `$1`, `$2`… */
export function placeholderNames(key: string): string[] {
  return [...new Set([...(ENGLISH[key] ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];
}

/** A missing variable stays visible as `{name}` rather than vanishing from the sentence. */
function fill(text: string, vars: Vars): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The catalogue's text for `key`, or `undefined` when it has none or there is no i18n API. */
function fromCatalogue(key: string, vars: Vars): string | undefined {
  const substitutions = placeholderNames(key).map((name) => (name in vars ? String(vars[name]) : `{${name}}`));
  return lookup(messageKey(key), substitutions.length > 0 ? substitutions : undefined);
}

/**
 * The language whose plural rules fit the catalogue's text: the browser's UI language when we ship it
 * (Chrome uses `fr` for `fr-CA`), otherwise English, the default locale Chrome falls back to.
 */
function catalogueLanguage(): string {
  try {
    const ui = browser.i18n.getUILanguage();
    const base = ui.split(/[-_]/)[0]!.toLowerCase();
    if ((SHIPPED_LANGUAGES as readonly string[]).includes(base)) return ui.replace(/_/g, '-');
  } catch {
    // no i18n API: English
  }
  return 'en';
}

/**
 * The language of the text `t()` returns now, for `lang` attributes (so a screen reader reads French
 * with a French voice even on an English page): the catalogue's, or `en` when the fallback is in use.
 */
export function textLanguage(): string {
  return fromCatalogue('brand', {}) === undefined ? 'en' : catalogueLanguage();
}

/** The string for `key`, with `{name}` placeholders filled. */
export function t(key: StringKey, vars: Vars = {}): string {
  return fromCatalogue(key, vars) ?? fill(ENGLISH[key] ?? key, vars);
}

/** `base.<category>` for `count` under `language`'s plural rules, or `base.other` when there is no such form. */
function pluralKey(base: string, count: number, language: string): string {
  const exact = `${base}.${new Intl.PluralRules(language).select(count)}`;
  return exact in ENGLISH ? exact : `${base}.other`;
}

/**
 * Picks `base.one` / `base.other` for `count` by the plural rules of the catalogue's language (French
 * says "0 élément", English "0 items"); `{count}` is filled. Languages with more categories (`many`)
 * use `other` unless the table grows that form. The English fallback uses English rules.
 */
export function plural(base: string, count: number, vars: Vars = {}): string {
  const all = { ...vars, count };
  return fromCatalogue(pluralKey(base, count, catalogueLanguage()), all) ?? fill(ENGLISH[pluralKey(base, count, 'en')] ?? base, all);
}

/** Human label of an entity type; admin-named custom types (`CUSTOM_ACME`) keep their name. */
export function typeLabel(type: string): string {
  const key = `type.${type}`;
  if (key in ENGLISH) return t(key as StringKey);
  const name = type.replace(/^CUSTOM_/, '').toLowerCase().replace(/_/g, ' ');
  return t('type.customNamed', { name });
}
