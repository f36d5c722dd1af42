/**
 * Mounts the guard panel in its own shadow root over the page and resolves with the user's answer.
 * One panel at a time: a new call replaces the open one, which resolves as `cancelled`.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { GuardPanel } from './GuardPanel';
import { PANEL_CSS } from './styles';
import type { PanelProps, PanelResult } from './types';
import { markWork } from '../../guard/work-marks';

/** Custom element name of the host: one recognisable node in the page's DOM. */
export const PANEL_HOST_NAME = 'promptfence-panel';

/**
 * Events stopped at the shadow boundary, so site shortcuts ("type anywhere to focus the composer") and our
 * own composer discovery never react to typing in the justification field. Capture-phase listeners of the
 * page still see them; the guard's own interceptors must ignore events whose path enters this host.
 */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'drop', 'focusin', 'focusout', 'compositionstart', 'compositionend'];

const cancelled = (): PanelResult => ({ choice: 'cancelled', send: false, allowedFindings: [], unanswered: true });

let current: { cancel: () => void; kind: PanelProps['kind'] } | undefined;

/** Closes the open panel if it is of this kind (the reading progress, once the guard has decided). */
export function closeGuardPanel(kind: PanelProps['kind']): void {
  if (current?.kind === kind) current.cancel();
}

/**
 * Shows the panel (decision, notice or undo toast) and resolves once the user answers, the panel is
 * replaced, or `ctx` is invalidated (both resolve `cancelled`). The UI is removed before resolving; the
 * caller then restores focus and caret to the composer. Rejects only if the UI cannot be created.
 */
export function showGuardPanel(ctx: ContentScriptContext, props: PanelProps): Promise<PanelResult> {
  current?.cancel();
  return new Promise<PanelResult>((resolve, reject) => {
    let settled = false;
    let remove: (() => void) | undefined;
    const entry = { cancel: () => settle(cancelled()), kind: props.kind };
    current = entry;
    const stopWatching = ctx.onInvalidated(() => settle(cancelled()));
    function settle(result: PanelResult, error?: unknown) {
      if (settled) return;
      settled = true;
      if (current === entry) current = undefined;
      stopWatching();
      remove?.();
      if (error !== undefined) reject(error);
      else resolve(result);
    }
    if (ctx.isInvalid) return settle(cancelled());

    createShadowRootUi<HTMLElement>(ctx, {
      name: PANEL_HOST_NAME,
      position: 'modal',
      zIndex: 2147483647,
      css: PANEL_CSS,
      isolateEvents: ISOLATED_EVENTS,
      onMount(container) {
        markWork('panel');
        render(h(GuardPanel, { ...props, onResult: (result: PanelResult) => settle(result) }), container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    }).then(
      (ui) => {
        if (settled) return ui.remove(); // replaced or invalidated while the UI was being created
        remove = () => ui.remove();
        try {
          ui.mount();
        } catch (error) {
          settle(cancelled(), error); // no <body> yet, or the page removed it
        }
      },
      (error: unknown) => settle(cancelled(), error),
    );
  });
}
