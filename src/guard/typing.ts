/**
 * While the user types: after each pause, the composer's findings highlighted over it (an overlay in
 * our own shadow root; never DOM edits inside the site's editor) and their count on the toolbar badge.
 *
 * Cheap however large the composer: the previous text and its findings are kept, and only the changed
 * lines plus a margin are rescanned (incremental-scan.ts); a first scan of a big composer, or a rescan
 * that cannot keep much, runs in time slices (sliced-scan.ts); and only the findings on screen are
 * measured for drawing (highlight-rects.ts). One scan runs at a time: input during a scan asks for
 * another when it ends, which then starts from the finished one.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FieldIndex } from '../engine/fields';
import type { Scanner } from '../engine/scan';
import type { Finding } from '../engine/types';
import { mountHighlightOverlay, type HighlightOverlay } from '../ui/overlay/mount';
import { composerFromEvent } from '../sites';
import type { ComposerAccess, ComposerSnapshot } from './composer-access';
import { visibleFindingRects } from './highlight-rects';
import { planRescan } from './incremental-scan';
import { RescanJob } from './rescan-job';
import { sendToBackground } from './report';
import { SLICE_MS, type ScanPace } from './sliced-scan';
import { markWork } from './work-marks';

/** Quiet time after the last keystroke before scanning. */
export const TYPING_DEBOUNCE_MS = 250;

/** The last finished scan of a composer. */
interface Scanned {
  readonly element: HTMLElement;
  readonly scanner: Scanner;
  readonly text: string;
  readonly findings: readonly Finding[];
  readonly fields: FieldIndex;
}

export function watchTyping(
  ctx: ContentScriptContext,
  options: { signal: AbortSignal; composers: ComposerAccess; pace: ScanPace; scanner: () => Scanner | undefined; site: () => string },
): void {
  const { signal, composers, pace, scanner, site } = options;
  let overlay: HighlightOverlay | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let target: HTMLElement | undefined;
  let lastCount = -1;
  let lastHealth = '';
  let last: Scanned | undefined;
  /** True while a sliced scan runs; `again`: input or scroll came meanwhile. */
  let running = false;
  let again = false;

  const refresh = () => {
    const started = performance.now();
    timer = undefined;
    markWork('typing');
    if (running) {
      again = true;
      return;
    }
    const current = target?.isConnected ? target : composers.current()?.element;
    const snapshot = current ? composers.snapshot(current) : undefined;
    const active = scanner();
    if (!snapshot || !active) {
      last = undefined;
      return draw(undefined, [], 0);
    }
    const prev = last && last.element === snapshot.element && last.scanner === active ? last : undefined;
    // Scrolled or resized, text unchanged: draw again, nothing to scan.
    if (prev?.text === snapshot.text) return draw(snapshot, prev.findings, prev.findings.length);
    const fields = active.fieldsOf(snapshot.text);
    const plan = prev ? planRescan(prev, snapshot.text, { fields: { prev: prev.fields, next: fields } }) : undefined;
    const job = new RescanJob(active, snapshot.text, pace, plan, prev && { prev: prev.fields, next: fields });
    const done = (findings: Finding[]) => {
      last = { element: snapshot.element, scanner: active, text: snapshot.text, findings, fields };
      // Typed on meanwhile: the snapshot's offsets may no longer match the editor; the next round draws.
      if (!again) draw(snapshot, findings, findings.length);
    };
    // In this task only what fits in one slice from its start: reading a big composer's new text for its
    // tables (the plan) may have used it up, and then the rest starts in the next task.
    if (job.runUntil(started + SLICE_MS, false)) return done(job.findings);
    running = true;
    again = false;
    job.finish(signal).then(done, () => undefined).finally(() => {
      running = false;
      if (again && !signal.aborted) {
        again = false;
        setTimeout(refresh, 0); // a task of its own, not the tail of the last slice
      }
    });
  };

  /** Bumped by every draw and every input: a deferred draw that is no longer the latest does nothing. */
  let drawToken = 0;

  const draw = (snapshot: ComposerSnapshot | undefined, findings: readonly Finding[], count: number) => {
    if (count !== lastCount) {
      lastCount = count;
      sendToBackground({ kind: 'findings-count', count });
    }
    if (count === 0 && !overlay) return;
    overlay ??= ctx.isInvalid ? undefined : mountHighlightOverlay(ctx);
    if (!overlay || !snapshot) return overlay?.update([]);
    // Geometry is read right after the next frame, when the page's layout is fresh: read now, it would
    // lay out the site's edit (a 1 MB textarea: ~80 ms) inside our task.
    const token = ++drawToken;
    afterNextFrame(() => {
      if (token !== drawToken || !overlay || signal.aborted) return;
      markWork('highlights');
      overlay.update(visibleFindingRects(snapshot.element, snapshot.kind, snapshot.map, snapshot.text, findings), snapshot.element.getBoundingClientRect());
    });
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
      drawToken++;
      if (running) again = true;
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

/** Runs `callback` in a task right after the next frame is rendered (layout is clean then). */
function afterNextFrame(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}
