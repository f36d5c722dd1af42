// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountHighlightOverlay, OVERLAY_HOST_NAME } from './mount';

const rect = (left: number, top: number, width: number, height: number) => new DOMRect(left, top, width, height);
const shadow = () => document.querySelector(OVERLAY_HOST_NAME)?.shadowRoot;

let ctx: ContentScriptContext;
afterEach(() => {
  ctx?.abort();
  document.body.innerHTML = '';
});

describe('mountHighlightOverlay', () => {
  it('draws positioned boxes that never take the pointer, and announces the item count', async () => {
    ctx = new ContentScriptContext('overlay-test');
    const overlay = mountHighlightOverlay(ctx);
    // Updates before the shadow root exists are kept and drawn once it does.
    overlay.update([
      { rect: rect(10, 20, 120, 18), severity: 'critical', finding: 0 },
      { rect: rect(0, 40, 60, 18), severity: 'critical', finding: 0 },
      { rect: rect(10, 60, 80, 18), severity: 'medium', finding: 1 },
    ]);
    await overlay.ready;
    const root = shadow()!;
    const boxes = root.querySelectorAll<HTMLElement>('.pf-hl');
    expect(boxes).toHaveLength(3);
    expect(boxes[0]!.className).toContain('pf-hl-critical');
    expect(boxes[0]!.style.left).toBe('10px');
    expect(boxes[0]!.style.top).toBe('20px');
    expect(boxes[0]!.style.width).toBe('120px');
    expect(root.querySelector('.pf-hl-layer')?.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('style')?.textContent).toMatch(/pointer-events: none !important/);
    const status = root.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('2 sensitive items in your message');
  });

  it('clips to the composer, clears and removes', async () => {
    ctx = new ContentScriptContext('overlay-test');
    const overlay = mountHighlightOverlay(ctx);
    await overlay.ready;
    overlay.update([{ rect: rect(10, 500, 50, 18), severity: 'high' }, { rect: rect(10, 10, 50, 18), severity: 'high' }], rect(0, 0, 300, 100));
    expect(shadow()!.querySelectorAll('.pf-hl')).toHaveLength(1);
    overlay.clear();
    expect(shadow()!.querySelectorAll('.pf-hl')).toHaveLength(0);
    expect(shadow()!.querySelector('[role="status"]')?.textContent).toBe('');
    overlay.remove();
    expect(document.querySelector(OVERLAY_HOST_NAME)).toBeNull();
    overlay.update([{ rect: rect(10, 10, 50, 18), severity: 'high' }]); // after remove: a no-op
    expect(document.querySelector(OVERLAY_HOST_NAME)).toBeNull();
  });

  it('removed before the shadow root existed: never appears', async () => {
    ctx = new ContentScriptContext('overlay-test');
    const overlay = mountHighlightOverlay(ctx);
    overlay.remove();
    await overlay.ready;
    expect(document.querySelector(OVERLAY_HOST_NAME)).toBeNull();
  });

  it('goes away with the content script context', async () => {
    ctx = new ContentScriptContext('overlay-test');
    const overlay = mountHighlightOverlay(ctx);
    await overlay.ready;
    expect(document.querySelector(OVERLAY_HOST_NAME)).not.toBeNull();
    ctx.abort();
    await vi.waitFor(() => expect(document.querySelector(OVERLAY_HOST_NAME)).toBeNull());
  });
});
