/**
 * Reading and driving PromptFence's in-page UI from e2e tests.
 *
 * The guard mounts its UI in an OPEN shadow root under a `<promptfence-panel>` host (WXT
 * `createShadowRootUi`, position `modal`): the decision panel (`[role=alertdialog]`), a stop notice
 * (also an alertdialog) or the undo toast (`[role=status]`). The page's main world can see into that
 * shadow root, so everything here reads it with `page.evaluate` and:
 * - `clickPanelButton` clicks a button with puppeteer's mouse (CDP `Input.dispatchMouseEvent`), i.e. a
 *   TRUSTED click, as a user would;
 * - `syntheticClickPanelButton` calls `.click()` / `dispatchEvent(new MouseEvent('click'))` from the
 *   page's main world, i.e. UNTRUSTED clicks, as a hostile page script could.
 * Buttons are found by their visible label (or aria-label), exactly as `src/ui/panel/strings.ts` spells it.
 */
import type { ElementHandle, Page } from 'puppeteer-core';

export const PANEL_HOST = 'promptfence-panel';

/** Button labels of the panel (src/ui/panel/strings.ts, English table). */
export const LABEL = {
  sendAnyway: 'Send anyway',
  pasteAnyway: 'Paste anyway',
  pasteRedacted: 'Paste redacted',
  uploadAnyway: 'Upload anyway',
  attachRedacted: 'Upload a redacted copy',
  cancel: 'Cancel',
  /** A file panel's "edit": the files are taken off ("Remove files" for several). */
  removeFile: 'Remove file',
  removeFiles: 'Remove files',
  redact: 'Redact',
  redactAndSend: 'Redact and send',
  edit: 'Edit',
  send: 'Send',
  backToEditing: 'Back to editing',
  undo: 'Undo redaction',
  dismiss: 'Dismiss',
  notSensitive: 'Not sensitive',
  reviewAgain: 'Review again',
} as const;

/** Panel titles per mode (strings.ts `title.*`). */
export const TITLE = {
  warn: 'Sensitive data in your message',
  redact: 'Sensitive data will be redacted',
  block: 'This message can’t be sent',
  clear: 'Nothing left to flag',
  justify: 'A reason is needed to send this',
  fileTooLarge: 'File not attached',
  composerMismatch: 'Message not sent',
  redactionFailed: 'Redaction failed',
  folderNotOpened: 'Folder not opened',
} as const;

export interface PanelButton {
  readonly label: string;
  readonly ariaLabel: string | null;
  readonly disabled: boolean;
}

export interface PanelState {
  /** How many `<promptfence-panel>` hosts are in the document. */
  readonly hosts: number;
  /** `dialog`: the decision panel or a notice; `toast`: the undo toast; null: no UI. */
  readonly kind: 'dialog' | 'toast' | null;
  readonly title: string;
  readonly description: string;
  readonly buttons: readonly PanelButton[];
  /** Finding rows: type label and masked preview. */
  readonly findings: readonly { readonly type: string; readonly preview: string }[];
  /** The "Your message after redaction" preview, when shown. */
  readonly redactedPreview: string | null;
  /** Every text node of the UI, joined (to check no raw value is displayed). */
  readonly text: string;
  /** The label of the focused button inside the panel, if any. */
  readonly focused: string | null;
}

const EMPTY: PanelState = { hosts: 0, kind: null, title: '', description: '', buttons: [], findings: [], redactedPreview: null, text: '', focused: null };

/** What the guard UI shows now (read from the page's main world through the open shadow root). */
export async function panelState(page: Page): Promise<PanelState> {
  const state = await page.evaluate((hostName) => {
    const hosts = [...document.querySelectorAll(hostName)];
    for (const host of hosts.reverse()) {
      const root = host.shadowRoot;
      if (!root) continue;
      const dialog = root.querySelector('[role="alertdialog"]');
      const toast = root.querySelector('[role="status"]');
      const box = dialog ?? toast;
      if (!box) continue;
      const active = root.activeElement;
      return {
        hosts: hosts.length,
        kind: dialog ? 'dialog' : 'toast',
        title: (box.querySelector('.pf-title')?.textContent ?? '').trim(),
        description: (box.querySelector('.pf-desc')?.textContent ?? box.querySelector('.pf-toast-text')?.textContent ?? '').trim(),
        buttons: [...box.querySelectorAll('button')].map((b) => ({
          label: (b.textContent ?? '').trim(),
          ariaLabel: b.getAttribute('aria-label'),
          disabled: (b as HTMLButtonElement).disabled,
        })),
        findings: [...box.querySelectorAll('.pf-row')].map((row) => ({
          type: (row.querySelector('.pf-type')?.textContent ?? '').trim(),
          preview: (row.querySelector('.pf-preview-chip')?.textContent ?? '').trim(),
        })),
        redactedPreview: box.querySelector('.pf-redacted-text')?.textContent ?? null,
        text: box.textContent ?? '',
        focused: active instanceof HTMLButtonElement ? (active.textContent ?? '').trim() : null,
      };
    }
    return { hosts: hosts.length, kind: null };
  }, PANEL_HOST);
  return { ...EMPTY, ...state } as PanelState;
}

/** Labels of the panel's action buttons (the finding rows' "Not sensitive" toggles left out). */
export function actionLabels(state: PanelState): string[] {
  return state.buttons.filter((b) => b.label !== LABEL.notSensitive).map((b) => b.label);
}

/** Waits until a decision panel / notice (`dialog`) or the toast is shown; returns its state. */
export async function waitForPanel(page: Page, kind: 'dialog' | 'toast' = 'dialog', timeoutMs = 5_000): Promise<PanelState> {
  await page
    .waitForFunction(
      (hostName, k) =>
        [...document.querySelectorAll(hostName)].some((h) => !!h.shadowRoot?.querySelector(k === 'dialog' ? '[role="alertdialog"]' : '[role="status"]')),
      { timeout: timeoutMs, polling: 'mutation' },
      PANEL_HOST,
      kind,
    )
    .catch(async (e: unknown) => {
      throw new Error(`no PromptFence ${kind} appeared within ${timeoutMs} ms (${String(e)})`);
    });
  // A dialog puts its initial focus in an effect, after it is painted: read its state once that ran (or
  // a moment later, for a dialog the test has already moved focus out of), so `focused` is not a race
  // (guard-matrix saw null once, in CI).
  if (kind === 'dialog') {
    await page
      .waitForFunction(
        (hostName) => [...document.querySelectorAll(hostName)].some((h) => !!h.shadowRoot?.querySelector('[role="alertdialog"]') && !!h.shadowRoot.activeElement),
        { timeout: 1_000, polling: 'raf' },
        PANEL_HOST,
      )
      .catch(() => undefined);
  }
  return panelState(page);
}

/** Waits until no decision panel / notice is shown (a toast may remain). */
export async function waitForNoDialog(page: Page, timeoutMs = 5_000): Promise<void> {
  await page.waitForFunction(
    (hostName) => ![...document.querySelectorAll(hostName)].some((h) => !!h.shadowRoot?.querySelector('[role="alertdialog"]')),
    { timeout: timeoutMs },
    PANEL_HOST,
  );
}

/** True when a decision panel or notice is shown now. */
export async function dialogShown(page: Page): Promise<boolean> {
  return (await panelState(page)).kind === 'dialog';
}

/** The panel's button with this visible label (or aria-label), as a handle. */
export async function panelButton(page: Page, label: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.evaluateHandle(
    (hostName, l) => {
      for (const host of [...document.querySelectorAll(hostName)].reverse()) {
        const hit = [...(host.shadowRoot?.querySelectorAll('button') ?? [])].find(
          (b) => (b.textContent ?? '').trim() === l || b.getAttribute('aria-label') === l,
        );
        if (hit) return hit;
      }
      return null;
    },
    PANEL_HOST,
    label,
  );
  const el = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!el) {
    const state = await panelState(page);
    throw new Error(`no panel button "${label}"; the panel shows [${state.buttons.map((b) => b.label).join(', ')}] (${state.title || 'no panel'})`);
  }
  return el;
}

/** A TRUSTED mouse click on the panel button with this label. */
export async function clickPanelButton(page: Page, label: string): Promise<void> {
  const button = await panelButton(page, label);
  await button.click();
}

/**
 * UNTRUSTED clicks on the panel button from the page's main world, as a hostile page script could:
 * `button.click()` and `button.dispatchEvent(new MouseEvent('click', …))`. Returns whether the button was found.
 */
export async function syntheticClickPanelButton(page: Page, label: string): Promise<boolean> {
  return page.evaluate(
    (hostName, l) => {
      for (const host of [...document.querySelectorAll(hostName)].reverse()) {
        const hit = [...(host.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => (b.textContent ?? '').trim() === l);
        if (!hit) continue;
        hit.click();
        hit.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: window }));
        hit.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
        hit.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
        hit.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
        hit.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: window, detail: 1 }));
        return true;
      }
      return false;
    },
    PANEL_HOST,
    label,
  );
}

/** Escape, pressed by the user (trusted), with focus wherever the panel put it. */
export async function pressEscape(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
}

/** Whether the focused element (looking through open shadow roots, not into our panel) is the composer. */
export async function composerHasFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const composer = window.__fixture.composer();
    if (!composer) return false;
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return !!el && (el === composer || composer.contains(el));
  });
}
