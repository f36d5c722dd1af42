// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PANEL_HOST_NAME, showGuardPanel } from './mount';
import { acceptSyntheticClicksForTests } from './trusted';
import type { PanelProps } from './types';

const props: PanelProps = {
  kind: 'decision',
  findings: [{ type: 'EMAIL', severity: 'medium', preview: 'j•••@example.com', reason: 'Email address' }],
  decision: { action: 'warn', perFinding: ['warn'] },
};

const hosts = () => document.querySelectorAll(PANEL_HOST_NAME);
/** The dialog inside the (open) shadow root, once WXT has created it. */
async function dialog(index = 0): Promise<HTMLElement> {
  return vi.waitFor(() => {
    const el = hosts()[index]?.shadowRoot?.querySelector<HTMLElement>('[role="alertdialog"]');
    if (!el) throw new Error('panel not mounted yet');
    return el;
  });
}
const buttonIn = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

let ctx: ContentScriptContext;
beforeEach(() => acceptSyntheticClicksForTests(true));
afterEach(() => {
  acceptSyntheticClicksForTests(false);
  ctx?.abort();
  document.body.innerHTML = '';
});

describe('showGuardPanel', () => {
  it('mounts one shadow-root host with our styles and resolves with the choice, removing the UI', async () => {
    ctx = new ContentScriptContext('guard-test');
    const result = showGuardPanel(ctx, props);
    const el = await dialog();
    const shadow = hosts()[0]!.shadowRoot!;
    expect(shadow.querySelector('style')?.textContent).toContain('.pf-dialog');
    // Initial focus is set after the first render (an effect): on a busy machine that is a tick later.
    await vi.waitFor(() => expect(shadow.activeElement).toBe(buttonIn(el, 'Edit')));
    buttonIn(el, 'Send anyway').click();
    await expect(result).resolves.toEqual({ choice: 'sent-anyway', send: true, allowedFindings: [] });
    expect(hosts()).toHaveLength(0);
  });

  it('keeps keystrokes inside: the page never sees them bubble', async () => {
    ctx = new ContentScriptContext('guard-test');
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    void showGuardPanel(ctx, { ...props, decision: { action: 'justify', perFinding: ['justify'] } });
    const field = (await dialog()).querySelector('textarea')!;
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    document.removeEventListener('keydown', pageKeys);
    expect(pageKeys).not.toHaveBeenCalled();
  });

  it('replaces an open panel: the first resolves as cancelled, unanswered', async () => {
    ctx = new ContentScriptContext('guard-test');
    const first = showGuardPanel(ctx, props);
    await dialog();
    const second = showGuardPanel(ctx, { kind: 'notice', notice: 'redaction-failed' });
    await expect(first).resolves.toEqual({ choice: 'cancelled', send: false, allowedFindings: [], unanswered: true });
    const el = await dialog();
    expect(hosts()).toHaveLength(1);
    buttonIn(el, 'Back to editing').click();
    await expect(second).resolves.toMatchObject({ choice: 'edited' });
    expect(hosts()).toHaveLength(0);
  });

  it('replacing before the first finished mounting still leaves a single panel', async () => {
    ctx = new ContentScriptContext('guard-test');
    const first = showGuardPanel(ctx, props);
    const second = showGuardPanel(ctx, props);
    await expect(first).resolves.toMatchObject({ choice: 'cancelled' });
    await dialog();
    await new Promise((r) => setTimeout(r, 10));
    expect(hosts()).toHaveLength(1);
    void second;
  });

  it('resolves cancelled and removes itself when the content script is invalidated', async () => {
    ctx = new ContentScriptContext('guard-test');
    const result = showGuardPanel(ctx, props);
    await dialog();
    ctx.abort();
    await expect(result).resolves.toMatchObject({ choice: 'cancelled', send: false });
    expect(hosts()).toHaveLength(0);
  });
});
