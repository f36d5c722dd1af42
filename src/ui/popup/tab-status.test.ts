import { describe, expect, it } from 'vitest';
import { effectivePolicy } from '@/src/policy/effective';
import { DEFAULT_POLICY, type Policy } from '@/src/policy/schema';
import { deriveTabStatus, guardedSiteFor, pauseSite, resumeSite, type ActiveTab } from './tab-status';

const eff = (user: Partial<Policy> = {}, admin: Partial<Policy> = {}) => effectivePolicy(DEFAULT_POLICY, user, admin);
const CHATGPT = 'https://chatgpt.com/c/123';

describe('deriveTabStatus', () => {
  it.each<[string, ActiveTab, string, string]>([
    ['guard found the site composer', { url: CHATGPT, reported: { site: 'chatgpt', health: 'ok' } }, 'protected', 'ok'],
    ['generic fallback only', { url: CHATGPT, reported: { site: 'chatgpt', health: 'degraded' } }, 'degraded', 'generic-fallback'],
    ['no composer found', { url: CHATGPT, reported: { site: 'chatgpt', health: 'no-composer' } }, 'degraded', 'no-composer'],
    ['guarded site, guard silent (opened before install)', { url: CHATGPT, reported: null }, 'degraded', 'not-running'],
    ['other site', { url: 'https://example.org/', reported: null }, 'not-guarded', 'not-guarded'],
    ['URL hidden (no host permission)', { reported: null }, 'not-guarded', 'not-guarded'],
    ['extension page', { url: 'chrome-extension://abc/popup.html', reported: null }, 'not-guarded', 'not-guarded'],
  ])('%s', (_name, tab, kind, reason) => {
    const s = deriveTabStatus(tab, eff());
    expect([s.kind, s.reason]).toEqual([kind, reason]);
  });

  it('offers pause on a guarded site, not elsewhere', () => {
    expect(deriveTabStatus({ url: CHATGPT, reported: { site: 'chatgpt', health: 'ok' } }, eff())).toMatchObject({ host: 'chatgpt.com', site: 'chatgpt', pause: 'available' });
    expect(deriveTabStatus({ url: 'https://example.org/', reported: null }, eff()).pause).toBe('none');
  });

  it('a site the user paused (by host or by site id) is paused, with resume', () => {
    for (const key of ['chatgpt.com', 'chatgpt']) {
      const s = deriveTabStatus({ url: CHATGPT, reported: null }, eff({ sites: { [key]: { enabled: false } } }));
      expect(s).toMatchObject({ kind: 'paused', by: 'user', pause: 'available' });
    }
  });

  it('the organisation turning the site or the guard off is "disabled" by admin, without a pause button', () => {
    expect(deriveTabStatus({ url: CHATGPT, reported: null }, eff({}, { sites: { 'chatgpt.com': { enabled: false } } }))).toMatchObject({
      kind: 'disabled',
      by: 'admin',
      reason: 'site-off',
      pause: 'none',
    });
    expect(deriveTabStatus({ url: CHATGPT, reported: null }, eff({}, { enabled: false }))).toMatchObject({ kind: 'disabled', by: 'admin', reason: 'policy-off' });
    expect(deriveTabStatus({ url: CHATGPT, reported: null }, eff({ enabled: false }))).toMatchObject({ kind: 'disabled', by: 'user' });
  });

  it('pause is shown locked when the admin locks `sites`', () => {
    const s = deriveTabStatus({ url: CHATGPT, reported: { site: 'chatgpt', health: 'ok' } }, eff({}, { lockedSettings: ['sites'] }));
    expect(s).toMatchObject({ kind: 'protected', pause: 'locked' });
  });

  it('an admin extra site counts as guarded; a reporting guard counts even on an unknown URL', () => {
    const admin = { extraSites: [{ match: 'https://ai.corp.example/*' }] };
    expect(guardedSiteFor('https://ai.corp.example/chat', eff({}, admin))).toBeDefined();
    expect(deriveTabStatus({ url: 'https://ai.corp.example/chat', reported: null }, eff({}, admin)).kind).toBe('degraded');
    expect(deriveTabStatus({ url: 'https://ai.other.example/', reported: { site: 'custom-1', health: 'ok' } }, eff()).kind).toBe('protected');
  });
});

describe('pauseSite / resumeSite', () => {
  it('pause keeps the rest of the entry and of the map', () => {
    expect(pauseSite({ 'claude.ai': { enabled: false }, 'chatgpt.com': { defaultAction: 'warn' } }, 'chatgpt.com')).toEqual({
      'claude.ai': { enabled: false },
      'chatgpt.com': { defaultAction: 'warn', enabled: false },
    });
    expect(pauseSite(undefined, 'chatgpt.com')).toEqual({ 'chatgpt.com': { enabled: false } });
  });

  it('resume lifts pauses by host and site id, drops empty entries, and returns undefined when nothing is left', () => {
    expect(resumeSite({ 'chatgpt.com': { enabled: false }, chatgpt: { enabled: false } }, 'chatgpt.com', 'chatgpt')).toBeUndefined();
    expect(resumeSite({ 'chatgpt.com': { enabled: false, defaultAction: 'warn' }, 'claude.ai': { enabled: false } }, 'chatgpt.com')).toEqual({
      'chatgpt.com': { defaultAction: 'warn' },
      'claude.ai': { enabled: false },
    });
  });

  it('round trip: a paused site derives as paused, then as guarded again after resume', () => {
    const tab = { url: CHATGPT, reported: { site: 'chatgpt', health: 'ok' as const } };
    const paused = pauseSite(undefined, 'chatgpt.com');
    expect(deriveTabStatus(tab, eff({ sites: paused })).kind).toBe('paused');
    const resumed = resumeSite(paused, 'chatgpt.com', 'chatgpt');
    expect(deriveTabStatus(tab, eff(resumed ? { sites: resumed } : {})).kind).toBe('protected');
  });
});
