/**
 * Keyboard contract of a modal dialog (WAI-ARIA APG "Dialog (Modal)"): focus starts on the safest control,
 * Tab and Shift+Tab cycle inside, Esc cancels. Works inside a shadow root, where `document.activeElement`
 * is only the shadow host: the active element is read from the dialog's own root node.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { markWork } from '../../guard/work-marks';

const FOCUSABLE = [
  'button:not([disabled])',
  'a[href]',
  'textarea:not([disabled])',
  'input:not([disabled])',
  'select:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Focusable elements of `container`, in DOM order (hidden ones excluded). */
export function focusables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hidden && !el.closest('[hidden]'));
}

function activeIn(container: HTMLElement): Element | null {
  const root = container.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

/**
 * Handles Tab / Shift+Tab / Esc on the dialog. Returns true when the key was handled (the caller stops
 * it there, so the host page's shortcuts never see it).
 */
export function handleDialogKey(event: KeyboardEvent, dialog: HTMLElement, onEscape: () => void): boolean {
  if (event.key === 'Escape' && !event.isComposing) {
    onEscape();
    return true;
  }
  if (event.key !== 'Tab') return false;
  const items = focusables(dialog);
  if (items.length === 0) return true;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const active = activeIn(dialog);
  const inside = active instanceof HTMLElement && items.includes(active);
  if (event.shiftKey && (active === first || !inside)) last.focus();
  else if (!event.shiftKey && (active === last || !inside)) first.focus();
  else return false; // let the browser move focus between inner controls
  return true;
}

/**
 * Wires the keyboard contract onto `ref` while mounted and puts the initial focus on the element marked
 * `data-initial-focus` (the safest button), or the first focusable one.
 */
export function useDialogKeyboard(ref: RefObject<HTMLElement | null>, onEscape: () => void): void {
  // Latest callback without re-running the effect: a re-run would yank focus back to the initial button.
  const escape = useRef(onEscape);
  escape.current = onEscape;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const controller = new AbortController();
    dialog.addEventListener(
      'keydown',
      (event) => {
        if (handleDialogKey(event, dialog, () => escape.current())) {
          event.preventDefault();
          event.stopPropagation();
        }
      },
      { signal: controller.signal },
    );
    const initial = dialog.querySelector<HTMLElement>('[data-initial-focus]') ?? focusables(dialog)[0];
    markWork('panel'); // focusing lays the page out: the guard's work in a trace
    initial?.focus({ preventScroll: true });
    return () => controller.abort();
  }, [ref]);
}
