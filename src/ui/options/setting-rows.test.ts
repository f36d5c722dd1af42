import { describe, expect, it } from 'vitest';
import type { ManagedPolicyState } from '@/src/policy/managed';
import { ADMIN_ONLY_KEYS, POLICY_KEYS, type Policy } from '@/src/policy/schema';
import { combine } from '@/src/policy/state';
import { settingRow, settingRows } from './setting-rows';

const managed = (policy: Partial<Policy> = {}): ManagedPolicyState => ({ policy, errors: [], source: Object.keys(policy).length ? 'managed' : 'none' });
const user = (settings: Partial<Policy> = {}) => ({ settings, errors: [] });

describe('settingRows', () => {
  it('no policy, no user settings: every key default; only admin-only keys locked; nothing to reset', () => {
    const rows = settingRows(combine(managed(), user()));
    expect(rows.map((r) => r.key)).toEqual([...POLICY_KEYS]);
    for (const row of rows) {
      expect(row.origin).toBe('default');
      expect(row.locked).toBe(ADMIN_ONLY_KEYS.includes(row.key));
      expect(row.adminOnly).toBe(ADMIN_ONLY_KEYS.includes(row.key));
      expect(row.resettable).toBe(false);
    }
  });

  it.each([
    ['a user value', managed(), user({ defaultAction: 'block' }), { origin: 'user', locked: false, resettable: true, value: 'block' }],
    ['an admin value over a user value', managed({ defaultAction: 'redact' }), user({ defaultAction: 'block' }), { origin: 'admin', locked: true, resettable: false, value: 'redact' }],
    ['an admin lock without a value', managed({ lockedSettings: ['defaultAction'] }), user({ defaultAction: 'block' }), { origin: 'default', locked: true, resettable: false, value: 'warn' }],
    ['"*" locks everything', managed({ lockedSettings: ['*'] }), user(), { origin: 'default', locked: true, resettable: false }],
    ['overrides off', managed({ allowUserOverride: false }), user({ defaultAction: 'block' }), { origin: 'default', locked: true, resettable: false, value: 'warn' }],
    ['a lock on another key', managed({ lockedSettings: ['mode'] }), user({ defaultAction: 'block' }), { origin: 'user', locked: false, resettable: true }],
  ] as const)('defaultAction with %s', (_, m, u, expected) => {
    expect(settingRow(combine(m, u), 'defaultAction')).toMatchObject(expected);
  });

  it('keeps the user value apart from the merged value in force (what editors add to)', () => {
    const row = settingRow(combine(managed(), user({ actions: { EMAIL: 'block' } })), 'actions');
    expect(row.userValue).toEqual({ EMAIL: 'block' });
    expect(row.value).toMatchObject({ EMAIL: 'block', SECRET: 'block' });
  });

  it('admin-only keys are locked even with overrides on, and show the admin value', () => {
    const row = settingRow(combine(managed({ extraSites: [{ match: 'https://ai.corp.example/*' }] }), user()), 'extraSites');
    expect(row).toMatchObject({ origin: 'admin', locked: true, adminOnly: true, value: [{ match: 'https://ai.corp.example/*' }] });
  });
});
