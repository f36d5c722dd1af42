/**
 * While the user types: a debounced scan of the composer, findings highlighted over it (an overlay in
 * our own shadow root; never DOM edits inside the site's editor) and their count on the toolbar badge.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Scanner } from '../engine/scan';
import { rectsForRange } from '../editors';
import { mountHighlightOverlay, type HighlightOverlay } from '../guard/overlay/mount';
import type { HighlightRect } from '../guard/overlay/boxes';
import { composerFromEvent } from '../sites';
import type { ComposerAccess } from './composer-access';
import { sendToBackground } from './report';
import { SYNC_SCAN_LIMIT } from './scan-text';

/** Quiet time after the last keystroke before scanning. */
export const TYPING_DEBOUNCE_MS = 250;

export function watchTyping(
  ctx: ContentScriptContext,
  options: { signal: AbortSignal; composers: ComposerAccess; scanner: () => Scanner | undefined; site: () => string },
): void {
  const { signal, composers, scanner, site } = options;
  let overlay: HighlightOverlay | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let target: HTMLElement | undefined;
  let lastCount = -1;
  let lastHealth = '';

  const refresh = () => {
    timer = undefined;
    const current = target?.isConnected ? target : composers.current()?.element;
    if (!current) return draw([], 0);
    const snapshot = composers.snapshot(current);
    if (!snapshot || snapshot.text.length > SYNC_SCAN_LIMIT) return draw([], 0);
    const active = scanner();
    if (!active) return draw([], 0);
    const findings = active.scan(snapshot.text);
    const rects: HighlightRect[] = [];
    findings.forEach((f, i) => {
      for (const rect of rectsForRange(snapshot.element, snapshot.kind, snapshot.map, f.start, f.end)) rects.push({ rect, severity: f.severity, finding: i });
    });
    draw(rects, findings.length, snapshot.element.getBoundingClientRect());
  };

  const draw = (rects: HighlightRect[], count: number, clip?: DOMRect) => {
    if (count > 0 || overlay) {
      overlay ??= ctx.isInvalid ? undefined : mountHighlightOverlay(ctx);
      overlay?.update(rects, clip);
    }
    if (count !== lastCount) {
      lastCount = count;
      sendToBackground({ kind: 'findings-count', count });
    }
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(refresh, TYPING_DEBOUNCE_MS);
  };

  const options_ = { capture: true, signal, passive: true } as const;
  window.addEventListener(
    'input',
    (event) => {
      const composer = composerFromEvent(event);
      if (!composer) return;
      target = composer;
      schedule();
    },
    options_,
  );
  // Highlights follow the text when the page scrolls or resizes.
  window.addEventListener('scroll', () => lastCount > 0 && schedule(), options_);
  // The background clears the badge on every navigation, SPA route changes included: count again.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    lastCount = -1;
    schedule();
  });
  window.addEventListener('resize', () => lastCount > 0 && schedule(), options_);
  signal.addEventListener('abort', () => {
    if (timer !== undefined) clearTimeout(timer);
    overlay?.remove();
  });

  // The popup shows whether the site's composer is recognised ("degraded" on the generic fallback).
  const reportHealth = () => {
    const current = composers.current();
    const health = current?.health ?? 'no-composer';
    if (health !== lastHealth) {
      lastHealth = health;
      sendToBackground({ kind: 'guard-status', site: site(), health });
    }
  };
  window.addEventListener('focusin', reportHealth, options_);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', reportHealth, { once: true, signal });
  else reportHealth();
}
