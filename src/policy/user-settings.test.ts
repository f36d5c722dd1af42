import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadUserSettings, resetUserSettings, saveUserSetting, USER_SETTINGS_KEY, watchUserSettings, type UserSettings } from './user-settings';

const stored = async () => (await fakeBrowser.storage.local.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY];

beforeEach(() => fakeBrowser.reset());

describe('user settings', () => {
  it('start empty', async () => {
    expect(await loadUserSettings()).toEqual({ settings: {}, errors: [] });
  });

  it('saves a valid value, validated, and reads it back', async () => {
    expect(await saveUserSetting('defaultAction', 'block')).toEqual({ ok: true, settings: { defaultAction: 'block' } });
    expect(await saveUserSetting('customTerms', [{ id: 'falcon', terms: ['  project falcon '] }])).toMatchObject({ ok: true });
    expect((await loadUserSettings()).settings).toEqual({ defaultAction: 'block', customTerms: [{ id: 'falcon', terms: ['project falcon'] }] });
  });

  it('refuses an invalid value and stores nothing of it (no half-typed rule)', async () => {
    await saveUserSetting('defaultAction', 'warn');
    const result = await saveUserSetting('customPatterns', [{ id: 'bad', pattern: '(?=x)' }]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.path).toMatch(/^customPatterns\[0\]/);
    expect(await stored()).toEqual({ defaultAction: 'warn' });
  });

  it('refuses a rule whose id another rule list already uses (it would be dropped on the next load)', async () => {
    await saveUserSetting('customTerms', [{ id: 'dup', terms: ['falcon'] }]);
    const result = await saveUserSetting('customPatterns', [{ id: 'dup', pattern: 'FAL-[0-9]{4}' }]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.message).toMatch(/duplicate id/);
    expect(Object.keys((await stored()) as object)).toEqual(['customTerms']);
    // …also when the clashing list is saved again later (it is checked last, whatever the stored order).
    await saveUserSetting('customPatterns', [{ id: 'p1', pattern: 'FAL-[0-9]{4}' }]);
    expect((await saveUserSetting('customTerms', [{ id: 'p1', terms: ['x'] }])).ok).toBe(false);
  });

  it.each(['reporting', 'extraSites', 'lockedSettings', 'allowUserOverride', 'message'] as const)('never stores the admin-only key %s', async (key) => {
    const value = { reporting: { url: 'https://evil.example/collect', format: 'json' }, extraSites: [{ match: 'evil.example' }], lockedSettings: [], allowUserOverride: true, message: { text: 'hi' } }[key];
    const result = await saveUserSetting(key, value as never);
    expect(result.ok).toBe(false);
    expect(await stored()).toBeUndefined();
  });

  it('drops admin-only keys and bad values written into storage by other means', async () => {
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { reporting: { url: 'https://evil.example/c', format: 'json' }, mode: 'monitor', defaultAction: 'nuke' } });
    const { settings, errors } = await loadUserSettings();
    expect(settings).toEqual({ mode: 'monitor' });
    expect(errors.map((e) => e.key)).toEqual(['defaultAction']);
  });

  it('resets one key to the inherited value, and everything at once', async () => {
    await saveUserSetting('defaultAction', 'block');
    await saveUserSetting('mode', 'monitor');
    await saveUserSetting('defaultAction', undefined);
    expect(await stored()).toEqual({ mode: 'monitor' });
    await resetUserSettings();
    expect(await stored()).toBeUndefined();
  });

  it('are watched across contexts until the signal aborts', async () => {
    const controller = new AbortController();
    const seen: UserSettings[] = [];
    watchUserSettings(controller.signal, (s) => seen.push(s));
    await saveUserSetting('mode', 'monitor');
    await vi.waitFor(() => expect(seen.at(-1)?.settings).toEqual({ mode: 'monitor' }));
    controller.abort();
    await saveUserSetting('mode', 'enforce');
    expect(seen).toHaveLength(1);
  });
});
