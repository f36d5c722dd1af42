/**
 * Every translation in public/_locales keeps step with the English catalogue: same keys (a new English
 * key without translations fails here, listing what each language lacks), same placeholders, no empty
 * message, and not an untranslated copy. Chrome rejects a catalogue it cannot parse and shows `$NAME$`
 * raw for an undeclared placeholder, so both would reach users.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_LANGUAGES } from './panel/strings';
import { type Catalogue, loadCatalogue, LOCALES_DIR } from './testing/catalogue';

const LANGUAGES = readdirSync(LOCALES_DIR).sort();
const TRANSLATIONS = LANGUAGES.filter((lang) => lang !== 'en');
const en = loadCatalogue('en');
const catalogues: Record<string, Catalogue> = Object.fromEntries(TRANSLATIONS.map((lang) => [lang, loadCatalogue(lang)]));

/** Words every language writes the same (names, formats); messages made only of these may equal English. */
const SHARED = /^(PromptFence|OK|JSON|CSV|RE2|SHA-256|IBAN|JWT|NHS|BSN|CPF|CNPJ|DNI\/NIE|SWIFT\/BIC|AWS|URL|HTTP|Mode|Options|Actions|Audit|Slack|Stripe|GitHub|GitLab|Google|Azure|OpenAI|Anthropic|[\s\W\d]|\$[A-Z0-9_]+\$)+$/;
/** At most this share of a catalogue may be identical to English (short words such as "Regex", "Site"). */
const MAX_IDENTICAL_SHARE = 0.1;

const placeholdersUsed = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('locales', () => {
  it('ships exactly the languages strings.ts picks plural rules for', () => {
    expect(LANGUAGES).toEqual([...SHIPPED_LANGUAGES].sort());
  });

  it('has exactly the English keys in every language', () => {
    const report = Object.fromEntries(
      TRANSLATIONS.map((lang) => {
        const keys = Object.keys(catalogues[lang]!);
        return [lang, { missing: Object.keys(en).filter((k) => !keys.includes(k)), extra: keys.filter((k) => !Object.hasOwn(en, k)) }];
      }),
    );
    expect(report, 'translate the missing keys into each language, drop the extra ones').toEqual(
      Object.fromEntries(TRANSLATIONS.map((lang) => [lang, { missing: [], extra: [] }])),
    );
  });

  it('uses key names Chrome accepts, unique ignoring case', () => {
    const keys = Object.keys(en);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it.each(TRANSLATIONS)('%s: same placeholders as English, each declared; no empty message; no stray $', (lang) => {
    for (const [key, entry] of Object.entries(catalogues[lang]!)) {
      const source = en[key];
      if (!source) continue;
      expect(entry.message.trim(), `${lang}/${key}`).not.toBe('');
      expect(entry.placeholders ?? {}, `${lang}/${key} placeholders`).toEqual(source.placeholders ?? {});
      expect(placeholdersUsed(entry.message), `${lang}/${key} uses`).toEqual(placeholdersUsed(source.message));
      expect(entry.message.replace(/\$[A-Za-z0-9_]+\$|\$\$/g, ''), `${lang}/${key}`).not.toContain('$');
    }
  });

  it.each(TRANSLATIONS)('%s: translated, not copied from English', (lang) => {
    const copied = Object.entries(catalogues[lang]!)
      .filter(([key, entry]) => entry.message === en[key]?.message && !SHARED.test(entry.message))
      .map(([key]) => key);
    expect(copied.filter((key) => en[key]!.message.split(/\s+/).length >= 4), 'long sentences left in English').toEqual([]);
    expect(copied.length, `identical to English: ${copied.join(', ')}`).toBeLessThanOrEqual(Object.keys(en).length * MAX_IDENTICAL_SHARE);
  });

  it('keeps the extension name PromptFence, and the description within the store limit (132 characters)', () => {
    for (const lang of TRANSLATIONS) expect(catalogues[lang]!.extName!.message).toBe('PromptFence');
    for (const lang of LANGUAGES) expect(loadCatalogue(lang).extDescription!.message.length, lang).toBeLessThanOrEqual(132);
  });

  it('fr: a no-break space before : ; ? ! and inside « »', () => {
    for (const [key, { message }] of Object.entries(catalogues.fr ?? {})) {
      expect(message, key).not.toMatch(/[^\u00a0][;:?!](\s|$)/);
      expect(message, key).not.toMatch(/«[^\u00a0]|[^\u00a0]»/);
    }
  });
});
