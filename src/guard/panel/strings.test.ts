import { afterEach, describe, expect, it } from 'vitest';
import { ENTITY_CATEGORIES } from '../../engine/entity-types';
import { plural, setStrings, t, typeLabel } from './strings';

afterEach(() => setStrings('en', {}));

describe('strings', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('desc.block', { site: 'Claude' })).toBe('Your organisation doesn’t allow sending this kind of data to Claude.');
    expect(t('desc.block')).toContain('{site}');
  });

  it.each([
    [1, '1 sensitive item in your message'],
    [2, '2 sensitive items in your message'],
    [0, ''],
  ])('plural(overlay.count, %i)', (count, expected) => {
    expect(plural('overlay.count', count)).toBe(expected);
  });

  it('labels every built-in type, and names custom ones', () => {
    for (const type of Object.keys(ENTITY_CATEGORIES)) expect(typeLabel(type)).not.toMatch(/^Protected term \(/);
    expect(typeLabel('CUSTOM_ACME_CLIENT')).toBe('Protected term (acme client)');
  });

  it('swaps in a translation, falling back to English for missing keys', () => {
    setStrings('fr', { 'action.edit': 'Modifier' });
    expect(t('action.edit')).toBe('Modifier');
    expect(t('action.redact')).toBe('Redact');
  });
});
