// @vitest-environment happy-dom
/**
 * The options page's DOM contract (what the e2e test and any future page object rely on), rendered
 * from a given policy state, with fakeBrowser storage behind the saves.
 */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { ManagedPolicyState } from '@/src/policy/managed';
import { POLICY_KEYS, type Policy } from '@/src/policy/schema';
import { combine } from '@/src/policy/state';
import { loadUserSettings } from '@/src/policy/user-settings';
import { validatePolicy } from '@/src/policy/validate';
import { useDomRoot } from '../testing/dom-root';
import { OptionsView } from './OptionsApp';

const state = (policy: Partial<Policy> = {}, errors: ManagedPolicyState['errors'] = [], source: ManagedPolicyState['source'] = 'managed') =>
  combine({ policy, errors, source }, { settings: {}, errors: [] });
const tick = () => new Promise((r) => setTimeout(r, 0));

const mount = useDomRoot();

const row = (key: string) => mount.current.querySelector<HTMLElement>(`[data-setting="${key}"]`)!;
const setValue = async (el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, event = 'input') => {
  el.value = value;
  el.dispatchEvent(new Event(event, { bubbles: true }));
  await tick();
};

describe('OptionsView', () => {
  it('one row per setting, each with its origin; defaults are unlocked except admin-only keys', () => {
    render(<OptionsView state={state({}, [], 'none')} />, mount.current);
    for (const key of POLICY_KEYS) expect(row(key)?.dataset.origin, key).toBe('default');
    expect(row('defaultAction').hasAttribute('data-locked')).toBe(false);
    expect(row('reporting').hasAttribute('data-locked')).toBe(true);
    expect(mount.current.querySelector('[data-testid="policy-errors"]')).toBeNull();
    expect(mount.current.querySelectorAll('[data-testid="effective-policy"] tbody tr')).toHaveLength(POLICY_KEYS.length);
  });

  it('a locked key: badge, disabled controls, origin admin', () => {
    render(<OptionsView state={state({ defaultAction: 'block', lockedSettings: ['mode'] })} />, mount.current);
    const locked = row('defaultAction');
    expect(locked.dataset.origin).toBe('admin');
    expect(locked.hasAttribute('data-locked')).toBe(true);
    expect(locked.querySelector('[data-testid="locked-badge"]')?.textContent).toBe('Set by your organisation');
    expect(locked.querySelector('fieldset')?.disabled).toBe(true);
    expect(locked.querySelector('select')?.value).toBe('block');
    expect(row('mode').hasAttribute('data-locked')).toBe(true);
    expect(row('enabled').hasAttribute('data-locked')).toBe(false);
  });

  it('lists admin problems with path and message, and says when running on the cached policy', () => {
    const { errors } = validatePolicy({ defaultAction: 'nope' });
    render(<OptionsView state={state({}, errors, 'cache')} />, mount.current);
    const items = [...mount.current.querySelectorAll('[data-testid="policy-errors"] li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Organisation policy: defaultAction defaultAction: the string "nope" is not an action; expected allow, audit, warn, justify, redact or block. Ignored.',
    ]);
    expect(mount.current.querySelector('[data-testid="policy-source"]')?.textContent).toContain('last policy received');
  });

  it('saves a changed default action as a user setting', async () => {
    render(<OptionsView state={state()} />, mount.current);
    await setValue(row('defaultAction').querySelector('select')!, 'block', 'change');
    await vi.waitFor(async () => expect((await loadUserSettings()).settings).toEqual({ defaultAction: 'block' }));
  });

  it('an invalid pattern shows the validator message, disables Add, and nothing is stored', async () => {
    render(<OptionsView state={state()} />, mount.current);
    const editor = row('customPatterns');
    await setValue(editor.querySelector<HTMLInputElement>('[data-testid="pattern-input"]')!, '(?=x)abc');
    expect(editor.querySelector('[data-testid="field-errors"]')?.textContent).toMatch(/customPatterns/);
    expect(editor.querySelector<HTMLButtonElement>('[data-testid="save-rule"]')!.disabled).toBe(true);
    expect((await loadUserSettings()).settings).toEqual({});
    await setValue(editor.querySelector<HTMLInputElement>('[data-testid="pattern-input"]')!, 'ACME-\\d{6}');
    expect(editor.querySelector('[data-testid="field-errors"]')).toBeNull();
    expect(editor.querySelector<HTMLButtonElement>('[data-testid="save-rule"]')!.disabled).toBe(false);
  });

  it('try it: findings with masked previews and the resulting action', async () => {
    render(<OptionsView state={state({ customTerms: [{ id: 'falcon', terms: ['project falcon'], action: 'block' }] })} />, mount.current);
    await setValue(mount.current.querySelector<HTMLTextAreaElement>('[data-testid="try-it"]')!, 'card 4111 1111 1111 1111 for Project Falcon');
    const result = mount.current.querySelector<HTMLElement>('[data-testid="try-it-result"]')!;
    expect(result.dataset.action).toBe('block');
    expect([...result.querySelectorAll('li')].map((li) => li.dataset.type)).toEqual(['CREDIT_CARD', 'CUSTOM']);
    expect(result.textContent).toContain('Action: Block');
    expect(result.textContent).not.toContain('4111 1111 1111 1111');
  });
});
