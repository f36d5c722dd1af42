import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ENTITY_CATEGORIES } from '../../engine/entity-types';
import { format, loadCatalogue, useCatalogue } from '../testing/catalogue';
import { messageKey, PANEL_ENGLISH, placeholderNames, plural, t, textLanguage, typeLabel } from './strings';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('strings without an i18n API (built-in English)', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('desc.block', { site: 'Claude' })).toBe('Your organisation doesn’t allow sending this kind of data to Claude.');
    expect(t('desc.block')).toContain('{site}');
  });

  it.each([
    [1, '1 sensitive item in your message'],
    [2, '2 sensitive items in your message'],
    [0, '0 sensitive items in your message'],
  ])('plural(overlay.count, %i)', (count, expected) => {
    expect(plural('overlay.count', count)).toBe(expected);
  });

  it('labels every built-in type, and names custom ones', () => {
    for (const type of Object.keys(ENTITY_CATEGORIES)) expect(typeLabel(type)).not.toMatch(/^Protected term \(/);
    expect(typeLabel('CUSTOM_ACME_CLIENT')).toBe('Protected term (acme client)');
  });

  it('falls back to English when the catalogue answers "" (orphaned script, missing key)', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr');
    expect(t('action.edit')).toBe('Edit');
    expect(plural('toast.redacted', 0)).toBe('0 sensitive items were redacted.');
    expect(textLanguage()).toBe('en');
  });
});

describe('English catalogue', () => {
  const catalogue = loadCatalogue();

  it('says exactly what the built-in table says, with its placeholders in order', () => {
    for (const [key, text] of Object.entries(PANEL_ENGLISH)) {
      const entry = catalogue[messageKey(key)];
      expect(entry, key).toBeDefined();
      expect(format(entry, placeholderNames(key).map((name) => `{${name}}`)), key).toBe(text);
    }
  });

  it('has no panel_ key the table lacks', () => {
    const known = new Set(Object.keys(PANEL_ENGLISH).map(messageKey));
    expect(Object.keys(catalogue).filter((k) => k.startsWith('panel_') && !known.has(k))).toEqual([]);
  });

  it('is what t() shows when the browser is in English', () => {
    useCatalogue('en');
    expect(t('finding.notSensitive.label', { type: 'Email address', preview: 'j•••@x.com' })).toBe('Mark Email address j•••@x.com as not sensitive for you');
    expect(plural('desc.warn', 1, { site: 'ChatGPT' })).toBe('PromptFence found 1 item that looks sensitive. Sending it shares it with ChatGPT.');
  });
});

describe('strings in the browser language', () => {
  it('shows French, with French plural rules (0 and 1 are singular)', () => {
    useCatalogue('fr');
    expect(t('action.edit')).toBe('Modifier');
    expect(textLanguage()).toBe('fr');
    expect(plural('toast.redacted', 0)).toBe(format(loadCatalogue('fr').panel_toast_redacted_one, ['0']));
    expect(plural('toast.redacted', 2)).toBe(format(loadCatalogue('fr').panel_toast_redacted_other, ['2']));
    expect(plural('overlay.count', 1_000_000)).toContain('1000000'); // fr "many": falls back to "other"
  });

  it.each(['de', 'es'])('shows %s', (lang) => {
    useCatalogue(lang);
    expect(t('title.warn')).toBe(loadCatalogue(lang).panel_title_warn!.message);
    expect(typeLabel('CUSTOM_ACME')).toContain('acme');
  });

  it('uses English plural rules when the UI language has no catalogue (Chrome falls back to en)', () => {
    useCatalogue('en');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('pt-BR');
    expect(plural('overlay.count', 0)).toBe('0 sensitive items in your message');
  });
});
